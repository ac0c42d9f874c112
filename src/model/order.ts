/**
 * Document order as the page renders it. A component's elements stand where its use site renders them, in their
 * own order; children passed in stand at the component's `{children}` slot; an element passed as a prop
 * (`label={<span/>}`) stands before its owner's children, as it is written, unless the owner is a library
 * component that draws that prop after its children (an antd Modal's `footer`, src/libraries/). Source offsets
 * can't say this once components are expanded (an element brought in from another file has no offset in this
 * one), so the order is read off the rendered tree: a pre-order walk of the roots, in source order.
 */
import { slotPlace } from '../libraries/index.js';
import type { UIElement, UIModel } from './types.js';

/**
 * Number the model's elements in document order: `model.elements` is sorted by it and each element's `id` is its
 * index. Elements no root reaches (none, normally) keep their relative order at the end.
 */
export function numberInDocumentOrder(model: UIModel): void {
  const present = new Set(model.elements);
  const ordered: UIElement[] = [];
  const placed = new Set<UIElement>();
  const roots = [...model.roots].sort((a, b) => a.range[0] - b.range[0]);
  // An explicit stack: a tree may be as deep as MAX_JSX_DEPTH, times the components expanded into it.
  const stack: UIElement[] = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push(roots[r] as UIElement);
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (placed.has(element)) continue;
    placed.add(element);
    if (present.has(element)) ordered.push(element);
    const next: UIElement[] = [];
    const after: UIElement[] = [];
    for (const attribute of element.attributes.values()) {
      if (attribute.value.kind !== 'element') continue;
      (slotPlace(element, attribute.name) === 'after-children' ? after : next).push(attribute.value.element);
    }
    for (const child of element.children) if (child.kind === 'element') next.push(child);
    next.push(...after);
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as UIElement);
  }
  const rest = model.elements.filter((element) => !placed.has(element)).sort((a, b) => a.range[0] - b.range[0]);
  model.elements.splice(0, model.elements.length, ...ordered, ...rest);
  model.elements.forEach((element, index) => (element.id = index));
}

/** Negative when `a` comes before `b` in document order (numberInDocumentOrder), positive when after. */
export function compareDocumentOrder(a: UIElement, b: UIElement): number {
  return a.id - b.id;
}
