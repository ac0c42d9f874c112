import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/types';
import { collectBindings } from '../../src/model/bindings.js';
import { buildModel } from '../../src/model/build.js';
import type { AttributeValue, UIElement, UIModel, UIText } from '../../src/model/types.js';
import { attributeText, textContent } from '../../src/model/query.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { resolveSettings, type HonestUiSettings } from '../../src/settings/settings.js';

function model(source: string, settings?: HonestUiSettings): UIModel {
  const parsed = parseWithTypescriptEstree(source, 'file.tsx');
  if (!parsed.ok) throw new Error(`parse failed: ${parsed.error.message}`);
  return buildModel(parsed.value, settings ? { settings: resolveSettings(settings) } : {});
}

/** The first element named `name` (document order). */
function el(m: UIModel, name: string, nth = 0): UIElement {
  const found = m.elements.filter((e) => e.name === name)[nth];
  if (!found) throw new Error(`no <${name}> #${nth}`);
  return found;
}

function attr(element: UIElement, name: string): AttributeValue {
  const value = element.attributes.get(name)?.value;
  if (!value) throw new Error(`no ${name} on <${element.name}>`);
  return value;
}

function texts(element: UIElement): UIText[] {
  return element.children.filter((c): c is UIText => c.kind === 'text');
}

describe('semantics', () => {
  it('reads HTML elements and input types', () => {
    const m = model(`
      const A = () => (
        <div>
          <button>b</button>
          <a href="/x">l</a>
          <input type="checkbox" />
          <input type="radio" />
          <input type="submit" />
          <input />
          <dialog open>d</dialog>
          <h2>h</h2>
          <p>t</p>
          <section>s</section>
          <form>f</form>
          <label>x</label>
        </div>
      );`);
    expect(m.elements.map((e) => [e.name, e.semantic, e.semanticSource])).toEqual([
      ['div', 'container', 'html'],
      ['button', 'button', 'html'],
      ['a', 'link', 'html'],
      ['input', 'checkbox', 'html'],
      ['input', 'radio', 'html'],
      ['input', 'button', 'html'],
      ['input', 'input', 'html'],
      ['dialog', 'dialog', 'html'],
      ['h2', 'heading', 'html'],
      ['p', 'text', 'html'],
      ['section', 'container', 'html'],
      ['form', 'form', 'html'],
      ['label', 'label', 'html'],
    ]);
    expect(el(m, 'button').tag).toBe('button');
  });

  it('lets a static role override the element', () => {
    const m = model(`const A = () => <div role="dialog"><input type="checkbox" role="switch" /><span role="button">x</span><div role={role} /></div>;`);
    expect(el(m, 'div').semantic).toBe('dialog');
    expect(el(m, 'div').semanticSource).toBe('role');
    expect(el(m, 'input').semantic).toBe('switch');
    expect(el(m, 'span').semantic).toBe('button');
    // A role that can't be read statically decides nothing.
    expect(el(m, 'div', 1).semantic).toBe('container');
  });

  it('maps components through settings, with emphasis', () => {
    const m = model(`const A = () => <><Toggle /><CtaButton>Go</CtaButton><Other /></>;`, {
      components: { Toggle: 'switch', CtaButton: { as: 'button', emphasis: 'primary' } },
    });
    expect(el(m, 'Toggle')).toMatchObject({ semantic: 'switch', semanticSource: 'settings', intrinsic: false, tag: undefined });
    expect(el(m, 'CtaButton')).toMatchObject({ semantic: 'button', semanticSource: 'settings', emphasis: 'filled' });
    expect(el(m, 'Other')).toMatchObject({ semantic: 'other', semanticSource: 'unresolved' });
  });

  it('reads a polymorphic `as` prop as the element it renders', () => {
    const m = model(`const A = () => <><Box as="button">Go</Box><Box component="a">Go</Box><Box as={tag}>?</Box></>;`);
    expect(el(m, 'Box', 0)).toMatchObject({ semantic: 'button', semanticSource: 'as-prop', tag: 'button' });
    expect(el(m, 'Box', 1)).toMatchObject({ semantic: 'link', semanticSource: 'as-prop', tag: 'a' });
    expect(el(m, 'Box', 2)).toMatchObject({ semantic: 'other', semanticSource: 'unresolved' });
  });

  it('reads component names conservatively', () => {
    const m = model(`const A = () => <><PrimaryButton /><ConsentSwitch /><Form.Check type="switch" /><ButtonGroup /><Buttonish /><PrivacyModal /><SectionTitle /></>;`);
    expect(el(m, 'PrimaryButton')).toMatchObject({ semantic: 'button', semanticSource: 'name' });
    expect(el(m, 'ConsentSwitch').semantic).toBe('switch');
    expect(el(m, 'Form.Check')).toMatchObject({ semantic: 'switch', intrinsic: false });
    expect(el(m, 'PrivacyModal').semantic).toBe('dialog');
    expect(el(m, 'SectionTitle').semantic).toBe('heading');
    expect(el(m, 'Buttonish').semantic).toBe('button');
    // A group of buttons is not a button: classifying it as one would swallow the choices inside it.
    expect(el(m, 'ButtonGroup')).toMatchObject({ semantic: 'container', semanticSource: 'name' });
    expect(el(model(`const A = () => <><ToggleGroup /><RadioGroup /><ButtonToolbar /></>;`), 'RadioGroup').semantic).toBe('container');
  });

  it('reads a bare Check as the tick icon it is (lucide-react, react-feather), a part named Check as a control', () => {
    const m = model(`import { Check } from 'lucide-react';
const A = () => <><Check className="size-4 text-white" /><Form.Check label="Email me" /><Check type="checkbox" /></>;`);
    expect(el(m, 'Check')).toMatchObject({ semantic: 'other', semanticSource: 'unresolved' });
    expect(el(m, 'Form.Check').semantic).toBe('checkbox');
    expect(el(m, 'Check', 1).semantic).toBe('checkbox');
  });
});

