import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { UIElement } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { resolveSettings } from '../../src/settings/settings.js';

/** The elements of a file, by the `id` prop each test gives them. */
function elements(source: string, settings?: unknown): Map<string, UIElement> {
  const parsed = parseWithTypescriptEstree(source, 'file.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const model = buildModel(parsed.value, { settings: resolveSettings(settings) });
  const out = new Map<string, UIElement>();
  for (const element of model.elements) {
    const id = element.attributes.get('id')?.value;
    if (id?.kind === 'static' && typeof id.value === 'string') out.set(id.value, element);
  }
  return out;
}

function look(element: UIElement | undefined): { semantic: string; emphasis: string | undefined; source: string } {
  if (!element) throw new Error('missing element');
  return { semantic: element.semantic, emphasis: element.emphasis, source: element.semanticSource };
}

describe('MUI', () => {
  const e = elements(`
import { Button, Switch, Checkbox, Radio, RadioGroup, FormControlLabel, Typography } from '@mui/material';
import MuiButton from '@mui/material/Button';
const x = (
  <>
    <Button id="contained" variant="contained">Accept</Button>
    <Button id="outlined" variant="outlined">Manage</Button>
    <Button id="text" variant="text">Reject</Button>
    <Button id="default">Reject</Button>
    <Button id="dynamic" variant={props.variant}>Reject</Button>
    <MuiButton id="subpath" variant="contained">Accept</MuiButton>
    <Switch id="switch" defaultChecked />
    <Checkbox id="checkbox" />
    <Radio id="radio" />
    <RadioGroup id="group" />
    <FormControlLabel id="label" label="Marketing emails" control={<Switch defaultChecked />} />
    <Typography id="typography">We use cookies.</Typography>
  </>
);`);

  it('maps Button variants to emphasis, text by default, unknown when dynamic', () => {
    expect(look(e.get('contained'))).toEqual({ semantic: 'button', emphasis: 'filled', source: 'preset' });
    expect(look(e.get('outlined'))).toEqual({ semantic: 'button', emphasis: 'outlined', source: 'preset' });
    expect(look(e.get('text'))).toEqual({ semantic: 'button', emphasis: 'text', source: 'preset' });
    expect(look(e.get('default'))).toEqual({ semantic: 'button', emphasis: 'text', source: 'preset' });
    expect(look(e.get('dynamic'))).toEqual({ semantic: 'button', emphasis: undefined, source: 'preset' });
  });

  it('knows a default import from a component subpath whatever its local name', () => {
    expect(look(e.get('subpath'))).toEqual({ semantic: 'button', emphasis: 'filled', source: 'preset' });
  });

  it('maps the form controls', () => {
    expect(look(e.get('switch')).semantic).toBe('switch');
    expect(look(e.get('checkbox')).semantic).toBe('checkbox');
    expect(look(e.get('radio')).semantic).toBe('radio');
    expect(look(e.get('group')).semantic).toBe('container');
    expect(look(e.get('label')).semantic).toBe('label');
    expect(look(e.get('typography')).semantic).toBe('text');
  });
});

describe('Ant Design', () => {
  const e = elements(`
import { Button, Switch, Checkbox, Radio } from 'antd';
const x = (
  <>
    <Button id="primary" type="primary">Accept</Button>
    <Button id="default">Reject</Button>
    <Button id="link" type="link">Reject</Button>
    <Button id="text" type="text">Reject</Button>
    <Switch id="switch" defaultChecked />
    <Checkbox id="checkbox" />
    <Radio.Group id="group" />
    <Radio id="radio" />
  </>
);`);

  it('maps Button types: primary filled, default bordered, link and text', () => {
    expect(look(e.get('primary')).emphasis).toBe('filled');
    expect(look(e.get('default')).emphasis).toBe('outlined');
    expect(look(e.get('link')).emphasis).toBe('link');
    expect(look(e.get('text')).emphasis).toBe('text');
  });

  it('maps Switch, Checkbox, Radio and Radio.Group', () => {
    expect(look(e.get('switch'))).toEqual({ semantic: 'switch', emphasis: undefined, source: 'preset' });
    expect(look(e.get('checkbox')).semantic).toBe('checkbox');
    expect(look(e.get('group'))).toEqual({ semantic: 'container', emphasis: undefined, source: 'preset' });
    expect(look(e.get('radio')).semantic).toBe('radio');
  });
});

describe('Chakra UI', () => {
  const e = elements(`
import { Button, Switch, Checkbox } from '@chakra-ui/react';
const x = (
  <>
    <Button id="solid">Accept</Button>
    <Button id="outline" variant="outline">Manage</Button>
    <Button id="ghost" variant="ghost">Reject</Button>
    <Button id="link" variant="link">Reject</Button>
    <Switch id="switch" isChecked />
    <Checkbox id="checkbox" defaultChecked />
  </>
);`);

  it('maps variants with solid as the default', () => {
    expect(look(e.get('solid')).emphasis).toBe('filled');
    expect(look(e.get('outline')).emphasis).toBe('outlined');
    expect(look(e.get('ghost')).emphasis).toBe('text');
    expect(look(e.get('link')).emphasis).toBe('link');
    expect(look(e.get('switch'))).toEqual({ semantic: 'switch', emphasis: undefined, source: 'preset' });
    expect(look(e.get('checkbox')).semantic).toBe('checkbox');
  });
});

describe('shadcn/ui and Radix', () => {
  const e = elements(`
import { Button } from '@/components/ui/button';
import { Switch } from '@/components/ui/switch';
import * as SwitchPrimitive from '@radix-ui/react-switch';
import * as CheckboxPrimitive from '@radix-ui/react-checkbox';
import { Root } from '@radix-ui/react-checkbox';
const x = (
  <>
    <Button id="default">Accept</Button>
    <Button id="secondary" variant="secondary">Manage</Button>
    <Button id="outline" variant="outline">Manage</Button>
    <Button id="ghost" variant="ghost">Reject</Button>
    <Button id="link" variant="link">Reject</Button>
    <Switch id="switch" defaultChecked />
    <SwitchPrimitive.Root id="radix-switch" defaultChecked />
    <CheckboxPrimitive.Root id="radix-checkbox" />
    <Root id="radix-root" />
  </>
);`);

  it('maps Button variants as shadcn draws them', () => {
    expect(look(e.get('default')).emphasis).toBe('filled');
    expect(look(e.get('secondary')).emphasis).toBe('filled');
    expect(look(e.get('outline')).emphasis).toBe('outlined');
    expect(look(e.get('ghost')).emphasis).toBe('text');
    expect(look(e.get('link')).emphasis).toBe('link');
  });

  it('maps the switch and the Radix primitives by their package', () => {
    expect(look(e.get('switch'))).toEqual({ semantic: 'switch', emphasis: undefined, source: 'preset' });
    expect(look(e.get('radix-switch'))).toEqual({ semantic: 'switch', emphasis: undefined, source: 'preset' });
    expect(look(e.get('radix-checkbox'))).toEqual({ semantic: 'checkbox', emphasis: undefined, source: 'preset' });
    expect(look(e.get('radix-root'))).toEqual({ semantic: 'checkbox', emphasis: undefined, source: 'preset' });
  });
});

describe('react-bootstrap, Headless UI, react-cookie-consent', () => {
  const e = elements(`
import { Button, Form } from 'react-bootstrap';
import { Switch } from '@headlessui/react';
import CookieConsent from 'react-cookie-consent';
const x = (
  <>
    <Button id="primary">Accept</Button>
    <Button id="danger" variant="danger">Reject</Button>
    <Button id="outline" variant="outline-secondary">Reject</Button>
    <Button id="link" variant="link">Reject</Button>
    <Form.Check id="check-switch" type="switch" defaultChecked />
    <Form.Check id="check" />
    <Form.Check id="check-radio" type="radio" />
    <Switch id="headless" checked={enabled} />
    <CookieConsent id="banner" enableDeclineButton />
  </>
);`);

  it('maps react-bootstrap variants: solid colours filled, outline-* outlined, link', () => {
    expect(look(e.get('primary')).emphasis).toBe('filled');
    expect(look(e.get('danger')).emphasis).toBe('filled');
    expect(look(e.get('outline')).emphasis).toBe('outlined');
    expect(look(e.get('link')).emphasis).toBe('link');
  });

  it('maps Form.Check by its type', () => {
    expect(look(e.get('check-switch'))).toEqual({ semantic: 'switch', emphasis: undefined, source: 'preset' });
    expect(look(e.get('check'))).toEqual({ semantic: 'checkbox', emphasis: undefined, source: 'preset' });
    expect(look(e.get('check-radio')).semantic).toBe('radio');
  });

  it('maps the Headless UI switch and the react-cookie-consent banner', () => {
    expect(look(e.get('headless'))).toEqual({ semantic: 'switch', emphasis: undefined, source: 'preset' });
    expect(look(e.get('banner'))).toEqual({ semantic: 'dialog', emphasis: undefined, source: 'preset' });
  });
});

describe('what presets leave alone', () => {
  it('gives a local Button, not imported from a library, no preset', () => {
    const e = elements(`
import { Button } from './Button';
function Local() { return null; }
const x = (<><Button id="imported-local" variant="contained">Accept</Button><Local /></>);`);
    expect(look(e.get('imported-local'))).toEqual({ semantic: 'button', emphasis: undefined, source: 'name' });
  });

  it('gives a Button declared in the same file no preset', () => {
    const e = elements(`
const Button = (props) => <button {...props} />;
const x = <Button id="same-file" variant="contained">Accept</Button>;`);
    expect(look(e.get('same-file'))).toEqual({ semantic: 'button', emphasis: undefined, source: 'name' });
  });

  it('lets a design-system setting override a preset', () => {
    const e = elements(`import { Button } from '@mui/material';\nconst x = <Button id="b" variant="contained">Accept</Button>;`, { components: { Button: { as: 'link' } } });
    expect(look(e.get('b'))).toMatchObject({ semantic: 'link', source: 'settings' });
  });
});
