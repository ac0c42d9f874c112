/**
 * neutral-age-gate: an age or birth-date field (input, select, number or date picker) that starts with a preset
 * value. Follows the 2025 amendments to the COPPA Rule: age screening must be neutral, with no preset age or year.
 */
import { describeStatic, indexLabels, type LabelIndex } from '../context/controls.js';
import type { Lexicon } from '../context/lexicon.js';
import { tokenize, tokenizeIdentifier } from '../context/text.js';
import { ancestors, attributeText, descendants, isDisabled, staticAttribute, textContent } from '../model/query.js';
import type { Attribute, StaticValue, UIElement } from '../model/types.js';
import { attributeRemoval } from './default-off.js';
import type { Check, Finding, SuggestionData } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'neutral-age-gate';

type FieldKind = 'input' | 'select' | 'date picker';

/**
 * Date libraries' constructors: a picker's `defaultValue={dayjs('2008-01-01')}` builds a preset date in place. Any
 * other call (a saved profile value, a hook) may return nothing, so it stays unknown.
 */
const DATE_FACTORIES = new Set(['dayjs()', 'moment()', 'new Date()', 'parseISO()', 'fromISO()', 'fromJSDate()', 'fromObject()', 'fromFormat()', 'parseDate()', 'DateTime()']);

/** Components named for what they render (`NumberInput`, `Select`, `DatePicker`, `TextField`); names are code, not user text. */
function componentKind(name: string): FieldKind | undefined {
  const last = name.split('.').pop() ?? name;
  if (/Picker$/.test(last)) return 'date picker';
  if (/Select$/.test(last)) return 'select';
  if (/(?:Input|Field)$/.test(last)) return 'input';
  return undefined;
}

function fieldKind(element: UIElement): FieldKind | undefined {
  if (element.semantic === 'select') return 'select';
  if (element.semantic === 'input') {
    // A hidden input is no question people answer.
    return staticAttribute(element, 'type') === 'hidden' ? undefined : 'input';
  }
  if (element.semantic !== 'other' || element.intrinsic) return undefined;
  return componentKind(element.name);
}

const isField = (element: UIElement): boolean => element.semantic === 'input' || element.semantic === 'select' || fieldKind(element) !== undefined;

/** What names the field, most readable first: its label, aria-label, placeholder, then its name and id. */
function fieldNames(field: UIElement, index: LabelIndex): string[] {
  const names: string[] = [];
  const add = (text: string | undefined): void => {
    if (text?.trim()) names.push(text.trim());
  };
  add(attributeText(field, 'label')?.value);
  for (const ancestor of ancestors(field)) {
    if (ancestor.semantic === 'label') add(textContent(ancestor, (e) => e !== ancestor && isField(e)).value);
    if (ancestor.semantic === 'label' || ancestor.semantic === 'form' || ancestor.semantic === 'dialog') break;
  }
  const id = staticAttribute(field, 'id');
  const forLabel = typeof id === 'string' ? index.labelsFor.get(id) : undefined;
  if (forLabel) add(textContent(forLabel, (e) => isField(e)).value);
  const labelledBy = staticAttribute(field, 'aria-labelledby');
  if (typeof labelledBy === 'string') for (const ref of labelledBy.split(/\s+/)) add(index.byId.get(ref) && textContent(index.byId.get(ref) as UIElement).value);
  for (const prop of ['aria-label', 'placeholder']) add(attributeText(field, prop)?.value);
  for (const prop of ['name', 'id']) {
    const value = staticAttribute(field, prop);
    if (typeof value === 'string') add(tokenizeIdentifier(value).join(' '));
  }
  return names;
}

function asksForAge(names: readonly string[], lexicon: Lexicon): boolean {
  const tokenized = names.map((n) => tokenize(n));
  return tokenized.some((t) => lexicon.ageFields.matches(t)) && !tokenized.some((t) => lexicon.ageFieldExceptions.matches(t));
}

const isEmpty = (value: StaticValue): boolean => value === undefined || value === null || value === false || (typeof value === 'string' && value.trim() === '');

const show = (value: StaticValue): string => (typeof value === 'string' ? `"${quote(value, 40)}"` : String(value));