describe('static props', () => {
  it('reads literals, bare attributes, {true}, same-file consts and plain template literals', () => {
    const m = model(`
      const ON = true;
      const TYPE = 'checkbox';
      const A = () => <input type={TYPE} checked={ON} disabled value={\`yes\`} tabIndex={-1} required={true} aria-label="x" />;`);
    const input = el(m, 'input');
    expect(input.semantic).toBe('checkbox');
    expect(attr(input, 'type')).toMatchObject({ kind: 'static', value: 'checkbox' });
    expect(attr(input, 'checked')).toMatchObject({ kind: 'static', value: true });
    expect(attr(input, 'disabled')).toMatchObject({ kind: 'static', value: true });
    expect(attr(input, 'value')).toMatchObject({ kind: 'static', value: 'yes' });
    expect(attr(input, 'tabIndex')).toMatchObject({ kind: 'static', value: -1 });
    expect(attr(input, 'required')).toMatchObject({ kind: 'static', value: true });
    expect(attr(input, 'aria-label')).toMatchObject({ kind: 'static', value: 'x' });
  });

  it('points a static value at the literal that holds it', () => {
    const source = `const ON = true;\nconst A = () => <input checked={ON} />;`;
    const value = attr(el(model(source), 'input'), 'checked');
    expect(value.kind).toBe('static');
    expect(source.slice(...value.range)).toBe('true');
  });

  it("reads a name declared twice as the declaration in scope: the module's, not another function's", () => {
    const m = model(`let ON = true; function f() { const ON = false; } const A = () => <input checked={ON} />;`);
    expect(attr(el(m, 'input'), 'checked')).toMatchObject({ kind: 'static', value: true });
  });

  it('treats a name as unknown where two declarations could be the one in scope', () => {
    const m = model(`function A({ a }) { if (a) { var ON = true; } else { var ON = false; } return <input checked={ON} />; }`);
    expect(attr(el(m, 'input'), 'checked')).toMatchObject({ kind: 'dynamic', reason: 'dynamic-expression', expressionText: 'ON' });
  });

  it('reads initial values of React state', () => {
    const source = `
      const DEFAULTS = { analytics: true, ads: false };
      function A() {
        const [marketing, setMarketing] = useState(true);
        const [prefs, setPrefs] = React.useState({ marketing: true });
        const [other, setOther] = useState(DEFAULTS);
        return <><input checked={marketing} /><input checked={prefs.marketing} /><input checked={other.analytics} /><input checked={other.ads} /></>;
      }`;
    const m = model(source);
    const [a, b, c, d] = m.elements.filter((e) => e.name === 'input').map((e) => attr(e, 'checked'));
    expect(a).toMatchObject({ kind: 'initial', value: true, binding: 'marketing' });
    expect(b).toMatchObject({ kind: 'initial', value: true, binding: 'prefs.marketing' });
    expect(c).toMatchObject({ kind: 'initial', value: true, binding: 'other.analytics' });
    expect(d).toMatchObject({ kind: 'initial', value: false, binding: 'other.ads' });
    // initRange points at the literal that initialises the state, for the "initialise to false" suggestion.
    if (a?.kind !== 'initial' || c?.kind !== 'initial') throw new Error('expected initial values');
    expect(source.slice(...a.initRange)).toBe('true');
    expect(source.slice(c.initRange[0] - 'analytics: '.length, c.initRange[1])).toBe('analytics: true');
  });

  it('marks everything else dynamic with a reason', () => {
    const m = model(`function A({ on, prefs }) { return <><input checked={on} /><input checked={prefs.marketing} /><input aria-label={t('consent.label')} /><input checked={isOn()} /></>; }`);
    const inputs = m.elements.filter((e) => e.name === 'input');
    expect(attr(inputs[0] as UIElement, 'checked')).toMatchObject({ kind: 'dynamic', reason: 'dynamic-expression', expressionText: 'on' });
    expect(attr(inputs[1] as UIElement, 'checked')).toMatchObject({ kind: 'dynamic', reason: 'dynamic-expression', expressionText: 'prefs.marketing' });
    expect(attr(inputs[2] as UIElement, 'aria-label')).toMatchObject({ kind: 'dynamic', reason: 'translation', expressionText: 't()' });
    expect(attr(inputs[3] as UIElement, 'checked')).toMatchObject({ kind: 'dynamic', reason: 'dynamic-expression', expressionText: 'isOn()' });
  });

  it('keeps a JSX element passed as a prop as an element of the tree', () => {
    const m = model(`const A = () => <FormControlLabel control={<Checkbox />} label={<span>Send me offers</span>} />;`);
    const label = attr(el(m, 'FormControlLabel'), 'label');
    expect(label.kind).toBe('element');
    if (label.kind !== 'element') return;
    expect(label.element.name).toBe('span');
    expect(label.element.parent).toBe(el(m, 'FormControlLabel'));
    expect(textContent(label.element).value).toBe('Send me offers');
    expect(el(m, 'Checkbox').semantic).toBe('checkbox');
  });

  it('notes spreads', () => {
    const m = model(`const A = (props) => <button {...props}>x</button>;`);
    expect(el(m, 'button').hasSpread).toBe(true);
  });
});

