/**
 * A finding in a component is reported once, in the component's file. A file that renders `<TermsDialog />` sees
 * the dialog's elements (expanded in place, src/engine/components.ts), so every check finds in it what it finds in
 * TermsDialog.tsx; reporting those again at each use site would say the same thing many times, at the wrong place.
 * A use site reports only what the component alone cannot show: a finding the use site's props, children or
 * surroundings make (a `defaultOn` it passes, the copy it slots in, a different accept beside it).
 *
 * So a finding on an element a component renders (`element.rendered`) is dropped when the component's module,
 * analysed on its own, reports the same: same rule, message, data, and the same element where it is written. A
 * component rendered in its own file (`notify(<PrivacyNotice />)`) is compared with the findings of that file's
 * own elements. The modules are read and analysed as data, never executed, once per content for the run or session.
 */
import { CHECKS } from '../checks/index.js';
import type { FileAnalysis, Finding, Review } from '../checks/types.js';
import type { ReadFile } from '../resolve/modules.js';
import type { ProjectCache } from '../resolve/stylesheets.js';
import type { ResolvedSettings } from '../settings/settings.js';
import type { UIElement } from '../model/types.js';

/** Analyses of component modules kept at once: each holds a model and an AST, so only the recently used stay. */
const MAX_ANALYSES = 32;

export type AnalyseModule = (file: string, text: string) => FileAnalysis | undefined;

interface Memory {
  analyses: Map<string, FileAnalysis | null>;
  /** What each module alone gives, by module, content, rule and options: small, kept for the run. */
  keys: Map<string, ModuleOutcome>;
}

/** A module's own results for one rule, as places (writtenAt): its findings' keys, its reviews' with their reason. */
interface ModuleOutcome {
  findings: ReadonlySet<string>;
  reviews: ReadonlySet<string>;
  reviewed: ReadonlySet<string>;
  /** Where the module's own elements are written. */
  elements: ReadonlySet<string>;
}

const NOTHING: ModuleOutcome = { findings: new Set(), reviews: new Set(), reviewed: new Set(), elements: new Set() };

/** Per ProjectCache, so a run (the checker) or a session (ESLint) shares them and drops them with the cache. */
const memories = new WeakMap<ProjectCache, Memory>();

/** What identifies a finding wherever it is reported: the rule's verdict on one element as written. */
export function findingKey(found: Finding, file: string): string {
  const at = writtenAt(found.element, file);
  return `${found.ruleId}\0${found.messageId}\0${at}\0${JSON.stringify(found.data)}`;
}

/** Where an element's JSX is written, as `file:line:column`: the same place whichever file renders it. */
export function writtenAt(element: UIElement, file: string): string {
  const { rendered } = element;
  return rendered ? `${rendered.file}:${rendered.line}:${rendered.column}` : `${file}:${element.openingLoc.start.line}:${element.openingLoc.start.column}`;
}

export class ComponentFindings {
  private readonly memory: Memory;

  /**
   * `analyseModule` analyses a component module alone, as the file it is (its own components expanded, its own
   * stylesheets in scope); it is called only when a use site has a finding on an element the module renders.
   */
  constructor(
    cache: ProjectCache,
    private readonly settings: ResolvedSettings,
    private readonly readFile: ReadFile,
    private readonly analyseModule: AnalyseModule,
  ) {
    let memory = memories.get(cache);
    if (!memory) memories.set(cache, (memory = { analyses: new Map(), keys: new Map() }));
    this.memory = memory;
  }

  /** The findings of one rule in `file` that are this file's to report. */
  keep<F extends Finding>(ruleId: string, options: Record<string, unknown>, all: readonly F[], file: string): F[] {
    const findings = collapseRepeated(all, file);
    if (!findings.some((found) => found.element.rendered)) return findings;
    // The file's own elements first: a component rendered in the file it is defined in reports there.
    const own = new Set(findings.filter((found) => found.element.rendered?.via !== file).map((found) => findingKey(found, file)));
    return findings.filter((found) => {
      const via = found.element.rendered?.via;
      if (via === undefined) return true;
      const key = findingKey(found, file);
      if (via === file) return !own.has(key);
      return !this.shownBy(via, ruleId, options).has(key);
    });
  }

