/**
 * The one adapter between ESLint and the core: builds the file's analysis once per SourceCode (shared by every
 * honest-ui rule), runs one check, and reports its findings with messageId, data, location and suggestions.
 * Nothing about consent is decided here.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { JSONSchema, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { CHECKS } from '../src/checks/index.js';
import type { FileAnalysis } from '../src/checks/types.js';
import { ruleMeta, type RuleMeta } from '../src/catalog/index.js';
import { copyText } from '../src/engine/copy-text.js';
import { folderListing } from '../src/engine/source-file.js';
import { drawsFromConfiguration, prefilterFor, rendersNothing, type Prefilter } from '../src/engine/prefilter.js';
import { passesWithBorrowedCopy } from '../src/engine/borrowed-copy.js';
import { analyseModule, analyseParsed } from '../src/engine/analyse.js';
import { ComponentFindings } from '../src/engine/component-findings.js';
import { interpolate, resolveOptions } from '../src/engine/run-checks.js';
import { localeSuffix, onlyInLocale, otherLocales } from '../src/engine/locale-findings.js';
import { SizedCache } from '../src/resolve/sized-cache.js';
import { rootedReader } from '../src/resolve/modules.js';
import { ProjectCache } from '../src/resolve/stylesheets.js';
import { lazyOxc } from '../src/parse/oxc.js';
import { resolveSettings } from '../src/settings/settings.js';
import { createRule } from './create-rule.js';
import { unsuppressed } from './suppressions.js';

const analyses = new WeakMap<object, SharedAnalysis>();

/**
 * How often the adapter did its per-file work since the process started: the text pre-filter and the file's
 * analysis (model, imported components and stylesheets). Each should happen once per linted file however many
 * honest-ui rules run on it (tests/rules/shared-analysis.test.ts), and no analysis for a file the pre-filter drops.
 * `diskReads` counts the paths looked up on disk (stat, and a read when the file changed): once per path per run.
 */
export const adapterWork = { prefilters: 0, analyses: 0, diskReads: 0 };
/** Imported components are parsed with oxc, as the checker does (tests/model/parser-parity.test.ts: the same model). */
const cache = new ProjectCache(lazyOxc);

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Files read from disk, kept while their mtime and size stay the same (an editor session sees CSS edits), up to
 * about 16 MB of text, as the checker's file cache: an editor session over a large monorepo does not keep every
 * file it ever read.
 */
const MAX_CACHED_TEXT = 8_000_000;
const PATH_ENTRY_SIZE = 64;
const fileCache = new SizedCache<string, { mtimeMs: number; size: number; text: string }>(MAX_CACHED_TEXT, (entry) => PATH_ENTRY_SIZE + entry.text.length);

/**
 * What one lint run found on disk, and the paths it found missing. Imports are resolved by trying candidates
 * (`.tsx`, `.ts`, `index.*`), tsconfig.json and package.json are looked for up the folders, a project's message
 * files are looked for under every convention, and its shared modules are read by most of its files: within a run
 * a path costs at most one stat (while the file cache holds its text), not one per file that reads it. (The
 * checker's directory listings would answer most misses without a stat, but a listing is only as fresh as the run:
 * a folder created between two files of one run, as an editor or a test may do, would read as empty.) ESLint names
 * no run, so a run ends when a file is linted again (an editor re-linting after an edit, a `--fix` pass) or after a
 * pause between files; an edit or a file created since is then seen.
 */
const RUN_PAUSE_MS = 1000;
const newRun = (now: number, cwd: string) => ({
  linted: new Set<string>(),
  missing: new Set<string>(),
  /** Paths found on disk this run: their text is the file cache's, while it holds them. */
  seen: new Set<string>(),
  /**
   * The run's reader: the core keeps what it looks up through a reader (tsconfig paths, i18n projects) per reader.
   * A file in no package belongs to the project of ESLint's working folder (see ReadFile).
   */
  readFile: rootedReader((absolutePath) => readFileCached(absolutePath), cwd),
  cwd,
  lastUse: now,
});
let run = newRun(0, process.cwd());
const entered = new WeakSet<object>();