describe('text', () => {
  it('follows JSX whitespace rules', () => {
    const m = model(`const A = () => (
      <p>
        Hello   there,
        friend.  <b>Bold</b>  after
      </p>
    );`);
    expect(texts(el(m, 'p')).map((t) => t.text)).toEqual([
      { known: true, value: 'Hello there, friend. ' },
      { known: true, value: ' after' },
    ]);
    expect(textContent(el(m, 'p'))).toEqual({ value: 'Hello there, friend. Bold after', complete: true });
  });

  it('reads constants and literal expression children; marks others unknown with a reason', () => {
    const m = model(`
      const LABEL = 'Accept all';
      const A = ({ name }) => <div><button>{LABEL}</button><p>{'x'}{42}{\`y\`}</p><span>{t('k')}</span><em>{name}</em><i>{/* c */}</i><u>{true}</u></div>;`);
    expect(textContent(el(m, 'button'))).toEqual({ value: 'Accept all', complete: true });
    expect(textContent(el(m, 'p'))).toEqual({ value: 'x 42 y', complete: true });
    expect(texts(el(m, 'span'))[0]?.text).toEqual({ known: false, reason: 'translation' });
    expect(texts(el(m, 'em'))[0]?.text).toEqual({ known: false, reason: 'dynamic-expression' });
    expect(textContent(el(m, 'em')).complete).toBe(false);
    // Comments and booleans render nothing.
    expect(el(m, 'i').children).toEqual([]);
    expect(el(m, 'u').children).toEqual([]);
  });

  it('reads a translation key a constant or a prop holds as translated copy, not as the words of the key', () => {
    // Logto's console: <InlineNotification action="general.got_it"> reaches a Button that renders {title}, and
    // DynamicT translates it; the key itself is never on screen.
    const m = model(`
      const ACTION = 'general.got_it';
      const VERSION = 'v1.2 is out';
      const A = ({ title = 'subscription.update_payment' }) => (
        <div><button>{ACTION}</button><p>{title}</p><em>{'privacy.title'}</em><b>{VERSION}</b><span title="settings.title">Save</span></div>
      );`);
    expect(texts(el(m, 'button'))[0]?.text).toEqual({ known: false, reason: 'translation' });
    expect(texts(el(m, 'p'))[0]?.text).toEqual({ known: false, reason: 'translation' });
    // A literal written in the JSX is shown as written, and copy with a space is copy.
    expect(textContent(el(m, 'em'))).toEqual({ value: 'privacy.title', complete: true });
    expect(textContent(el(m, 'b'))).toEqual({ value: 'v1.2 is out', complete: true });
    expect(attributeText(el(m, 'span'), 'title')).toEqual({ value: '', complete: false });
  });
});

