/** `npm run accuracy`: see scripts/accuracy/cli.ts and tests/accuracy/README.md. */
import { main } from './accuracy/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  // npm runs scripts in the package root; relative paths on the command line mean where npm was called.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
