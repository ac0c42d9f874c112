/**
 * Property-based tests (fast-check): generated JSX trees and stylesheets go through the whole core (parse, model,
 * consent contexts, styles, every check in CHECKS with its default options) and must
 *   - never throw,
 *   - report only locations inside the source,
 *   - give the same output for the same input (and the project's findings sorted by file, line, column, rule),
 *   - format to identical bytes twice, with every formatter.
 * A short run here (FUZZ_RUNS cases, a few thousand in all by default); `npm run fuzz` runs 100,000.
 * Texts are drawn partly from the lexicon, so consent contexts, choices and controls really form.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import lexicon from '../../src/context/lexicons/en.json' with { type: 'json' };
import { analyseSourceInDetail, type RuleConfig } from '../../src/engine/analyse.js';
import { copyText } from '../../src/engine/copy-text.js';
import { lexicalCopy } from '../../src/engine/lexical-copy.js';
import { prefilterFor } from '../../src/engine/prefilter.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { expandPhrase, GAP } from '../../src/context/text.js';
import { analyseProject } from '../../src/engine/project.js';
import { summarise, type LintMessage, type LintResult } from '../../src/engine/types.js';
import { FORMATTER_NAMES, getFormatter } from '../../src/formatters/index.js';
import { resolveSettings } from '../../src/settings/settings.js';

/** Cases for the main property; the project-level property runs a fiftieth of that (it writes files). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/**
 * The default run takes about 20 s of CPU on one core; the generous timeout (100 ms a case, at least five minutes)
 * is for a loaded CI machine and the long fuzz run, not a speed budget (speed is measured by the bench).
 */
const TIMEOUT = Math.max(300_000, RUNS * 100);
const settings = resolveSettings(undefined);
const prefilter = prefilterFor(settings, []);
/** Every check, with its default options. */
const ALL_RULES: RuleConfig = new Map([...CHECKS.keys()].map((id) => [id, { severity: 2 as const, options: {} }]));

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

const flatten = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(flatten) : value && typeof value === 'object' ? Object.values(value).flatMap(flatten) : [];

/**
 * Phrases the lexicon knows: consent topics, purposes, choice labels, negations, urgency, add-ons. A phrase with
 * alternatives or gaps (`keep|store ... data`) is written out as text in a few of the ways it matches, a gap filled
 * with a stop word, so generated files hold what the phrase index really finds.
 */
const asText = (sequence: readonly string[]): string => sequence.map((word) => (word === GAP ? 'your' : word.endsWith('*') ? `${word.slice(0, -1)}ed` : word)).join(' ');
const LEXICON_PHRASES = [
  ...new Set(flatten({ ...lexicon, language: undefined, purposeNames: undefined, references: undefined }).flatMap((phrase) => expandPhrase(phrase).slice(0, 3).map(asText))),
].filter((p) => p.length > 0);

const CLASSES = ['a', 'b', 'banner', 'cookie-banner', 'accept', 'reject', 'small', 'muted', 'btn', 'btn-primary', 'link', 'hidden'];