describe('class tokens', () => {
  const tokens = (element: UIElement) => element.classes.tokens.map((t) => `${t.module ? `${t.module}#` : ''}${t.name}${t.conditional ? '?' : ''}`);

  it('reads strings, templates and class helpers', () => {
    const m = model(`
      const BASE = 'btn';
      const A = ({ on, size }) => (
        <div>
          <a className="btn  btn-primary" />
          <a className={\`btn \${on ? 'on' : 'off'} wide\`} />
          <a className={clsx('btn', { active: on, hidden: false, shown: true }, on && 'x', on ? 'y' : 'z', ['arr'])} />
          <a className={cn(BASE, 'lg')} />
          <a className={\`btn-\${size}\`} />
          <a className={makeClass()} />
          <a className={'a' + ' b'} />
        </div>
      );`);
    const links = m.elements.filter((e) => e.name === 'a');
    expect(tokens(links[0] as UIElement)).toEqual(['btn', 'btn-primary']);
    expect(links[0]?.classes.hasUnknown).toBe(false);
    expect(tokens(links[1] as UIElement)).toEqual(['btn', 'wide', 'on?', 'off?']);
    expect(links[1]?.classes.hasUnknown).toBe(false);
    expect(tokens(links[2] as UIElement)).toEqual(['btn', 'active?', 'shown', 'x?', 'y?', 'z?', 'arr']);
    expect(links[2]?.classes.hasUnknown).toBe(false);
    expect(tokens(links[3] as UIElement)).toEqual(['btn', 'lg']);
    // `btn-${size}` is not a whole class name: unknown, and no partial token.
    expect(tokens(links[4] as UIElement)).toEqual([]);
    expect(links[4]?.classes.hasUnknown).toBe(true);
    expect(links[5]?.classes.hasUnknown).toBe(true);
    expect(tokens(links[6] as UIElement)).toEqual(['a', 'b']);
  });

  it('tags CSS module tokens with their module source', () => {
    const m = model(`
      import s from './banner.module.css';
      import './global.css';
      import other from './data';
      const A = ({ on }) => <div className={s.banner}><a className={s['reject']} /><a className={cn(s.accept, on && s.active, 'plain')} /><a className={other.x} /></div>;`);
    expect(m.cssModules).toEqual(new Map([['s', './banner.module.css']]));
    expect(m.stylesheets).toEqual(['./global.css']);
    expect(tokens(el(m, 'div'))).toEqual(['./banner.module.css#banner']);
    expect(tokens(el(m, 'a', 0))).toEqual(['./banner.module.css#reject']);
    expect(tokens(el(m, 'a', 1))).toEqual(['./banner.module.css#accept', './banner.module.css#active?', 'plain']);
    // A member of an ordinary import is not a class name we know.
    expect(el(m, 'a', 2).classes).toEqual({ tokens: [], hasUnknown: true });
  });
});

describe('inline styles', () => {
  it('converts numbers to px except unitless properties, and kebab-cases names', () => {
    const m = model(`const A = () => <p style={{ fontSize: 12, opacity: 0.5, fontWeight: 700, lineHeight: 1.5, margin: 0, color: '#777', WebkitTransform: 'none', '--x': '1px' }} />;`);
    expect(el(m, 'p').inlineStyle).toEqual({
      hasUnknown: false,
      declarations: [
        { property: 'font-size', value: '12px' },
        { property: 'opacity', value: '0.5' },
        { property: 'font-weight', value: '700' },
        { property: 'line-height', value: '1.5' },
        { property: 'margin', value: '0' },
        { property: 'color', value: '#777' },
        { property: '-webkit-transform', value: 'none' },
        { property: '--x', value: '1px' },
      ],
    });
  });

  it('follows const style objects and spreads; marks unknown parts, and properties whose value is computed', () => {
    const m = model(`
      const small = { fontSize: 11 };
      const styles = { fine: { ...small, color: 'grey' } };
      const A = ({ c, extra }) => <div><p style={styles.fine} /><p style={{ ...small, color: c }} /><p style={extra} /><p style={{ ...extra, fontSize: 14 }} /></div>;`);
    const ps = m.elements.filter((e) => e.name === 'p');
    expect(ps[0]?.inlineStyle).toEqual({ hasUnknown: false, declarations: [{ property: 'font-size', value: '11px' }, { property: 'color', value: 'grey' }] });
    // Only the colour is computed at run time: the size is still the constant's.
    expect(ps[1]?.inlineStyle).toEqual({ hasUnknown: false, declarations: [{ property: 'font-size', value: '11px' }], unknownProperties: ['color'] });
    expect(ps[2]?.inlineStyle).toEqual({ hasUnknown: true, declarations: [] });
    expect(ps[3]?.inlineStyle).toEqual({ hasUnknown: true, declarations: [{ property: 'font-size', value: '14px' }] });
  });
});

describe('structure', () => {
  it('records 1-based lines and 0-based columns for the element, its opening tag and attributes', () => {
    const source = ['const A = () => (', '  <div>', '    <button', '      disabled>Go</button>', '  </div>', ');'].join('\n');
    const button = el(model(source), 'button');
    expect(button.loc).toEqual({ start: { line: 3, column: 4 }, end: { line: 4, column: 26 } });
    expect(button.openingLoc).toEqual({ start: { line: 3, column: 4 }, end: { line: 4, column: 15 } });
    expect(source.slice(...button.openingRange)).toBe('<button\n      disabled>');
    expect(button.attributes.get('disabled')?.loc).toEqual({ start: { line: 4, column: 6 }, end: { line: 4, column: 14 } });
  });

  it('makes a root fragment an element and nested fragments transparent', () => {
    const m = model(`const A = () => <><div><>inner<b /></></div><p /></>;`);
    expect(m.roots.map((r) => r.name)).toEqual(['#fragment']);
    const [fragment] = m.roots;
    expect(fragment?.children.map((c) => (c.kind === 'element' ? c.name : 'text'))).toEqual(['div', 'p']);
    expect(el(m, 'div').children.map((c) => (c.kind === 'element' ? c.name : 'text'))).toEqual(['text', 'b']);
    expect(el(m, 'b').parent).toBe(el(m, 'div'));
  });

  it('keeps the text of nested fragments, in a child position, a condition and a prop', () => {
    const m = model(`const A = ({ open }) => <div><button><>Accept <b>all</b></></button><p>{open && <>Shown</>}</p><Check label={<>Send me offers</>} /></div>;`);
    expect(textContent(el(m, 'button'))).toEqual({ value: 'Accept all', complete: true });
    expect(el(m, 'button').children.map((c) => c.kind)).toEqual(['text', 'element']);
    expect(textContent(el(m, 'p'))).toEqual({ value: 'Shown', complete: true });
    const label = attr(el(m, 'Check'), 'label');
    if (label.kind !== 'element') throw new Error('expected an element prop');
    expect(label.element).toMatchObject({ name: '#fragment', parent: el(m, 'Check') });
    expect(textContent(label.element).value).toBe('Send me offers');
  });

  it('marks JSX inside &&, ternaries and map as conditional; lists roots per component', () => {
    const m = model(`
      function Banner({ open, items }) {
        return <div>{open && <p>a</p>}{open ? <i /> : <u />}{items.map((x) => <li key={x} />)}<b /></div>;
      }
      const Other = () => <span />;`);
    expect(['p', 'i', 'u', 'li'].map((n) => el(m, n).conditional)).toEqual([true, true, true, true]);
    expect(el(m, 'b').conditional).toBe(false);
    expect(el(m, 'div').conditional).toBe(false);
    expect(m.roots.map((r) => [r.name, r.component])).toEqual([
      ['div', 'Banner'],
      ['span', 'Other'],
    ]);
    expect(el(m, 'p').parent).toBe(el(m, 'div'));
    // Children and ids in document order, whatever order the parser lays out a ternary's branches in.
    expect(el(m, 'div').children.map((c) => (c.kind === 'element' ? c.name : 'text'))).toEqual(['p', 'i', 'u', 'li', 'b']);
    expect(m.elements.map((e) => e.id)).toEqual([...m.elements.keys()]);
  });

  it('records import sources of components', () => {
    const m = model(`import { Button } from '@mui/material'; import * as UI from './ui'; const A = () => <><Button /><UI.Switch /></>;`);
    expect(el(m, 'Button').importSource).toBe('@mui/material');
    expect(el(m, 'UI.Switch')).toMatchObject({ importSource: './ui', semantic: 'switch' });
  });

  it("builds one program's models for two use sites from the bindings it collected once, each with its own props", () => {
    const parsed = parseWithTypescriptEstree(
      `const PLACEMENT = 'footer';
      export function ConsentToggle({ label, defaultOn }) {
        return <label data-placement={PLACEMENT}><input type="checkbox" defaultChecked={defaultOn} />{label}</label>;
      }`,
      'ConsentToggle.tsx',
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    const program = parsed.value;
    const literal = (value: string | boolean) => ({ type: 'Literal', value, raw: JSON.stringify(value), range: [0, 0] }) as unknown as TSESTree.Literal;
    const shared = collectBindings(program);
    const constantsBefore = [...shared.constants.keys()];
    const marketing = buildModel(program, { constants: new Map([['label', literal('Send me marketing emails')], ['defaultOn', literal(true)]]) });
    const analytics = buildModel(program, { constants: new Map([['label', literal('Share usage analytics')]]) });
    expect(textContent(el(marketing, 'label')).value).toBe('Send me marketing emails');
    expect(attr(el(marketing, 'input'), 'defaultChecked')).toMatchObject({ kind: 'static', value: true });
    // The second use site passes no defaultOn: the first one's does not leak into it.
    expect(textContent(el(analytics, 'label')).value).toBe('Share usage analytics');
    expect(attr(el(analytics, 'input'), 'defaultChecked')).not.toMatchObject({ kind: 'static', value: true });
    // The file's own constant reads the same in both; the shared bindings gained no prop.
    for (const built of [marketing, analytics]) expect(attr(el(built, 'label'), 'data-placement')).toMatchObject({ kind: 'static', value: 'footer' });
    expect(collectBindings(program)).toBe(shared);
    expect([...shared.constants.keys()]).toEqual(constantsBefore);
  });

  it('builds only the tree asked for, as the whole module would build it', () => {
    const source = `import * as React from 'react';
const FieldContext = React.createContext({ id: '' });
const CONSENT_LABEL = 'Share my usage data';
export const Banner = () => <aside><p>We use cookies</p><button>Accept</button></aside>;
export const ConsentField = React.forwardRef(function ConsentField({ className, ...props }, ref) {
  const hint = <small className="hint">You can change this later</small>;
  return (
    <FieldContext.Provider value={{ id: 'consent' }}>
      <label ref={ref} className={className}>
        <input type="checkbox" {...props} />
        {CONSENT_LABEL}
        {hint}
      </label>
    </FieldContext.Provider>
  );
});
export function Footer() { return <footer>Imprint</footer>; }
`;
    const parsed = parseWithTypescriptEstree(source, 'ui.tsx');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const whole = buildModel(parsed.value);
    const root = whole.roots.find((r) => r.name === 'FieldContext.Provider');
    if (!root) throw new Error('no provider root');
    const only = buildModel(parsed.value, { only: root.node as TSESTree.JSXElement });
    expect(only.roots).toHaveLength(1);
    const shape = (m: UIModel, from: UIElement) => m.elements.filter((e) => e === from || [...ancestorsOf(e)].includes(from)).map((e) => `${e.name} ${e.component ?? '-'} ${textContent(e).value}`);
    expect(shape(only, only.roots[0] as UIElement)).toEqual(shape(whole, root));
    expect(only.elements.map((e) => e.name)).not.toContain('aside');
    expect(only.elements.find((e) => e.name === 'label')?.component).toBe('ConsentField');
  });
});

function* ancestorsOf(element: UIElement): Generator<UIElement> {
  for (let current = element.parent; current; current = current.parent) yield current;
}
