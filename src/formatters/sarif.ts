/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and most security dashboards read. Validated in the tests
 * against the official schema. Choices made for code scanning:
 * - one reportingDescriptor per catalogue rule (not only the ones that fired), so a dashboard can show every rule
 *   with its help, its docs and the standards it follows (as tags);
 * - artifact URIs relative to the project root with `uriBaseId: "%SRCROOT%"`, so results match the repository
 *   wherever it was checked out;
 * - `partialFingerprints` from the rule, the file and the normalised source of the element, not the line, so
 *   findings keep their identity (and their dismissals) when unrelated edits shift lines;
 * - needs-review results at level `note` (kind stays the default `fail`: SARIF §3.27.9 allows a level other than
 *   `none` only on failures), so reviewers see what the checker could not decide without it failing the build;
 * - suppressed findings (ESLint's suppressedMessages) as results with `suppressions` (SARIF §3.27.23, §3.35):
 *   `inSource` with the comment's reason for an `honest-ui-disable-next-line`, `external` for the baseline, so code
 *   scanning shows them as dismissed instead of open and a dashboard still counts what was suppressed, and why;
 * - files that could not be parsed as tool execution notifications: they are not findings of any rule;
 * - a page audited in the browser (`honest-ui audit`) is its URL, with the element's CSS selector as a logical
 *   location and, for a request made before consent, the request as the result's `webRequest` (§3.27.29).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, type RuleMeta } from '../catalog/index.js';
import { RULE_PREFIX } from '../engine/analyse.js';
import { findingsInOrder, fingerprints } from '../engine/fingerprint.js';
import type { LintMessage, LintSuppression, SuppressedLintMessage } from '../engine/types.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../package-info.js';
import { standard } from '../standards/index.js';
import type { Formatter, FormatterContext } from './index.js';

export { REPOSITORY_URL, ruleDocsUrl };

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const FINGERPRINT_KEY = 'honestUiFinding/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

export const sarif: Formatter = (results, context) => {
  const rules = RULES.map(reportingDescriptor);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];

  for (const result of results) {
    const web = isWebPage(result.filePath);
    const relative = web ? { uri: result.filePath } : relativeUri(context, result.filePath);
    const notes = context.details?.get(result.filePath)?.reviews ?? [];
    if (result.messages.length === 0 && result.suppressedMessages.length === 0 && notes.length === 0) continue;
    const source = web ? undefined : (result.source ?? readSource(result.filePath));

    const reviewMessages: LintMessage[] = notes.map((review) => ({
      ruleId: `${RULE_PREFIX}${review.ruleId}`,
      severity: 1,
      message: `Needs review: ${review.detail} (${review.reason}).`,
      line: review.loc.start.line,
      column: review.loc.start.column + 1,
      endLine: review.loc.end.line,
      endColumn: review.loc.end.column + 1,
    }));
    // Reported and suppressed findings in source order, as the baseline fingerprints them.
    const findings: LintMessage[] = findingsInOrder(result);
    const all = [...findings.map((message) => ({ message, level: level(message) })), ...reviewMessages.map((message) => ({ message, level: 'note' as Level }))];
    // A page audited in the browser has no source: its findings are known by the page, the element's selector and the message.
    const prints = web
      ? all.map(({ message }) => fingerprints(`${relative.uri}\u0000${message.selector ?? ''}\u0000${message.messageId ?? ''}`, undefined, [message])[0] as string)
      : fingerprints(relative.uri, source, all.map(({ message }) => message));

    all.forEach(({ message, level: resultLevel }, index) => {
      const suppressions = 'suppressions' in message ? (message as SuppressedLintMessage).suppressions : undefined;
      const ruleId = message.ruleId ?? '';
      sarifResults.push({
        ruleId,
        ...(ruleIndex.has(ruleId) ? { ruleIndex: ruleIndex.get(ruleId) } : {}),
        level: resultLevel,
        message: { text: message.message },
        locations: [location(relative, message, web)],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[index] },
        ...(suppressions ? { suppressions: suppressions.map(sarifSuppression) } : {}),
        ...(message.webRequest ? { webRequest: { target: message.webRequest.target, method: message.webRequest.method } } : {}),
        ...(resultLevel === 'note' ? { properties: { needsReview: true } } : {}),
      });
    });

    for (const message of result.messages.filter((m) => m.ruleId === null)) {
      notifications.push({
        // Fatal: the file could not be parsed; otherwise it was skipped on purpose (too large, binary).
        level: message.fatal === true ? 'error' : 'warning',
        message: { text: message.message },
        locations: [location(relative, message, web)],
      });
    }
  }

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'honest-ui',
            informationUri: REPOSITORY_URL,
            ...(context.toolVersion ? { version: context.toolVersion, semanticVersion: context.toolVersion } : {}),
            rules,
          },
        },
        // A trailing slash: a base URI must name a directory (SARIF §3.14.14).
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        invocations: [{ executionSuccessful: !results.some((r) => r.fatalErrorCount > 0), toolExecutionNotifications: notifications }],
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

