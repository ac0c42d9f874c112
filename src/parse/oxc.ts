/**
 * oxc-parser behind the ScriptParser signature: the checker's fast parser (about 6x faster than typescript-estree),
 * with typescript-estree as the fallback wherever oxc's native binding can't be loaded.
 *
 * oxc produces an ESTree / TS-ESTree shaped Program with UTF-16 `start`/`end` offsets. It has no `loc`, so this
 * module gives every node its file's line table, from which locOf works a location out when one is read
 * (locations.ts), and its `range` from the offsets; it decodes character references in JSX text and attribute strings
 * (typescript-estree gives `Terms & conditions` where oxc gives the raw `Terms &amp; conditions`), and shapes
 * comments as TS-ESTree does. The model builder reads only shapes common to both parsers;
 * tests/model/parser-parity.test.ts checks that both give the same model and findings for every fixture.
 */
import { createRequire } from 'node:module';
import type { TSESTree } from '@typescript-eslint/types';
import { decodeJsxText } from './jsx-text.js';
import { LineTable } from './locations.js';
import { tooDeepForOxc } from './nesting.js';
import { toParseFailure, type ParseResult } from './result.js';
import { parseWithTypescriptEstree, type ScriptParser } from './script.js';

type OxcParseSync = (filename: string, sourceText: string, options?: Record<string, unknown>) => {
  program: unknown;
  comments: Array<{ type: 'Line' | 'Block'; value: string; start: number; end: number }>;
  errors: Array<{ severity: string; message: string; labels: Array<{ start: number; end: number }> }>;
};

export type ParserName = 'oxc' | 'typescript-estree';

/** The parser to use, by name, for `--parser` and tests; `'oxc'` falls back when its binding can't be loaded. */
export async function loadScriptParser(preferred: ParserName = 'oxc'): Promise<{ name: ParserName; parse: ScriptParser }> {
  if (preferred === 'oxc') {
    const oxc = await loadOxc();
    if (oxc) return { name: 'oxc', parse: oxc };
  }
  return { name: 'typescript-estree', parse: parseWithTypescriptEstree };
}

let loaded: Promise<ScriptParser | undefined> | undefined;
/** Whether loadOxc's parser reads its AST by raw transfer (see rawTransfer). */
let usesRawTransfer = false;

type OxcModule = { parseSync: unknown; rawTransferSupported?: () => boolean };

/** oxc's ScriptParser, or undefined where its native binding is unavailable (an unsupported platform, a broken install). */
export function loadOxc(): Promise<ScriptParser | undefined> {
  loaded ??= import('oxc-parser').then(
    (oxc: OxcModule) => {
      usesRawTransfer = rawTransfer(oxc.rawTransferSupported);
      return probed(oxc, usesRawTransfer);
    },
    () => undefined,
  );
  return loaded;
}

function probed(oxc: OxcModule, raw: boolean): ScriptParser | undefined {
  const parser = oxcParser(oxc.parseSync as OxcParseSync, raw);
  // A binding that loads but can't parse is as good as none.
  return parser('const a = <b />;', 'probe.tsx').ok ? parser : undefined;
}

let loadedSync: ScriptParser | undefined;

/**
 * A ScriptParser that loads oxc on its first call, synchronously (require() of an ES module, which every Node
 * version in `engines` supports), for the ESLint rules, whose `create()` cannot wait: they parse the components a
 * file imports with it. typescript-estree wherever oxc can't be loaded.
 *
 * It reads oxc's AST as JSON, never by raw transfer. Raw transfer's first parse allocates a 6 GiB ArrayBuffer (only
 * the pages written are ever used), which V8 counts as external memory and answers with a full, memory-reducing
 * collection: cheap in the checker's small heap, but ESLint's heap holds every file's AST and tokens, and the
 * collection shrank it, so more collections followed. On Node 24, ESLint with honest-ui's rules took 10.3-11.3 s
 * on the bench's 1,009 real files with raw transfer and 8.4-9.1 s without (three alternated runs each; ESLint with
 * as many idle rules, 7.3-9.5 s), for the same 84 problems; its collections paused it 2.2 s against 1.8 s. On Node
 * 22.23.5 the collection came too (193 ms), but the run took as long either way (10.4-11.1 s).
 */
