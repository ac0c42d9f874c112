/**
 * The text pre-filter (prefilter.ts) reads one file's text, but a file can show words it does not hold: copy from a
 * constants module, a list of purposes, FormatJS messages defined elsewhere, a store's labels, or the project's
 * message files (`t('purposes.marketing')`). A file the filter would skip is therefore let through when its text
 * together with what it borrows passes: the data modules it imports (and those they re-export, a few hops deep), the
 * messages of the namespaces it translates with, and the components it ticks or labels.
 *
 * A component is a module that renders JSX. Its findings are its own file's to report (component-findings.ts), so it
 * lends no words to a file that only renders it; but a use site makes a finding the component alone does not when it
 * ticks the component's box and only the component says what the box is for (`<MailPrefs defaultChecked />`), or
 * slots an add-on's words into the label of a box the component ticks. Such a component (configuredComponents: one
 * rendered with a prop that sets a checked state, a spread, or copy that could start a finding were a box ticked)
 * lends its copy, its code's say on checked states and prices, and what it borrows in turn, as deep as the analysis
 * expands components. Lending every rendered component's words instead let the add-on words, prices and checked
 * states of a whole design system meet in each page: on the bench's four apps, twice the files were parsed.
 *
 * What this leaves out, known: a use site that makes a finding by what surrounds a component rather than by what it
 * gives it (an Accept button beside `<Body />`, whose text alone names the purpose), a component rendered through an
 * alias of its own (`const Row = MailPrefs`) or a namespace import, and a phrase split between a file and a
 * component. A module that creates a React context and renders its provider lends nothing to a file that reads the
 * context: a page whose every consent word comes from a provider's state is not seen (lending such modules' strings
 * let excalidraw's 450 kB `App.tsx` through into every file that imports it). Imports are found by a scan of the
 * text and read through the same resolver as the analysis (nothing is parsed here).
 */
import path from 'node:path';
import { importedNames } from '../resolve/import-text.js';
import type { ModuleResolver, ReadFile } from '../resolve/modules.js';
import type { ProjectCache } from '../resolve/stylesheets.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { MAX_COMPONENT_DEPTH } from './component-depth.js';
import { lexicalCopy } from './lexical-copy.js';
import { headerEnd, isNative, lentWords, NO_JSX_SCRIPT, rendersNothing, withoutCommentLines, type LentWords, type Prefilter } from './prefilter.js';

/** How many imports of one file, and how many re-export hops below them, are read for borrowed words. */
const MAX_IMPORTS = 40;
const MAX_REEXPORT_DEPTH = 2;
/** Import and re-export specifiers: `from '...'`, `import '...'`, `import('...')`. */
const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"\n]+)['"]/g;
const NOT_SCRIPT = /\.(?:css|scss|sass|less|json|svg|png|jpe?g|gif|webp|woff2?)$/i;
/** A closing tag or a self-closing one: the module renders JSX. */
const RENDERS_JSX = /<\/[A-Za-z]|\/>/;

/**
 * Whether a module renders JSX: it holds a closing or self-closing tag, and is not a TypeScript module outside `.tsx`
 * (which can hold none: a `</a>` there is in a string, such as the HTML of a cookie banner's configured description).
 */
