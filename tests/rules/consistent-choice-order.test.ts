/**
 * consistent-choice-order is checker-only (it compares the prompts of a whole project), so it is tested through
 * analyseProject on temporary projects rather than ESLint's RuleTester.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleConfig } from '../../src/engine/analyse.js';
import { analyseProject, type FileDetails } from '../../src/engine/project.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { resolveSettings } from '../../src/settings/settings.js';

const RULE = 'honest-ui/consistent-choice-order';
const settings = resolveSettings(undefined);
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'honest-ui-order-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A cookie prompt with the given buttons in source order, inside an actions bar with the given attributes. */
function prompt(name: string, buttons: string[], actions = 'className="actions"', text = 'We use cookies for analytics and advertising.'): string {
  return `export function ${name}() {
  return (
    <div role="dialog" className="cookie-banner">
      <p>${text}</p>
      <div ${actions}>
${buttons.map((b) => `        <button>${b}</button>`).join('\n')}
      </div>
    </div>
  );
}
`;
}

const ACCEPT_FIRST = ['Accept all', 'Reject all'];
const DECLINE_FIRST = ['Reject all', 'Accept all'];

interface Run {
  /** Messages of this rule by file (relative path). */
  messages: Record<string, LintMessage[]>;
  /** Review details of this rule by file. */
  reviews: Record<string, string[]>;
  results: LintResult[];
}

async function run(files: Record<string, string>, rules: RuleConfig = new Map([['consistent-choice-order', { severity: 1 as const, options: {} }]])): Promise<Run> {
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), text);
  }
  const reviews: Record<string, string[]> = {};
  const onDetails = (filePath: string, details: FileDetails): void => {
    const own = details.reviews.filter((r) => r.ruleId === 'consistent-choice-order').map((r) => r.detail);
    if (own.length > 0) reviews[path.relative(root, filePath)] = own;
  };
  const results = await analyseProject({ cwd: root, paths: [], settings, rules, onDetails });
  const messages: Record<string, LintMessage[]> = {};
  for (const result of results) {
    const own = result.messages.filter((m) => m.ruleId === RULE);
    if (own.length > 0) messages[path.relative(root, result.filePath)] = own;
  }
  return { messages, reviews, results };
}

