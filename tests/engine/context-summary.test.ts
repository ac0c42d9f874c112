import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recommendedRules } from '../../src/catalog/index.js';
import type { ContextSummary } from '../../src/engine/context-summary.js';
import { analyseProject, type FileDetails } from '../../src/engine/project.js';
import { resolveSettings } from '../../src/settings/settings.js';

const settings = resolveSettings(undefined);
const FIXTURES = path.resolve('fixtures');

async function details(cwd: string, paths: string[], summariseContexts: boolean): Promise<Map<string, FileDetails>> {
  const found = new Map<string, FileDetails>();
  await analyseProject({ cwd, paths, settings, rules: recommendedRules(), summariseContexts, onDetails: (file, detail) => found.set(file, detail) });
  return found;
}

async function contextsOf(file: string): Promise<ContextSummary[]> {
  return (await details(FIXTURES, [file], true)).get(path.join(FIXTURES, file))?.contexts ?? [];
}

describe('context summaries for the HTML report', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'honest-ui-contexts-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("draws each choice as the checker resolved it from the fixture's stylesheet", async () => {
    const [context, ...others] = await contextsOf('no-unbalanced-choices/bad/RejectAsLink.tsx');
    expect(others).toEqual([]);
    expect(context).toMatchObject({ element: 'div role="region"', line: 8, column: 5, endLine: 16 });
    expect(context?.topics).toContain('cookies');
    const [accept, decline] = context?.choices ?? [];
    expect(accept).toMatchObject({ kind: 'accept', label: 'Accept all', labelComplete: true, element: 'button', line: 10, column: 7 });
    expect(accept?.style).toMatchObject({
      presentation: { known: true, value: 'filled' },
      presentationName: 'filled button',
      fontSize: { known: true, value: 16 },
      fontWeight: { known: true, value: 600 },
      color: { known: true, value: '#ffffff' },
      fill: { known: true, value: '#2454e6' },
      padding: { known: true, value: [12, 24, 12, 24] },
    });
    expect(decline).toMatchObject({ kind: 'decline', label: 'Reject all', element: 'a', line: 13 });
    expect(decline?.style).toMatchObject({
      presentation: { known: true, value: 'text' },
      presentationName: 'link',
      fontSize: { known: true, value: 16 },
      fontWeight: { known: true, value: 400 },
      color: { known: true, value: '#2454e6' },
      fill: { known: true, value: null },
      // A browser underlines a link the author did not restyle.
      textDecoration: { known: true, value: 'underline' },
    });
    expect(accept?.style.contrast).toMatchObject({ known: true });
  });

  it('lists consent controls with their default and the style of their label', async () => {
    const [context] = await contextsOf('terms-update/TermsUpdateDialog.tsx');
    expect(context?.choices.map((choice) => choice.label)).toEqual(['Accept']);
    expect(context?.controls).toHaveLength(1);
    expect(context?.controls[0]).toMatchObject({ semantic: 'switch', checked: { known: true, value: 'on' }, line: 21 });
    expect(context?.controls[0]?.purposes).toContain('ai-training');
    expect(context?.controls[0]?.labelStyle.fontSize).toEqual({ known: true, value: 12 });
  });

  it('keeps what it could not resolve as unknown, with the reason, and invents nothing', async () => {
    await writeFile(
      path.join(root, 'Banner.tsx'),
      [
        'export function Banner({ size }: { size: number }) {',
        '  return (',
        '    <div role="dialog">',
        '      <p>We use cookies for advertising.</p>',
        "      <button style={{ fontSize: size, backgroundColor: 'var(--brand)' }}>Accept all</button>",
        '      <button>Reject all</button>',
        '    </div>',
        '  );',
        '}',
        '',
      ].join('\n'),
    );
    const [context] = (await details(root, ['.'], true)).get(path.join(root, 'Banner.tsx'))?.contexts ?? [];
    const accept = context?.choices.find((choice) => choice.kind === 'accept');
    expect(accept?.style.fontSize.known).toBe(false);
    expect(accept?.style.fontSize).toMatchObject({ reason: expect.stringMatching(/^dynamic-expression/) });
    expect(accept?.style.fill).toMatchObject({ known: false, reason: expect.stringMatching(/^css-variable/) });
  });

  it('is plain data that survives JSON, and is only collected when asked for', async () => {
    const file = path.join(FIXTURES, 'no-unbalanced-choices/bad/SmallerDecline.tsx');
    const asked = (await details(FIXTURES, [file], true)).get(file);
    expect(asked?.contexts).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(asked?.contexts))).toEqual(asked?.contexts);
    expect((await details(FIXTURES, [file], false)).get(file)?.contexts).toBeUndefined();
  });
});
