import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise, type LintMessage } from '../../src/engine/types.js';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';

const cwd = path.resolve('/project');

describe('github', () => {
  it('prints one workflow command per message, with the position, the rule as title and the severity', () => {
    const messages: LintMessage[] = [
      { ruleId: 'honest-ui/no-preselected-consent', severity: 2, message: 'The box is pre-ticked.', line: 5, column: 9, endLine: 5, endColumn: 66 },
      { ruleId: 'honest-ui/no-fine-print', severity: 1, message: 'Small print.', line: 12, column: 3 },
    ];
    const output = github(
      [
        summarise(path.join(cwd, 'src', 'Signup.tsx'), messages),
        summarise(path.join(cwd, 'src', 'Clean.tsx'), []),
        summarise(path.join(cwd, 'broken.css'), [{ ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unclosed block', line: 1, column: 4, nodeType: null }]),
      ],
      { cwd, color: false },
    );
    expect(output).toBe(
      [
        '::error file=src/Signup.tsx,line=5,col=9,endLine=5,endColumn=66,title=honest-ui/no-preselected-consent::The box is pre-ticked.',
        '::warning file=src/Signup.tsx,line=12,col=3,title=honest-ui/no-fine-print::Small print.',
        '::error file=broken.css,line=1,col=4,title=honest-ui::Parsing error: Unclosed block',
        '',
      ].join('\n'),
    );
  });

  it("escapes as GitHub's runner does: %, CR and LF everywhere, and : and , in properties", () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
    const output = github(
      [summarise(path.join(cwd, 'odd, name:1.tsx'), [{ ruleId: 'honest-ui/x', severity: 2, message: 'Line one\nline two: 50% off, today', line: 1, column: 1 }])],
      { cwd, color: false },
    );
    expect(output).toBe('::error file=odd%2C name%3A1.tsx,line=1,col=1,title=honest-ui/x::Line one%0Aline two: 50%25 off, today\n');
  });

  it('prints nothing when there are no problems', () => {
    expect(github([summarise(path.join(cwd, 'a.tsx'), [])], { cwd, color: false })).toBe('');
  });
});
