/**
 * Styled components and package components across files, through the checker and the ESLint rules: a styled
 * component imported from another module gets its base's semantics and its static styles as a generated class
 * (as the file's own do), `styled(Imported)` extends it, `styled(ProjectComponent)` hands the component its class,
 * and a package component re-exported by a module of the project gets its library's preset. What can't be read
 * stays unresolved and never produces a finding.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import noFinePrint from '../../rules/no-fine-print.js';
import noUnbalancedChoices from '../../rules/no-unbalanced-choices.js';
import { recommendedRules } from '../../src/catalog/index.js';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { ruleTester } from '../rules/rule-tester.js';
import { tempProjects } from '../helpers/temp-project.js';

const styledApp = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/projects/styled-components-app/src');

const readFile = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

function check(file: string) {
  return analyseSourceInDetail({ filePath: file, text: readFileSync(file, 'utf8'), settings: resolveSettings(undefined), rules: recommendedRules(), readFile });
}

/** The findings as `rule:messageId@line:column`, plus the data of each, for comparing two files' results. */
const findings = (file: string) => check(file).messages.map((m) => `${m.ruleId}:${m.messageId}@${m.line}:${m.column}`);
/** Where `<Reject` stands in a file: the line a finding about the decline points at. */
const rejectLine = (file: string) => readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes('<Reject ')) + 1;
const weaker = (file: string) => [`honest-ui/no-unbalanced-choices:weakerDecline@${rejectLine(file)}:7`];
const data = (file: string) => check(file).messages.map((m) => ({ messageId: m.messageId, data: m.data }));

/** A throwaway project on disk (the ESLint rules read imported modules from disk too). */
const project = tempProjects('styled-cross');

const ACCEPT = `styled.button\`
  font-size: 16px;
  font-weight: 700;
  padding: 12px 32px;
  color: #ffffff;
  background: #0055ff;
  border: none;
\``;

/** A dialog whose decline is `<Reject>` and accept `<Accept>`, with `head` declaring or importing them. */
const DIALOG = (head: string) => `${head}

export function Dialog({ onAccept, onReject }) {
  return (
    <div role="dialog" aria-label="Cookie consent">
      <p>We use cookies for analytics and personalised advertising.</p>
      <Reject href="#" onClick={onReject}>Reject all</Reject>
      <Accept onClick={onAccept}>Accept all</Accept>
    </div>
  );
}
`;

/**
 * The same styled definitions once in the dialog's own file and once in ui/Styles.ts, imported: the checker must
 * say the same about both (the lines differ, the findings and their data must not).
 */
const DEFINITIONS: Record<string, string> = {
  'a grey 11px styled.a': `export const Reject = styled.a\`font-size: 11px; color: #999999;\`;`,
  'an equal styled.button': `export const Reject = ${ACCEPT};`,
  'a theme-sized decline (interpolated)': `export const Reject = styled.button\`font-size: \${({ theme }) => theme.small}; font-weight: 700; padding: 12px 32px; color: #ffffff; background: #0055ff; border: none;\`;`,
  '.attrs that set a role': `export const Reject = styled.a.attrs({ role: 'button' })\`font-size: 11px; color: #999999;\`;`,
  '.attrs that set a style': `export const Reject = styled.a.attrs({ style: { fontSize: 16 } })\`font-size: 11px; color: #999999;\`;`,
  'an extension of the accept button': `export const Accept = ${ACCEPT};\nexport const Reject = styled(Accept)\`background: #333333;\`;`,
};

describe('an imported styled component is read as a same-file one is', () => {
  for (const [name, definition] of Object.entries(DEFINITIONS)) {
    const accept = definition.includes('export const Accept') ? '' : `export const Accept = ${ACCEPT};\n`;
    const dir = project({
      'Same.tsx': DIALOG(`import styled from 'styled-components';\n${accept}${definition}`),
      'ui/Styles.ts': `import styled from 'styled-components';\n${accept}${definition}`,
      'Imported.tsx': DIALOG(`import { Accept, Reject } from './ui/Styles';`),
    });
    it(`gives the same findings for ${name}`, () => {
      const imported = check(path.join(dir, 'Imported.tsx'));
      expect(imported.unresolvedImports).toEqual([]);
      expect(data(path.join(dir, 'Imported.tsx'))).toEqual(data(path.join(dir, 'Same.tsx')));
    });
  }

  it('finds the grey link weaker, and stays silent on the equal, theme-sized and extended declines', () => {
    const dir = project({
      'ui/Styles.ts': `import styled from 'styled-components';\nexport const Accept = ${ACCEPT};\n${DEFINITIONS['a grey 11px styled.a']}`,
      'Dialog.tsx': DIALOG(`import { Accept, Reject } from './ui/Styles';`),
      'ui/Equal.ts': `import styled from 'styled-components';\nexport const Accept = ${ACCEPT};\n${DEFINITIONS['an equal styled.button']}`,
      'Equal.tsx': DIALOG(`import { Accept, Reject } from './ui/Equal';`),
    });
    expect(data(path.join(dir, 'Dialog.tsx'))).toEqual([{ messageId: 'weakerDecline', data: expect.objectContaining({ decline: 'Reject all', accept: 'Accept all' }) }]);
    expect(check(path.join(dir, 'Dialog.tsx')).messages[0]?.message).toContain('link vs filled button; 11px vs 16px');
    expect(findings(path.join(dir, 'Equal.tsx'))).toEqual([]);
  });
});

