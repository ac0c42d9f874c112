/**
 * A file's own styled components are read by the CSS-in-JS pass, so component expansion does not list them as
 * unresolved higher-order functions (what `honest-ui --verbose` prints); a real higher-order component, and a
 * styled component built on a project component that is not followed, still are.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { recommendedRules } from '../../src/catalog/index.js';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { resolveSettings } from '../../src/settings/settings.js';

const styledApp = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/projects/styled-components-app/src');

const readFile = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const check = (file: string) => analyseSourceInDetail({ filePath: file, text: readFileSync(file, 'utf8'), settings: resolveSettings(undefined), rules: recommendedRules(), readFile });

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'honest-ui-styled-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

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

export function Dialog() {
  return (
    <div role="dialog" style={{ backgroundColor: '#ffffff' }}>
      <p>We use cookies for analytics and personalised advertising.</p>
      <Accept>Accept all</Accept>
      <Reject>Reject all</Reject>
      <Extended>Accept selected</Extended>
      <Wrapped>Settings</Wrapped>
      <Routed>More</Routed>
    </div>
  );
}
`,
  });

  it('keeps a real higher-order component and a styled project component unresolved, with their reasons', () => {
    const result = check(path.join(dir, 'Dialog.tsx'));
    const byName = new Map(result.unresolvedImports.map((u) => [u.source, u.detail]));
    expect([...byName.keys()].sort()).toEqual(['<Routed>', '<Wrapped>']);
    expect(byName.get('<Routed>')).toBe('made by a higher-order function');
    expect(byName.get('<Wrapped>')).toBe('styled from <PrimaryButton>, a component of the project that is not followed');
  });
});
