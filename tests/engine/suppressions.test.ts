import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { applySuppressions, parseSuppressions, suppressInFile, type CommentLike } from '../../src/engine/suppressions.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';

const KNOWN = ['no-fine-print', 'no-false-urgency', 'no-preselected-consent'];

/** The comments of a real parse, so JSX comments and line comments come out as the parsers give them. */
function commentsOf(code: string): CommentLike[] {
  const parsed = parseWithTypescriptEstree(code, 'Banner.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.comments ?? [];
}

const parse = (code: string) => parseSuppressions(commentsOf(code), KNOWN);

/** A finding of `ruleId` starting on `line`. */
const at = (ruleId: string, line: number) => ({ ruleId, loc: { start: { line, column: 4 }, end: { line, column: 20 } } });

describe('parseSuppressions', () => {
  it('reads a line comment, with or without the honest-ui/ prefix, suppressing the next line', () => {
    const { suppressions, problems } = parse(`// honest-ui-disable-next-line honest-ui/no-fine-print -- legal approved copy
const a = 1;
// honest-ui-disable-next-line no-false-urgency -- the sale really ends tonight
const b = 2;`);
    expect(problems).toEqual([]);
    expect(suppressions.map(({ line, rules, reason }) => ({ line, rules, reason }))).toEqual([
      { line: 2, rules: ['no-fine-print'], reason: 'legal approved copy' },
      { line: 4, rules: ['no-false-urgency'], reason: 'the sale really ends tonight' },
    ]);
  });

  it('reads a JSX comment, naming several rules', () => {
    const { suppressions, problems } = parse(`export const Banner = () => (
  <div>
    {/* honest-ui-disable-next-line honest-ui/no-fine-print, no-preselected-consent -- legal approved copy */}
    <p className="fine">Terms</p>
  </div>
);`);
    expect(problems).toEqual([]);
    expect(suppressions).toHaveLength(1);
    expect(suppressions[0]).toMatchObject({ line: 4, rules: ['no-fine-print', 'no-preselected-consent'], reason: 'legal approved copy' });
    expect(suppressions[0]?.loc.start).toEqual({ line: 3, column: 5 });
  });

  it('keeps a reason that itself contains dashes, and names each rule once', () => {
    const { suppressions } = parse('// honest-ui-disable-next-line no-fine-print, honest-ui/no-fine-print -- approved -- see LEGAL-12 (pre-checked)\nx;');
    expect(suppressions[0]).toMatchObject({ rules: ['no-fine-print'], reason: 'approved -- see LEGAL-12 (pre-checked)' });
  });

  it('reports a suppression without a reason, and it suppresses nothing', () => {
    for (const comment of ['// honest-ui-disable-next-line no-fine-print', '// honest-ui-disable-next-line no-fine-print --', '// honest-ui-disable-next-line no-fine-print --   ']) {
      const { suppressions, problems } = parse(`${comment}\nx;`);
      expect(suppressions, comment).toEqual([]);
      expect(problems, comment).toHaveLength(1);
      expect(problems[0]?.message, comment).toMatch(/needs a reason after ' -- '/);
      expect(problems[0]?.loc.start, comment).toEqual({ line: 1, column: 0 });
    }
  });

  it('does not take a rule name with dashes for the reason separator', () => {
    // `no-fine-print--legal` has no whitespace around `--`: it is one (unknown) rule name and there is no reason.
    const { suppressions, problems } = parse('// honest-ui-disable-next-line no-fine-print--legal\nx;');
    expect(suppressions).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/names 'no-fine-print--legal', which is not an honest-ui rule/), expect.stringMatching(/needs a reason/)]);
  });

  it('reports an unknown rule, and still honours the known rules beside it', () => {
    const { suppressions, problems } = parse('// honest-ui-disable-next-line no-fine-prnt, no-false-urgency -- approved\nx;');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe("honest-ui-disable-next-line names 'no-fine-prnt', which is not an honest-ui rule; it suppresses nothing for it.");
    expect(suppressions.map((s) => s.rules)).toEqual([['no-false-urgency']]);
  });

  it('reports a suppression that names no rule', () => {
    const { suppressions, problems } = parse('/* honest-ui-disable-next-line -- legal approved */\nx;');
    expect(suppressions).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/must name the rules it suppresses/)]);
  });

  it('reports a misspelt directive but leaves prose about honest-ui alone', () => {
    const { problems } = parse('// honest-ui-disable-line no-fine-print -- approved\nx;\n// honest-ui-config.json holds the rules\n// see honest-ui-disable-next-line in the README\ny;');
    expect(problems.map((p) => [p.loc.start.line, p.message])).toEqual([[1, expect.stringMatching(/^'honest-ui-disable-line' is not an honest-ui directive/)]]);
  });

  it('suppresses the line after a multi-line block comment', () => {
    const { suppressions } = parse('/* honest-ui-disable-next-line no-fine-print --\n   legal approved copy */\nx;');
    expect(suppressions[0]).toMatchObject({ line: 3, reason: 'legal approved copy' });
  });
});