const phrase = fc.constantFrom(...LEXICON_PHRASES);
const anyText = fc.string({ maxLength: 20, unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', 'é', '"', "'", '{', '}', '<', '>', '&', '\\', '`', '$', '\u00a0', '\u200b', '😀') });
/** A sentence of lexicon phrases and odd characters. */
const sentence = fc.array(fc.oneof({ weight: 3, arbitrary: phrase }, { weight: 1, arbitrary: anyText }), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

const className = fc.array(fc.constantFrom(...CLASSES), { minLength: 0, maxLength: 3 }).map((names) => names.join(' '));

const cssValue = (property: string): fc.Arbitrary<string> => {
  const length = fc.oneof(
    fc.integer({ min: -5, max: 64 }).map((n) => `${n}px`),
    fc.double({ min: 0, max: 4, noNaN: true }).map((n) => `${n.toFixed(2)}rem`),
    fc.integer({ min: 0, max: 200 }).map((n) => `${n}%`),
    fc.constantFrom('0', 'smaller', 'larger', 'inherit', 'calc(1px + 1em)', 'var(--size)', '1e400px', 'px', '--', ''),
  );
  const color = fc.oneof(
    fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
    fc.constantFrom('red', 'transparent', 'currentcolor', 'rgb(300 0 0 / 2)', 'rgba(0,0,0,.5)', 'hsl(1turn 50% 50%)', 'var(--brand)', 'oklch(70% 0.1 120)', '#ggg', 'inherit', ''),
  );
  switch (property) {
    case 'font-size':
    case 'padding':
      return property === 'padding' ? fc.array(length, { minLength: 1, maxLength: 5 }).map((v) => v.join(' ')) : length;
    case 'color':
    case 'background':
    case 'background-color':
      return color;
    case 'opacity':
      return fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }).map((n) => n.toFixed(2)), fc.constantFrom('50%', 'NaN', 'var(--o)', ''));
    case 'display':
      return fc.constantFrom('none', 'block', 'inline', 'contents', 'flex', 'nonsense', '');
    default:
      return fc.constant('1');
  }
};

const PROPERTIES = ['font-size', 'color', 'background', 'background-color', 'opacity', 'display', 'padding'];
const declaration = fc.constantFrom(...PROPERTIES).chain((property) => fc.tuple(fc.constant(property), cssValue(property), fc.boolean()));

const camel = (property: string): string => property.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** An inline style object; numbers where React allows them. */
const styleObject = fc.array(declaration, { maxLength: 4 }).map(
  (declarations) => `{{ ${declarations.map(([p, v]) => `${camel(p)}: ${/^-?\d+px$/.test(v) ? Number.parseInt(v, 10) : JSON.stringify(v)}`).join(', ')} }}`,
);

const attribute = fc.oneof(
  className.map((c) => `className="${c}"`),
  fc.array(fc.constantFrom(...CLASSES), { maxLength: 2 }).map((c) => `className={cn(${[...c.map((n) => `'${n}'`), "on && 'muted'"].join(', ')})}`),
  fc.constantFrom(...CLASSES).map((c) => `className={styles.${c.replace('-', '_')}}`),
  styleObject.map((s) => `style=${s}`),
  fc.constantFrom('checked', 'checked={true}', 'checked={false}', 'checked={on}', 'defaultChecked', 'defaultChecked={true}', 'defaultChecked={on}'),
  fc.constantFrom('aria-checked="true"', 'aria-checked="false"', 'aria-checked={on}', 'role="switch"', 'role="dialog"', 'role="button"', 'role="checkbox"'),
  fc.constantFrom('type="checkbox"', 'type="radio"', 'type="submit"', 'type="button"', 'disabled', 'aria-hidden="true"', 'hidden', 'href="#"', 'aria-modal="true"'),
  sentence.map((s) => `aria-label=${JSON.stringify(s.replace(/["\\\n]/g, ' '))}`),
  sentence.map((s) => `label={${JSON.stringify(s)}}`),
  fc.constant('{...rest}'),
);

const TAGS = ['div', 'section', 'dialog', 'p', 'span', 'small', 'button', 'a', 'input', 'label', 'form', 'h2', 'strong', 'Button', 'Checkbox', 'Switch', 'Modal', 'UI.Link'];
const VOID = new Set(['input']);

type Jsx = string;
const { tree } = fc.letrec<{ tree: Jsx; node: Jsx }>((tie) => ({
  tree: fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 4 })).map(([tag, attributes, children]) => {
    const open = [tag, ...attributes].join(' ');
    return VOID.has(tag) || children.length === 0 ? `<${open} />` : `<${open}>${children.join('')}</${tag}>`;
  }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    // JSX text: lexicon phrases only (raw `{` or `<` would not parse), with line breaks and indentation.
    phrase.map((p) => `\n  ${p} `),
    sentence.map((s) => `{${JSON.stringify(s)}}`),
    tie('tree'),
    tie('tree').map((t) => `{on && ${t}}`),
    fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => `{on ? ${a} : ${b}}`),
    tie('tree').map((t) => `<>${t}</>`),
    fc.constant('{items.map((item) => <li key={item}>{item}</li>)}'),
    fc.constant('{/* comment */}'),
    fc.constant('{t("cookies.accept")}'),
  ),
}));

const selector = fc.oneof(
  fc.constantFrom(...CLASSES).map((c) => `.${c}`),
  fc.tuple(fc.constantFrom(...CLASSES), fc.constantFrom(...CLASSES), fc.constantFrom(' ', ' > ', ' + ', ' ~ ')).map(([a, b, c]) => `.${a}${c}.${b}`),
  fc.tuple(fc.constantFrom('button', 'a', 'p', 'small', 'input', 'dialog', 'html', 'body', ':root', '*'), fc.constantFrom('', ...CLASSES.map((c) => `.${c}`))).map(([t, c]) => `${t}${c}`),
  fc.constantFrom(...CLASSES).map((c) => `.${c}:hover`),
  fc.constantFrom(...CLASSES).map((c) => `button:not(.${c})`),
  fc.constantFrom(...CLASSES).map((c) => `.${c}::before`),
  fc.constantFrom('[role="switch"]', '[aria-checked=true]', '#id', '.a.b.c', ':is(.a)', '.a,,', ''),
);

const cssRule = fc.tuple(fc.array(selector, { minLength: 1, maxLength: 3 }), fc.array(declaration, { maxLength: 5 })).map(
  ([selectors, declarations]) => `${selectors.join(', ')} { ${declarations.map(([p, v, important]) => `${p}: ${v}${important ? ' !important' : ''};`).join(' ')} }`,
);

const stylesheet = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: cssRule },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('(min-width: 640px)', 'print', '(prefers-color-scheme: dark)'), fc.array(cssRule, { maxLength: 3 })).map(([q, rules]) => `@media ${q} { ${rules.join('\n')} }`) },
      { weight: 1, arbitrary: fc.constantFrom("@import './gen.css';", ':root { --size: 12px; }', '@font-face { font-family: x; }', '@keyframes k { from { opacity: 0 } }', '.a { .b { color: red } }', '.broken { color: red') },
    ),
    { maxLength: 8 },
  )
  .map((rules) => rules.join('\n'));

