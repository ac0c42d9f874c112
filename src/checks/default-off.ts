/**
 * The suggestion that turns a control's default off, from the fix the control model worked out: remove
 * `defaultChecked` / `checked`, or initialise the bound state to `false`. Shared by the rules that report
 * controls on by default; their catalogue entries carry the `removeDefault` and `initialiseOff` messages.
 */
import type { CheckedState, ConsentControl } from '../context/controls.js';
import type { Range } from '../model/types.js';
import type { Review, SuggestionData } from './types.js';
import { review } from './util.js';

const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t';

/**
 * What to delete to remove an attribute and leave the tag tidy: an attribute on a line of its own goes with its
 * indentation and line break; otherwise one adjacent run of blanks goes with it (the one before, or the one after
 * when the attribute starts its line), so neither a double space nor a dangling one is left. Without the source,
 * or for an empty range (a value detached from another file), the range as it is.
 */
export function attributeRemoval(source: string | undefined, range: Range): Range {
  const [start, end] = range;
  if (source === undefined || start === end || end > source.length) return range;
  let before = start;
  while (isBlank(source[before - 1])) before--;
  let after = end;
  while (isBlank(source[after])) after++;
  const startsLine = before === 0 || source[before - 1] === '\n';
  const lineBreak = source.startsWith('\r\n', after) ? 2 : source[after] === '\n' ? 1 : 0;
  if (startsLine && lineBreak > 0) return [before, after + lineBreak];
  if (!startsLine && before < start) return [before, end];
  return [start, after];
}

function turnOffSuggestion(checked: CheckedState, source: string | undefined): SuggestionData | undefined {
  if (checked.state !== 'on' || !checked.fix) return undefined;
  const fix = checked.fix;
  if (fix.kind === 'initialise-off') return { messageId: 'initialiseOff', data: { binding: fix.binding }, fix: { range: fix.range, text: 'false' } };
  // aria-checked describes the state to assistive technology: removing it is no fix, so no suggestion there.
  if (fix.attribute === 'aria-checked') return undefined;
  return { messageId: 'removeDefault', data: { attribute: fix.attribute }, fix: { range: attributeRemoval(source, fix.range), text: '' } };
}

/**
 * How a control's default reads to a rule that reports controls on by default: a review when its checked state
 * can't be resolved, how it is on (with the suggestion that turns it off), or undefined when it starts off.
 */
export function defaultOn(
  ruleId: string,
  control: ConsentControl,
  label: string,
  source: string | undefined,
): { review: Review } | { via: string; suggestions: SuggestionData[] } | undefined {
  const checked = control.checked;
  if (checked.state === 'unknown') {
    return { review: review(ruleId, control.element, 'dynamic-expression', `'${label}': checked state comes from ${checked.attribute.name}, which can't be resolved`) };
  }
  if (checked.state !== 'on') return undefined;
  const suggestion = turnOffSuggestion(checked, source);
  return { via: checked.via, suggestions: suggestion ? [suggestion] : [] };
}
