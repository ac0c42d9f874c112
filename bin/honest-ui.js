#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { youngGenerationFlags } from './young-generation.js';

// The checker's live data stays near 100 MB on large projects, but V8 lets the heap grow to four times that between
// full collections when collecting is cheap. A lower growth factor keeps the peak near what is in use, for about
// 10% more CPU time (issue 14: under 300 MB on four whole apps). Set before anything is allocated; a heap size the
// user chose (NODE_OPTIONS or node flags) wins.
const heapFlags = /--(?:max-old-space-size|heap-growing-percent|max-heap-size)\b/;
if (!heapFlags.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`)) setFlagsFromString('--heap-growing-percent=35');

// Node 22.1+ keeps the compiled code of the modules it loads on disk (in the system's temporary folder), so a
// later run skips compiling them, as TypeScript's tsc does since 5.7. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

const args = process.argv.slice(2);
const respawn = youngGenerationFlags(args);
if (respawn.length > 0) {
  // A large run on Node 22+: again, with Node 20's young generation (see young-generation.js). The terminal, exit
  // code and signals pass through.
  const child = spawnSync(process.execPath, [...process.execArgv, ...respawn, fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exitCode = child.status ?? 2;
} else {
  const { run } = await import('../dist/src/cli/run.js');
  process.exitCode = await run(args, { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true });
}