describe('consistent-choice-order: valid', () => {
  it('near-miss: every prompt in the same order, across files', async () => {
    const { messages } = await run({ 'a.tsx': prompt('A', ACCEPT_FIRST), 'b.tsx': prompt('B', ['Accept all', 'Reject all', 'Customize']), 'c.tsx': prompt('C', ACCEPT_FIRST) });
    expect(messages).toEqual({});
  });

  it('near-miss: an unsubscribe confirmation\'s "Yes, unsubscribe" withdraws consent, so its "No" first is no flip', async () => {
    const { messages } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ACCEPT_FIRST),
      'unsubscribe.tsx': prompt('Unsubscribe', ['No, keep me subscribed', 'Yes, unsubscribe'], 'className="actions"', 'You will no longer receive our marketing emails.'),
    });
    expect(messages).toEqual({});
  });

  it('near-miss: a single prompt has nothing to disagree with', async () => {
    const { messages } = await run({ 'only.tsx': prompt('Only', DECLINE_FIRST) });
    expect(messages).toEqual({});
  });

  it('near-miss: a prompt with only an accept (and "Settings" first) has no order', async () => {
    const { messages } = await run({ 'a.tsx': prompt('A', ACCEPT_FIRST), 'b.tsx': prompt('B', ['Settings', 'Accept all']) });
    expect(messages).toEqual({});
  });

  it('near-miss: the reversal comes from a class computed at run time, so the prompt is a review, not a finding', async () => {
    const { messages, reviews } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ACCEPT_FIRST),
      'styles.css': '.actions { display: flex; }\n.swapped { flex-direction: row-reverse; }\n',
      'c.tsx': `import './styles.css';\n${prompt('C', DECLINE_FIRST, 'className={swap ? "swapped" : "actions"}')}`,
      'd.tsx': `import './styles.css';\n${prompt('D', DECLINE_FIRST, 'className={actionsClass}')}`,
    });
    expect(messages).toEqual({});
    expect(reviews['c.tsx']).toEqual([expect.stringContaining("'Accept all' and 'Reject all' depends on the layout of <div> (class 'swapped' applied conditionally)")]);
    expect(reviews['d.tsx']).toEqual([expect.stringMatching(/depends on the layout of <div> \(flex-direction from \S+styles\.css:2 \.swapped \(if a class computed at run time is swapped\)\)/)]);
  });

  it('near-miss: a reversal under a media query depends on the viewport, so the prompt is skipped', async () => {
    const { messages, reviews } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ACCEPT_FIRST),
      'styles.css': '.actions { display: flex; }\n@media (max-width: 600px) { .actions { flex-direction: column-reverse; } }\n',
      'c.tsx': `import './styles.css';\n${prompt('C', DECLINE_FIRST)}`,
    });
    expect(messages).toEqual({});
    expect(reviews['c.tsx']).toEqual([expect.stringContaining('flex-direction: column-reverse')]);
  });

  it('near-miss: a resolved row-reverse reads the flipped source the same way as the others', async () => {
    const { messages } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', DECLINE_FIRST, "style={{ display: 'flex', flexDirection: 'row-reverse' }}"),
    });
    expect(messages).toEqual({});
  });

  it('near-miss: a layout component told its direction by a prop is not guessed', async () => {
    const { messages, reviews } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ACCEPT_FIRST),
      'c.tsx': prompt('C', DECLINE_FIRST, 'as={Stack} direction={dir}').replace('<div as={Stack} direction={dir}>', '<Stack direction={dir}>').replace(/<\/div>\n {4}<\/div>/, '</Stack>\n    </div>'),
    });
    expect(messages).toEqual({});
    expect(reviews['c.tsx']).toEqual([expect.stringContaining('<Stack direction=…>')]);
  });

  it('near-miss: `order` on the items of a block container does not move them', async () => {
    const { messages } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ACCEPT_FIRST).replace('<button>Reject all</button>', "<button style={{ order: -1 }}>Reject all</button>"),
    });
    expect(messages).toEqual({});
  });

  it('near-miss: prompts in different languages agreeing are consistent', async () => {
    const { messages } = await run({ 'a.tsx': prompt('A', ACCEPT_FIRST), 'b.tsx': prompt('B', ['Alle akzeptieren', 'Alle ablehnen'], 'className="actions"', 'Wir verwenden Cookies für Analyse und Werbung.') });
    expect(messages).toEqual({});
  });

  it('is silent when the rule is not enabled', async () => {
    const { messages } = await run({ 'a.tsx': prompt('A', ACCEPT_FIRST), 'b.tsx': prompt('B', DECLINE_FIRST) }, new Map());
    expect(messages).toEqual({});
  });
});

