#!/usr/bin/env node
import { run } from '../dist/src/cli/run.js';
process.exitCode = await run(process.argv.slice(2), { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true });
