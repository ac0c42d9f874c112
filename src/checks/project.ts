/**
 * Checker-only rules see the whole project. Their per-file check returns a summary (plain data: it is kept for
 * the whole run, after the file's model and AST are gone, and may cross a worker boundary); after every file, the
 * rule's project pass turns the summaries into findings on files.
 */

export interface ProjectFile<Summary> {
  /** Absolute, as in the results. */
  filePath: string;
  /** Relative to the run's directory with forward slashes, for messages that point at another file. */
  displayPath: string;
  summary: Summary;
}

export interface ProjectFinding {
  filePath: string;
  messageId: string;
  data: Record<string, string | number>;
  /** 1-based lines and columns, as in ESLint's messages. */
  loc: { line: number; column: number; endLine: number; endColumn: number };
}

export type ProjectPass<Summary, Options extends object> = (files: ReadonlyArray<ProjectFile<Summary>>, options: Options) => ProjectFinding[];
