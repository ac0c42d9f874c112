/**
 * Buttons a library draws from props rather than from children: an Ant Design `Modal` without a `footer` prop
 * renders its own footer, a default "Cancel" button and a primary "OK" button, labelled by `cancelText` and
 * `okText` and after the body (ant.design/components/modal#api: `footer` defaults to the OK and Cancel buttons;
 * `okType` "primary"; en_US locale texts "OK" and "Cancel"; components/modal/shared.tsx renders Cancel then OK).
 * They join the model as the library renders them, as antd Buttons, so their look is the library's data.
 */
import type { Attribute, UIElement, UIModel, UINode, UIText } from './types.js';

interface FooterButton {
  textProp: string;
  defaultText: string;
  type: 'default' | 'primary';
  handler: string;
  propsProp: string;
}

const ANTD_MODAL_BUTTONS: readonly FooterButton[] = [
  { textProp: 'cancelText', defaultText: 'Cancel', type: 'default', handler: 'onCancel', propsProp: 'cancelButtonProps' },
  { textProp: 'okText', defaultText: 'OK', type: 'primary', handler: 'onOk', propsProp: 'okButtonProps' },
];

function footerButton(modal: UIElement, spec: FooterButton): UIElement {
  const textAttribute = modal.attributes.get(spec.textProp);
  const typeAttribute = spec.type === 'primary' ? modal.attributes.get('okType') : undefined;
  // Findings point at the prop that labels the button, or at the modal.
  const at = textAttribute ?? modal.attributes.get(spec.handler);
  const end = modal.range[1];
  const attribute = (name: string, value: Attribute['value']): Attribute => ({ name, value, range: at?.range ?? modal.openingRange, loc: at?.loc ?? modal.openingLoc });
  const attributes = new Map<string, Attribute>();
  attributes.set('type', typeAttribute ? { ...typeAttribute, name: 'type' } : attribute('type', { kind: 'static', value: spec.type, range: [end, end] }));
  const handler = modal.attributes.get(spec.handler);
  if (handler) attributes.set('onClick', { ...handler, name: 'onClick' });
  const element: UIElement = {
    ...modal,
    range: [end, end],
    loc: { start: { ...modal.loc.end }, end: { ...modal.loc.end } },
    openingRange: at?.range ?? modal.openingRange,
    openingLoc: at?.loc ?? modal.openingLoc,
    name: 'Button',
    intrinsic: false,
    tag: 'button',
    semantic: 'button',
    semanticSource: 'preset',
    emphasis: spec.type === 'primary' ? (typeAttribute ? undefined : 'filled') : 'outlined',
    attributes,
    // okButtonProps / cancelButtonProps may restyle it.
    hasSpread: modal.attributes.has(spec.propsProp),
    children: [],
    parent: modal,
    conditional: modal.conditional,
    classes: { tokens: [], hasUnknown: false },
    inlineStyle: { declarations: [], hasUnknown: false },
    library: { id: 'antd', component: 'Button' },
  };
  delete element.rendered;
  if (typeAttribute?.value.kind === 'static' && typeof typeAttribute.value.value === 'string') element.emphasis = typeAttribute.value.value === 'primary' ? 'filled' : typeAttribute.value.value === 'link' ? 'link' : typeAttribute.value.value === 'text' ? 'text' : 'outlined';
  let children: UINode[];
  if (!textAttribute) children = [text(element, { known: true, value: spec.defaultText })];
  else if (textAttribute.value.kind === 'static' && (typeof textAttribute.value.value === 'string' || typeof textAttribute.value.value === 'number')) children = [text(element, { known: true, value: String(textAttribute.value.value) })];
  else if (textAttribute.value.kind === 'element') {
    textAttribute.value.element.parent = element;
    children = [textAttribute.value.element];
    // The label element now stands in the button, not before the modal's body.
    modal.attributes.delete(spec.textProp);
  } else children = [text(element, { known: false, reason: textAttribute.value.kind === 'dynamic' ? textAttribute.value.reason : 'dynamic-expression' })];
  element.children = children;
  return element;
}

function text(parent: UIElement, value: UIText['text']): UIText {
  return { kind: 'text', text: value, range: parent.range, loc: parent.loc, parent };
}

/** Add the footer buttons every antd Modal without a `footer` prop renders, after its body. */
export function renderLibraryParts(model: UIModel): void {
  for (const modal of [...model.elements]) {
    if (modal.library?.id !== 'antd' || modal.library.component !== 'Modal' || modal.attributes.has('footer') || modal.hasSpread) continue;
    const buttons = ANTD_MODAL_BUTTONS.map((spec) => footerButton(modal, spec));
    modal.children = [...modal.children, ...buttons];
    model.elements.push(...buttons);
  }
}

/**
 * React Native's `Text` is inline inside another `Text` (a bold word, a link in a sentence) and a block of its own
 * anywhere else, as a `View` lays its children out in a column (reactnative.dev/docs/text, "Nested text";
 * reactnative.dev/docs/flexbox: `flexDirection` defaults to `column`). Placed once the components are rendered in
 * place, where a `Text` may come to stand inside another.
 */
export function placeNativeText(model: UIModel): void {
  const isText = (element: UIElement | null): boolean => element?.library?.id === 'react-native' && element.library.component === 'Text';
  for (const element of model.elements) if (isText(element)) element.tag = isText(element.parent) ? 'span' : 'p';
}
