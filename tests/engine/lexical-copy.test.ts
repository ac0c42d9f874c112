/**
 * The copy read from a file's text before it is parsed (src/engine/lexical-copy.ts). Its promise: every word the
 * parsed file's copy has (copy-text.ts) is in it, or it gives no copy and the file is parsed. A word it missed would
 * let a file with a finding go unparsed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetRules } from '../../src/catalog/index.js';
import { copyText } from '../../src/engine/copy-text.js';
import { lexicalCopy } from '../../src/engine/lexical-copy.js';
import { prefilterForRules, tokensOf } from '../../src/engine/prefilter.js';
import { loadScriptParser } from '../../src/parse/oxc.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../../src/parse/script.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every component the repository holds as a sample: the rules' fixtures and the accuracy corpus. */
function components(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return components(full);
    return /\.(?:tsx|jsx)$/.test(entry) ? [full] : [];
  });
}

const samples = [...components(path.join(root, 'fixtures')), ...components(path.join(root, 'tests/accuracy/cases'))].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

const oxc: ScriptParser = (await loadScriptParser('oxc')).parse;

/** The words of the parsed file's copy that the lexical copy lacks; undefined when the scanner gave none. */
function missingWords(text: string, file: string, parse: ScriptParser = oxc): string[] | undefined {
  const lexical = lexicalCopy(text);
  if (lexical === undefined) return undefined;
  const parsed = parse(text, file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
  const read = tokensOf(lexical);
  return [...tokensOf(copyText(parsed.value))].filter((word) => !read.has(word));
}

/** The pieces of copy the scanner reads, one per line, blank ones left out. */
const piecesOf = (text: string): string[] | undefined =>
  lexicalCopy(text)
    ?.split('\n')
    .map((piece) => piece.trim())
    .filter(Boolean);

describe('the copy read from the text holds every word of the parsed copy', () => {
  it('on every fixture and accuracy case, as oxc and typescript-estree lay the tree out, and reads most of them', () => {
    let read = 0;
    for (const { file, text } of samples) {
      for (const parse of [oxc, parseWithTypescriptEstree]) {
        const missing = missingWords(text, file, parse);
        if (missing === undefined) continue;
        expect(missing, file).toEqual([]);
        if (parse === oxc) read++;
      }
    }
    expect(samples.length).toBeGreaterThan(300);
    // Not vacuous: the scanner gives up on a few files (`Object.keys`, an enum), not on most.
    expect(read).toBeGreaterThan(samples.length * 0.8);
  });

  it('on the same files mutated where a misreading would start: quotes, slashes, angle brackets, braces', () => {
    // A mutation the parser rejects proves nothing; one it accepts must still be read right or not at all.
    const risky = ['/', '<', '>', '{', '}', "'", '"', '`', '//', '/*', '*/', '${', '\\', '&amp;', '<>', '</', ' < ', ' / ', '=>', '(', ')', '\n'];
    let compared = 0;
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...risky), fc.boolean()), { minLength: 1, maxLength: 3 }), ({ file, text }, edits) => {
        let mutated = text;
        for (const [at, piece, remove] of edits) {
          const position = at % (mutated.length + 1);
          mutated = remove ? mutated.slice(0, position) + mutated.slice(position + piece.length) : mutated.slice(0, position) + piece + mutated.slice(position);
        }
        const parsed = oxc(mutated, file);
        if (!parsed.ok) return;
        const missing = missingWords(mutated, file);
        if (missing === undefined) return;
        compared++;
        expect(missing, `${file} mutated by ${JSON.stringify(edits)}`).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
    expect(compared).toBeGreaterThan(50);
  });
});