describe('styled components across several modules', () => {
  const dir = project({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
    'src/ui/Base.ts': `import styled from 'styled-components';\nexport const Base = ${ACCEPT};`,
    'src/ui/Choices.ts': `import styled from 'styled-components';
import { Base } from './Base';
export const Quiet = styled(Base)\`background: #333333;\`;
export const Tiny = styled(Base)\`font-size: 11px;\`;
export { Base as Accept };`,
    'src/ui/index.ts': `export * from './Choices';`,
    'src/ui/Plain.tsx': `export function Plain({ className, children, onClick }) { return <button type="button" className={className} onClick={onClick}>{children}</button>; }
export function Closed({ children, onClick }) { return <button type="button" onClick={onClick}>{children}</button>; }`,
    'src/ui/Wrapped.ts': `import styled from 'styled-components';
import { Plain, Closed } from './Plain';
export const WrappedTiny = styled(Plain)\`font-size: 11px; color: #999999; background: transparent; border: none;\`;
export const WrappedEqual = styled(Plain)\`font-size: 16px; font-weight: 700; padding: 12px 32px; color: #ffffff; background: #0055ff; border: none;\`;
export const ClosedEqual = styled(Closed)\`font-size: 16px; font-weight: 700; padding: 12px 32px; color: #ffffff; background: #0055ff; border: none;\`;`,
    'src/Quiet.tsx': DIALOG(`import { Accept, Quiet as Reject } from '@/ui';`),
    'src/Tiny.tsx': DIALOG(`import { Accept, Tiny as Reject } from '@/ui';`),
    'src/Local.tsx': DIALOG(`import styled from 'styled-components';\nimport { Accept, Quiet } from '@/ui';\nconst Reject = styled(Quiet)\`color: #ffffff;\`;`),
    'src/WrappedTiny.tsx': DIALOG(`import { Accept } from '@/ui';\nimport { WrappedTiny as Reject } from '@/ui/Wrapped';`),
    'src/WrappedEqual.tsx': DIALOG(`import { Accept } from '@/ui';\nimport { WrappedEqual as Reject } from '@/ui/Wrapped';`),
    'src/ClosedEqual.tsx': DIALOG(`import { Accept } from '@/ui';\nimport { ClosedEqual as Reject } from '@/ui/Wrapped';`),
  });
  const file = (name: string) => path.join(dir, 'src', name);

  it('follows styled(Base) into the module Base comes from, through a star re-export and a tsconfig alias', () => {
    expect(check(file('Quiet.tsx')).unresolvedImports).toEqual([]);
    expect(findings(file('Quiet.tsx'))).toEqual([]);
    expect(findings(file('Tiny.tsx'))).toEqual(weaker(file('Tiny.tsx')));
    expect(check(file('Tiny.tsx')).messages[0]?.message).toContain('11px vs 16px');
  });

  it('extends an imported styled component in the file that uses it', () => {
    expect(check(file('Local.tsx')).unresolvedImports).toEqual([]);
    expect(findings(file('Local.tsx'))).toEqual([]);
  });

  it('hands styled(ProjectComponent) its class as className, which the component puts on its button', () => {
    expect(check(file('WrappedTiny.tsx')).unresolvedImports).toEqual([]);
    expect(findings(file('WrappedTiny.tsx'))).toEqual(weaker(file('WrappedTiny.tsx')));
    expect(check(file('WrappedTiny.tsx')).messages[0]?.message).toContain('plain text vs filled button; 11px vs 16px');
    expect(findings(file('WrappedEqual.tsx'))).toEqual([]);
  });

  it('drops the class of styled(ProjectComponent) when the component ignores className', () => {
    // The browser draws the decline as an unstyled <button>: the styled class never reaches it.
    const result = check(file('ClosedEqual.tsx'));
    expect(result.unresolvedImports).toEqual([]);
    expect(findings(file('ClosedEqual.tsx'))).toEqual(weaker(file('ClosedEqual.tsx')));
  });
});