interface Preset {
  value: string;
  via: string;
  /** The `defaultValue` attribute a suggestion may remove, where removing it leaves the field empty. */
  removable?: Attribute;
}

/** An option of a select, with its value; undefined when it can't be read (options mapped from data). */
interface SelectOption {
  element: UIElement;
  value: string | undefined;
}

/** The `<option>`s (or library menu items) of a select. */
function options(select: UIElement): SelectOption[] {
  const out: SelectOption[] = [];
  for (const element of descendants(select)) {
    const last = element.name.split('.').pop() ?? element.name;
    if (element.name !== 'option' && last !== 'Option' && last !== 'MenuItem' && last !== 'SelectItem') continue;
    const value = element.attributes.get('value')?.value;
    const text = textContent(element);
    const read = value ? (value.kind === 'static' ? String(value.value ?? '') : undefined) : text.complete ? text.value : undefined;
    out.push({ element, value: read });
  }
  return out;
}

/** A placeholder option: disabled, or with no value ("Year", "Select your age"). */
const isPlaceholder = (option: SelectOption | undefined): boolean => !!option && (isDisabled(option.element) || option.value?.trim() === '');

function presetValue(field: UIElement, kind: FieldKind): Preset | undefined {
  const attribute = field.attributes.get('defaultValue') ?? field.attributes.get('value');
  const choices = kind === 'select' ? options(field) : [];
  if (attribute) {
    const value = attribute.value;
    const name = attribute.name;
    if (value.kind === 'static') {
      if (isEmpty(value.value)) return undefined;
      // A select whose default is its own placeholder option starts neutral.
      if (isPlaceholder(choices.find((o) => o.value === String(value.value)))) return undefined;
      const via = describeStatic(name, value, show(value.value));
      // Without its default, a native select shows its first option: only a placeholder there leaves it neutral.
      const emptied = name === 'defaultValue' && (kind !== 'select' || !field.intrinsic || isPlaceholder(choices[0]));
      return { value: show(value.value), via, ...(emptied ? { removable: attribute } : {}) };
    }
    if (value.kind === 'initial') {
      if (isEmpty(value.value)) return undefined;
      return { value: show(value.value), via: `${name}={${value.binding}} starts ${show(value.value)}` };
    }
    if (value.kind === 'dynamic' && kind === 'date picker' && DATE_FACTORIES.has(value.expressionText)) {
      const call = value.expressionText.replace(/\(\)$/, '(…)');
      return { value: call, via: `${name}={${call}}`, ...(name === 'defaultValue' ? { removable: attribute } : {}) };
    }
    return undefined;
  }
  for (const option of choices) {
    const selected = staticAttribute(option.element, 'selected');
    if (selected === undefined || selected === false || selected === 'false' || isPlaceholder(option) || option.value === undefined) continue;
    return { value: show(option.value), via: 'a selected option' };
  }
  return undefined;
}

function isReadOnly(field: UIElement): boolean {
  const value = staticAttribute(field, 'readOnly') ?? staticAttribute(field, 'isReadOnly');
  return value === true || value === 'true' || value === '';
}

export const checkNeutralAgeGate: Check<Record<string, never>> = (analysis) => {
  const { lexicon } = analysis.consent;
  const index = indexLabels(analysis.model);
  const findings: Finding[] = [];
  for (const field of analysis.model.elements) {
    const kind = fieldKind(field);
    // A read-only field shows a saved value (a profile page), it asks for nothing.
    if (!kind || isDisabled(field) || isReadOnly(field)) continue;
    const names = fieldNames(field, index);
    if (!asksForAge(names, lexicon)) continue;
    const preset = presetValue(field, kind);
    if (!preset) continue;
    const suggestion: SuggestionData | undefined = preset.removable
      ? { messageId: 'removeDefault', data: { attribute: preset.removable.name }, fix: { range: attributeRemoval(analysis.source, preset.removable.range), text: '' } }
      : undefined;
    findings.push(
      finding(RULE, field, 'presetAge', { control: kind, label: quote(names[0] ?? ''), value: preset.value, via: preset.via }, suggestion ? [suggestion] : []),
    );
  }
  return { findings, reviews: [] };
};
