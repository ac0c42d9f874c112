/**
 * eslint-doc-generator: the README's rules list and each rule doc's header are generated from the built plugin's
 * metadata (package.json `main`, so run `npm run build` first). `npm run docs:generate` writes them;
 * `npm run docs:check` fails on any difference (CI). Checker-only rules are not ESLint rules, so the generator
 * doesn't see them: the README lists them in a hand-written line below the generated list (tests/meta.test.ts).
 * Generated tables are written without the padding that aligns their columns in a text editor: it was 5 kB of
 * spaces in the package's 1 MB (tests/e2e/pack.test.ts), and a rendered table looks the same.
 */

/** A generated Markdown table's row with its cells' padding and the delimiter row's dashes at their minimum. */
const compactRow = (line) => (/^\|.*\|$/.test(line) ? line.replace(/ {2,}\|/g, ' |').replace(/\| :?-{3,}(?= \|)/g, (cell) => cell.replace(/-+/, '---')) : line);
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocNotices: ['description', 'configs', 'hasSuggestions'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'hasSuggestions'],
  ruleDocSectionInclude: ['Examples', 'Options', 'Settings', 'Standards', 'Reported data', 'When not to use it'],
  postprocess: (content) => {
    let generated = false;
    return content
      .split('\n')
      .map((line) => {
        if (/^<!-- (begin|end) auto-generated/.test(line)) generated = line.startsWith('<!-- begin');
        return generated ? compactRow(line) : line;
      })
      .join('\n');
  },
};
