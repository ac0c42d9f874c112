import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/engine/types.js';
import { junit } from '../../src/formatters/junit.js';

const cwd = path.resolve('/project');

describe('junit', () => {
  it('writes one testsuite per file, a passing testcase for a clean file, a failure per finding and an error per parse failure', () => {
    const output = junit(
      [
        summarise(path.join(cwd, 'src', 'Signup.tsx'), [
          { ruleId: 'honest-ui/no-preselected-consent', severity: 2, message: 'Pre-ticked.', line: 5, column: 9 },
          { ruleId: 'honest-ui/no-fine-print', severity: 1, message: 'Small print.', line: 12, column: 3 },
        ]),
        summarise(path.join(cwd, 'src', 'Clean.tsx'), []),
        summarise(path.join(cwd, 'broken.css'), [{ ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unclosed block', line: 1, column: 4, nodeType: null }]),
      ],
      { cwd, color: false },
    );
    expect(output).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="honest-ui" tests="4" failures="2" errors="1" time="0">',
        '  <testsuite name="src/Signup.tsx" tests="2" failures="2" errors="0" skipped="0" time="0">',
        '    <testcase classname="src/Signup.tsx" name="honest-ui/no-preselected-consent at 5:9" time="0">',
        '      <failure message="Pre-ticked." type="error">error: Pre-ticked.\nat src/Signup.tsx:5:9\nrule: honest-ui/no-preselected-consent</failure>',
        '    </testcase>',
        '    <testcase classname="src/Signup.tsx" name="honest-ui/no-fine-print at 12:3" time="0">',
        '      <failure message="Small print." type="warning">warning: Small print.\nat src/Signup.tsx:12:3\nrule: honest-ui/no-fine-print</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="src/Clean.tsx" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="src/Clean.tsx" name="honest-ui" time="0" />',
        '  </testsuite>',
        '  <testsuite name="broken.css" tests="1" failures="0" errors="1" skipped="0" time="0">',
        '    <testcase classname="broken.css" name="honest-ui at 1:4" time="0">',
        '      <error message="Parsing error: Unclosed block" type="error">error: Parsing error: Unclosed block\nat broken.css:1:4</error>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup, quotes and line breaks, and replaces characters XML cannot hold', () => {
    const output = junit(
      [summarise(path.join(cwd, 'a&b.tsx'), [{ ruleId: 'honest-ui/x', severity: 2, message: `'Accept' <b>wins</b> & "Reject"\nloses\u0007`, line: 1, column: 1 }])],
      { cwd, color: false },
    );
    expect(output).toContain('<testsuite name="a&amp;b.tsx"');
    expect(output).toContain('message="&apos;Accept&apos; &lt;b&gt;wins&lt;/b&gt; &amp; &quot;Reject&quot;&#10;loses\uFFFD"');
    expect(output).toContain('>error: \'Accept\' &lt;b&gt;wins&lt;/b&gt; &amp; "Reject"\nloses\uFFFD\nat a&amp;b.tsx:1:1');
    expect(output).not.toContain('\u0007');
    expect(output).not.toMatch(/<b>|& /);
  });

  it('writes an empty report when there is nothing to check', () => {
    expect(junit([], { cwd, color: false })).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="honest-ui" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n');
  });
});