/** A component module around a tree, with the imports and bindings the trees refer to. */
const module = fc.tuple(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.constantFrom('\n', '\r\n')).map(([trees, initiallyOn, eol]) =>
  [
    "import './gen.css';",
    "import styles from './gen.module.css';",
    "import { useState } from 'react';",
    '',
    ...trees.flatMap((jsx, i) => [
      `export function Component${i}({ items, t, rest, cn }: any) {`,
      `  const [on, setOn] = useState(${initiallyOn});`,
      `  return (${jsx});`,
      '}',
    ]),
    '',
  ].join(eol),
);

const input = fc.record({ source: module, css: stylesheet, moduleCss: stylesheet });
type Input = { source: string; css: string; moduleCss: string };

// ---------------------------------------------------------------------------------------------------------------
// The system under test

const FILE = '/project/src/Gen.tsx';

function analyse({ source, css, moduleCss }: Input) {
  return analyseSourceInDetail({
    filePath: FILE,
    text: source,
    settings,
    rules: ALL_RULES,
    readFile: (absolutePath) => (absolutePath.endsWith('gen.module.css') ? moduleCss : absolutePath.endsWith('gen.css') ? css : undefined),
  });
}

function formatAll(results: LintResult[]): string[] {
  return FORMATTER_NAMES.map((name) => (getFormatter(name) as NonNullable<ReturnType<typeof getFormatter>>)(results, { cwd: '/project', color: false, toolVersion: '0.0.0' }));
}

/** A 1-based line and column (ESLint's convention) that lies within the text; `end` may sit just past a line's end. */
function within(lines: string[], line: number, column: number): boolean {
  const text = lines[line - 1];
  return Number.isInteger(line) && Number.isInteger(column) && text !== undefined && column >= 1 && column <= text.length + 1;
}

/** An analysis as text: messages, unresolved imports, and reviews without their (circular) model element. */
function comparable(analysis: ReturnType<typeof analyse>): string {
  const reviews = analysis.reviews.map(({ element, ...rest }) => ({ ...rest, element: [element.id, element.name] }));
  return JSON.stringify({ messages: analysis.messages, unresolvedImports: analysis.unresolvedImports, reviews });
}

