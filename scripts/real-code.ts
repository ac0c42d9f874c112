/** `npm run real-code`: see scripts/real-code/cli.ts and the README's "Accuracy" section. */
import { main } from './real-code/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  // npm runs scripts in the package root; the folder on the command line means where npm was called.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
