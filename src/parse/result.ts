/** Parsing never throws: it returns a value or a failure that says where and why. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseFailure };

export interface ParseFailure {
  message: string;
  /** 1-based line, as ESLint reports parse errors. */
  line: number;
  /** 1-based column, as ESLint reports parse errors. */
  column: number;
}

/** Turn anything thrown by a parser into a failure with a position, if the parser gave one. */
export function toParseFailure(error: unknown): ParseFailure {
  if (error !== null && typeof error === 'object') {
    const e = error as { message?: unknown; lineNumber?: unknown; column?: unknown; line?: unknown; reason?: unknown };
    const message = typeof e.reason === 'string' ? e.reason : typeof e.message === 'string' ? e.message : String(error);
    const line = typeof e.lineNumber === 'number' ? e.lineNumber : typeof e.line === 'number' ? e.line : 1;
    const column = typeof e.column === 'number' ? e.column : 1;
    return { message, line, column };
  }
  return { message: String(error), line: 1, column: 1 };
}
