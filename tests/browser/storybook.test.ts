/**
 * `honest-ui audit --storybook`: a small static Storybook served by the test on 127.0.0.1 (an index.json in
 * Storybook 7+'s shape, and an iframe.html that renders the story its `id` names), audited story by story in
 * parallel pages of one browser; `--stories` filters them; consistent-choice-order compares the stories' prompts;
 * the Storybook 6 stories.json is read where index.json is missing.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storiesOf, storyMatcher, storyUrl } from '../../src/browser/storybook.js';
import { run } from '../../src/cli/run.js';
import type { LintResult } from '../../src/engine/types.js';
import { startServer, type TestServer } from './server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ROOT = path.resolve('.');

const STORIES: Record<string, string> = {
  'consent-banner--balanced': '<p>We use cookies for analytics.</p><div class="row"><button class="solid">Accept all</button><button class="solid">Reject all</button></div>',
  'consent-banner--reject-as-link': '<p>We use cookies for analytics.</p><div class="row"><button class="solid">Accept all</button><a href="#" class="link">Reject all</a></div>',
  'consent-banner--decline-first': '<p>We use cookies for analytics.</p><div class="row"><button class="solid">Reject all</button><button class="solid">Accept all</button></div>',
  'newsletter--default': '<p>Get our newsletter with marketing offers.</p><button class="solid">Subscribe</button>',
};

/** Storybook's iframe.html reads `id` from its query string and renders that story into #storybook-root. */
const IFRAME = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
  body { font: 16px sans-serif; } .solid { font-size: 16px; font-weight: 600; padding: 10px 20px; background: #111827; color: #fff; border: 0; }
  .link { font-size: 13px; color: #6b7280; } .row { display: flex; gap: 8px; }
</style></head><body><div id="storybook-root"></div><script>
  const stories = ${JSON.stringify(STORIES)};
  const id = new URLSearchParams(location.search).get('id');
  document.getElementById('storybook-root').innerHTML = '<div role="dialog">' + stories[id] + '</div>';
</script></body></html>`;

const entry = (id: string, title: string, name: string, type = 'story') => ({ id, title, name, importPath: `./src/${title}.stories.tsx`, type, tags: [] });
const INDEX = {
  v: 5,
  entries: {
    'consent-banner--docs': entry('consent-banner--docs', 'Consent/Banner', 'Docs', 'docs'),
    'consent-banner--balanced': entry('consent-banner--balanced', 'Consent/Banner', 'Balanced'),
    'consent-banner--reject-as-link': entry('consent-banner--reject-as-link', 'Consent/Banner', 'Reject As Link'),
    'consent-banner--decline-first': entry('consent-banner--decline-first', 'Consent/Banner', 'Decline First'),
    'newsletter--default': entry('newsletter--default', 'Newsletter', 'Default'),
  },
};

describe('Storybook indexes', () => {
  it('reads index.json (v7+, stories only) and stories.json (v6)', () => {
    expect(storiesOf(INDEX).map((story) => story.id)).toEqual(['consent-banner--balanced', 'consent-banner--reject-as-link', 'consent-banner--decline-first', 'newsletter--default']);
    expect(storiesOf({ v: 3, stories: { 'a--b': { id: 'a--b', kind: 'A', name: 'B', parameters: {} } } })).toEqual([{ id: 'a--b', title: 'A', name: 'B' }]);
    expect(() => storiesOf({ v: 5 })).toThrow(/neither "entries"/);
  });

  it('matches --stories globs against ids and Title/Name paths', () => {
    const stories = storiesOf(INDEX);
    expect(stories.filter(storyMatcher('consent-banner--*')).length).toBe(3);
    expect(stories.filter(storyMatcher('Consent/**')).length).toBe(3);
    expect(stories.filter(storyMatcher('consent/banner/reject*')).map((story) => story.id)).toEqual(['consent-banner--reject-as-link']);
    expect(storyUrl('http://127.0.0.1:6006', 'a--b')).toBe('http://127.0.0.1:6006/iframe.html?id=a--b&viewMode=story');
  });
});

describe.skipIf(!hasChromium)('honest-ui audit --storybook in headless Chromium', () => {
  let server: TestServer;
  let legacy: TestServer;

  async function audit(args: string[]): Promise<{ code: number; results: LintResult[]; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await run(['audit', ...args, '--block-offsite', '--format', 'json'], { cwd: ROOT, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY: false });
    return { code, results: stdout ? (JSON.parse(stdout) as LintResult[]) : [], stderr };
  }

  beforeAll(async () => {
    server = await startServer({ '/index.json': { type: 'application/json', body: JSON.stringify(INDEX) }, '/iframe.html': { body: IFRAME } });
    legacy = await startServer({ '/stories.json': { type: 'application/json', body: JSON.stringify({ v: 3, stories: { 'consent-banner--reject-as-link': { id: 'consent-banner--reject-as-link', kind: 'Consent/Banner', name: 'Reject As Link' } } }) }, '/iframe.html': { body: IFRAME } });
  });

  afterAll(async () => {
    await server?.close();
    await legacy?.close();
  });

  it('audits every story, one result each, and compares the order of their prompts', async () => {
    const { code, results } = await audit(['--storybook', server.origin]);
    expect(code).toBe(1);
    const byStory = new Map(results.map((result) => [new URL(result.filePath).searchParams.get('id'), result.messages.map((m) => `${m.ruleId?.replace('honest-ui/', '')}/${m.messageId}`)]));
    expect([...byStory.keys()]).toEqual(['consent-banner--balanced', 'consent-banner--reject-as-link', 'consent-banner--decline-first', 'newsletter--default']);
    expect(byStory.get('consent-banner--balanced')).toEqual([]);
    expect(byStory.get('consent-banner--reject-as-link')).toEqual(['no-unbalanced-choices/weakerDecline']);
    expect(byStory.get('newsletter--default')).toEqual([]);
    // Two stories put accept first, one decline first (consistent-choice-order is in strict only: not reported here).
    expect(byStory.get('consent-banner--decline-first')).toEqual([]);
    expect(results[0]?.filePath).toBe(`${server.origin}/iframe.html?id=consent-banner--balanced&viewMode=story`);
    // With the strict preset, the one story that puts decline first is reported against the others.
    const dir = mkdtempSync(path.join(tmpdir(), 'honest-ui-storybook-'));
    writeFileSync(path.join(dir, 'honest-ui.config.json'), JSON.stringify({ extends: 'strict' }));
    const strict = await audit(['--storybook', server.origin, '--stories', 'consent-banner--*', '--config', path.join(dir, 'honest-ui.config.json')]);
    const flipped = strict.results.flatMap((result) => result.messages.filter((m) => m.ruleId === 'honest-ui/consistent-choice-order').map(() => new URL(result.filePath).searchParams.get('id')));
    expect(flipped).toEqual(['consent-banner--decline-first']);
  });

  it('--stories keeps the matching stories; stories.json serves a Storybook 6', async () => {
    const filtered = await audit(['--storybook', server.origin, '--stories', 'Consent/Banner/Reject*']);
    expect(filtered.results.map((result) => new URL(result.filePath).searchParams.get('id'))).toEqual(['consent-banner--reject-as-link']);
    const old = await audit(['--storybook', `${legacy.origin}/`]);
    expect(old.results.map((result) => result.messages.map((m) => m.messageId))).toEqual([['weakerDecline']]);
    const none = await audit(['--storybook', server.origin, '--stories', 'nothing-*']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--storybook: no story matches --stories nothing-*.');
  });
});
