/**
 * Where a file renders its own components. A settings page often declares its sections beside it
 * (`function TelemetryLogs() {...}`, rendered as `<TelemetryLogs />` inside the page's panel): the section's JSX is a
 * root of the model of its own, and its text is drawn on the panel's background, in the panel's colours, not on the
 * document's. The style resolver (src/css/resolve.ts) asks this for a root's use sites and inherits from there.
 */
import type { UIElement, UIModel } from './types.js';

/**
 * A root's use sites in the file: the elements that render the component the root belongs to, written in this file
 * (`<TelemetryLogs />`, whether or not it was expanded in place) or brought in by expanding one of this file's
 * components. Elements an imported component brings with it render that module's components, not this file's.
 */
export function hostsOf(model: UIModel, file: string | undefined): (root: UIElement) => readonly UIElement[] {
  const components = new Set<string>();
  for (const root of model.roots) if (root.component !== undefined) components.add(root.component);
  if (components.size === 0) return () => [];
  const sites = new Map<string, UIElement[]>();
  for (const element of model.elements) {
    if (!components.has(element.name)) continue;
    if (element.rendered && (file === undefined || element.rendered.via !== file)) continue;
    const list = sites.get(element.name);
    if (list) list.push(element);
    else sites.set(element.name, [element]);
  }
  return (root) => (root.parent === null && root.component !== undefined ? (sites.get(root.component) ?? []) : []);
}