describe("a package's component re-exported by the project gets the library preset", () => {
  const choices = (reject: string, accept: string) => `
export function Dialog({ onAccept, onReject }) {
  return (
    <div role="dialog" aria-label="Cookie consent">
      <p>We use cookies for analytics and personalised advertising.</p>
      ${reject}
      ${accept}
    </div>
  );
}
`;
  const unequal = choices('<Button variant="text" onClick={onReject}>Reject all</Button>', '<Button variant="contained" onClick={onAccept}>Accept all</Button>');
  const renamed = choices('<Secondary variant="text" onClick={onReject}>Reject all</Secondary>', '<Secondary variant="contained" onClick={onAccept}>Accept all</Secondary>');
  const equal = choices('<Button variant="contained" onClick={onReject}>Reject all</Button>', '<Button variant="contained" onClick={onAccept}>Accept all</Button>');
  const dir = project({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
    'src/ui/index.ts': `export { Button } from '@mui/material';\nexport { Button as Secondary } from '@mui/material';\nexport * from './local';`,
    'src/ui/local.ts': `import { Switch } from '@mui/material';\nexport { Switch };\nexport const Toggle = Switch;`,
    'src/Direct.tsx': `import { Button } from '@mui/material';\n${unequal}`,
    'src/Reexported.tsx': `import { Button } from '@/ui';\n${unequal}`,
    'src/Renamed.tsx': `import { Secondary } from '@/ui';\n${renamed}`,
    'src/Equal.tsx': `import { Button } from '@/ui';\n${equal}`,
    'src/Switches.tsx': `import { Switch, Toggle } from '@/ui';\nexport const A = () => <Switch />;\nexport const B = () => <Toggle />;`,
  });
  const file = (name: string) => path.join(dir, 'src', name);

  it('reports a text decline beside a contained accept as the direct import does, and lists nothing unresolved', () => {
    const direct = check(file('Direct.tsx'));
    expect(direct.messages.map((m) => m.messageId)).toEqual(['weakerDecline']);
    for (const name of ['Reexported.tsx', 'Renamed.tsx']) {
      const result = check(file(name));
      expect(result.unresolvedImports, name).toEqual([]);
      expect(data(file(name)), name).toEqual(data(file('Direct.tsx')));
    }
  });

  it('stays silent on two contained buttons re-exported', () => {
    expect(check(file('Equal.tsx')).unresolvedImports).toEqual([]);
    expect(findings(file('Equal.tsx'))).toEqual([]);
  });

  it('follows an imported-then-exported and an aliased package component', () => {
    expect(check(file('Switches.tsx')).unresolvedImports).toEqual([]);
  });
});

describe('what cannot be read stays unresolved', () => {
  const dir = project({
    // A local `styled` helper, not styled-components: what it renders is not known.
    'ui/Fake.tsx': `const styled = { a: (_css) => (props) => <span {...props} /> };
export const Reject = styled.a\`font-size: 8px; color: #eeeeee;\`;
export const FinePrint = styled.a\`font-size: 8px;\`;`,
    'ui/Hoc.ts': `import styled from 'styled-components';
import { withTracking } from './tracking';
import { Plain } from './Plain';
export const Reject = styled(withTracking(Plain))\`font-size: 8px;\`;
export const Attrs = styled(Plain).attrs({ as: 'a' })\`font-size: 8px;\`;`,
    'ui/Plain.tsx': `export function Plain({ className, children }) { return <button className={className}>{children}</button>; }`,
    'Fake.tsx': DIALOG(`import styled from 'styled-components';\nimport { Reject } from './ui/Fake';\nconst Accept = ${ACCEPT};`),
    'Hoc.tsx': DIALOG(`import styled from 'styled-components';\nimport { Reject } from './ui/Hoc';\nconst Accept = ${ACCEPT};`),
    'Attrs.tsx': DIALOG(`import styled from 'styled-components';\nimport { Attrs as Reject } from './ui/Hoc';\nconst Accept = ${ACCEPT};`),
    'ui/CycleA.ts': `import styled from 'styled-components';\nimport { B } from './CycleB';\nexport const A = styled(B)\`font-size: 8px;\`;`,
    'ui/CycleB.ts': `import styled from 'styled-components';\nimport { A } from './CycleA';\nexport const B = styled(A)\`color: #eeeeee;\`;`,
    'Cycle.tsx': DIALOG(`import styled from 'styled-components';\nimport { A as Reject } from './ui/CycleA';\nconst Accept = ${ACCEPT};`),
    'Missing.tsx': DIALOG(`import styled from 'styled-components';\nimport { Reject } from './ui/Gone';\nconst Accept = ${ACCEPT};`),
  });

  it('lists each with its reason, and no style finding comes of it', () => {
    const details = (name: string) => check(path.join(dir, name)).unresolvedImports.map((u) => `${u.source} ${u.detail}`);
    expect(details('Fake.tsx')).toEqual(['<Reject> made by a higher-order function']);
    expect(details('Missing.tsx')).toEqual(["<Reject> './ui/Gone' was not found"]);
    expect(details('Attrs.tsx')).toEqual(['<Reject> styled from <Plain> with .attrs(...) that may change what it renders']);
    // styled(withTracking(Plain)) is not a styled component the extractor knows: the whole is a higher-order call.
    expect(details('Hoc.tsx')).toEqual(['<Reject> made by a higher-order function']);
    // Only the style rules: require-decline-option reads an unresolved `<Reject>` as no decline (see the report).
    const styleFindings = (name: string) => findings(path.join(dir, name)).filter((f) => /no-unbalanced-choices|no-fine-print/.test(f));
    expect(details('Cycle.tsx')).toEqual(['<Reject> styled from <B>: styled from <A>: styled from itself through an import cycle']);
    for (const name of ['Fake.tsx', 'Missing.tsx', 'Hoc.tsx', 'Attrs.tsx', 'Cycle.tsx']) expect(styleFindings(name), name).toEqual([]);
  });
});

