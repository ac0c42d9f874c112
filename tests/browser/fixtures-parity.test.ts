/**
 * The same rules, the same verdicts: the bundled fixtures rendered to pages (render-fixtures.ts) and audited in
 * headless Chromium must get the findings the static checker reports on their sources, rule by rule and message
 * by message. Where the static side could only say "needs review" for a rule, the audit decides that rule, and
 * either verdict stands. The few places where the rendered page and the source legitimately differ are listed in
 * DIFFERENCES, each with the reason.
 */
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetRules } from '../../src/catalog/index.js';
import { run } from '../../src/cli/run.js';
import { analyseProject, type FileDetails } from '../../src/engine/project.js';
import type { LintResult } from '../../src/engine/types.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { renderFixtures, type Rendering } from './render-fixtures.js';
import { startServer, type TestServer } from './server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixturesDir = path.join(repo, 'fixtures');

/** Rules compared: all but the project-wide comparison and the audit-only rule, which have no per-file static verdict. */
const NOT_COMPARED = new Set(['consistent-choice-order', 'no-tracking-before-consent']);

/**
 * `file: [ruleId/messageId...]` the static checker reports and the audit does not (`-`), or the reverse (`+`), with
 * why the rendered page decides differently.
 */
const DIFFERENCES: Record<string, { missing?: string[]; extra?: string[]; why: string }> = {
  'no-false-urgency/bad/IntervalTimer.tsx': {
    missing: ['no-false-urgency/countdown'],
    why: 'the page is server-rendered markup without its script: the setInterval never runs, so "5:00" is text that does not count down',
  },
  'no-hidden-decline/bad/HiddenOnMobile.tsx': {
    missing: ['no-hidden-decline/hiddenUnderCondition'],
    why: 'the audit sees one viewport (1280x800) and the decline is hidden only under max-width: 640px; audit.test.ts audits it with --viewport 390x844',
  },
};

function fixtureFiles(): string[] {
  const out: string[] = [];
  for (const rule of readdirSync(fixturesDir)) {
    if (rule === 'projects' || rule === 'broken' || !statSync(path.join(fixturesDir, rule)).isDirectory()) continue;
    for (const kind of ['bad', 'good']) {
      const dir = path.join(fixturesDir, rule, kind);
      if (!existsSync(dir)) continue;
      for (const entry of readdirSync(dir)) if (/\.(?:tsx|jsx)$/.test(entry)) out.push(`${rule}/${kind}/${entry}`);
    }
  }
  return out.sort();
}

const key = (message: { ruleId: string | null; messageId?: string | undefined }) => `${(message.ruleId ?? '').replace('honest-ui/', '')}/${message.messageId ?? ''}`;

describe.skipIf(!hasChromium)('audit of the rendered fixtures agrees with the static checker', () => {
  let rendering: Rendering;
  let server: TestServer;
  const audited = new Map<string, LintResult>();
  const staticResults = new Map<string, LintResult>();
  const staticDetails = new Map<string, FileDetails>();

  beforeAll(async () => {
    rendering = await renderFixtures(repo, fixtureFiles());
    server = await startServer(Object.fromEntries(rendering.pages.map((page) => [`/${page.file}.html`, { body: page.html }])));
    const rules = new Map([...presetRules('strict')].filter(([id]) => !NOT_COMPARED.has(id)));
    const results = await analyseProject({ cwd: repo, paths: rendering.pages.map((page) => `fixtures/${page.file}`), settings: resolveSettings(undefined), rules, onDetails: (file, details) => staticDetails.set(file, details) });
    for (const result of results) staticResults.set(path.relative(fixturesDir, result.filePath).split(path.sep).join('/'), result);

    const configDir = mkdtempSync(path.join(tmpdir(), 'honest-ui-parity-'));
    const config = path.join(configDir, 'honest-ui.config.json');
    writeFileSync(config, JSON.stringify({ extends: 'strict', rules: Object.fromEntries([...NOT_COMPARED].map((id) => [id, 'off'])) }));
    let stdout = '';
    const urls = rendering.pages.map((page) => `${server.origin}/${page.file}.html`);
    await run(['audit', ...urls, '--block-offsite', '--config', config, '--format', 'json', '--jobs', '4'], { cwd: repo, stdout: (text) => (stdout += text), stderr: () => undefined, isTTY: false });
    for (const result of JSON.parse(stdout) as LintResult[]) audited.set(result.filePath.slice(server.origin.length + 1).replace(/\.html$/, ''), result);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
  });

  it('renders most fixtures, and says why it leaves the others out', () => {
    expect(rendering.pages.length).toBeGreaterThan(60);
    for (const { file, reason } of rendering.skipped) expect(reason, file).toMatch(/^imports |^does not render|^exports no component/);
  });

  it('finds on each rendered fixture what the checker finds in its source', () => {
    const mismatches: string[] = [];
    for (const page of rendering.pages) {
      const result = audited.get(page.file);
      expect(result, page.file).toBeDefined();
      expect(result?.fatalErrorCount, page.file).toBe(0);
      const staticResult = staticResults.get(page.file);
      const reviewed = new Set((staticDetails.get(path.join(fixturesDir, page.file))?.reviews ?? []).map((review) => review.ruleId));
      const decided = (message: { ruleId: string | null }) => !reviewed.has((message.ruleId ?? '').replace('honest-ui/', ''));
      const expected = (staticResult?.messages ?? []).filter((m) => m.ruleId !== null && decided(m)).map(key).sort();
      const actual = (result?.messages ?? []).filter((m) => m.ruleId !== null && decided(m)).map(key).sort();
      const known = DIFFERENCES[page.file];
      const missing = expected.filter((k, i) => expected.indexOf(k) === i && expected.filter((e) => e === k).length > actual.filter((a) => a === k).length);
      const extra = actual.filter((k, i) => actual.indexOf(k) === i && actual.filter((a) => a === k).length > expected.filter((e) => e === k).length);
      if (JSON.stringify(missing) !== JSON.stringify(known?.missing ?? []) || JSON.stringify(extra) !== JSON.stringify(known?.extra ?? [])) {
        mismatches.push(`${page.file}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reports findings on bad fixtures, by URL and CSS selector', () => {
    const bad = [...audited].filter(([file]) => file.includes('/bad/'));
    expect(bad.filter(([, result]) => result.errorCount + result.warningCount > 0).length).toBeGreaterThan(30);
    for (const [, result] of bad) for (const message of result.messages) expect(message.selector, message.message).toMatch(/^(?:body|#)/);
  });
});