function rendersJsx(file: string, text: string): boolean {
  return !NO_JSX_SCRIPT.test(file) && RENDERS_JSX.test(text);
}
/** A file that translates its copy. */
const TRANSLATES = /\buse(?:Translation|Translations|Intl)\s*\(|\bgetTranslations\s*\(|<(?:Trans|FormattedMessage)\b|\bi18n(?:ext)?\.t\s*\(|\bformatMessage\s*\(/;
/** Tolgee's hook and component, in a file that imports Tolgee (react-admin has a `useTranslate` of its own). */
const TRANSLATES_WITH_TOLGEE = /\buseTranslate\s*\(|<T\s[^>]*\bkeyName\b/;

function translates(text: string): boolean {
  return TRANSLATES.test(text) || IMPORTS_TRANSLATION_HOOKS.test(text) || (text.includes('@tolgee/') && TRANSLATES_WITH_TOLGEE.test(text));
}
/** Namespaces a file names: `useTranslation('consent')`, `useTranslation(['a', 'b'])`, `getTranslations('Ns')`, Tolgee's `useTranslate('ns')`. */
const NAMESPACE_ARGUMENT = /\b(?:useTranslation|useTranslations|useTranslate|getTranslations)\s*\(\s*(\[[^\]]*\]|['"][^'"]+['"]|[\w$]+)/g;
/** A library hook imported under a name of the file's own: `useTranslation as useT`. */
const HOOK_ALIAS = /\b(?:useTranslation|useTranslations|useTranslate|getTranslations)\s+as\s+([\w$]+)/g;
/** Names a project's own translation hook goes by, as src/model/i18n.ts follows them. */
const HOOK_NAME = /^(?:use|get|create)[A-Z]/;
/**
 * A module that imports a translation library's hooks: it may call them by another name (`useTranslation as useT`,
 * `const useI18n = useTranslations`) or wrap them in a hook of the project's own, which the files that import it
 * translate with (src/model/i18n.ts reads such a hook in the file itself or in the module it comes from).
 */
const IMPORTS_TRANSLATION_HOOKS = /\bfrom\s*['"](?:react-i18next|next-i18next|next-intl(?:\/server)?|react-intl|@tolgee\/react)['"]/;
/** A module that calls a hook named as a library's (read by its name, wherever it is imported from). */
const CALLS_TRANSLATION_HOOKS = /\buse(?:Translation|Translations|Intl)\s*\(|\bgetTranslations\s*\(/;
/** The first argument of any hook's call, where a project's hook passes a namespace on (`useScopedI18n('Consent')`). */
const HOOK_ARGUMENT = /\b(?:use|get|create)[A-Z][\w$]*\s*\(\s*(\[[^\]]*\]|['"][^'"]+['"]|[\w$]+)/g;
/**
 * What comes before a module's path: `from`, `import`, `import(`, `require(`. A barrel's strings are the paths it
 * re-exports (`export * from './useDataProvider'`), whose words no screen shows; copy-text.ts leaves them out too.
 */
const MODULE_PATH_BEFORE = /(?<![\w$.])(?:from|import|import\s*\(|require\s*\()\s*$/;
/**
 * What comes before a message for developers: an error thrown or built (`throw new Error('...')`, `new TypeError(`),
 * a console line. Written there, the string reaches a screen only by a catch that shows `error.message`, which the
 * analysis never follows to the throw: react-admin's hooks throw "... for array input usage", whose "usage" let 46
 * of the apps' files through with "data".
 */
const DEVELOPER_MESSAGE_BEFORE = /(?:(?<![\w$.])throw\s+|(?<![\w$.])new\s+(?:[A-Z][\w$]*)?Error\s*\(|(?<![\w$])console\.[a-z]+\s*\()\s*$/;

/**
 * The contents of a module's string and template literals, but for the paths it imports and the messages it writes
 * for developers (DEVELOPER_MESSAGE_BEFORE): its copy. Identifiers are left out (a module's code splits into everyday
 * words such as "use" and "data" that would let almost any file through).
 */
export function stringsIn(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const quote = text[i];
    if (quote === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      // Comments hold no copy.
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (quote !== "'" && quote !== '"' && quote !== '`') continue;
    let j = i + 1;
    while (j < text.length && text[j] !== quote && !(quote !== '`' && text[j] === '\n')) j += text[j] === '\\' ? 2 : 1;
    const before = text.slice(Math.max(0, i - 40), i);
    if (!MODULE_PATH_BEFORE.test(before) && !DEVELOPER_MESSAGE_BEFORE.test(before)) out.push(text.slice(i + 1, j));
    i = j;
  }
  return out.join('\n');
}

/** The module a text is read in, for the names it imports: a namespace constant is often another module's. */
interface ModuleAt {
  file: string;
  resolver: ModuleResolver;
}

function namespacesIn(text: string, at?: ModuleAt): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NAMESPACE_ARGUMENT)) found.push(...namespacesOf(match[1], text, at));
  for (const alias of new Set([...text.matchAll(HOOK_ALIAS)].map((match) => match[1] as string))) {
    const call = new RegExp(`(?<![\\w$.])${alias.replace(/\$/g, '\\$')}\\s*\\(\\s*(\\[[^\\]]*\\]|['"][^'"]+['"]|[\\w$]+)`, 'g');
    for (const match of text.matchAll(call)) found.push(...namespacesOf(match[1], text, at));
  }
  return found;
}

/**
 * The namespaces one argument names: its strings, and every string the module gives a name it uses
 * (`useT([NAMESPACE, 'common'])` beside `const NAMESPACE = 'data-controls'`, a parameter's default `(ns = 'consent')`),
 * or, for a name it imports by name, the module that declares it (nocobase's plugins import `NAMESPACE` from their
 * constants module).
 */
function namespacesOf(argument: string | undefined, text: string, at?: ModuleAt): string[] {
  const found: string[] = [];
  for (const quoted of (argument ?? '').matchAll(/['"]([^'"]+)['"]|([A-Za-z_$][\w$]*)/g)) {
    if (quoted[1]) found.push(quoted[1]);
    else if (quoted[2]) {
      const given = stringsGiven(quoted[2], text);
      found.push(...(given.length > 0 || !at ? given : importedStrings(quoted[2], text, at)));
    }
  }
  return found;
}

/** Every string a text gives a name (`NAME = '...'`, `NAME: string = '...'`). */
function stringsGiven(name: string, text: string): string[] {
  const found: string[] = [];
  for (const given of text.matchAll(new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*(?::[^=;,)]+)?=\\s*['"]([^'"]+)['"]`, 'g'))) if (given[1]) found.push(given[1]);
  return found;
}

/** The strings the module a name is imported from (through barrels, as borrowed words are) gives that name. */
function importedStrings(name: string, text: string, at: ModuleAt): string[] {
  for (const [specifier, names] of importedNames(text).named) {
    if (!names.has(name) || NOT_SCRIPT.test(specifier)) continue;
    const target = at.resolver.resolve(at.file, specifier);
    if (target.kind !== 'file') return [];
    return [...lentFor(target.file, target.text, new Set([name]), at.resolver)].flatMap((lender) => {
      const lenderText = textOf(lender, target, at.resolver);
      return lenderText === undefined ? [] : stringsGiven(name, lenderText);
    });
  }
  return [];
}

/** What a file may pass a project's translation hook as its namespace: the first argument of each hook it calls. */
function hookArgumentsIn(text: string, at?: ModuleAt): string[] {
  return [...text.matchAll(HOOK_ARGUMENT)].flatMap((match) => namespacesOf(match[1], text, at));
}

/**
 * A module's copy by path, for the text last read there (a module imported by many files is read once), and whether
 * it imports a translation library's hooks, once asked.
 */
const copies = new Map<string, { text: string; words: LentWords | undefined; importsHooks?: boolean }>();
const MAX_COPIES = 2048;

function copyEntry(file: string, text: string): { text: string; words: LentWords | undefined; importsHooks?: boolean } {
  const known = copies.get(file);
  if (known && known.text === text) return known;
  const entry = { text, words: rendersJsx(file, text) ? undefined : lentWords(stringsIn(text)) };
  if (copies.size >= MAX_COPIES) copies.delete(copies.keys().next().value as string);
  copies.set(file, entry);
  return entry;
}

/** The words a module lends: none when it renders JSX, else those of its strings. */
function wordsOf(file: string, text: string): LentWords | undefined {
  return copyEntry(file, text).words;
}

/** Whether a module imports a translation library's hooks or calls one by its name (a project hook may stand on it). */
function importsTranslationHooks(file: string, text: string): boolean {
  const entry = copyEntry(file, text);
  return (entry.importsHooks ??= IMPORTS_TRANSLATION_HOOKS.test(text) || CALLS_TRANSLATION_HOOKS.test(text));
}

/** Message files' words by their text: every file that translates with a namespace reads the same files. */
const messageWords = new Map<string, LentWords>();

function wordsOfMessages(text: string): LentWords {
  let words = messageWords.get(text);
  if (!words) {
    if (messageWords.size >= MAX_COPIES) messageWords.delete(messageWords.keys().next().value as string);
    messageWords.set(text, (words = lentWords(text)));
  }
  return words;
}

/** A lending module's text: the import's target as resolved, or a module it re-exports, read through the resolver. */
function textOf(lender: string, target: { file: string; text: string }, resolver: ModuleResolver): string | undefined {
  return lender === target.file ? target.text : resolver.readFile(lender);
}

/** A module's re-exports: `export * from`, `export * as ns from`, `export { a, b as c } from`. */
type Reexport = { source: string; star: true; as: string | undefined } | { source: string; star: false; names: Map<string, string> };
const REEXPORT_STATEMENT = /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+([\w$]+))?|\{([^}]*)\})\s*from\s*['"]([^'"\n]+)['"]/g;

const reexportsByFile = new Map<string, { text: string; reexports: Reexport[] }>();

function reexportsOf(file: string, text: string): Reexport[] {
  const known = reexportsByFile.get(file);
  if (known?.text === text) return known.reexports;
  const reexports: Reexport[] = [];
  for (const match of text.matchAll(REEXPORT_STATEMENT)) {
    const [whole, as, braces, source] = match;
    if (source === undefined || NOT_SCRIPT.test(source) || /^export\s+type\b/.test(whole)) continue;
    if (braces === undefined) {
      reexports.push({ source, star: true, as });
      continue;
    }
    // Exported name → the name in the source module (`b as c`: c → b).
    const names = new Map<string, string>();
    for (const specifier of braces.split(',')) {
      const [local, exported = local] = specifier.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
      if (local && exported && !specifier.trim().startsWith('type ')) names.set(exported.trim(), local.trim());
    }
    reexports.push({ source, star: false, names });
  }
  if (reexportsByFile.size >= MAX_COPIES) reexportsByFile.delete(reexportsByFile.keys().next().value as string);
  reexportsByFile.set(file, { text, reexports });
  return reexports;
}

/**
 * The modules whose words a module lends through its re-exports, for an import of `names` (undefined: every
 * export): itself when it can be where one of the names is declared (it mentions it: a module that never writes a
 * name can only pass it on through `export *`), and those it re-exports the names from. A barrel of a design system
 * or a constants package lends the words of what a file imports from it, not of everything it re-exports.
 */
function lentBy(file: string, text: string, names: ReadonlySet<string> | undefined, resolver: ModuleResolver, depth: number, seen: Set<string>): string[] {
  const lent = names === undefined || [...names].some((name) => resolver.mentions(file, text, name)) ? [file] : [];
  if (depth >= MAX_REEXPORT_DEPTH) return lent;
  for (const reexport of reexportsOf(file, text)) {
    let passed: ReadonlySet<string> | undefined;
    if (reexport.star) {
      // `export * as ns` passes the whole module on as one name.
      if (reexport.as !== undefined && names !== undefined && !names.has(reexport.as)) continue;
      passed = reexport.as === undefined ? names : undefined;
    } else {
      const wanted = [...reexport.names].filter(([exported]) => names === undefined || names.has(exported)).map(([, local]) => local);
      if (wanted.length === 0) continue;
      passed = new Set(wanted);
    }
    const target = resolver.resolve(file, reexport.source);
    if (target.kind !== 'file') continue;
    const key = visitKey(target.file, passed);
    if (seen.has(key)) continue;
    seen.add(key);
    lent.push(...lentBy(target.file, target.text, passed, resolver, depth + 1, seen));
  }
  return lent;
}

/**
 * What a module lends for an import of some names (or of every export), once per run (its resolver's reader sees one
 * state of the disk): the files that import from one barrel ask it the same, and walking it again for each cost more
 * than the rest of the filter on a monorepo (a gigabyte of allocations over the four apps' whole trees).
 */
const lentByRun = new WeakMap<ModuleResolver, Map<string, string[]>>();
const MAX_LENT_BY_RUN = 16_384;

/**
 * The modules whose words an import lends (their words are read through `copies`, whose size is bounded), name by
 * name: files import different sets of names from one barrel (`{ A, B }`, `{ A, C }`), and what a set lends is what
 * its names lend, each walked once.
 */
function lentFor(file: string, text: string, names: ReadonlySet<string> | undefined, resolver: ModuleResolver): Iterable<string> {
  let byKey = lentByRun.get(resolver);
  if (!byKey) lentByRun.set(resolver, (byKey = new Map()));
  const once = (single: ReadonlySet<string> | undefined): string[] => {
    const key = visitKey(file, single);
    let lent = byKey.get(key);
    if (!lent) {
      if (byKey.size >= MAX_LENT_BY_RUN) byKey.clear();
      byKey.set(key, (lent = lentBy(file, text, single, resolver, 0, new Set([key]))));
    }
    return lent;
  };
  if (names === undefined) return once(undefined);
  const lenders = new Set<string>();
  for (const name of names) for (const lender of once(new Set([name]))) lenders.add(lender);
  return lenders;
}

/** A module visited for some names (or every export): visited again only for others. */
function visitKey(file: string, names: ReadonlySet<string> | undefined): string {
  return names === undefined ? file : `${file}\0${[...names].sort().join(',')}`;
}

/**
 * Whether `file`'s text, with the copy it borrows from other files, passes `filter`. Call it for a file the filter
 * alone skips. `copy`, for a parsed file, is its own copy (copy-text.ts): the borrowed words join that too.
 */
export function passesWithBorrowedCopy(text: string, file: string, filter: Prefilter, readFile: ReadFile, cache: ProjectCache, settings: ResolvedSettings, copy?: string): boolean {
  // Borrowed words are shown by the file's own elements: with none, there is nothing to look up.
  if (rendersNothing(file, text)) return false;
  const { data, components } = borrowedBy(file, text, { resolver: cache.resolver(readFile), readFile, cache, settings, filter }, 0);
  const lent = [...data, ...components];
  // Nothing lent (no word, no price sign, no component's code): the filter's answer stands.
  if (!lent.some((words) => words.tokens.size > 0 || words.price.text || words.price.copy || (words.code?.size ?? 0) > 0)) return false;
  return filter(text, copy, lent);
}

/** What one file's borrowed words are looked up with. */
interface Lookup {
  resolver: ModuleResolver;
  readFile: ReadFile;
  cache: ProjectCache;
  settings: ResolvedSettings;
  filter: Prefilter;
}

/**
 * The words a module borrows: those of the data modules it imports and of the messages it translates with (`data`),
 * and what the components it renders lend it (`components`), as deep as the analysis expands components (`depth`:
 * how deep this module is rendered; 0 for the file checked).
 */
function borrowedBy(file: string, text: string, lookup: Lookup, depth: number): { data: LentWords[]; components: LentWords[] } {
  const { resolver, readFile, cache, settings } = lookup;
  const borrowed = new Set<LentWords>();
  const fromComponents = new Set<LentWords>();
  const { named, whole: every, locals } = importedNames(text);
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1];
    if (!specifier || NOT_SCRIPT.test(specifier)) continue;
    // Imported some way other than by name (`import('...')`, a side-effect import, a re-export): every export counts.
    if (!match[0].startsWith('from') || !named.has(specifier)) every.add(specifier);
  }
  // A project's own translation hook (`useConsentTranslation()`, src/model/i18n.ts) translates the file that calls it:
  // the namespaces it names are read too.
  let translating = translates(text);
  const namespaces: string[] = [];
  let body: string | undefined;
  let imports = 0;
  for (const specifier of new Set([...named.keys(), ...every])) {
    if (NOT_SCRIPT.test(specifier) || ++imports > MAX_IMPORTS) continue;
    const names = every.has(specifier) ? undefined : named.get(specifier);
    if (names?.size === 0) continue;
    const target = resolver.resolve(file, specifier);
    if (target.kind !== 'file' || target.file === path.resolve(file)) continue;
    const lenderTexts: string[] = [];
    for (const lender of lentFor(target.file, target.text, names, resolver)) {
      const lenderText = textOf(lender, target, resolver);
      if (lenderText === undefined) continue;
      lenderTexts.push(lenderText);
      const words = wordsOf(lender, lenderText);
      if (words) borrowed.add(words);
    }
    // A React Native component's `value` may be its Switch's state (src/libraries/react-native.ts): asked only of a
    // `value` given to a component, since reading every module imported for it cost more than the rest.
    let nativeKnown: boolean | undefined;
    const native = (): boolean => (nativeKnown ??= isNative(target.text) || lenderTexts.some(isNative));
    // The components it ticks or labels, and theirs (see componentLends).
    const configured = depth < MAX_COMPONENT_DEPTH && names !== undefined ? configuredComponents(locals.get(specifier), (body ??= text.slice(headerEnd(text))), lookup.filter, native) : undefined;
    if (configured && configured.size > 0) {
      for (const lender of lentFor(target.file, target.text, configured, resolver)) {
        const lenderText = textOf(lender, target, resolver);
        if (lenderText !== undefined && rendersJsx(lender, lenderText)) for (const words of componentLends(lender, lenderText, lookup, depth + 1)) fromComponents.add(words);
      }
    }
    // The hooks imported from it (a default import may be one too) may be a project's translation hook.
    const hooks = names === undefined ? [] : [...names].filter((name) => name === 'default' || HOOK_NAME.test(name));
    if (hooks.length === 0) continue;
    for (const lender of lentFor(target.file, target.text, new Set(hooks), resolver)) {
      const lenderText = textOf(lender, target, resolver);
      if (lenderText === undefined || !importsTranslationHooks(lender, lenderText)) continue;
      translating = true;
      const inLender = { file: lender, resolver };
      namespaces.push(...namespacesIn(lenderText, inLender), ...hookArgumentsIn(lenderText, inLender), ...hookArgumentsIn(text, { file, resolver }));
    }
  }
  if (translating) {
    // A hook the file wraps itself passes on what its callers give it.
    const at = { file, resolver };
    const own = IMPORTS_TRANSLATION_HOOKS.test(text) ? hookArgumentsIn(text, at) : [];
    for (const words of cache.locales(readFile, settings.i18n).catalogTexts(file, [...namespacesIn(text, at), ...own, ...namespaces]).map(wordsOfMessages)) borrowed.add(words);
  }
  return { data: [...borrowed], components: [...fromComponents] };
}

/**
 * The components a module ticks or labels: those imported from one source (imported name → local name) that it
 * renders with a prop that sets a checked state (`<MailPrefs defaultChecked />`), or with props or children whose
 * words could start a finding were a box ticked (`<Extra label="Add travel insurance" price="$12.99" />`).
 */
function configuredComponents(locals: ReadonlyMap<string, string> | undefined, body: string, filter: Prefilter, native: () => boolean): Set<string> {
  const configured = new Set<string>();
  for (const [name, local] of locals ?? []) {
    if (!/^[A-Z]/.test(local)) continue;
    for (const { attributes, children } of elementsNamed(body, local)) {
      // A spread (`{...field}`) may set any prop, a checked state among them.
      if (SPREAD_ATTRIBUTE.test(attributes) || filter.configures(attributes, `${stringsIn(attributes + children)}\n${jsxText(children)}`, native)) {
        configured.add(name);
        break;
      }
    }
  }
  return configured;
}

/** A spread attribute, `{...field}` or `{ ...field }`. */
const SPREAD_ATTRIBUTE = /\{\s*\.\.\./;

/** The most of an element's children read: a page wrapped in one component is not read whole for each. */
const MAX_CHILDREN = 1_000;

/**
 * Each element a module writes with the tag `name` (`<Name ...>`, `<Name.Part ...>`): its attributes (after the tag's
 * name), and its children up to the closing tag or MAX_CHILDREN characters. Read from the text, with attribute
 * expressions skipped over by their braces and quotes.
 */
function elementsNamed(body: string, name: string): Array<{ attributes: string; children: string }> {
  const elements: Array<{ attributes: string; children: string }> = [];
  for (let at = body.indexOf(`<${name}`); at !== -1; at = body.indexOf(`<${name}`, at + 1)) {
    const start = at + 1 + name.length;
    if (isIdentifierCode(body.charCodeAt(start))) continue;
    const end = openingTagEnd(body, start);
    if (end < 0) continue;
    const attributes = body.slice(start, end);
    if (body.charCodeAt(end - 1) === 0x2f /* / */) {
      elements.push({ attributes, children: '' });
      continue;
    }
    const close = body.indexOf(`</${name}`, end);
    elements.push({ attributes, children: body.slice(end + 1, close < 0 ? end + 1 + MAX_CHILDREN : Math.min(close, end + 1 + MAX_CHILDREN)) });
  }
  return elements;
}

/** The text of JSX children, without their tags and expressions (the strings in those are read apart). */
function jsxText(children: string): string {
  let text = '';
  let depth = 0;
  let inTag = false;
  for (let i = 0; i < children.length; i++) {
    const char = children[i];
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === '<') inTag = true;
    else if (depth === 0 && inTag && char === '>') inTag = false;
    else if (depth === 0 && !inTag) text += char;
  }
  return text;
}

/** Where an opening tag that starts before `from` ends (the index of its `>`), or -1 when it does not. */
function openingTagEnd(text: string, from: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === 0x5c /* \ */) i++;
      else if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27 || code === 0x60) quote = code;
    else if (code === 0x7b /* { */) depth++;
    else if (code === 0x7d /* } */) depth--;
    else if (depth === 0 && code === 0x3e /* > */) return i;
    else if (depth === 0 && code === 0x3c /* < */) return -1;
  }
  return -1;
}

function isIdentifierCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x24 || code === 0x5f;
}

/**
 * What a component lends the module that ticks or labels it (configuredComponents). The use site then makes a
 * finding the component alone does not: the box it ticks is labelled by the component's words (only the component
 * names the purpose), or the words it slots in label the box the component ticks. So the component lends its copy
 * (read from its text, or its whole text where the scanner is unsure), what it borrows in turn, and its code, where
 * only code says that a box is ticked or an amount is a price. Worked out once per module, depth and filter for the
 * run.
 */
const componentsByRun = new WeakMap<ModuleResolver, WeakMap<Prefilter, Map<string, LentWords[]>>>();

function componentLends(file: string, text: string, lookup: Lookup, depth: number): LentWords[] {
  // By filter too: which components a component ticks or labels in turn depends on the words the filter reads.
  let byFilter = componentsByRun.get(lookup.resolver);
  if (!byFilter) componentsByRun.set(lookup.resolver, (byFilter = new WeakMap()));
  let byKey = byFilter.get(lookup.filter);
  if (!byKey) byFilter.set(lookup.filter, (byKey = new Map()));
  const key = `${depth}\0${file}`;
  let lends = byKey.get(key);
  if (!lends) {
    if (byKey.size >= MAX_LENT_BY_RUN) byKey.clear();
    // Set before the look-up below: a module that renders itself (a tree's recursive node) ends there.
    byKey.set(key, (lends = []));
    const { data, components } = borrowedBy(file, text, lookup, depth);
    lends.push(ownWordsOf(file, text), ...data, ...components);
  }
  return lends;
}

/** A component module's own words (its copy's, and its code), by path, for the text last read there. */
const componentCopies = new Map<string, { text: string; words: LentWords }>();

function ownWordsOf(file: string, text: string): LentWords {
  const known = componentCopies.get(file);
  if (known?.text === text) return known.words;
  const words = lentWords(lexicalCopy(text) ?? withoutCommentLines(text.slice(headerEnd(text))), text);
  if (componentCopies.size >= MAX_COPIES) componentCopies.delete(componentCopies.keys().next().value as string);
  componentCopies.set(file, { text, words });
  return words;
}
