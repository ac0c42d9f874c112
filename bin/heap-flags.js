/**
 * The V8 heap of a checker run, kept near what the checker uses (issue 14: under 300 MB on four whole apps). Shared by
 * the command line (bin/honest-ui.js) and the bench, which measures the checker with the same flags. The
 * measurements behind both flags are in docs/speed.md ("A heap near what is used").
 *
 * The old generation grows by the lowest factor V8 takes (1.1), not up to four times the live data between full
 * collections; V8 reads this flag as it goes, so the command line sets it when it starts.
 *
 * The young generation: from Node 22, V8 lets it grow to 64 MB semi-spaces (Node 20: 16 MB), which held over a
 * hundred MB of garbage on the whole trees, for no speed. V8 reads its size only at start-up, so a large run on
 * Node 22+ starts again with 4 MB: one more Node start-up on a run of seconds.
 *
 * A small run is left alone, by both flags: one or a few files named on the command line (an editor's save hook,
 * lint-staged, a pre-commit hook) is over before the heap's size matters, and a second start-up would be most of its
 * time. So is a run whose user sized the heap (node flags or NODE_OPTIONS), and `--version`, `--help` and `audit`.
 */
import { statSync } from 'node:fs';

/** The semi-space a large run gets on Node 22+, in MB (Node 20 keeps its default, 16). */
export const SEMI_SPACE_MB = 4;
export const HEAP_GROWING_FLAG = '--heap-growing-percent=10';

const USER_HEAP_FLAGS = /--(?:max-semi-space-size|min-semi-space-size|semi-space-growth-factor|max-old-space-size|max-heap-size|heap-growing-percent)\b/;

/** Whether the user sized the heap themselves (node flags or NODE_OPTIONS): then theirs wins, every flag here stays unset. */
export function userSizedHeap(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
  return USER_HEAP_FLAGS.test(`${execArgv.join(' ')} ${nodeOptions}`);
}
const NOT_A_CHECK = new Set(['--version', '-v', '--help', '-h', 'audit']);

/**
 * The V8 flags to start again with, or an empty list to run as started. `args` are the command line's arguments;
 * a run is large when it names a folder, or no file at all (the current folder).
 */
export function youngGenerationFlags(args, { nodeMajor = Number(process.versions.node.split('.')[0]), execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '', kindOf = pathKind } = {}) {
  if (nodeMajor < 22 || userSizedHeap(execArgv, nodeOptions)) return [];
  return isLargeRun(args, kindOf) ? [`--max-semi-space-size=${SEMI_SPACE_MB}`] : [];
}

/**
 * Whether the arguments ask for a check of a folder (or of the current one: no file named). Only such a run gets the
 * heap's flags: one or a few files named (a save hook, lint-staged) never grow a heap that needs them, and loading
 * node:v8 to set the growth factor was 2% of checking one small file.
 */
export function isLargeRun(args, kindOf = pathKind) {
  if (args.some((arg) => NOT_A_CHECK.has(arg))) return false;
  const kinds = args.filter((arg) => !arg.startsWith('-')).map(kindOf);
  return kinds.includes('directory') || !kinds.includes('file');
}

/** 'file', 'directory', or undefined for anything else (an option's value, a glob, a path that is not there). */
function pathKind(arg) {
  const stats = statSync(arg, { throwIfNoEntry: false });
  return stats?.isDirectory() ? 'directory' : stats?.isFile() ? 'file' : undefined;
}
