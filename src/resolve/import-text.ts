/**
 * A module's static imports read from its text, without parsing it: for the pre-filter's borrowed copy
 * (src/engine/borrowed-copy.ts) and the search for where a component is rendered (renderers.ts), which look at
 * many files to parse few.
 */

/**
 * Static imports by source, with the names each takes (`{ A, B as C }`: A and B; a default import: `default`);
 * `type` imports take none, since a type holds no copy. A namespace import (`* as copy`) takes every export: its
 * source is in `whole` (src/engine/borrowed-copy.ts adds the sources imported in ways this does not read).
 */
const NAMED_IMPORT = /\bimport\s+(type\s+)?(?:([\w$]+)\s*(?:,\s*)?)?(?:\{([^}]*)\}|(\*\s*as\s+[\w$]+))?\s*from\s*['"]([^'"\n]+)['"]/g;

export function importedNames(text: string): { named: Map<string, Set<string>>; whole: Set<string>; locals: Map<string, Map<string, string>> } {
  const named = new Map<string, Set<string>>();
  const whole = new Set<string>();
  // By source, each imported name's local name (`{ Dialog as ConsentDialog }`; a default import's own name).
  const locals = new Map<string, Map<string, string>>();
  for (const match of text.matchAll(NAMED_IMPORT)) {
    const [, typeOnly, defaultName, braces, namespace, source] = match;
    if (source === undefined) continue;
    if (namespace !== undefined && !typeOnly) whole.add(source);
    if (defaultName === undefined && braces === undefined) continue;
    let names = named.get(source);
    if (!names) named.set(source, (names = new Set()));
    if (typeOnly) continue;
    let byName = locals.get(source);
    if (!byName) locals.set(source, (byName = new Map()));
    // `import type from './type'` is a default import named `type`, which the first group took as the keyword.
    if (defaultName !== undefined && defaultName !== 'type') {
      names.add('default');
      byName.set('default', defaultName);
    }
    for (const specifier of (braces ?? '').split(',')) {
      const [imported, local = imported] = specifier.trim().split(/\s+as\s+/);
      if (imported && !imported.startsWith('type ')) {
        names.add(imported.trim());
        byName.set(imported.trim(), (local ?? imported).trim());
      }
    }
  }
  return { named, whole, locals };
}
