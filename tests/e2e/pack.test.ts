/**
 * Install hygiene: what `npm pack` would publish. Only what users need (the bin, the built code, the rule docs, the
 * oxlint configs, README, LICENSE; not docs/real-code-review.md, the maintainers' log of public code read), no
 * source maps or tests, every entry point present, the published types complete, and the whole under 1 MB unpacked
 * (dependencies apart). The size is printed, to watch it move.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../dist/rules/index.js';
import { exec, repo } from './consumer.js';

interface PackReport {
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/**
 * The budget issue 15 sets, against accidental bloat (source maps, tests, sources): 0.999 MB on 2026-12-07, of which
 * 0.80 MB is the bundled, minified code with its lexicons inlined (scripts/bundle-dist.mjs) and the rest the rule
 * docs (0.14 MB), the type declarations and README (46 kB). The reference docs the README links to
 * (styles-and-components.md, values-and-copy.md, adopting.md, browser-audit.md, speed.md...) are read in the
 * repository and not shipped (package.json `files`).
 */
const MAX_UNPACKED_BYTES = 1_000_000;
const SHIPPED = /^(bin\/[^/]+\.js|dist\/.+\.(js|d\.ts)|docs\/.+\.md|oxlint\/[a-z]+\.json|README\.md|LICENSE|package\.json)$/;

const packageJson = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  dependencies: Record<string, string>;
};

let report: PackReport;
let files: Set<string>;

beforeAll(async () => {
  const packed = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], repo);
  expect(packed.code, packed.stderr).toBe(0);
  [report] = JSON.parse(packed.stdout) as [PackReport];
  files = new Set(report.files.map((f) => f.path));
  console.log(`npm pack: ${report.files.length} files, ${(report.size / 1000).toFixed(1)} kB packed, ${(report.unpackedSize / 1000).toFixed(1)} kB unpacked`);
});

const normalise = (target: string): string => path.posix.normalize(target);

describe('the packed tarball', () => {
  it(`stays under ${MAX_UNPACKED_BYTES / 1_000_000} MB unpacked`, () => {
    expect(report.unpackedSize).toBeGreaterThan(100_000);
    expect(report.unpackedSize).toBeLessThan(MAX_UNPACKED_BYTES);
  });

  it('holds only the bin, dist, docs, the oxlint configs, README, LICENSE and package.json', () => {
    expect([...files].filter((file) => !SHIPPED.test(file))).toEqual([]);
    for (const needed of ['README.md', 'LICENSE', 'package.json', 'docs/rules/no-fine-print.md', 'oxlint/recommended.json', 'oxlint/strict.json']) {
      expect(files, needed).toContain(needed);
    }
  });

  it('ships no source maps, tests, TypeScript sources or fixtures', () => {
    const unwanted = /\.map$|\.test\.|(^|\/)(tests?|__tests__|fixtures)\/|^(src|rules|bench|scripts)\//;
    expect([...files].filter((file) => unwanted.test(file))).toEqual([]);
    expect([...files].filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('is MIT licensed, with the licence text', () => {
    expect(readFileSync(path.join(repo, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it('contains every entry point package.json names', () => {
    const targets = [packageJson.main, packageJson.types, ...Object.values(packageJson.bin)];
    for (const entry of Object.values(packageJson.exports)) targets.push(...(typeof entry === 'string' ? [entry] : Object.values(entry)));
    for (const target of targets) expect(files, target).toContain(normalise(target));
  });

  it('contains every file its published type declarations import', () => {
    const pending = [normalise(packageJson.types)];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(files, `${file} (imported by the types)`).toContain(file);
      const text = readFileSync(path.join(repo, file), 'utf8');
      for (const match of text.matchAll(/(?:from\s+|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        pending.push(path.posix.join(path.posix.dirname(file), (match[1] as string).replace(/\.js$/, '.d.ts')));
      }
    }
    // The public types are ESLint's own: they import nothing a user without typescript-eslint lacks.
    const declarations = readFileSync(path.join(repo, packageJson.types), 'utf8');
    expect([...declarations.matchAll(/from\s+['"]([^.'"][^'"]*)['"]/g)].map((m) => m[1])).toEqual(['eslint']);
  });

  it('declares ESLint 9 and 10 as an optional peer, and depends on no package that requires ESLint', () => {
    // playwright-core drives the browser audit only: an optional peer (README, "Browser audit").
    expect(packageJson.peerDependencies).toEqual({ eslint: '^9.0.0 || ^10.0.0', 'playwright-core': '>=1.40.0' });
    expect(packageJson.peerDependenciesMeta['playwright-core']?.optional).toBe(true);
    expect(packageJson.peerDependenciesMeta.eslint?.optional).toBe(true);
    for (const dependency of Object.keys(packageJson.dependencies)) {
      const manifest = JSON.parse(readFileSync(path.join(repo, 'node_modules', dependency, 'package.json'), 'utf8')) as {
        peerDependencies?: Record<string, string>;
        peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      };
      const requiresEslint = manifest.peerDependencies?.eslint !== undefined && manifest.peerDependenciesMeta?.eslint?.optional !== true;
      expect(requiresEslint, `${dependency} has a required peer dependency on eslint`).toBe(false);
    }
  });
});

describe('the ready-made oxlint configs', () => {
  it.each(['recommended', 'strict'] as const)('oxlint/%s.json loads the built plugin and turns on the preset (`npm run docs:generate` writes it)', (preset) => {
    const config = JSON.parse(readFileSync(path.join(repo, 'oxlint', `${preset}.json`), 'utf8')) as { jsPlugins: string[]; rules: Record<string, unknown> };
    expect(config.jsPlugins).toEqual(['../dist/rules/index.js']);
    expect(files).toContain(normalise(path.posix.join('oxlint', config.jsPlugins[0] as string)));
    expect(config.rules).toEqual(plugin.configs[preset].rules);
  });
});