/** Called as each rule starts on a file (the first one counts): starts a new run where the previous one ended. */
function enterFile(context: AnyContext): void {
  if (entered.has(context.sourceCode)) return;
  entered.add(context.sourceCode);
  const filename = path.resolve(context.cwd, context.filename);
  const now = performance.now();
  if (run.linted.has(filename) || now - run.lastUse > RUN_PAUSE_MS || run.cwd !== context.cwd) run = newRun(now, context.cwd);
  run.linted.add(filename);
  run.lastUse = now;
}

export function readFileCached(absolutePath: string): string | undefined {
  run.lastUse = performance.now();
  if (run.missing.has(absolutePath)) return undefined;
  if (run.seen.has(absolutePath)) {
    const cached = fileCache.get(absolutePath);
    if (cached) return cached.text;
  }
  const text = readFileChecked(absolutePath);
  if (text === undefined) run.missing.add(absolutePath);
  else run.seen.add(absolutePath);
  return text;
}

function readFileChecked(absolutePath: string): string | undefined {
  adapterWork.diskReads++;
  if (absolutePath.endsWith(path.sep)) return folderListing(absolutePath);
  try {
    // Imports are looked up by trying candidates (`.tsx`, `.ts`, `index.*`, tsconfig.json up the folders): most do
    // not exist, and a missing file is answered without building an exception for it.
    const stat = statSync(absolutePath, { throwIfNoEntry: false });
    if (!stat?.isFile()) return undefined;
    const cached = fileCache.get(absolutePath);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.text;
    const text = readFileSync(absolutePath, 'utf8');
    fileCache.set(absolutePath, { mtimeMs: stat.mtimeMs, size: stat.size, text });
    return text;
  } catch {
    return undefined;
  }
}

interface SharedAnalysis {
  analysis: FileAnalysis;
  filename: string;
  /** What the components the file renders report in their own files (reported once, there). */
  components: ComponentFindings;
  /** The file in each other locale, where settings ask for every locale and the file's copy comes from message files. */
  locales: () => Array<{ locale: string; analysis: FileAnalysis }>;
}

function analysisFor(context: AnyContext): SharedAnalysis {
  const sourceCode = context.sourceCode;
  const cached = analyses.get(sourceCode);
  if (cached) return cached;
  const settings = resolveSettings((context.settings as Record<string, unknown>)['honest-ui']);
  const filename = path.resolve(context.cwd, context.filename);
  // Components and stylesheets are read through the mtime cache: an editor session sees edits to either.
  const input = { program: sourceCode.ast as TSESTree.Program, source: sourceCode.text, filePath: filename, settings, cache, readFile: run.readFile };
  adapterWork.analyses++;
  const { analysis, locales } = analyseParsed(input);
  const { readFile } = run;
  const components = new ComponentFindings(cache, settings, readFile, (file, text) => analyseModule(file, text, settings, cache, readFile));
  let others: Array<{ locale: string; analysis: FileAnalysis }> | undefined;
  const localeAnalyses = () => (others ??= (locales.read ? otherLocales(settings, locales.default) : []).map((locale) => ({ locale, analysis: analyseParsed({ ...input, locale }).analysis })));
  const shared = { analysis, filename, components, locales: localeAnalyses };
  analyses.set(sourceCode, shared);
  return shared;
}

const prefiltered = new WeakMap<object, Map<Prefilter, boolean>>();

/**
 * The text pre-filter (src/engine/prefilter.ts), run once per file for all rules that share its options; a file
 * whose own text it skips passes when the copy it borrows from other files does (src/engine/borrowed-copy.ts).
 */
