import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { summarise, type LintMessage, type LintResult } from '../../src/engine/types.js';
import { FORMATTER_NAMES, getFormatter } from '../../src/formatters/index.js';
import { html } from '../../src/formatters/html.js';
import { json } from '../../src/formatters/json.js';
import { stylish } from '../../src/formatters/stylish.js';

const cwd = path.resolve('/project');
const ESC = '\u001b[';

function message(line: number, column: number, severity: 1 | 2, text: string, ruleId: string | null): LintMessage {
  return { ruleId, severity, message: text, line, column, ...(ruleId === null ? { fatal: true as const, nodeType: null } : {}) };
}

const results: LintResult[] = [
  summarise(path.join(cwd, 'src', 'Banner.tsx'), [
    message(3, 7, 2, 'The consent checkbox is pre-checked.', 'honest-ui/no-preselected-consent'),
    message(12, 15, 1, 'Decline text is 10px; accept text is 16px.', 'honest-ui/no-fine-print'),
  ]),
  summarise(path.join(cwd, 'src', 'Clean.tsx'), []),
  summarise(path.join(cwd, 'src', 'broken.css'), [message(1, 4, 2, 'Parsing error: Unclosed block', null)]),
];

describe('stylish', () => {
  it("prints ESLint's layout: relative paths, aligned columns, final full stops dropped, a summary", () => {
    const expected = [
      '',
      `src${path.sep}Banner.tsx`,
      '   3:7   error    The consent checkbox is pre-checked        honest-ui/no-preselected-consent',
      '  12:15  warning  Decline text is 10px; accept text is 16px  honest-ui/no-fine-print',
      '',
      `src${path.sep}broken.css`,
      '  1:4  error  Parsing error: Unclosed block',
      '',
      '\u2716 3 problems (2 errors, 1 warning)',
      '',
    ].join('\n');
    const output = stylish(results, { cwd, color: false });
    expect(output).toBe(expected);
    expect(output).not.toContain(ESC);
  });

  it('uses singular words for one problem', () => {
    const one = [summarise(path.join(cwd, 'a.tsx'), [message(1, 1, 1, 'Something', 'honest-ui/x')])];
    expect(stylish(one, { cwd, color: false })).toContain('\u2716 1 problem (0 errors, 1 warning)\n');
  });

  it('prints nothing when there are no problems', () => {
    expect(stylish([summarise(path.join(cwd, 'a.tsx'), [])], { cwd, color: false })).toBe('');
    expect(stylish([], { cwd, color: true })).toBe('');
  });

  it('colours the output when asked, without changing the text or the alignment', () => {
    const coloured = stylish(results, { cwd, color: true });
    expect(coloured).toContain(`${ESC}4msrc${path.sep}Banner.tsx${ESC}24m`); // underlined path
    expect(coloured).toContain(`${ESC}31merror${ESC}39m`);
    expect(coloured).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(coloured).toContain(`${ESC}31m${ESC}1m\u2716 3 problems`); // red and bold summary when there are errors
    expect(stripVTControlCharacters(coloured)).toBe(stylish(results, { cwd, color: false }));
  });

  it('colours the summary yellow when there are only warnings', () => {
    const warnings = [summarise(path.join(cwd, 'a.tsx'), [message(1, 1, 1, 'Something', 'honest-ui/x')])];
    expect(stylish(warnings, { cwd, color: true })).toContain(`${ESC}33m${ESC}1m\u2716 1 problem`);
  });
});

describe('json', () => {
  it('is JSON.stringify of the results, which round-trips', () => {
    const output = json(results, { cwd, color: true });
    expect(output).toBe(JSON.stringify(results));
    expect(JSON.parse(output)).toEqual(results);
  });
});

describe('registry', () => {
  it('knows stylish, json, sarif, github, junit and html, and nothing else', () => {
    expect(FORMATTER_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'html']);
    expect(getFormatter('stylish')).toBe(stylish);
    expect(getFormatter('json')).toBe(json);
    expect(getFormatter('sarif-but-not-yet')).toBeUndefined();
    expect(getFormatter('html')).toBe(html);
    expect(getFormatter('toString')).toBeUndefined();
    expect(getFormatter('__proto__')).toBeUndefined();
  });
});
