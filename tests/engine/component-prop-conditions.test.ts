/**
 * A wrapper that picks its class from a prop (`className={variant === 'ghost' ? styles.ghost : styles.solid}`) is
 * rendered with the value each use site passes, so `<Btn variant="ghost">` is the ghost button: through the checker
 * and through ESLint.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import noUnbalancedChoices from '../../rules/no-unbalanced-choices.js';
import { recommendedRules } from '../../src/catalog/index.js';
import { analyseSourceInDetail } from '../../src/engine/analyse.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { ruleTester } from '../rules/rule-tester.js';
import { tempProjects } from '../helpers/temp-project.js';

const readFile = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** A throwaway project on disk: files by relative path. */
const project = tempProjects('prop-conditions');

const CSS = `
.solid { background-color: #0b57d0; color: #ffffff; font-size: 16px; font-weight: 700; padding: 12px 24px; border: 0; }
.ghost { background: none; border: 0; padding: 0; color: #757575; font-size: 11px; font-weight: 400; }
`;

const dir = project({
  'ui/Btn.module.css': CSS,
  'ui/button.css': CSS,
  // A CSS module, chosen by a comparison.
  'ui/Btn.tsx': `import styles from './Btn.module.css';
export function Btn({ variant, children }) {
  return <button className={variant === 'ghost' ? styles.ghost : styles.solid}>{children}</button>;
}`,
  // Plain class names, chosen by a negated comparison on the props object and by `&&`/`||`.
  'ui/PlainBtn.tsx': `import './button.css';
export function PlainBtn(props) {
  return <button className={props.variant !== 'ghost' ? 'solid' : 'ghost'}>{props.children}</button>;
}`,
  'ui/AndBtn.tsx': `import './button.css';
export function AndBtn({ quiet = false, children }) {
  return <button className={(quiet && 'ghost') || 'solid'}>{children}</button>;
}`,
});

const dialog = (imports: string, accept: string, reject: string): string => `${imports}
export function Dialog() {
  return (
    <div role="dialog" style={{ backgroundColor: '#ffffff' }}>
      <p>We use cookies for analytics and personalised advertising.</p>
      ${accept}
      ${reject}
    </div>
  );
}
`;

const cases = {
  ghost: dialog(`import { Btn } from './ui/Btn';`, '<Btn>Accept all</Btn>', '<Btn variant="ghost">Reject all</Btn>'),
  plainGhost: dialog(`import { PlainBtn } from './ui/PlainBtn';`, '<PlainBtn variant="solid">Accept all</PlainBtn>', '<PlainBtn variant="ghost">Reject all</PlainBtn>'),
  andQuiet: dialog(`import { AndBtn } from './ui/AndBtn';`, '<AndBtn>Accept all</AndBtn>', '<AndBtn quiet>Reject all</AndBtn>'),
  // Near-misses.
  bothSolid: dialog(`import { Btn } from './ui/Btn';`, '<Btn>Accept all</Btn>', '<Btn variant="solid">Reject all</Btn>'),
  bothGhost: dialog(`import { PlainBtn } from './ui/PlainBtn';`, '<PlainBtn variant="ghost">Accept all</PlainBtn>', '<PlainBtn variant="ghost">Reject all</PlainBtn>'),
  andNotQuiet: dialog(`import { AndBtn } from './ui/AndBtn';`, '<AndBtn>Accept all</AndBtn>', '<AndBtn quiet={false}>Reject all</AndBtn>'),
};

const write = (name: string, text: string): string => {
  const file = path.join(dir, `${name}.tsx`);
  writeFileSync(file, text);
  return file;
};
const check = (name: keyof typeof cases) => {
  const file = write(name, cases[name]);
  return analyseSourceInDetail({ filePath: file, text: cases[name], settings: resolveSettings(undefined), rules: recommendedRules(), readFile });
};

const WEAKER = {
  decline: 'Reject all',
  accept: 'Accept all',
  factors: 'plain text vs filled button; 11px vs 16px; regular (400) vs bold (700)',
};

describe('the checker evaluates a prop-driven class choice with the use site\'s value', () => {
  it.each(['ghost', 'plainGhost', 'andQuiet'] as const)('%s: the ghost reject is weaker than the solid accept', (name) => {
    const result = check(name);
    expect(result.messages.map((m) => `${m.ruleId}:${m.messageId}:${m.line}`)).toEqual(['honest-ui/no-unbalanced-choices:weakerDecline:7']);
    expect(result.unresolvedImports).toEqual([]);
  });

  it.each(['bothSolid', 'bothGhost', 'andNotQuiet'] as const)('%s: stays clean', (name) => {
    expect(check(name).messages).toEqual([]);
  });
});

ruleTester().run('no-unbalanced-choices (prop-driven classes)', noUnbalancedChoices, {
  valid: (['bothSolid', 'bothGhost', 'andNotQuiet'] as const).map((name) => ({ code: cases[name], filename: path.join(dir, `${name}.tsx`) })),
  invalid: (['ghost', 'plainGhost', 'andQuiet'] as const).map((name) => ({
    code: cases[name],
    filename: path.join(dir, `${name}.tsx`),
    errors: [{ messageId: 'weakerDecline' as const, data: WEAKER, line: 7, column: 7 }],
  })),
});
