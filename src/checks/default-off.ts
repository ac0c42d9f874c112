/**
 * The suggestion that turns a control's default off, from the fix the control model worked out: remove
 * `defaultChecked` / `checked`, or initialise the bound state to `false`. Shared by the rules that report
 * controls on by default; their catalogue entries carry the `removeDefault` and `initialiseOff` messages.
 */
import type { CheckedState } from '../context/controls.js';
import type { SuggestionData } from './types.js';

export function turnOffSuggestion(checked: CheckedState): SuggestionData | undefined {
  if (checked.state !== 'on' || !checked.fix) return undefined;
  const fix = checked.fix;
  if (fix.kind === 'initialise-off') return { messageId: 'initialiseOff', data: { binding: fix.binding }, fix: { range: fix.range, text: 'false' } };
  // aria-checked describes the state to assistive technology: removing it is no fix, so no suggestion there.
  if (fix.attribute === 'aria-checked') return undefined;
  return { messageId: 'removeDefault', data: { attribute: fix.attribute }, fix: { range: fix.range, text: '' } };
}
