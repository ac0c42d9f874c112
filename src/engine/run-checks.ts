/** Run the enabled checks over one file's analysis: options validated and merged, findings deduplicated and sorted. */
import type { Ajv, ValidateFunction } from 'ajv';
import { ruleMeta, type RuleMeta } from '../catalog/index.js';
import { CHECKS, type FileAnalysis, type Finding, type Review } from '../checks/index.js';
import { createAjv } from '../settings/ajv.js';
import { describeSchemaError } from '../settings/settings.js';
import type { RuleConfig } from './analyse.js';
import { findingKey, type ComponentFindings } from './component-findings.js';

export class OptionsError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    readonly key: string,
  ) {
    super(message);
    this.name = 'OptionsError';
  }
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** The validator of a rule's options, compiled the first time the rule is given options. */
function optionsValidator(meta: RuleMeta<object>): ValidateFunction {
  let validate = validators.get(meta.id);
  if (!validate) {
    ajv ??= createAjv({ allErrors: true, strict: false, useDefaults: false });
    validate = ajv.compile(meta.schema);
    validators.set(meta.id, validate);
  }
  return validate;
}

/**
 * Whether options are the rule's defaults, value for value (as the presets give them). Defaults match their schema
 * (tests/meta.test.ts), so they need no validating: a run with default options compiles no schema and loads no ajv.
 */
function isDefaults(meta: RuleMeta<object>, options: Record<string, unknown>): boolean {
  const defaults = meta.defaultOptions as Record<string, unknown>;
  const keys = Object.keys(options);
  return keys.length === Object.keys(defaults).length && keys.every((key) => Object.hasOwn(defaults, key) && Object.is(options[key], defaults[key]));
}

/** Merge a rule's options over its defaults after validating them against its schema. */
export function resolveOptions(meta: RuleMeta<object>, options: Record<string, unknown> | undefined): Record<string, unknown> {
  const validate = options && !isDefaults(meta, options) ? optionsValidator(meta) : undefined;
  if (options && validate && !validate(options)) {
    const error = validate.errors?.[0];
    const { key, message } = error ? describeSchemaError(error, '') : { key: '', message: 'is invalid' };
    throw new OptionsError(`honest-ui/${meta.id}: option ${key || '/'} ${message}.`, meta.id, key);
  }
  return { ...(meta.defaultOptions as Record<string, unknown>), ...(options ?? {}) };
}

/** Fill `{{placeholders}}` from a finding's data, as ESLint does. */
export function interpolate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export interface CheckedFinding extends Finding {
  severity: 1 | 2;
  message: string;
}

export interface ChecksOutput {
  findings: CheckedFinding[];
  reviews: Review[];
  /** The summaries checker-only rules keep of the file for their project pass, by rule id. */
  summaries: Record<string, unknown>;
}

/**
 * `components` keeps a use site from reporting again what a component it renders reports in its own file
 * (component-findings.ts); `file` is the analysed file's path.
 */
export function runChecks(analysis: FileAnalysis, rules: RuleConfig, components?: { findings: ComponentFindings; file: string }): ChecksOutput {
  const findings: CheckedFinding[] = [];
  const reviews: Review[] = [];
  const summaries: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [id, setting] of rules) {
    const check = CHECKS.get(id);
    const meta = ruleMeta(id);
    if (!check || !meta) continue;
    const options = resolveOptions(meta, setting.options);
    const output = check(analysis, options as never);
    if (output.summary !== undefined) summaries[id] = output.summary;
    const own = components ? components.findings.keep(id, options, output.findings, components.file) : output.findings;
    for (const found of own) {
      // The same element reported twice by one check; elements a component renders share their use site's range.
      const key = `${id}:${found.range[0]}:${found.element.rendered ? findingKey(found, '') : ''}:${found.messageId}:${found.distinct ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...found, severity: setting.severity, message: interpolate(meta.messages[found.messageId] ?? found.messageId, found.data) });
    }
    reviews.push(...(components ? components.findings.keepReviews(id, options, output.reviews, components.file) : output.reviews));
  }
  findings.sort(byPosition);
  return { findings, reviews, summaries };
}

/**
 * Findings in source order, and by rule id where two share a place. Rule ids are lower-case ASCII and hyphens, so
 * comparing code units orders them as `localeCompare` would, without its first call's cost: loading ICU's collator
 * took 10-15 ms of a run of one small file on Node 20.
 */
export function byPosition(a: CheckedFinding, b: CheckedFinding): number {
  return a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
