import { FORMATTER_NAMES } from '../formatters/names.js';

/** The text `honest-ui --help` prints. */
export function helpText(): string {
  return `Usage: honest-ui [options] [paths...]
       honest-ui audit [options] <url|file.html>...   (see honest-ui audit --help)

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
                       5242880 for stylesheets; bigger files are bundles or generated; with the
                       default, a minified script is skipped too)
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
  honest-ui audit http://localhost:3000 --block-offsite --format html -o audit.html
  honest-ui src --format html -o honest-ui-report.html
                       One self-contained page: findings by rule and by standard, each consent
                       prompt's choices drawn as resolved, with links to source lines and rule docs
`;
}

/** The text `honest-ui audit --help` prints. */
export function auditHelpText(): string {
  return `Usage: honest-ui audit [options] <url|file.html>...
       honest-ui audit [options] --storybook <url> [--stories <glob>]

Open each page in headless Chromium, wait for it to settle, and run the same rules on what is on
screen on first load, before any interaction: text, choices and controls as rendered, with the
browser's computed styles, plus no-tracking-before-consent (requests, cookies and storage written
before any choice while a consent prompt is on screen). The browser is found, never downloaded:
--browser, then HONEST_UI_CHROMIUM, then /usr/bin/chromium, chromium-browser, google-chrome and
the macOS Chrome and Chromium apps. Needs playwright-core (npm i -D playwright-core).

Options:
  -f, --format <name>  Output format: ${FORMATTER_NAMES.join(', ')} (default: stylish); html adds
                       a screenshot of each consent prompt with its choices outlined
  -o, --output-file <path>
                       Write the report to this file instead of stdout
  -c, --config <file>  Rules and settings, as for the checker
      --storybook <url>
                       Audit every story of the Storybook at this URL (index.json, or stories.json)
      --stories <glob> Only the stories whose id or Title/Name matches (* within a segment, ** across)
      --explore        Click the prompt's "Manage"/"Settings" choice once and audit the layer it opens
      --block-offsite  Abort every request off the audited page's origin (audit a local build alone)
      --allow-host <host>
                       With --block-offsite, still allow this host (repeatable)
      --browser <path> The Chromium or Chrome to use
      --browser-arg <flag>
                       An extra Chromium flag, such as --proxy-server=... (repeatable)
      --viewport <WxH> Window size in CSS px (default: 1280x800; e.g. 390x844 for a phone)
      --timeout <ms>   Per page, to load and to settle (default: 30000)
      --jobs <n>       Pages audited at once, in one browser (default: 4)
      --max-warnings <n>
                       Exit 1 when there are more than n warnings
      --quiet          Report errors only
      --verbose        Also list, on stderr, what the audit could not decide
  -h, --help           Show this help and exit

A finding is located by the page URL and a CSS selector; its line is the element's place in
document order. Only the URLs given are visited (with --explore, also a same-origin page the click
opens); downloads are refused, no permission is granted, dialogs are dismissed. A page that fails
to load is that page's fatal error, and the rest are still audited.

Exit codes: 0 no errors, 1 at least one error (or a page that failed), 2 usage error or no browser.

Examples:
  honest-ui audit http://localhost:3000 http://localhost:3000/checkout --block-offsite
  honest-ui audit dist/index.html --format sarif -o audit.sarif
  honest-ui audit --storybook http://localhost:6006 --stories 'consent-*' --format html -o audit.html
`;
}