describe('applySuppressions', () => {
  const parsed = parse(`// honest-ui-disable-next-line no-fine-print, no-false-urgency -- approved
a;
// honest-ui-disable-next-line no-preselected-consent -- approved
b;`);

  it('sets aside only the named rules on the next line, with the suppression that covers each', () => {
    const findings = [at('no-fine-print', 2), at('no-preselected-consent', 2), at('no-fine-print', 3), at('no-preselected-consent', 4)];
    const { kept, suppressed } = applySuppressions(parsed, findings, KNOWN);
    expect(kept).toEqual([at('no-preselected-consent', 2), at('no-fine-print', 3)]);
    expect(suppressed.map(({ finding, by }) => [finding, by.map((s) => s.loc.start.line)])).toEqual([
      [at('no-fine-print', 2), [1]],
      [at('no-preselected-consent', 4), [3]],
    ]);
  });

  it('reports, per enabled rule, a suppression that silenced nothing', () => {
    const { unused } = applySuppressions(parsed, [at('no-fine-print', 2)], KNOWN);
    expect(unused.map((u) => [u.ruleId, u.loc.start.line])).toEqual([
      ['no-false-urgency', 1],
      ['no-preselected-consent', 3],
    ]);
    expect(unused[0]?.message).toBe(
      'honest-ui-disable-next-line suppresses nothing: honest-ui/no-false-urgency reports nothing on line 2. Remove the rule from the comment, so it cannot hide a future finding there.',
    );
  });

  it('says nothing about rules that are not enabled (the other front door may enable them)', () => {
    const { unused } = applySuppressions(parsed, [at('no-fine-print', 2)], ['no-fine-print']);
    expect(unused).toEqual([]);
  });
});

describe('suppressInFile (the checker)', () => {
  it('warns without a rule id about a broken comment, and under the rule about an unused one', () => {
    const comments = commentsOf('// honest-ui-disable-next-line no-fine-print\na;\n// honest-ui-disable-next-line no-fine-print -- approved\nb;');
    const { findings, messages } = suppressInFile(comments, [at('no-fine-print', 2)], ['no-fine-print']);
    expect(findings).toEqual([at('no-fine-print', 2)]);
    expect(messages.map(({ ruleId, severity, line, column }) => ({ ruleId, severity, line, column }))).toEqual([
      { ruleId: null, severity: 1, line: 1, column: 1 },
      { ruleId: 'honest-ui/no-fine-print', severity: 1, line: 3, column: 1 },
    ]);
  });

  it('does not call a suppression of a checker-only rule unused: its findings come from the project pass', () => {
    const projectRule = RULES.find((rule) => rule.checkerOnly)?.id;
    expect(projectRule).toBeDefined();
    const comments = commentsOf(`// honest-ui-disable-next-line ${projectRule} -- approved\na;`);
    expect(suppressInFile(comments, [], [projectRule ?? '']).messages).toEqual([]);
    // The same comment for a per-file rule is reported.
    expect(suppressInFile(commentsOf('// honest-ui-disable-next-line no-fine-print -- approved\na;'), [], ['no-fine-print']).messages).toHaveLength(1);
  });

  it('hands the suppressions of enabled checker-only rules to the project pass, narrowed to those rules', () => {
    const projectRule = RULES.find((rule) => rule.checkerOnly)?.id ?? '';
    const comments = commentsOf(`// honest-ui-disable-next-line no-fine-print, ${projectRule} -- approved\na;\n// honest-ui-disable-next-line no-fine-print -- approved\nb;`);
    const { deferred } = suppressInFile(comments, [at('no-fine-print', 2), at('no-fine-print', 4)], ['no-fine-print', projectRule]);
    expect(deferred.map(({ line, rules, reason }) => ({ line, rules, reason }))).toEqual([{ line: 2, rules: [projectRule], reason: 'approved' }]);
    // Off, the rule's pass does not run: nothing to hand over.
    expect(suppressInFile(comments, [], ['no-fine-print']).deferred).toEqual([]);
  });
});
