/**
 * A file's own styled components are read by the CSS-in-JS pass, so component expansion does not list them as
 * unresolved higher-order functions (what `honest-ui --verbose` prints); a real higher-order component, and a
 * styled component built on one, still are.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recommendedRules } from '../../src/catalog/index.js';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { tempProjects } from '../helpers/temp-project.js';

const styledApp = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/projects/styled-components-app/src');

const readFile = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const check = (file: string) => analyseSourceInDetail({ filePath: file, text: readFileSync(file, 'utf8'), settings: resolveSettings(undefined), rules: recommendedRules(), readFile });

/** A throwaway project on disk: files by relative path. */
const project = tempProjects('styled');

describe('styled components are not unresolved components', () => {
  it('lists none for the styled-components fixture, whose findings still fire on its styled elements', () => {
    const result = check(path.join(styledApp, 'ConsentDialog.tsx'));
    expect(result.unresolvedImports).toEqual([]);
    expect(result.messages.map((m) => `${m.ruleId}:${m.line}`)).toEqual(['honest-ui/no-fine-print:37', 'honest-ui/no-unbalanced-choices:39']);
  });

  const dir = project({
    'ui/PrimaryButton.tsx': `export function PrimaryButton({ children }) { return <button className="primary">{children}</button>; }`,
    'Dialog.tsx': `import styled from 'styled-components';
import { withRouter } from 'react-router';
import { Button as MuiButton } from '@mui/material';
import { PrimaryButton } from './ui/PrimaryButton';

function Foo({ children }) { return <a>{children}</a>; }
const Routed = withRouter(Foo);
const Accept = styled.button\`font-size: 16px; font-weight: 700;\`;
const Reject = styled(MuiButton)\`font-size: 16px;\`;
const Extended = styled(Accept)\`padding: 12px;\`;
const Wrapped = styled(PrimaryButton)\`padding: 12px;\`;
const StyledRouted = styled(Routed)\`padding: 12px;\`;

export function Dialog() {
  return (
    <div role="dialog" style={{ backgroundColor: '#ffffff' }}>
      <p>We use cookies for analytics and personalised advertising.</p>
      <Accept>Accept all</Accept>
      <Reject>Reject all</Reject>
      <Extended>Accept selected</Extended>
      <Wrapped>Settings</Wrapped>
      <Routed>More</Routed>
      <StyledRouted>Less</StyledRouted>
    </div>
  );
}
`,
  });

  it('keeps a real higher-order component and a styled component built on one unresolved, with their reasons; follows a styled project component', () => {
    const result = check(path.join(dir, 'Dialog.tsx'));
    const byName = new Map(result.unresolvedImports.map((u) => [u.source, u.detail]));
    expect([...byName.keys()].sort()).toEqual(['<Routed>', '<StyledRouted>']);
    expect(byName.get('<Routed>')).toBe('made by a higher-order function');
    expect(byName.get('<StyledRouted>')).toBe('styled from <Routed>: made by a higher-order function');
  });
});