describe('the ESLint rules read imported styled components from disk', () => {
  const fixture = (name: string) => ({ code: readFileSync(path.join(styledApp, name), 'utf8'), filename: path.join(styledApp, name) });
  const unresolved = project({
    'ui/Fake.tsx': `const styled = { a: (_css) => (props) => <span {...props} /> };
export const Reject = styled.a\`font-size: 8px; color: #eeeeee;\`;
export const FinePrint = styled.p\`font-size: 8px;\`;`,
    'ui/Real.ts': `import styled from 'styled-components';\nexport const FinePrint = styled.p\`font-size: 8px;\`;`,
  });
  const fakeDialog = DIALOG(`import styled from 'styled-components';\nimport { Reject } from './ui/Fake';\nconst Accept = ${ACCEPT};`);
  const finePrint = (module: string) => `import styled from 'styled-components';
import { FinePrint } from './ui/${module}';
const Accept = ${ACCEPT};
export function Dialog({ onAccept, onReject }) {
  return (
    <div role="dialog" aria-label="Cookie consent">
      <FinePrint>We share your personal data with our advertising partners.</FinePrint>
      <Accept onClick={onReject}>Reject all</Accept>
      <Accept onClick={onAccept}>Accept all</Accept>
    </div>
  );
}
`;

  ruleTester().run('no-unbalanced-choices (imported styled components)', noUnbalancedChoices, {
    valid: [
      // Near-miss: the decline extends the imported accept button with another colour only.
      fixture('ImportedEqual.tsx'),
      // Near-miss: an unresolved imported component's 8px template is never read as its styles.
      { code: fakeDialog, filename: path.join(unresolved, 'Dialog.tsx') },
    ],
    invalid: [
      { ...fixture('ImportedDialog.tsx'), errors: [{ messageId: 'weakerDecline', line: 9, column: 7, data: check(path.join(styledApp, 'ImportedDialog.tsx')).messages[0]?.data }] },
      { ...fixture('ImportedWrapped.tsx'), errors: [{ messageId: 'weakerDecline', line: 9, column: 7, data: check(path.join(styledApp, 'ImportedWrapped.tsx')).messages[0]?.data }] },
    ],
  });

  ruleTester().run('no-fine-print (unresolved imported component)', noFinePrint, {
    // Near-miss: 8px fine print if the unresolved component's template were guessed to be its styles.
    valid: [{ code: finePrint('Fake'), filename: path.join(unresolved, 'Dialog.tsx') }],
    invalid: [{ code: finePrint('Real'), filename: path.join(unresolved, 'Dialog.tsx'), errors: [{ messageId: 'smallerThanChoice', line: finePrint('Real').split('\n').findIndex((l) => l.includes('<FinePrint>')) + 1, column: 7 }] }],
  });

  it('the checker agrees: the fine-print near-miss is unresolved, not a finding', () => {
    writeFileSync(path.join(unresolved, 'Dialog.tsx'), finePrint('Fake'));
    const result = check(path.join(unresolved, 'Dialog.tsx'));
    expect(result.messages).toEqual([]);
    expect(result.unresolvedImports.map((u) => u.source)).toEqual(['<FinePrint>']);
  });
});
