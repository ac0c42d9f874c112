/**
 * The V8 heap of a checker run, kept near what the checker uses (issue 14: under 300 MB on four whole apps). Shared by
 * the command line (bin/honest-ui.js) and the bench, which measures the checker with the same flags.
 *
 * The old generation: the checker's live data stays near 100 MB on large projects, but V8 lets the heap grow to four
 * times that between full collections when collecting is cheap. The lowest growth factor V8 takes (1.1) keeps the
 * peak near what is in use: on the four apps' whole trees, 249-252 MB against 262-271 MB at 1.35 on Node 20 and
 * 293-296 MB against 310-315 MB on Node 24, for a few more full collections (32 against 25), which run beside the
 * analysis on a second core: 3-7% more CPU time there, no difference on the 1,008-file sample. V8 reads this flag as
 * it goes, so the command line sets it when it starts.
 *
 * The young generation a checker run gets. Node 20's V8 lets a thread's young generation grow to 16 MB semi-spaces;
 * from Node 22 it grows to 64 MB. Between scavenges it then holds over a hundred MB of garbage the checker does not
 * need: a run over the four public apps' whole trees (issue 14) peaked at 434 MB on Node 24 against 282 MB on
 * Node 20, for no speed. Node 24 keeps some 35 MB more outside its heap than Node 20, so even at Node 20's 16 MB the
 * whole trees peaked at 303-324 MB once the monorepos' own packages were followed; at 4 MB, 281-283 MB over three
 * alternated runs (8 MB: 288-309 MB), for 15% more time there and 6% on the 1,008-file sample (1.21 s against
 * 1.14 s, five runs each). V8 reads the size when the process starts (setting the flag later changes nothing), so a
 * large run on Node 22+ starts again with the flag: one more Node start-up (under 0.1 s) on a run of seconds.
 *
 * A small run is left alone: one or a few files named on the command line (an editor's save hook, lint-staged, a
 * pre-commit hook) is over before the young generation matters, and a second start-up would be most of its time.
 * So is a run whose user sized the heap (node flags or NODE_OPTIONS), and `--version`, `--help` and `audit`.
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
  if (args.some((arg) => NOT_A_CHECK.has(arg))) return [];
  const kinds = args.filter((arg) => !arg.startsWith('-')).map(kindOf);
  const large = kinds.includes('directory') || !kinds.includes('file');
  return large ? [`--max-semi-space-size=${SEMI_SPACE_MB}`] : [];
}

/** 'file', 'directory', or undefined for anything else (an option's value, a glob, a path that is not there). */
function pathKind(arg) {
  const stats = statSync(arg, { throwIfNoEntry: false });
  return stats?.isDirectory() ? 'directory' : stats?.isFile() ? 'file' : undefined;
}
