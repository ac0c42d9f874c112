/**
 * `engines` says which Node versions honest-ui runs on, and must stay honest: no wider than what its runtime
 * dependencies support (oxc-parser is the narrowest), and covering the lines it is tested on, 20.19+, 22 and 24.
 * CI runs the suite on the machine's Node and the CLI and end-to-end tests again under Node 24 (`.ci/run`, which sets
 * HONEST_UI_NODE_MAJOR): there this test checks that the tests, and the processes they start, really run on it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { engines?: { node?: string }; dependencies?: Record<string, string> };
const pkg = readJson(path.join(repo, 'package.json'));
const engines = pkg.engines?.node ?? '';

describe('engines.node', () => {
  it('covers Node 20.19+, 22 and 24', () => {
    for (const version of ['20.19.0', '22.12.0', '22.22.0', '24.0.0', '24.15.0']) expect(semver.satisfies(version, engines), version).toBe(true);
  });

  it('claims no version a runtime dependency does not support', () => {
    const declared = Object.keys(pkg.dependencies ?? {}).flatMap((name) => {
      const range = readJson(path.join(repo, 'node_modules', name, 'package.json')).engines?.node;
      return range ? [{ name, range }] : [];
    });
    expect(declared.map((d) => d.name)).toContain('oxc-parser');
    for (const { name, range } of declared) expect(semver.subset(engines, range), `${engines} is not within ${name}'s ${range}`).toBe(true);
    // Not a wider range than needed either: below 20.19 and between 21 and 22.12 oxc-parser makes no promise.
    for (const version of ['20.18.0', '21.7.0', '22.11.0']) expect(semver.satisfies(version, engines), version).toBe(false);
  });

  it('is satisfied by the Node running the tests, and by the `node` the tests start', () => {
    expect(semver.satisfies(process.versions.node, engines), process.versions.node).toBe(true);
    const spawned = execFileSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    expect(semver.satisfies(spawned, engines), spawned).toBe(true);
    const wanted = process.env.HONEST_UI_NODE_MAJOR;
    if (wanted) {
      expect(process.versions.node.split('.')[0]).toBe(wanted);
      expect(spawned.split('.')[0]).toBe(wanted);
    }
  });
});

const GIB = 1024 ** 3;

describe("oxc-parser's raw transfer", () => {
  // Before the checker's parser below: both share oxc's buffers, and raw transfer keeps its 6 GiB buffer for reuse.
  it("the ESLint rules' parser reads oxc's AST as JSON: raw transfer's buffer is never allocated in ESLint's heap", async () => {
    const { lazyOxc } = await import('../../src/parse/oxc.js');
    const before = process.memoryUsage().arrayBuffers;
    const parsed = lazyOxc("import { Switch } from './ui';\nexport const Consent = () => <Switch defaultChecked>Share my chats for training</Switch>;\n", 'Consent.tsx');
    expect(parsed.ok).toBe(true);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(GIB);
  });

  it('reads the AST by raw transfer on Node 22 and later (64-bit Linux, macOS, Windows), by JSON on Node 20', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const { oxcUsesRawTransfer } = await import('../../src/parse/oxc.js');
    const major = Number(process.versions.node.split('.')[0]);
    const rawCapable = ['x64', 'arm64'].includes(process.arch) && major >= 22;
    expect(await oxcUsesRawTransfer()).toBe(rawCapable);
    // Loading it parsed a probe: where it reads by raw transfer, that allocated the buffer, so the test above can tell.
    expect(process.memoryUsage().arrayBuffers - before >= GIB).toBe(rawCapable);
  });
});
