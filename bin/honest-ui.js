#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { HEAP_GROWING_FLAG, isLargeRun, userSizedHeap, youngGenerationFlags } from './heap-flags.js';

const args = process.argv.slice(2);

if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Answered from package.json, before any of the checker loads (15 ms of 0.15 s on Node 20; docs/speed.md).
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  await check();
}

async function check() {
  // A heap near what the checker uses on a folder (see heap-flags.js), unless the user sized it (NODE_OPTIONS or
  // node flags). A run of named files is left alone, without loading node:v8.
  if (!userSizedHeap() && isLargeRun(args)) (await import('node:v8')).setFlagsFromString(HEAP_GROWING_FLAG);

  // Node 22.1+ keeps the compiled code of the modules it loads on disk (in the system's temporary folder), so a
  // later run skips compiling them, as TypeScript's tsc does since 5.7. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  module.enableCompileCache?.();

  const respawn = youngGenerationFlags(args);
  if (respawn.length > 0) {
    // A large run on Node 22+: again, with Node 20's young generation (see heap-flags.js) and the growth factor on
    // its command line (there the flags count as the heap's size given, so it sets none itself). The terminal, exit
    // code and signals pass through.
    const flags = [...process.execArgv, HEAP_GROWING_FLAG, ...respawn];
    // child_process only here: loading it costs a run of one small file some 6 ms (issue 14, start-up).
    const { spawnSync } = await import('node:child_process');
    const child = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
    if (child.signal) process.kill(process.pid, child.signal);
    process.exitCode = child.status ?? 2;
  } else {
    const { run } = await import('../dist/src/cli/run.js');
    process.exitCode = await run(args, { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true });
  }
}
