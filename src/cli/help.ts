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
      --baseline-write <file>
                       Record every current finding in this baseline file (JSON)
      --baseline <file>
                       Report only findings not in this baseline; lines may shift, entries
                       that no longer occur are listed on stderr as fixed
      --max-file-size <bytes>
                       Skip larger files with a warning (default: 1048576 for scripts,
                       5242880 for stylesheets; bigger files are bundles or generated)
      --parser <name>  oxc (default; falls back to typescript-estree where oxc's native
                       binding is unavailable) or typescript-estree (as the ESLint rules parse)
      --jobs <n>       Analyse on n threads, at most the machine's cores (default: the cores
                       on machines with 4 or more, for runs of 400 files or more; 1: one thread)
      --cache          Reuse results of files unchanged since the last run (with what they
                       import, the config and the honest-ui version)
      --cache-location <dir>
                       Where --cache keeps its file (default: node_modules/.cache/honest-ui,
                       or .honest-ui-cache where there is no node_modules)
  -h, --help           Show this help and exit
  -v, --version        Print the version and exit

Suppressing one finding, on the line before it (a reason is required):
  // honest-ui-disable-next-line no-fine-print -- legal approved copy
  {/* honest-ui-disable-next-line honest-ui/no-fine-print -- legal approved copy */}
Suppressed and baselined findings count towards nothing; json lists them in
suppressedMessages and sarif as suppressed results (with the reason), as ESLint does.

Exit codes:
  0  No errors (warnings may have been reported)
  1  At least one error, including files that could not be parsed
  2  Usage or configuration error, or an internal error

Examples:
  honest-ui src/components --format json > honest-ui.json
  honest-ui src --format html -o honest-ui-report.html
                       One self-contained page: findings by rule and by standard, each consent
                       prompt's choices drawn as resolved, with links to source lines and rule docs
`;
}