function reportingDescriptor(rule: RuleMeta<object>) {
  const standards = rule.standards.map(standard);
  const url = ruleDocsUrl(rule.id);
  return {
    id: `${RULE_PREFIX}${rule.id}`,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.harm },
    help: {
      text: `${rule.description}\n\n${rule.harm}\n\nStandards: ${standards.map((s) => `${s.short} (${s.url})`).join('; ')}.\n\nDocs: ${url}`,
      markdown: [
        `**${rule.description}**`,
        '',
        rule.harm,
        '',
        '**Standards**',
        '',
        ...standards.map((s) => `- [${s.short}](${s.url}): ${s.summary} (${s.weight})`),
        '',
        `[Rule documentation](${url})`,
      ].join('\n'),
    },
    helpUri: url,
    defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
    properties: { tags: standards.map((s) => s.short), precision: 'high' },
  };
}

/**
 * No `status`: a suppression without one suppresses the result, and `accepted` would claim that someone reviewed it.
 * The baseline gives no justification (ESLint's is the empty string), so none is written.
 */
function sarifSuppression(suppression: LintSuppression): { kind: 'inSource' | 'external'; justification?: string } {
  return { kind: suppression.kind === 'directive' ? 'inSource' : 'external', ...(suppression.justification !== '' ? { justification: suppression.justification } : {}) };
}

function level(message: LintMessage): Level {
  return message.severity === 2 ? 'error' : 'warning';
}

/** A browser audit's page: its result's filePath is the URL it was audited at. */
function isWebPage(filePath: string): boolean {
  return /^(?:https?|file):\/\//i.test(filePath);
}

/**
 * Where a message is: a region of a source file, or, on a page audited in the browser, the page's URL (SARIF
 * §3.4.3 allows any absolute URI) with the element's CSS selector as a logical location of kind `element` (§3.33.7).
 */
function location(artifactLocation: { uri: string; uriBaseId?: string }, message: LintMessage, web: boolean) {
  if (!web) return { physicalLocation: { artifactLocation, region: region(message) } };
  return {
    physicalLocation: { artifactLocation },
    ...(message.selector ? { logicalLocations: [{ fullyQualifiedName: message.selector, kind: 'element' }] } : {}),
  };
}

function region(message: LintMessage) {
  // ESLint's columns are 1-based UTF-16 offsets and its end column points past the last character, as SARIF's.
  return {
    startLine: Math.max(message.line, 1),
    startColumn: Math.max(message.column, 1),
    ...(message.endLine !== undefined ? { endLine: message.endLine } : {}),
    ...(message.endColumn !== undefined ? { endColumn: Math.max(message.endColumn, 1) } : {}),
  };
}

/** A file inside the project root as a relative URI under %SRCROOT%; one outside it as an absolute file URI. */
function relativeUri(context: FormatterContext, filePath: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(context.cwd, filePath);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function readSource(filePath: string): string | undefined {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
}
