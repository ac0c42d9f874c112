/**
 * JUnit XML, the format CI test tabs read (GitLab, Jenkins, Azure, CircleCI). One <testsuite> per file; a file
 * with no problems has one passing <testcase> so the tab lists it as checked, and every problem is a <testcase> of
 * its own named after its rule, with a <failure> (a rule finding) or an <error> (a file that could not be parsed).
 */
import path from 'node:path';
import type { LintMessage } from '../engine/types.js';
import type { Formatter } from './index.js';

export const junit: Formatter = (results, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const file = path.relative(context.cwd, result.filePath).split(path.sep).join('/') || result.filePath;
    const cases = result.messages.length === 0 ? [`    <testcase classname="${attr(file)}" name="honest-ui" time="0" />`] : result.messages.map((m) => testcase(file, m));
    const suiteFailures = result.messages.filter((m) => m.fatal !== true).length;
    const suiteErrors = result.messages.length - suiteFailures;
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${attr(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="honest-ui" tests="${tests}" failures="${failures}" errors="${errors}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function testcase(file: string, message: LintMessage): string {
  const where = `${file}:${message.line}:${message.column}`;
  const severity = message.fatal === true || message.severity === 2 ? 'error' : 'warning';
  const element = message.fatal === true ? 'error' : 'failure';
  const name = `${message.ruleId ?? 'honest-ui'} at ${message.line}:${message.column}`;
  return [
    `    <testcase classname="${attr(file)}" name="${attr(name)}" time="0">`,
    `      <${element} message="${attr(message.message)}" type="${severity}">${text(`${severity}: ${message.message}\nat ${where}${message.ruleId ? `\nrule: ${message.ruleId}` : ''}`)}</${element}>`,
    '    </testcase>',
  ].join('\n');
}

/** Characters XML 1.0 cannot hold at all (C0 controls except tab, LF and CR; lone surrogates; U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and line breaks, which an XML parser would otherwise normalise to spaces. */
function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