function mayReport(context: AnyContext, options: Record<string, unknown>): boolean {
  const { text } = context.sourceCode;
  if ((!text.includes('<') && !drawsFromConfiguration(text)) || rendersNothing(context.filename, text)) return false;
  const settings = resolveSettings((context.settings as Record<string, unknown>)['honest-ui']);
  const filter = prefilterFor(settings, [options]);
  let results = prefiltered.get(context.sourceCode);
  if (!results) prefiltered.set(context.sourceCode, (results = new Map()));
  let passes = results.get(filter);
  if (passes === undefined) {
    adapterWork.prefilters++;
    const filename = path.resolve(context.cwd, context.filename);
    passes = filter(text) || passesWithBorrowedCopy(text, filename, filter, run.readFile, cache, settings);
    // ESLint has parsed the file already: its copy (src/engine/copy-text.ts) must hold the vocabulary too.
    if (passes) {
      const copy = copyOf(context.sourceCode);
      passes = filter(text, copy) || passesWithBorrowedCopy(text, filename, filter, run.readFile, cache, settings, copy);
    }
    results.set(filter, passes);
  }
  return passes;
}

const copies = new WeakMap<object, string>();

/** A file's copy, once for all rules. */
function copyOf(sourceCode: AnyContext['sourceCode']): string {
  let copy = copies.get(sourceCode);
  if (copy === undefined) copies.set(sourceCode, (copy = copyText(sourceCode.ast as TSESTree.Program)));
  return copy;
}

/** Turn a rule's catalogue entry and check into an ESLint rule. */
export function ruleFromCatalog(id: string) {
  const meta = ruleMeta(id) as RuleMeta<object> | undefined;
  const check = CHECKS.get(id);
  if (!meta || !check) throw new Error(`honest-ui: no catalogue entry or check for ${id}`);
  return createRule<[Record<string, unknown>], string>({
    name: id,
    meta: {
      type: 'problem',
      docs: { description: meta.description, recommended: meta.presets.includes('recommended') },
      hasSuggestions: meta.hasSuggestions || undefined,
      messages: meta.messages,
      schema: [meta.schema as unknown as JSONSchema.JSONSchema4],
    },
    defaultOptions: [meta.defaultOptions as Record<string, unknown>],
    create(context) {
      // `options` are the user's as given: resolveOptions adds the defaults (and validates) when the file is checked.
      // Merging them up front would make a fresh copy for every rule on every file, most of which the pre-filter
      // drops first.
      const options = context.options[0] as Record<string, unknown> | undefined;
      // Cheap pre-filters: a file without JSX, or without a word that could start a finding, has nothing to check.
      // (The default options hold no words.)
      enterFile(context as AnyContext);
      if (!mayReport(context as AnyContext, options ?? {})) return {};
      return {
        'Program:exit'() {
          const { analysis, filename, components, locales } = analysisFor(context as AnyContext);
          const resolved = resolveOptions(meta, options);
          const output = check(analysis, resolved as never);
          const own = components.keep(id, resolved, output.findings, filename);
          // What only another locale's copy shows: the same element, its message naming the locale.
          for (const { locale, analysis: other } of locales()) {
            const found = components.keep(id, resolved, check(other, resolved as never).findings, filename);
            for (const f of unsuppressed(context as AnyContext, id, onlyInLocale(own, found, filename, locale))) {
              const message = `${interpolate(meta.messages[f.messageId] ?? f.messageId, f.data)}${localeSuffix(locale)}`;
              (context.report as unknown as (descriptor: { loc: typeof f.loc; message: string }) => void)({ loc: f.loc, message });
            }
          }
          for (const found of unsuppressed(context as AnyContext, id, own)) {
            context.report({
              loc: found.loc,
              messageId: found.messageId,
              data: found.data,
              ...(found.suggestions?.length
                ? {
                    suggest: found.suggestions.map((s) => ({
                      messageId: s.messageId,
                      data: s.data,
                      fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([s.fix.range[0], s.fix.range[1]], s.fix.text),
                    })),
                  }
                : {}),
            });
          }
        },
      };
    },
  });
}