  /**
   * The needs-review results of one rule in `file` that are this file's to give. A review on an element a
   * component renders is the component's question: dropped where the component's module, analysed on its own,
   * asks it too (the same rule, element and reason), and where the module decides that element and the use site
   * only saw less of it (`unresolved-component`: a component around it the use site could not expand, so deep in
   * a page's tree that the render budget ran out, or one the page wraps it in). A review the use site's own values
   * make (a prop it passes from data, a class it computes) is its own.
   */
  keepReviews(ruleId: string, options: Record<string, unknown>, all: readonly Review[], file: string): Review[] {
    if (!all.some((review) => review.element.rendered && review.element.rendered.via !== file)) return [...all];
    return all.filter((review) => {
      const via = review.element.rendered?.via;
      if (via === undefined || via === file) return true;
      const own = this.outcomeOf(via, ruleId, options);
      const at = writtenAt(review.element, file);
      if (own.reviews.has(`${at}\0${review.reason}`)) return false;
      return !(review.reason === 'unresolved-component' && own.elements.has(at) && !own.reviewed.has(at));
    });
  }

  /** The keys of what a component module alone reports for one rule (its own use sites' copies left out). */
  private shownBy(module: string, ruleId: string, options: Record<string, unknown>): ReadonlySet<string> {
    return this.outcomeOf(module, ruleId, options).findings;
  }

  /** What a component module alone reports and leaves to review for one rule, and the elements it draws, by place. */
  private outcomeOf(module: string, ruleId: string, options: Record<string, unknown>): ModuleOutcome {
    const text = this.readFile(module);
    if (text === undefined) return NOTHING;
    const id = `${module}\0${text.length}\0${hashText(text)}\0${ruleId}\0${JSON.stringify(options)}\0${this.settingsKey()}`;
    let outcome = this.memory.keys.get(id);
    if (outcome) return outcome;
    const analysis = this.analysisOf(module, text);
    const check = CHECKS.get(ruleId);
    outcome = NOTHING;
    if (analysis && check) {
      const output = check(analysis, options as never);
      const own = <T extends { element: UIElement }>(results: readonly T[]): T[] => results.filter((r) => r.element.rendered?.via !== module);
      const reviews = own(output.reviews);
      outcome = {
        findings: new Set(own(output.findings).map((f) => findingKey(f, module))),
        reviews: new Set(reviews.map((r) => `${writtenAt(r.element, module)}\0${r.reason}`)),
        reviewed: new Set(reviews.map((r) => writtenAt(r.element, module))),
        elements: new Set(analysis.model.elements.filter((e) => e.rendered?.via !== module).map((e) => writtenAt(e, module))),
      };
    }
    this.memory.keys.set(id, outcome);
    return outcome;
  }

  private analysisOf(module: string, text: string): FileAnalysis | undefined {
    const id = `${module}\0${hashText(text)}\0${this.settingsKey()}`;
    const { analyses } = this.memory;
    let entry = analyses.get(id);
    if (entry === undefined) {
      entry = this.analyseModule(module, text) ?? null;
      if (analyses.size >= MAX_ANALYSES) analyses.delete(analyses.keys().next().value as string);
    } else {
      analyses.delete(id);
    }
    analyses.set(id, entry);
    return entry ?? undefined;
  }

  /** Settings objects are resolved once per config: their identity tells them apart within a run or session. */
  private settingsKey(): string {
    let key = settingsKeys.get(this.settings);
    if (key === undefined) settingsKeys.set(this.settings, (key = String(++settingsSeen)));
    return key;
  }
}

/**
 * One finding per place in the source: the elements a constant list renders (`PURPOSES.map(...)`) share their JSX,
 * so two pre-ticked purposes are one line to fix, reported once (the first item's message).
 */
export function collapseRepeated<F extends Finding>(findings: readonly F[], file: string): F[] {
  if (!findings.some((found) => found.element.repeated)) return [...findings];
  const seen = new Set<string>();
  return findings.filter((found) => {
    if (!found.element.repeated) return true;
    const key = `${found.ruleId}\0${found.messageId}\0${writtenAt(found.element, file)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const settingsKeys = new WeakMap<ResolvedSettings, string>();
let settingsSeen = 0;

/** FNV-1a over the text: a cheap content fingerprint for the in-memory keys (the path and length are in the key too). */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
