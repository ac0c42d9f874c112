/**
 * What a component gets from the elements around it where it is rendered, in another file: a wizard's step reads
 * the form of the `<FormProvider>`, `<Formik>` or antd `<Form>` its parent renders it in. The app's one element
 * that renders the component is found (ExternalValues.renderSites, src/resolve/renderers.ts), then the provider
 * around it in its file or, where there is none, around the element that renders that component in turn, up to
 * MAX_RENDERER_HOPS renderers up. A component rendered in more than one place or in a way not followed, from a
 * handler (`onClick={() => modals.open(<Step />)}` renders outside the provider's tree), or below an element that
 * hides the provider gets nothing.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { FileBindings } from './bindings.js';
import { unwrapExpression, type Node } from './estree.js';

/** Modules that may render a component rendered in one place: its own and one other (more are not parsed). */
const ONE_RENDERER = 2;

/** How many renderers up a provider is looked for: a step, the list of steps, the wizard. */
const MAX_RENDERER_HOPS = 3;

/** What an element between a component and its renderer's root is: the provider, one that hides it, or neither. */
export type ProviderTest = (tag: string, bindings: FileBindings) => 'provides' | 'hides' | 'passes';

/** The element that provides what the component around `at` reads, with the bindings it is written in. */
export function renderedInside(at: TSESTree.Range, bindings: FileBindings, test: ProviderTest, hops = 0): { opening: TSESTree.JSXOpeningElement; bindings: FileBindings } | undefined {
  const component = bindings.program && componentAround(bindings.program, at);
  const sites = component && bindings.file ? bindings.external?.renderSites?.(bindings.file, component, ONE_RENDERER) : undefined;
  const site = sites?.length === 1 ? sites[0] : undefined;
  if (!site) return undefined;
  for (let index = site.ancestors.length - 2; index >= 0; index--) {
    const node = site.ancestors[index] as Node;
    if (node.type === 'JSXAttribute' && node.name.type === 'JSXIdentifier' && /^on[A-Z]/.test(node.name.name)) return undefined;
    if (node.type !== 'JSXElement') continue;
    const name = node.openingElement.name;
    const tag = name.type === 'JSXIdentifier' ? name.name : name.type === 'JSXMemberExpression' && name.object.type === 'JSXIdentifier' ? `${name.object.name}.${name.property.name}` : '';
    const found = test(tag, site.bindings);
    if (found === 'provides') return { opening: node.openingElement, bindings: site.bindings };
    if (found === 'hides') return undefined;
  }
  const element = site.ancestors[site.ancestors.length - 1];
  return element && hops + 1 < MAX_RENDERER_HOPS ? renderedInside(element.range, site.bindings, test, hops + 1) : undefined;
}

/** The component a top-level declaration around `at` declares: `function Step()`, `const Step = () => ...`, exported or not. */
function componentAround(program: TSESTree.Program, at: TSESTree.Range): string | undefined {
  return componentDeclaredAround(program, at)?.name;
}

/** A component declared at the top level of a module, and its function. */
export interface DeclaredComponent {
  name: string;
  fn: TSESTree.FunctionDeclaration | TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;
}

/** The component a top-level declaration around `at` declares, with its function (see componentAround). */
export function componentDeclaredAround(program: TSESTree.Program, at: TSESTree.Range): DeclaredComponent | undefined {
  const inside = (node: { range: TSESTree.Range }): boolean => node.range[0] <= at[0] && at[1] <= node.range[1];
  for (const statement of program.body) {
    if (!inside(statement)) continue;
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'FunctionDeclaration') return declaration.id ? { name: declaration.id.name, fn: declaration } : undefined;
    if (declaration?.type !== 'VariableDeclaration') return undefined;
    const declarator = declaration.declarations.find(inside);
    const init = declarator?.init && unwrapExpression(declarator.init as Node);
    return declarator?.id.type === 'Identifier' && (init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression') ? { name: declarator.id.name, fn: init } : undefined;
  }
  return undefined;
}