function order(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

// ---------------------------------------------------------------------------------------------------------------

describe('properties of the core over generated components and stylesheets', () => {
  it('never throws, reports only inside the source, is deterministic, and formats identically twice', () => {
    let withFindings = 0;
    let filteredOut = 0;
    fc.assert(
      fc.property(input, (generated) => {
        const first = analyse(generated);
        // The generated code always parses: a fatal message means the generator is wrong, and the property vacuous.
        expect(first.messages.filter((m) => m.fatal)).toEqual([]);
        if (first.messages.length > 0) withFindings++;

        const lines = generated.source.split(/\r\n|\n|\r/);
        for (const m of first.messages) {
          expect(within(lines, m.line, m.column), `start of ${JSON.stringify(m)}`).toBe(true);
          expect(within(lines, m.endLine ?? m.line, m.endColumn ?? m.column), `end of ${JSON.stringify(m)}`).toBe(true);
          expect((m.endLine ?? m.line) > m.line || (m.endColumn ?? m.column) >= m.column).toBe(true);
          for (const s of m.suggestions ?? []) {
            expect(s.fix.range[0]).toBeGreaterThanOrEqual(0);
            expect(s.fix.range[1]).toBeLessThanOrEqual(generated.source.length);
            expect(s.fix.range[0]).toBeLessThanOrEqual(s.fix.range[1]);
          }
        }
        for (const r of first.reviews) expect(within(lines, r.loc.start.line, r.loc.start.column + 1), `review ${JSON.stringify(r.loc)}`).toBe(true);
        // The text pre-filter only skips work: a file with anything to report always passes it.
        if (first.messages.length > 0 || first.reviews.length > 0) {
          expect(prefilter(generated.source)).toBe(true);
          // ... and its second look, at the copy of the parsed file (copy-text.ts).
          const parsed = parseWithTypescriptEstree(generated.source, FILE);
          expect(parsed.ok && prefilter(generated.source, copyText(parsed.value))).toBe(true);
          // ... and the same look before parsing, at the copy read from the text, where it reads one (lexical-copy.ts).
          const lexical = lexicalCopy(generated.source);
          if (lexical !== undefined) expect(prefilter(generated.source, lexical)).toBe(true);
        } else if (!prefilter(generated.source)) filteredOut++;

        const second = analyse(generated);
        expect(comparable(second)).toBe(comparable(first));

        const results = [summarise(FILE, [...first.messages].sort(order))];
        const again = [summarise(FILE, [...second.messages].sort(order))];
        expect(formatAll(again)).toEqual(formatAll(results));
      }),
      { numRuns: RUNS },
    );
    // The lexicon-driven texts really form consent contexts: a healthy share of cases has findings.
    expect(withFindings).toBeGreaterThan(RUNS / 100);
    // ...and some generated files hold only words the pre-filter may skip, so the property above is not vacuous.
    expect(filteredOut).toBeGreaterThan(0);
  }, TIMEOUT);

  it('analyses a generated project twice to the same bytes, findings sorted by file, line, column and rule', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'honest-ui-properties-'));
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(input, { minLength: 1, maxLength: 3 }), async (components) => {
          await rm(path.join(root, 'src'), { recursive: true, force: true });
          const { mkdir } = await import('node:fs/promises');
          await mkdir(path.join(root, 'src'), { recursive: true });
          await writeFile(path.join(root, 'src', 'gen.css'), components[0]?.css ?? '');
          await writeFile(path.join(root, 'src', 'gen.module.css'), components[0]?.moduleCss ?? '');
          for (const [i, c] of components.entries()) await writeFile(path.join(root, 'src', `Gen${i}.tsx`), c.source);

          const run = () => analyseProject({ cwd: root, paths: ['.'], settings, rules: ALL_RULES });
          const first = await run();
          const second = await run();
          expect(JSON.stringify(second)).toBe(JSON.stringify(first));
          expect(formatAll(second)).toEqual(formatAll(first));

          const files = first.map((r) => r.filePath);
          expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
          for (const result of first) {
            const sorted = [...result.messages].sort((a, b) => a.line - b.line || a.column - b.column || ((a.ruleId ?? '') < (b.ruleId ?? '') ? -1 : (a.ruleId ?? '') > (b.ruleId ?? '') ? 1 : 0));
            expect(result.messages).toEqual(sorted);
          }
        }),
        { numRuns: Math.max(10, Math.round(RUNS / 50)) },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, TIMEOUT);
});