describe('consistent-choice-order: invalid', () => {
  it('reports the minority prompt on its root, naming the majority order and an example of it', async () => {
    const { messages } = await run({ 'a.tsx': prompt('A', ACCEPT_FIRST), 'b.tsx': prompt('B', ACCEPT_FIRST), 'src/c.tsx': prompt('C', DECLINE_FIRST) });
    expect(Object.keys(messages)).toEqual([path.join('src', 'c.tsx')]);
    expect(messages[path.join('src', 'c.tsx')]).toEqual([
      expect.objectContaining({
        messageId: 'flippedOrder',
        severity: 1,
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 50,
        data: { order: 'decline first', first: 'Reject all', second: 'Accept all', majority: 'accept first', majorityCount: 2, total: 3, example: 'a.tsx:3:5' },
      }),
    ]);
    expect(messages[path.join('src', 'c.tsx')]?.[0]?.message).toBe(
      "This prompt puts decline first ('Reject all' before 'Accept all'), but 2 of the project's 3 prompts put accept first, as at a.tsx:3:5. Use one order in every prompt, so people who learned where decline is don't accept by habit (CPRA § 7004(a)(3)).",
    );
  });

  it('reports an accept-first prompt when most put decline first', async () => {
    const { messages } = await run({ 'a.tsx': prompt('A', ACCEPT_FIRST), 'b.tsx': prompt('B', DECLINE_FIRST), 'c.tsx': prompt('C', ['Decline', 'Accept']) });
    expect(messages['a.tsx']?.map((m) => [m.line, m.data])).toEqual([
      [3, { order: 'accept first', first: 'Accept all', second: 'Reject all', majority: 'decline first', majorityCount: 2, total: 3, example: 'b.tsx:3:5' }],
    ]);
    expect(Object.keys(messages)).toEqual(['a.tsx']);
  });

  it('on a tie, reports the later prompts in file order', async () => {
    const { messages } = await run({ 'b.tsx': prompt('B', DECLINE_FIRST), 'a.tsx': prompt('A', ACCEPT_FIRST) });
    expect(Object.keys(messages)).toEqual(['b.tsx']);
    expect(messages['b.tsx']?.[0]?.data).toMatchObject({ majority: 'accept first', majorityCount: 1, total: 2, example: 'a.tsx:3:5' });
  });

  it('compares two prompts of one file with the rest of the project', async () => {
    const twoPrompts = `${prompt('First', ACCEPT_FIRST)}\n${prompt('Second', DECLINE_FIRST)}`;
    const { messages } = await run({ 'a.tsx': twoPrompts, 'b.tsx': prompt('B', ACCEPT_FIRST) });
    expect(messages['a.tsx']?.map((m) => [m.line, m.column])).toEqual([[15, 5]]);
    expect(Object.keys(messages)).toEqual(['a.tsx']);
  });

  it('reads a resolved inline row-reverse: accept first in the source, decline first on screen', async () => {
    const { messages } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ACCEPT_FIRST),
      'c.tsx': prompt('C', ACCEPT_FIRST, "style={{ display: 'flex', flexDirection: 'row-reverse' }}"),
    });
    expect(messages['c.tsx']?.map((m) => m.data?.['order'])).toEqual(['decline first']);
  });

  it('reads `order` on a flex item', async () => {
    const { messages } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ACCEPT_FIRST),
      'c.tsx': prompt('C', ACCEPT_FIRST, "style={{ display: 'flex' }}").replace('<button>Reject all</button>', '<button style={{ order: -1 }}>Reject all</button>'),
    });
    expect(messages['c.tsx']?.map((m) => [m.data?.['first'], m.data?.['second']])).toEqual([['Reject all', 'Accept all']]);
  });

  it('reads a reversal from an imported stylesheet', async () => {
    const { messages } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ACCEPT_FIRST),
      'banner.css': '.actions--mobile { display: flex; flex-direction: column-reverse; }\n',
      'c.tsx': `import './banner.css';\n${prompt('C', ACCEPT_FIRST, 'className="actions--mobile"')}`,
    });
    expect(messages['c.tsx']?.map((m) => [m.line, m.data?.['order']])).toEqual([[4, 'decline first']]);
  });

  it('reads Tailwind order and direction utilities', async () => {
    const { messages } = await run({
      'package.json': JSON.stringify({ name: 'app', devDependencies: { tailwindcss: '^3.4.0' } }),
      'tailwind.config.js': 'export default { content: ["./**/*.tsx"] };\n',
      'a.tsx': prompt('A', ACCEPT_FIRST, 'className="flex gap-2"'),
      'b.tsx': prompt('B', DECLINE_FIRST, 'className="flex flex-row-reverse gap-2"'),
      'c.tsx': prompt('C', ACCEPT_FIRST, 'className="flex"').replace('<button>Reject all</button>', '<button className="order-first">Reject all</button>'),
    });
    expect(Object.keys(messages)).toEqual(['c.tsx']);
  });

  it('compares prompts across languages', async () => {
    const { messages } = await run({
      'a.tsx': prompt('A', ACCEPT_FIRST),
      'b.tsx': prompt('B', ['Accepter', 'Refuser'], 'className="actions"', 'Nous utilisons des cookies pour la publicité.'),
      'c.tsx': prompt('C', ['Alle ablehnen', 'Alle akzeptieren'], 'className="actions"', 'Wir verwenden Cookies für Analyse und Werbung.'),
    });
    expect(messages['c.tsx']?.map((m) => m.data)).toEqual([
      { order: 'decline first', first: 'Alle ablehnen', second: 'Alle akzeptieren', majority: 'accept first', majorityCount: 2, total: 3, example: 'a.tsx:3:5' },
    ]);
  });

  it('reports with the configured severity, counted in the file\'s result beside the other rules\' messages', async () => {
    const rules: RuleConfig = new Map([
      ['consistent-choice-order', { severity: 2 as const, options: {} }],
      ['require-decline-option', { severity: 2 as const, options: {} }],
    ]);
    const { messages, results } = await run({ 'a.tsx': prompt('A', DECLINE_FIRST), 'b.tsx': prompt('B', DECLINE_FIRST), 'c.tsx': `${prompt('C', ['Accept all', 'Settings'])}\n${prompt('D', ACCEPT_FIRST)}` }, rules);
    expect(messages['c.tsx']?.map((m) => m.severity)).toEqual([2]);
    const c = results.find((r) => r.filePath === path.join(root, 'c.tsx'));
    // Sorted by position with the per-file finding, and counted.
    expect(c?.messages.map((m) => [m.line, m.ruleId])).toEqual([[3, 'honest-ui/require-decline-option'], [15, RULE]]);
    expect(c?.errorCount).toBe(2);
  });
});