describe('what it reads', () => {
  it('reads the copy of a cookie banner: JSX text, attribute strings, strings, template text and element names', () => {
    const banner = `import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

export function CookieBanner({ onDecide }: { onDecide: (choice: 'all' | 'essential') => void }) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  return (
    <div role="dialog" aria-label="Cookie preferences" className={\`banner banner--\${year > 2025 ? 'new' : 'old'}\`}>
      <p>We use cookies to measure traffic &amp; improve your experience.</p>
      <Button variant="link" onClick={() => onDecide('essential')}>{t('cookies.reject', 'Only essential')}</Button>
      <Button onClick={() => onDecide('all')}>Accept all</Button>
    </div>
  );
}
`;
    const pieces = piecesOf(banner);
    expect(pieces).toEqual(
      expect.arrayContaining(['div', 'dialog', 'Cookie preferences', 'banner banner--', 'new', 'old', 'We use cookies to measure traffic & improve your experience.', 'Button', 'link', 'essential', 'cookies.reject', 'Only essential', 'Accept all']),
    );
    // Code is not copy: names, calls, props, module paths.
    const words = tokensOf(lexicalCopy(banner) ?? '');
    for (const code of ['usetranslation', 'ondecide', 'getfullyear', 'classname', 'onclick', 'react', 'i18next', 'components']) expect(words.has(code), code).toBe(false);
  });

  it('decodes escapes and character references as the parsers do', () => {
    expect(piecesOf("const title = 'Pr\\u00e9f\\u00e9rences de confidentialit\\xe9';")).toEqual(['Préférences de confidentialité']);
    expect(piecesOf("const label = 'Don\\'t sell my data \\u{1F512}';")).toEqual(["Don't sell my data \u{1F512}"]);
    expect(piecesOf("const long = 'Share usage \\\ndata';")).toEqual(['Share usage data']);
    expect(piecesOf('const t = `Pr\\u00e9f\\u00e9rences \\`${name}\\` \\${not code}`;')).toEqual(['Préférences `', '` ${not code}']);
    expect(piecesOf('const a = <p title="Pr&eacute;f&eacute;rences">Gestion des cookies&nbsp;&#8211; pr&eacute;f&eacute;rences</p>;')).toEqual(['p', 'Préférences', 'Gestion des cookies\u00a0– préférences']);
    // A JSX attribute string has no escapes: its backslash is a character, and its next quote ends it.
    expect(piecesOf('const a = <input placeholder="Press \\" title="to search" />;')).toEqual(['input', 'Press \\', 'to search']);
  });

  it('follows regular expressions, comments and comparisons without losing its place', () => {
    const code = `const QUOTE = /['"]/g;
const digits = (x: number) => (x / 2) / 3;
if (a < b && c > d) void 0;
// It's a comment: 'unbalanced
/* also "unbalanced */
const list = items.filter((item) => item.count <= limit).map((item) => <li key={item.id}>{item.name}</li>);
const label = 'Marketing emails';`;
    expect(piecesOf(code)).toEqual(['li', 'Marketing emails']);
  });

  it('reads TypeScript around JSX: generic calls, annotations, assertions and satisfies', () => {
    const code = `const [open, setOpen] = useState<boolean>(false);
const ref = useRef<HTMLDivElement | null>(null);
const options = [{ value: 'daily', label: 'Daily digest' }] as const satisfies ReadonlyArray<{ value: string; label: string }>;
function Pick<T extends { id: string }>({ items }: { items: T[] }): JSX.Element {
  return <Select<T> items={items} />;
}`;
    // Type arguments, of a call or of an element (`<Select<T>`), are skipped.
    expect(piecesOf(code)).toEqual(['daily', 'Daily digest', 'Select']);
    // A literal type is kept, as any string.
    expect(piecesOf("const [mode, setMode] = useState<'opt-in' | 'opt-out'>('opt-in');")).toEqual(['opt-in', 'opt-out', 'opt-in']);
    // A non-null assertion before a comparison is no element.
    expect(piecesOf("if (delay! < 0) notify('Saved');\nconst later = handler!<string>('x');")).toEqual(['Saved', 'x']);
    // TypeScript reads `<T,>` and `<T extends …>` in TSX as a generic arrow function's type parameters.
    expect(piecesOf("export const first = <T,>(items: T[]) => items[0];\nconst pick = useCallback(<K extends keyof Form>(key: K) => form[key], [form]);\nconst a = <b>Accept</b>;")).toEqual(['b', 'Accept']);
  });

  it('reads enum members, and object keys in a file that reads keys', () => {
    expect(new Set(piecesOf("enum Choice { AcceptAll, RejectAll = 'reject', /* later */ Later = 1 << 2 }\nexport const A = () => <b>{Choice.AcceptAll}</b>;"))).toEqual(new Set(['AcceptAll', 'RejectAll', 'reject', 'Later', 'b']));
    // A JSON schema's `enum` is a key, not a declaration.
    expect(piecesOf("const schema = { type: 'string', enum: ['daily', 'weekly'] };")).toEqual(['string', 'daily', 'weekly']);
    const purposes = `const PURPOSES = { marketing: 'Product news', analytics, get essential() { return 'Always on'; }, async *sync() {} };
export const List = () => <ul>{Object.entries(PURPOSES).map(([name, label]) => <li key={name}>{label.trim()}</li>)}</ul>;`;
    const pieces = piecesOf(purposes);
    expect(pieces).toEqual(expect.arrayContaining(['marketing', 'Product news', 'analytics', 'essential', 'Always on', 'sync', 'ul', 'li']));
    // Names read, called or destructured are still code (a name after `{` or `,` and before `:`, `,`, `}`, `(` or
    // `<` may be a key, and is read as one).
    for (const code of ['Object', 'entries', 'map', 'trim', 'label', 'PURPOSES']) expect(pieces, code).not.toContain(code);
    // Without `keys` or `entries`, no key is copy.
    expect(piecesOf(purposes.replace('Object.entries(PURPOSES)', 'toRows(PURPOSES)'))).not.toContain('marketing');
  });

  it('reads nested templates, expression containers, fragments and member elements', () => {
    const code = 'const A = () => <>\n  <Dialog.Title>{`Hello ${user ? `${user.name}, welcome` : "guest"}`}</Dialog.Title>\n  {/* {"not copy"} */}\n  <svg:rect x="1" />\n</>;';
    // An opening tag's name is copy (a component is known by it); a closing tag only repeats it.
    expect(piecesOf(code)).toEqual(['Dialog.Title', 'Hello', ', welcome', 'guest', 'svg:rect', '1']);
  });
});

