/** The caches that hold texts and ASTs for a run are bounded by what they hold, not by how many entries. */
import { describe, expect, it } from 'vitest';
import { SizedCache } from '../../src/resolve/sized-cache.js';

const textCache = (budget: number) => new SizedCache<string, string | undefined>(budget, (text) => 4 + (text?.length ?? 0));

describe('SizedCache', () => {
  it('drops the least recently used entries once their sizes pass the budget', () => {
    const cache = textCache(40);
    cache.set('src/ui/button.tsx', 'x'.repeat(16));
    cache.set('src/ui/switch.tsx', 'y'.repeat(16));
    expect(cache.size).toBe(40);
    // Reading the button makes the switch the oldest: the dialog's text pushes it out.
    expect(cache.get('src/ui/button.tsx')).toHaveLength(16);
    cache.set('src/ui/dialog.tsx', 'z'.repeat(10));
    expect(cache.has('src/ui/switch.tsx')).toBe(false);
    expect(cache.has('src/ui/button.tsx')).toBe(true);
    expect(cache.size).toBe(34);
  });

  it('stays within its budget when every entry has been read since it was stored', () => {
    const cache = textCache(60);
    const names = ['en.json', 'de.json', 'fr.json'].map((name) => `src/locales/${name}`);
    for (const name of names) cache.set(name, 'm'.repeat(16));
    for (const name of names) expect(cache.get(name)).toHaveLength(16);
    // Each read entry gets one more turn, unmarked; then the oldest goes, as before any reads.
    cache.set('src/locales/es.json', 'n'.repeat(36));
    expect(cache.size).toBe(60);
    expect(cache.has('src/locales/en.json')).toBe(false);
    expect(cache.has('src/locales/de.json')).toBe(false);
    expect(cache.has('src/locales/fr.json')).toBe(true);
    // fr.json was moved unmarked: the next entry that needs room takes it before es.json, which nobody read.
    cache.get('src/locales/es.json');
    cache.set('src/locales/it.json', 'o'.repeat(16));
    expect(cache.has('src/locales/fr.json')).toBe(false);
    expect(cache.has('src/locales/es.json')).toBe(true);
  });

  it('remembers a miss (undefined) as a small entry, told apart from an unknown key by has()', () => {
    const cache = textCache(100);
    cache.set('src/ui/button.ts', undefined);
    expect(cache.has('src/ui/button.ts')).toBe(true);
    expect(cache.get('src/ui/button.ts')).toBeUndefined();
    expect(cache.has('src/ui/button.jsx')).toBe(false);
    expect(cache.size).toBe(4);
  });

  it('keeps no value larger than the whole budget, and replaces a key without counting it twice', () => {
    const cache = textCache(20);
    cache.set('generated/bundle.js', 'b'.repeat(500));
    expect(cache.has('generated/bundle.js')).toBe(false);
    cache.set('a.ts', 'one');
    cache.set('a.ts', 'three');
    expect(cache.size).toBe(9);
  });
});
