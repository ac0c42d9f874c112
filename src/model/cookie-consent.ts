/**
 * react-cookie-consent's `<CookieConsent>` draws its accept and decline buttons itself, from props. They are added
 * to the model as the library renders them (its CookieConsent.tsx and CookieConsent.state.ts, v9/v10): a container
 * with the default bar style, the decline button only with `enableDeclineButton`, then the accept button (reversed
 * by `flipButtons`), each with the library's default style merged under the one given (`buttonStyle`,
 * `declineButtonStyle`), unless `disableStyles` or `disableButtonStyles` drop the defaults.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { styleOfAttribute } from './build.js';
import type { InlineDeclaration, InlineStyle, StaticValue, UIElement, UIModel, UIText } from './types.js';

const SOURCE = 'react-cookie-consent';

const BAR_STYLE: InlineDeclaration[] = [
  { property: 'background', value: '#353535' },
  { property: 'color', value: 'white' },
  { property: 'display', value: 'flex' },
  { property: 'left', value: '0' },
  { property: 'position', value: 'fixed' },
  { property: 'width', value: '100%' },
];
const BUTTON_BASE: InlineDeclaration[] = [
  { property: 'border', value: '0' },
  { property: 'padding', value: '5px 10px' },
];
const ACCEPT_STYLE: InlineDeclaration[] = [{ property: 'background', value: '#ffd42d' }, { property: 'color', value: 'black' }, ...BUTTON_BASE];
const DECLINE_STYLE: InlineDeclaration[] = [{ property: 'background', value: '#c12a2a' }, { property: 'color', value: '#e5e5e5' }, ...BUTTON_BASE];

const DEFAULT_TEXT = { accept: 'I understand', decline: 'I decline' };

function staticValue(element: UIElement, prop: string): StaticValue {
  const value = element.attributes.get(prop)?.value;
  return value?.kind === 'static' ? value.value : undefined;
}

/** true, false, or undefined when the prop is computed at run time. */
function flag(element: UIElement, prop: string): boolean | undefined {
  if (!element.attributes.has(prop)) return false;
  const value = staticValue(element, prop);
  return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
}

function attributeNode(element: UIElement, prop: string): TSESTree.JSXAttribute | undefined {
  const node = element.node as TSESTree.JSXElement;
  if (node.type !== 'JSXElement') return undefined;
  return node.openingElement.attributes.find((a): a is TSESTree.JSXAttribute => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && a.name.name === prop);
}

function styled(defaults: InlineDeclaration[], element: UIElement, prop: string, program: TSESTree.Program, keepDefaults: boolean | undefined): InlineStyle {
  const attribute = attributeNode(element, prop);
  const given = attribute ? styleOfAttribute(program, attribute) : { declarations: [], hasUnknown: false };
  if (keepDefaults === undefined) return { declarations: given.declarations, hasUnknown: true };
  return { ...given, declarations: [...(keepDefaults ? defaults : []), ...given.declarations] };
}

function button(consent: UIElement, kind: 'accept' | 'decline', program: TSESTree.Program, keepDefaults: boolean | undefined, conditional: boolean): UIElement {
  const prefix = kind === 'accept' ? 'button' : 'declineButton';
  // Findings point at the prop that draws the button; the library renders the buttons after the content.
  const prop = [`${prefix}Style`, `${prefix}Text`, `${prefix}Classes`, ...(kind === 'decline' ? ['enableDeclineButton'] : [])].map((name) => consent.attributes.get(name)).find(Boolean);
  const end = consent.range[1];
  const element: UIElement = {
    ...consent,
    id: consent.id,
    range: [end, end],
    loc: { start: { ...consent.loc.end }, end: { ...consent.loc.end } },
    openingRange: prop?.range ?? consent.openingRange,
    openingLoc: prop?.loc ?? consent.openingLoc,
    name: 'button',
    intrinsic: true,
    tag: 'button',
    semantic: 'button',
    semanticSource: 'preset',
    emphasis: undefined,
    attributes: new Map(),
    hasSpread: false,
    children: [],
    parent: consent,
    conditional,
    classes: { tokens: [], hasUnknown: false },
    inlineStyle: styled(kind === 'accept' ? ACCEPT_STYLE : DECLINE_STYLE, consent, `${prefix}Style`, program, keepDefaults),
    importSource: undefined,
  };
  // A button of the banner, not the banner: the library component is the bar.
  delete element.library;
  const classes = consent.attributes.get(`${prefix}Classes`)?.value;
  if (classes?.kind === 'static' && typeof classes.value === 'string') element.classes.tokens = classes.value.split(/\s+/).filter(Boolean).map((name) => ({ name, conditional: false }));
  else if (classes) element.classes.hasUnknown = true;
  const label = consent.attributes.get(`${prefix}Text`);
  let text: UIText['text'];
  if (!label) text = { known: true, value: DEFAULT_TEXT[kind] };
  else if (label.value.kind === 'static' && (typeof label.value.value === 'string' || typeof label.value.value === 'number')) text = { known: true, value: String(label.value.value) };
  else if (label.value.kind === 'element') {
    label.value.element.parent = element;
    element.children = [label.value.element];
    return element;
  } else text = { known: false, reason: label.value.kind === 'dynamic' ? label.value.reason : 'dynamic-expression' };
  element.children = [{ kind: 'text', text, range: element.range, loc: element.loc, parent: element }];
  return element;
}

/** Add the buttons every `<CookieConsent>` in the model renders. */
export function renderCookieConsent(model: UIModel, program: TSESTree.Program): void {
  for (const consent of [...model.elements]) {
    if (consent.importSource !== SOURCE || consent.semantic !== 'dialog' || consent.semanticSource !== 'preset') continue;
    const disableStyles = flag(consent, 'disableStyles');
    const disableButtons = flag(consent, 'disableButtonStyles');
    const keepDefaults = disableStyles === undefined || disableButtons === undefined ? undefined : !disableStyles && !disableButtons;
    consent.tag = 'div';
    consent.inlineStyle = styled(BAR_STYLE, consent, 'style', program, disableStyles === undefined ? undefined : !disableStyles);
    const decline = flag(consent, 'enableDeclineButton');
    const buttons = [button(consent, 'accept', program, keepDefaults, false)];
    if (decline !== false) buttons.unshift(button(consent, 'decline', program, keepDefaults, decline === undefined));
    if (flag(consent, 'flipButtons') === true) buttons.reverse();
    consent.children = [...consent.children, ...buttons];
    model.elements.push(...buttons);
  }
}
