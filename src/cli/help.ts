import { FORMATTER_NAMES } from '../formatters/index.js';

/** The text `honest-ui --help` prints. */
export function helpText(): string {
  return `Usage: honest-ui [options] [paths...]

Check consent UIs (JSX/TSX and CSS) for dark patterns. Paths are files or directories
(default: the current directory); directories are searched for .tsx .jsx .ts .js .mjs
.cjs .mts .cts and .css files, skipping node_modules and whatever .gitignore ignores.

Options:
  -f, --format <name>  Output format: ${FORMATTER_NAMES.join(', ')} (default: stylish)
      --quiet          Report errors only; hide warnings and leave them out of the counts
  -h, --help           Show this help and exit
  -v, --version        Print the version and exit

Exit codes:
  0  No errors (warnings may have been reported)
  1  At least one error, including files that could not be parsed
  2  Usage or configuration error, or an internal error

Example:
  honest-ui src/components --format json > honest-ui.json
`;
}
