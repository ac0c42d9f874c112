/**
 * `honest-ui-disable-next-line` in ESLint: each rule drops its own suppressed findings and reports its unused
 * suppressions; a broken comment is reported once per file, whichever honest-ui rules run.
 */
import parser from '@typescript-eslint/parser';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import noFinePrint from '../../rules/no-fine-print.js';
import noPreselectedConsent from '../../rules/no-preselected-consent.js';
import { ruleTester, TSX } from './rule-tester.js';

type Errors = InvalidTestCase<string, readonly unknown[]>['errors'];

/**
 * A report about a comment: ESLint's `message` in place of a messageId (these reports are not catalogue messages),
 * which typescript-eslint's RuleTester checks at run time but does not type.
 */
function aboutComment(message: string, line: number, column: number): Errors[number] {
  return { message, line, column } as unknown as Errors[number];
}

/** A consent form whose two boxes (lines 6 and 7) are pre-checked; `afterN` adds a line after line N. */
function consent({ after5 = '', after6 = '', after7 = '' } = {}): string {
  return `
export function Consent() {
  return (
    <form>
      <p>We use cookies for analytics and marketing.</p>${after5}
      <label><input type="checkbox" name="analytics" defaultChecked /> Analytics cookies</label>${after6}
      <label><input type="checkbox" name="marketing" defaultChecked /> Marketing cookies</label>${after7}
      <button type="submit">Save</button>
    </form>
  );
}`;
}

/** The finding on the box named `name`, with the suggestion the rule offers (removing `defaultChecked`). */
function preselected(code: string, name: 'analytics' | 'marketing', line: number): Errors[number] {
  const label = name === 'analytics' ? 'Analytics cookies' : 'Marketing cookies';
  return {
    messageId: 'preselected',
    data: { control: 'checkbox', label, purpose: name === 'analytics' ? 'analytics' : 'marketing, advertising', via: 'defaultChecked' },
    line,
    column: 14,
    suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: code.replace(`name="${name}" defaultChecked`, `name="${name}"`) }],
  };
}

const jsx = (text: string) => `\n      {/* ${text} */}`;
const NEEDS_REASON = "honest-ui-disable-next-line needs a reason after ' -- ' (why the finding is acceptable, for reviewers); it suppresses nothing until it has one.";
const unused = (rule: string, line: number) =>
  `honest-ui-disable-next-line suppresses nothing: honest-ui/${rule} reports nothing on line ${line}. Remove the rule from the comment, so it cannot hide a future finding there.`;

const WITHOUT_REASON = consent({ after5: jsx('honest-ui-disable-next-line no-preselected-consent') });
const ONE_USED_ONE_NOT = consent({
  after5: jsx('honest-ui-disable-next-line no-preselected-consent -- approved'),
  after7: jsx('honest-ui-disable-next-line no-preselected-consent -- approved'),
});
const OTHER_RULE = consent({ after5: jsx('honest-ui-disable-next-line no-fine-print -- approved') });
const UNKNOWN_RULE = consent({ after5: jsx('honest-ui-disable-next-line no-preselected-consnt, no-preselected-consent -- approved') });

ruleTester().run('no-preselected-consent (suppressions)', noPreselectedConsent, {
  valid: [
    {
      // Near-miss of the "unused" report: the comment does suppress a finding (the analytics box on the next line).
      filename: TSX,
      code: consent({
        after5: jsx('honest-ui-disable-next-line honest-ui/no-preselected-consent -- legal approved: exempt analytics'),
        after6: jsx('honest-ui-disable-next-line no-preselected-consent, no-fine-print -- legal approved'),
      }),
    },
    {
      // A line comment (as Prettier lays one out in JSX), and a reason with dashes of its own.
      filename: TSX,
      code: `
export function Consent() {
  return (
    <form>
      <p>We use cookies for marketing.</p>
      <label>{
        // honest-ui-disable-next-line no-preselected-consent -- approved -- LEGAL-12
      }<input type="checkbox" name="marketing" defaultChecked /> Marketing cookies</label>
      <button type="submit">Save</button>
    </form>
  );
}`,
    },
    {
      // A suppression naming only another rule: that rule alone can tell whether it is used, so this one says nothing.
      filename: TSX,
      code: `const Greeting = () => (\n  <div>\n    {/* honest-ui-disable-next-line no-fine-print -- approved */}\n    <p>Hello</p>\n  </div>\n);`,
    },
  ],
  invalid: [
    {
      // Without a reason the comment is reported and the finding stays.
      filename: TSX,
      code: WITHOUT_REASON,
      errors: [aboutComment(NEEDS_REASON, 6, 8), preselected(WITHOUT_REASON, 'analytics', 7), preselected(WITHOUT_REASON, 'marketing', 8)],
    },
    {
      // Suppressing one box does not suppress the other; one suppressing a line with no finding is reported.
      filename: TSX,
      code: ONE_USED_ONE_NOT,
      errors: [preselected(ONE_USED_ONE_NOT, 'marketing', 8), aboutComment(unused('no-preselected-consent', 10), 9, 8)],
    },
    {
      // A suppression for another rule does not silence this one.
      filename: TSX,
      code: OTHER_RULE,
      errors: [preselected(OTHER_RULE, 'analytics', 7), preselected(OTHER_RULE, 'marketing', 8)],
    },
    {
      // An unknown rule is reported; the known rule beside it is still honoured.
      filename: TSX,
      code: UNKNOWN_RULE,
      errors: [
        aboutComment("honest-ui-disable-next-line names 'no-preselected-consnt', which is not an honest-ui rule; it suppresses nothing for it.", 6, 8),
        preselected(UNKNOWN_RULE, 'marketing', 8),
      ],
    },
  ],
});

describe('with several honest-ui rules in one ESLint run', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = [
    {
      files: ['**/*.tsx'],
      plugins: { 'honest-ui': { rules: { 'no-preselected-consent': noPreselectedConsent, 'no-fine-print': noFinePrint } } },
      languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: { 'honest-ui/no-preselected-consent': 'error', 'honest-ui/no-fine-print': 'warn' },
    },
  ] as unknown as Linter.Config[];

  it('reports a broken comment once, and an unused suppression under each rule it names', () => {
    const code = consent({
      after5: jsx('honest-ui-disable-next-line no-preselected-consent'),
      after7: jsx('honest-ui-disable-next-line no-preselected-consent, honest-ui/no-fine-print -- approved'),
    });
    const messages = linter.verify(code, config, 'Consent.tsx').map(({ ruleId, line, message }) => ({ ruleId, line, message }));
    expect(messages.filter((m) => m.message === NEEDS_REASON)).toHaveLength(1);
    expect(messages.filter((m) => m.line === 9).map((m) => [m.ruleId, m.message]).sort()).toEqual([
      ['honest-ui/no-fine-print', unused('no-fine-print', 10)],
      ['honest-ui/no-preselected-consent', unused('no-preselected-consent', 10)],
    ]);
    expect(messages.filter((m) => m.message.startsWith('The checkbox')).map((m) => m.line)).toEqual([7, 8]);
  });
});
