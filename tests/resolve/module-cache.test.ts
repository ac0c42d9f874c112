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

/** A generated copy module of about 900,000 characters: more than the cache keeps for all files together. */
const HUGE_COPY = Array.from({ length: 9000 }, (_, i) => `export const STEP_${i}_DESCRIPTION = '${'Onboarding step description text. '.repeat(2)}${i}';`).join('\n');
const BUTTON = `export function Button({ children }: { children: React.ReactNode }) {\n  return <button className="btn">{children}</button>;\n}\n`;

describe('ModuleCache', () => {
  it('parses a module once per content while it fits; one larger than the whole budget each time it is asked for', () => {
    const { parse, parses } = countingParser();
    const modules = new ModuleCache(parse);
    const button = modules.program('/app/src/ui/Button.tsx', BUTTON);
    expect(modules.program('/app/src/ui/Button.tsx', BUTTON)).toBe(button);
    expect(modules.program('/app/src/ui/Button.tsx', `${BUTTON}\nexport const size = 'md';\n`)).not.toBe(button);
    expect(parses.get('/app/src/ui/Button.tsx')).toBe(2);
    // The copy module is over the budget on its own: it is not kept (and pushes nothing out).
    expect(modules.program('/app/src/copy/onboarding.ts', HUGE_COPY)).toBeDefined();
    modules.program('/app/src/copy/onboarding.ts', HUGE_COPY);
    expect(parses.get('/app/src/copy/onboarding.ts')).toBe(2);
    expect(modules.program('/app/src/ui/Button.tsx', BUTTON)).toBe(button);
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
