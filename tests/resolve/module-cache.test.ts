/**
 * The parsed-module cache: shared between files within a budget, and, within one file's analysis, every module the
 * analysis reads stays parsed however large (a page component of 12,000 lines that a file imports values from).
 */
import { describe, expect, it } from 'vitest';
import { ModuleCache } from '../../src/resolve/modules.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../../src/parse/script.js';

/** A parser that counts what it parses, by file. */
function countingParser(): { parse: ScriptParser; parses: Map<string, number> } {
  const parses = new Map<string, number>();
  return {
    parses,
    parse: (text, filePath) => {
      parses.set(filePath, (parses.get(filePath) ?? 0) + 1);
      return parseWithTypescriptEstree(text, filePath);
    },
  };
}

/** A generated copy module of `lines` lines, about 100 characters each. */
const copyModule = (lines: number): string => Array.from({ length: lines }, (_, i) => `export const STEP_${i}_DESCRIPTION = '${'Onboarding step description text. '.repeat(2)}${i}';`).join('\n');
/** About 1.2 million characters: more than the checker reads of a script at all (1 MiB), so more than any budget. */
const HUGE_COPY = copyModule(12_000);
/** About 900,000 characters: more than the modules files share (800,000), less than a script the checker reads. */
const LARGE_COPY = copyModule(9000);
const BUTTON = `export function Button({ children }: { children: React.ReactNode }) {\n  return <button className="btn">{children}</button>;\n}\n`;

describe('ModuleCache', () => {
  it('parses a module once while its text stays the same; one larger than any budget each time it is asked for', () => {
    const { parse, parses } = countingParser();
    const modules = new ModuleCache(parse);
    const button = modules.program('/app/src/ui/Button.tsx', BUTTON);
    expect(modules.program('/app/src/ui/Button.tsx', BUTTON)).toBe(button);
    // The same text read again into a string of its own (the file cache let it go): still the same module.
    expect(modules.program('/app/src/ui/Button.tsx', [...BUTTON].join(''))).toBe(button);
    // An edit (an editor's unsaved buffer) is a new version, and the version the cache holds from then on.
    const edited = modules.program('/app/src/ui/Button.tsx', `${BUTTON}\nexport const size = 'md';\n`);
    expect(edited).not.toBe(button);
    expect(edited?.body).toHaveLength(2);
    expect(parses.get('/app/src/ui/Button.tsx')).toBe(2);
    const reverted = modules.program('/app/src/ui/Button.tsx', BUTTON);
    expect(reverted?.body).toHaveLength(1);
    expect(parses.get('/app/src/ui/Button.tsx')).toBe(3);
    // The copy module is over the budget on its own: it is not kept (and pushes nothing out).
    expect(modules.program('/app/src/copy/onboarding.ts', HUGE_COPY)).toBeDefined();
    modules.program('/app/src/copy/onboarding.ts', HUGE_COPY);
    expect(parses.get('/app/src/copy/onboarding.ts')).toBe(2);
    expect(modules.program('/app/src/ui/Button.tsx', BUTTON)).toBe(reverted);
  });

  it('keeps a module too large to share the budget apart, one at a time, without pushing the shared ones out', () => {
    expect(HUGE_COPY.length).toBeGreaterThan(1024 * 1024);
    expect(LARGE_COPY.length).toBeGreaterThan(800_000);
    const { parse, parses } = countingParser();
    const modules = new ModuleCache(parse);
    const button = modules.program('/app/src/ui/Button.tsx', BUTTON);
    // saleor-dashboard's generated hooks module, which each screen's `useXQuery` import leads to: parsed once.
    const hooks = modules.program('/app/src/graphql/hooks.generated.ts', LARGE_COPY);
    for (let file = 0; file < 5; file++) expect(modules.program('/app/src/graphql/hooks.generated.ts', LARGE_COPY)).toBe(hooks);
    expect(parses.get('/app/src/graphql/hooks.generated.ts')).toBe(1);
    expect(modules.program('/app/src/ui/Button.tsx', BUTTON)).toBe(button);
    // A second module of that size takes its place: there is room for one.
    modules.program('/app/src/graphql/typePolicies.generated.ts', LARGE_COPY.replace('STEP_0', 'POLICY_0'));
    expect(modules.program('/app/src/graphql/hooks.generated.ts', LARGE_COPY)).not.toBe(hooks);
    expect(parses.get('/app/src/graphql/hooks.generated.ts')).toBe(2);
    expect(parses.get('/app/src/ui/Button.tsx')).toBe(1);
  });

  it('keeps every module one analysis reads parsed until it ends, nested analyses included', () => {
    const { parse, parses } = countingParser();
    const modules = new ModuleCache(parse);
    const first = modules.pinned(() => {
      const copy = modules.program('/app/src/copy/onboarding.ts', HUGE_COPY);
      for (let lookup = 0; lookup < 5; lookup++) {
        // A component rendered between two value lookups: the copy module, never stored, stays parsed all the same.
        modules.program('/app/src/ui/Button.tsx', BUTTON);
        expect(modules.program('/app/src/copy/onboarding.ts', HUGE_COPY)).toBe(copy);
      }
      modules.pinned(() => expect(modules.program('/app/src/copy/onboarding.ts', HUGE_COPY)).toBe(copy));
      return copy;
    });
    expect(parses.get('/app/src/copy/onboarding.ts')).toBe(1);
    expect(parses.get('/app/src/ui/Button.tsx')).toBe(1);
    // Once the analysis is over, the budget rules again: the next file's analysis parses the module anew.
    expect(modules.pinned(() => modules.program('/app/src/copy/onboarding.ts', HUGE_COPY))).not.toBe(first);
    expect(parses.get('/app/src/copy/onboarding.ts')).toBe(2);
  });

  it('ends the analysis when it throws, so the next one does not keep its modules', () => {
    const { parse, parses } = countingParser();
    const modules = new ModuleCache(parse);
    expect(() =>
      modules.pinned(() => {
        modules.program('/app/src/copy/onboarding.ts', HUGE_COPY);
        throw new Error('a check failed');
      }),
    ).toThrow('a check failed');
    modules.program('/app/src/copy/onboarding.ts', HUGE_COPY);
    expect(parses.get('/app/src/copy/onboarding.ts')).toBe(2);
  });
});
