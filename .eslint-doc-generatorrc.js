/**
 * eslint-doc-generator: the README's rules list and each rule doc's header are generated from the built plugin's
 * metadata (package.json `main`, so run `npm run build` first). `npm run docs:generate` writes them;
 * `npm run docs:check` fails on any difference (CI). Checker-only rules are not ESLint rules, so the generator
 * doesn't see them: the README lists them in a hand-written line below the generated list (tests/meta.test.ts).
 */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocNotices: ['description', 'configs', 'hasSuggestions'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'hasSuggestions'],
  ruleDocSectionInclude: ['Examples', 'Options', 'Settings', 'Standards', 'Reported data', 'When not to use it'],
};
