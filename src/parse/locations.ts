/**
 * Line and column locations, worked out when they are read rather than when a file is parsed.
 *
 * typescript-estree gives every node a `loc` of three objects (`{ start: { line, column }, end: { ... } }`); oxc
 * gives offsets only. Building those three objects for every node of every file oxc parses was 45% of the memory a
 * parsed tree holds and a quarter of the time it took to parse and normalise it (measured on 300 real components:
 * 65 MB against 36 MB), while the analysis reads the location of a few nodes per file: the elements, attributes and
 * texts of the UI model, a styled component's line. So oxc's nodes share one LineTable per file as their `loc`, and
 * every reader asks `locOf(node)`, which works the position out from the node's own range and its own file's
 * lines (a node read from an imported module keeps that module's table). Nodes that carry a real location
 * (typescript-estree's, ESLint's, comments) give theirs.
 */
import type { TSESTree } from '@typescript-eslint/types';

type Position = TSESTree.Position;
type SourceLocation = TSESTree.SourceLocation;

/**
 * One file's line starts, standing in for the `loc` of every node oxc parsed from it. It has no `start` or `end` of
 * its own: code that reads `node.loc.start` instead of `locOf(node)` fails at once, in every test, rather than
 * reporting a wrong line.
 */
export class LineTable {
  /** The file's text until a position is first asked for: most files parsed have no location read at all. */
  #text: string | undefined;
  #starts: readonly number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** The position of a UTF-16 offset: 1-based line, 0-based column, as ESTree has them. */
  position(offset: number): Position {
    if (this.#starts === undefined) {
      this.#starts = lineStarts(this.#text ?? '');
      this.#text = undefined;
    }
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) };
  }

  get start(): never {
    throw new Error('honest-ui: read a node position with locOf(node), not node.loc.start (oxc nodes share a LineTable)');
  }

  get end(): never {
    throw new Error('honest-ui: read a node position with locOf(node), not node.loc.end (oxc nodes share a LineTable)');
  }
}

/** Offsets at which each line starts. Line terminators as ESLint counts them: \n, \r\n, \r, U+2028, U+2029. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (code === 0x0a || code === 0x2028 || code === 0x2029) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Anything with a range and a location: an AST node, or a synthetic one that copied another's. */
interface Located {
  range: TSESTree.Range;
  loc: TSESTree.SourceLocation | LineTable | undefined;
}

/**
 * A node's location, as a new object the caller may keep or change: from its file's line table (oxc), or copied
 * from the location it carries (typescript-estree, ESLint).
 */
export function locOf(node: Located): SourceLocation {
  const loc = node.loc;
  if (loc instanceof LineTable) return { start: loc.position(node.range[0]), end: loc.position(node.range[1]) };
  if (loc === undefined) throw new Error(`honest-ui: a ${String((node as { type?: unknown }).type)} node without a location`);
  return { start: { line: loc.start.line, column: loc.start.column }, end: { line: loc.end.line, column: loc.end.column } };
}
