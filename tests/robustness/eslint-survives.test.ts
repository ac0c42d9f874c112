/**
 * The ESLint rules never throw: whatever AST ESLint hands them (hostile files that still parse, and odd but valid
 * JSX and TSX), `Linter.verify` with the plugin's strict config returns messages instead of crashing the lint run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
// The plugin as built (rules/index.ts reads package.json relative to dist/rules/).
import plugin from '../../dist/rules/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const brokenDir = path.join(repo, 'fixtures', 'broken');

const linter = new Linter({ cwd: repo });
const config = [
  plugin.configs.strict,
  { files: ['**/*.tsx', '**/*.jsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
] as Linter.Config[];

function lint(text: string, file = 'Odd.tsx'): Linter.LintMessage[] {
  return linter.verify(text, config, { filename: path.join(brokenDir, file) });
}

const BANNER = `export function Banner() {
  return (
    <section className="cookie-banner" style={{ background: '#ffffff', color: '#111111', fontSize: 16 }}>
      <p>We use cookies to personalise ads and measure traffic.</p>
      <button style={{ fontSize: 16, padding: '12px 24px', background: '#1d4ed8', color: '#ffffff' }}>Accept all</button>
      <button style={{ fontSize: 10, padding: '12px 24px', background: '#1d4ed8', color: '#ffffff' }}>Reject all</button>
    </section>
  );
}
`;

/** Odd but valid syntax, each wrapped around or next to a consent banner so the checks have something to walk. */
const ODD: Record<string, string> = {
  'namespaced names': `export const Svg = () => (<svg xmlns:xlink="http://www.w3.org/1999/xlink"><svg:use xlink:href="#i" /><p>We use cookies.</p><button>Accept</button></svg>);`,
  'member-expression tags': `import * as UI from 'ui';\nexport const M = () => (<UI.Dialog.Root><UI.Dialog.Title>Cookies</UI.Dialog.Title><UI.Button variant="primary">Accept all</UI.Button><UI.Button.Link>Reject</UI.Button.Link></UI.Dialog.Root>);`,
  'spread children and spread props': `export const S = (p: any) => (<div {...p} className="cookie-banner">{...p.children}<button {...p.accept}>Accept all</button></div>);`,
  'empty expressions and comments in JSX': `export const E = () => (<div className={/* nothing */}>{}{/* comment */}<p>We use cookies</p><button>{}Accept{}</button></div>);`,
  'TS generics in TSX': `function Select<T extends string>(p: { value: T }) { return <label><input type="checkbox" defaultChecked={true as boolean} /> I agree to marketing emails {p.value}</label>; }\nexport const G = () => <Select<'a'> value="a" />;\nexport const arrow = <T,>(x: T) => x;`,
  'class components': `import React from 'react';\nexport class Consent extends React.Component<{ onAccept(): void }> {\n  state = { on: true };\n  render() { return <div className="cookie-banner"><p>We use cookies.</p><input type="checkbox" checked={this.state.on} role="switch" aria-checked="true" /><button onClick={this.props.onAccept}>Accept</button><a href="#">No</a></div>; }\n}`,
  'fragments only': `export const F = () => <><>{<></>}</><>Accept all</></>;`,
  'JSX in attributes, ternaries and maps': `export const T = ({ items, open }: { items: string[]; open: boolean }) => (<dialog open={open} aria-label={<b>x</b> as any}>{open ? <p>We use cookies</p> : items.map((i) => <button key={i}>{i}</button>)}<label htmlFor="x" title={\`\${open}\`}>Decline</label></dialog>);`,
  'computed, weird and invalid style values': `export const W = () => (<div style={{ ['font' + 'Size']: 12, fontSize: -3, opacity: NaN, color: 'rgb(300 0 0 / 2)', padding: '1px 2px 3px 4px 5px', background: 'url(x) #fff' }}><p style={{ fontSize: '1e400px' }}>We use cookies</p><button style={{ fontSize: '0px' }}>Accept all</button><button style={{ fontSize: 'calc(1px + 2%)' }}>Reject all</button></div>);`,
  'deeply nested JSX that still parses': `export const D = () => (${'<div className="x">'.repeat(600)}<p>We use cookies</p><button>Accept all</button><a>Reject</a>${'</div>'.repeat(600)});`,
  'no JSX at all, but a less-than sign': `export const lt = (a: number, b: number) => a < b;`,
  'an empty file': '',
};

describe('the ESLint rules survive every AST', () => {
  it('finds the unbalanced banner (the config is live, so the cases below are really checked)', () => {
    const messages = lint(BANNER);
    expect(messages.filter((m) => m.ruleId === 'honest-ui/no-unbalanced-choices').map((m) => [m.messageId, m.line, m.column])).toEqual([['weakerDecline', 6, 7]]);
  });

  it.each(Object.entries(ODD))('%s', (_name, text) => {
    let messages: Linter.LintMessage[] = [];
    expect(() => (messages = lint(text))).not.toThrow();
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    for (const message of messages) expect(message.ruleId ?? '').toMatch(/^honest-ui\//);
  });

  it('with a BOM and CRLF line endings, the finding keeps its line and column', () => {
    const messages = lint(`\ufeff${BANNER.replace(/\n/g, '\r\n')}`);
    expect(messages.filter((m) => m.ruleId === 'honest-ui/no-unbalanced-choices').map((m) => [m.line, m.column])).toEqual([[6, 7]]);
  });

  it('on every committed hostile script: ESLint reports parse errors itself and the rules never throw', () => {
    const scripts = readdirSync(brokenDir).filter((f) => /\.(tsx|jsx|js)$/.test(f));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const text = readFileSync(path.join(brokenDir, file), 'utf8');
      let messages: Linter.LintMessage[] = [];
      expect(() => (messages = lint(text, file)), file).not.toThrow();
      for (const message of messages.filter((m) => m.ruleId === null)) expect(message, file).toMatchObject({ fatal: true, message: expect.stringMatching(/^Parsing error/) });
    }
  });
});