describe('where it gives up, and the file is parsed', () => {
  it.each([
    ['a generic function type, read as an element that never closes', 'type Mapper = <T>(value: T) => T;\nexport const A = () => <b>x</b>;'],
    ['a regular expression left open', 'const pattern = /consent;'],
    ['an enum whose body holds what an enum cannot', 'enum Size { Small = `s` }'],
    ['elements nested deeper than the parsers follow', `const page = ${'<div>'.repeat(5000)}Accept${'</div>'.repeat(5000)};`],
    ['templates nested deeper than the parsers follow', `const text = ${'`${'.repeat(5000)}x${'}`'.repeat(5000)};`],
    ['a legacy octal escape', "const a = '\\101ccept';"],
    ['a string broken by a line end', "const a = 'Accept\nall';"],
    ['a comment left open', 'const a = 1; /* open'],
    ['a closing tag that does not match', 'const a = <div><span>Accept</div></span>;'],
    ['a brace too many', 'function a() { return 1; }}'],
    ['a template left open', 'const a = `Accept ${all}'],
  ])('%s', (_what, code) => {
    expect(lexicalCopy(code)).toBeUndefined();
  });
});

describe('in the pre-filter', () => {
  const filter = prefilterForRules(DEFAULT_SETTINGS, presetRules('recommended'));

  it('lets go, unparsed, a toolbar whose consent words are all code', () => {
    const toolbar = `import { trackEvent } from '@/lib/analytics';
import { useConsentStore } from '@/stores/consent';

export function ExportToolbar({ onAccept, marketingEnabled }: { onAccept: () => void; marketingEnabled: boolean }) {
  const hasConsent = useConsentStore((state) => state.analytics);
  const handleShare = () => {
    if (hasConsent) trackEvent('export_clicked');
    onAccept();
  };
  return (
    <div className="toolbar">
      <IconButton icon={<ShareIcon />} onClick={handleShare} disabled={!marketingEnabled} />
    </div>
  );
}
`;
    expect(filter(toolbar)).toBe(true);
    const copy = lexicalCopy(toolbar);
    expect(copy).toBeDefined();
    expect(filter(toolbar, copy)).toBe(false);
  });

  it('keeps a consent toggle whose words are copy', () => {
    const settings = `export function DataControls() {
  const [training, setTraining] = useState(true);
  return (
    <label className="row">
      <Switch checked={training} onCheckedChange={setTraining} />
      Improve the model for everyone: use my chats for training
    </label>
  );
}
`;
    const copy = lexicalCopy(settings);
    expect(copy).toContain('use my chats for training');
    expect(filter(settings, copy)).toBe(true);
  });
});