export const lazyOxc: ScriptParser = (text, filePath) => {
  if (!loadedSync) {
    let oxc: ScriptParser | undefined;
    try {
      oxc = probed(createRequire(import.meta.url)('oxc-parser') as OxcModule, false);
    } catch {
      oxc = undefined;
    }
    loadedSync = oxc ?? parseWithTypescriptEstree;
  }
  return loadedSync(text, filePath);
};

/**
 * Whether the checker uses oxc's raw transfer (the ESLint rules never do: lazyOxc): the AST is read straight out of
 * the parser's buffer instead of being serialised to JSON and parsed back (about 4x faster on real components). oxc
 * supports it on Node 22 and later (and 64-bit little-endian machines); elsewhere the JSON path is used. Both give the same AST
 * (tests/model/parser-parity.test.ts runs under Node 24 in CI). `HONEST_UI_OXC_RAW_TRANSFER=0` turns it off.
 */
function rawTransfer(supported: (() => boolean) | undefined): boolean {
  if (process.env.HONEST_UI_OXC_RAW_TRANSFER === '0') return false;
  try {
    return supported?.() === true;
  } catch {
    return false;
  }
}

/** Whether the checker's oxc parser (loadOxc) reads its AST by raw transfer (see rawTransfer); the ESLint rules' never does (lazyOxc). */
export async function oxcUsesRawTransfer(): Promise<boolean> {
  await loadOxc();
  return usesRawTransfer;
}

function oxcParser(parseSync: OxcParseSync, raw: boolean): ScriptParser {
  return (text, filePath) => {
    // oxc would end the process on a stack overflow; typescript-estree reports it as this file's parse error.
    if (tooDeepForOxc(text)) return parseWithTypescriptEstree(text, filePath);
    try {
      const result = parseSync(filePath, text, {
        lang: languageOf(filePath),
        sourceType: 'module',
        // The tree without TypeScript's annotations (`typeAnnotation`, `returnType`, `typeParameters`, a type's
        // `optional` and `decorators` on every Identifier): the analysis walks past them (SKIPPED_KEYS in
        // model/estree.ts) and reads no type, so asking for them only made oxc's JSON a third larger to parse back.
        // TypeScript's own nodes stay (`as`, `satisfies`, `!`, enums, interfaces); a constructor's parameter
        // property comes as the parameter itself. An import's `importKind` goes too: normalise puts it back.
        astType: 'js',
        // `range` is made from `start` and `end` as each node is given its line table (normalise): asking oxc for it
        // puts `"range":[…]` in the JSON of every node, and parsing that back cost about a sixth of parsing on Node 20.
        range: false,
        // ESTree has no ParenthesizedExpression; typescript-estree drops the parentheses too.
        preserveParens: false,
        ...(raw ? { experimentalRawTransfer: true } : {}),
      });
      // On a syntax error, typescript-estree has the last word: the checker then reports the same error, at the
      // same place and in the same words, as ESLint does, and a construct only oxc rejects still gets analysed.
      // Broken files are rare, so the second parse costs nothing that matters.
      if (result.errors.some((e) => e.severity === 'Error')) return parseWithTypescriptEstree(text, filePath);
      const lines = new LineTable(text);
      const program = result.program as TSESTree.Program;
      normalise(program, lines, text);
      (program as { comments?: TSESTree.Comment[] }).comments = result.comments.map((comment) => lazyLoc({ type: comment.type, value: comment.value, range: [comment.start, comment.end] }, lines));
      return { ok: true, value: program } satisfies ParseResult<TSESTree.Program>;
    } catch (thrown) {
      return { ok: false, error: toParseFailure(thrown) };
    }
  };
}

