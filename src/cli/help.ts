import { FORMATTER_NAMES } from '../formatters/index.js';

/** The text `honest-ui --help` prints. */
export function helpText(): string {
  return `Usage: honest-ui [options] [paths...]

Check consent UIs (JSX/TSX and CSS) for dark patterns. Paths are files or directories
(default: the current directory); directories are searched for .tsx .jsx .ts .js .mjs
.cjs .mts .cts and .css files, skipping node_modules and whatever .gitignore ignores.

Options:
  -f, --format <name>  Output format: ${FORMATTER_NAMES.join(', ')} (default: stylish)
  -o, --output-file <path>
                       Write the report to this file instead of stdout
  -c, --config <file>  Use this config file (JSON; default: the nearest honest-ui.config.json
                       or package.json "honest-ui" key, searching up from the current directory)
      --max-warnings <n>
                       Exit 1 when there are more than n warnings
      --verbose        Also list, on stderr, what needs review and imports not followed
      --explain <rule> Print the rule's documentation and exit
      --quiet          Report errors only; hide warnings and leave them out of the counts
      --max-file-size <bytes>
                       Skip larger files with a warning (default: 1048576 for scripts,
                       5242880 for stylesheets; bigger files are bundles or generated)
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
