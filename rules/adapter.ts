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
import { prefilterFor, type Prefilter } from '../src/engine/prefilter.js';
import { analyseModule, analyseParsed } from '../src/engine/analyse.js';
import { ComponentFindings } from '../src/engine/component-findings.js';
import { resolveOptions } from '../src/engine/run-checks.js';
import { ProjectCache } from '../src/resolve/stylesheets.js';
import { resolveSettings } from '../src/settings/settings.js';
import { createRule } from './create-rule.js';
import { unsuppressed } from './suppressions.js';

const analyses = new WeakMap<object, SharedAnalysis>();
const cache = new ProjectCache();

/** Files read from disk, kept while their mtime and size stay the same: an editor session sees CSS edits. */
const fileCache = new Map<string, { mtimeMs: number; size: number; text: string }>();

export function readFileCached(absolutePath: string): string | undefined {
  try {
    const stat = statSync(absolutePath);
    if (!stat.isFile()) return undefined;
    const cached = fileCache.get(absolutePath);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.text;
    const text = readFileSync(absolutePath, 'utf8');
    fileCache.set(absolutePath, { mtimeMs: stat.mtimeMs, size: stat.size, text });
    return text;
  } catch {
    return undefined;
  }
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

interface SharedAnalysis {
  analysis: FileAnalysis;
  filename: string;
  /** What the components the file renders report in their own files (reported once, there). */
  components: ComponentFindings;
}

function analysisFor(context: AnyContext): SharedAnalysis {
  const sourceCode = context.sourceCode;
  const cached = analyses.get(sourceCode);
  if (cached) return cached;
  const settings = resolveSettings((context.settings as Record<string, unknown>)['honest-ui']);
  const filename = path.resolve(context.cwd, context.filename);
  // Components and stylesheets are read through the mtime cache: an editor session sees edits to either.
  const { analysis } = analyseParsed({ program: sourceCode.ast as TSESTree.Program, source: sourceCode.text, filePath: filename, settings, cache, readFile: readFileCached });
  const components = new ComponentFindings(cache, settings, readFileCached, (file, text) => analyseModule(file, text, settings, cache, readFileCached));
  const shared = { analysis, filename, components };
  analyses.set(sourceCode, shared);
  return shared;
}

const prefiltered = new WeakMap<object, Map<Prefilter, boolean>>();

/** The text pre-filter (src/engine/prefilter.ts), run once per file for all rules that share its options. */
function mayReport(context: AnyContext, options: Record<string, unknown>): boolean {
  const { text } = context.sourceCode;
  if (!text.includes('<')) return false;
  const filter = prefilterFor(resolveSettings((context.settings as Record<string, unknown>)['honest-ui']), [options]);
  let results = prefiltered.get(context.sourceCode);
  if (!results) prefiltered.set(context.sourceCode, (results = new Map()));
  let passes = results.get(filter);
  if (passes === undefined) results.set(filter, (passes = filter(text)));
  return passes;
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
      if (!mayReport(context as AnyContext, options ?? {})) return {};
      return {
        'Program:exit'() {
          const { analysis, filename, components } = analysisFor(context as AnyContext);
          const resolved = resolveOptions(meta, options);
          const output = check(analysis, resolved as never);
          const own = components.keep(id, resolved, output.findings, filename);
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