/**
 * A comment as typescript-estree shapes it, its `loc` worked out when first read: only suppression directives are
 * ever located, and most files parsed are let go with no location read (the line table then never splits the text).
 */
function lazyLoc(comment: { type: 'Line' | 'Block'; value: string; range: [number, number] }, lines: LineTable): TSESTree.Comment {
  let loc: TSESTree.SourceLocation | undefined;
  return Object.defineProperty(comment, 'loc', {
    enumerable: true,
    get: () => (loc ??= { start: lines.position(comment.range[0]), end: lines.position(comment.range[1]) }),
  }) as unknown as TSESTree.Comment;
}

/**
 * The language oxc parses a file as, matching typescript-estree's choices in script.ts: `.ts` without JSX (`<T>x`
 * is a type assertion there), `.tsx` with both, and JavaScript files with JSX.
 */
function languageOf(filePath: string): 'ts' | 'tsx' | 'jsx' {
  if (/\.[mc]?ts$/.test(filePath)) return 'ts';
  if (filePath.endsWith('.tsx')) return 'tsx';
  return 'jsx';
}

/**
 * Give every node its file's line table as `loc` (read through locOf, see locations.ts) and its `range`, as
 * typescript-estree does, and decode JSX character
 * references. An explicit stack rather than recursion: generated code nests deeper than the call stack allows (see
 * MAX_JSX_DEPTH in the model builder).
 */
function normalise(program: object, lines: LineTable, text: string): void {
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const node = value as { type?: unknown; start?: unknown; end?: unknown; loc?: unknown; range?: unknown; value?: unknown };
    if (typeof node.type === 'string' && typeof node.start === 'number' && typeof node.end === 'number') {
      node.loc = lines;
      node.range = [node.start, node.end];
      node.type = typeName(node.type);
    }
    if (node.type === 'JSXText' && typeof node.value === 'string') node.value = decodeJsxText(node.value);
    if (node.type === 'ImportDeclaration') (node as { importKind?: string }).importKind = importKindOf(node as unknown as ImportSyntax, text);
    if (node.type === 'JSXAttribute') {
      const attributeValue = node.value as { type?: unknown; value?: unknown } | null;
      if (attributeValue?.type === 'Literal' && typeof attributeValue.value === 'string') attributeValue.value = decodeJsxText(attributeValue.value);
    }
    // for...in over JSON objects: no array of entries allocated per node.
    for (const key in node) {
      if (key === 'loc' || key === 'range') continue;
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
}

interface ImportSyntax {
  start: number;
  specifiers: Array<{ start: number }>;
  source: { start: number };
}

/**
 * `'type'` for `import type … from`, as typescript-estree says (type-only imports bind nothing the UI renders), else
 * `'value'`. The keyword is the one thing between `import` and the first specifier (or the source): a default import
 * named `type` (`import type from './type'`, `import type, { a } from …`) starts the specifiers itself.
 */
function importKindOf(node: ImportSyntax, text: string): 'type' | 'value' {
  const head = text.slice(node.start, node.specifiers[0]?.start ?? node.source.start);
  return /^import\s+type(?![\w$])/.test(head.replace(COMMENTS, ' ')) ? 'type' : 'value';
}

const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

/**
 * One string per node type for every tree parsed. JSON.parse gives each node its own copy of its type's name
 * ("MemberExpression" 5,858 times in a heap snapshot taken 4,500 files into the four apps' whole trees, some 110,000
 * copies in all), which the parsed-module cache then keeps; a shared one also compares by identity at once in the
 * `node.type === '...'` tests every walk makes. The names are ESTree's and TS-ESTree's: a fixed set.
 */
const typeNames = new Map<string, string>();

function typeName(type: string): string {
  const known = typeNames.get(type);
  if (known !== undefined) return known;
  typeNames.set(type, type);
  return type;
}
