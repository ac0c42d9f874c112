/**
 * What a class component's first render reads: `this.state`, which starts as the object its `state` field or its
 * constructor sets (react.dev/reference/react/Component#state), and `this.props`, which the app's element passes or,
 * where it leaves a prop out, the class's `defaultProps` give (react.dev/reference/react/Component#static-defaultprops).
 * segment's consent-manager writes its preference dialog so: `const { advertising } = this.props`, with
 * `static defaultProps = { advertising: null }`.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { propertyKeyName, unwrapExpression, type Node } from './estree.js';

/** A class declared at the top level of a module (exported or not), with its name. */
export interface DeclaredClass {
  name: string;
  cls: TSESTree.ClassDeclaration;
}

/** The class a top-level declaration around `at` declares. */
export function classDeclaredAround(program: TSESTree.Program, at: readonly [number, number]): DeclaredClass | undefined {
  for (const statement of program.body) {
    if (statement.range[0] > at[0] || at[1] > statement.range[1]) continue;
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    return declaration?.type === 'ClassDeclaration' && declaration.id ? { name: declaration.id.name, cls: declaration } : undefined;
  }
  return undefined;
}

/** `this.state` or `this.props`, as written (`this.props!` and `(this.props as Props)` too). */
export function thisMember(node: Node, key: 'state' | 'props'): boolean {
  const inner = unwrapExpression(node);
  return inner.type === 'MemberExpression' && !inner.computed && unwrapExpression(inner.object as Node).type === 'ThisExpression' && propertyKeyName(inner) === key;
}

/** The state a class starts with: its `state = {...}` field, or the constructor's `this.state = {...}`. */
export function initialState(cls: TSESTree.ClassDeclaration): Node | undefined {
  const field = ownField(cls, 'state', false);
  if (field) return field;
  const constructor = cls.body.body.find((member): member is TSESTree.MethodDefinition => member.type === 'MethodDefinition' && member.kind === 'constructor');
  let found: Node | undefined;
  for (const statement of constructor?.value.body?.body ?? []) {
    if (statement.type !== 'ExpressionStatement') continue;
    const expression = statement.expression;
    if (expression.type !== 'AssignmentExpression' || expression.operator !== '=' || !thisMember(expression.left as Node, 'state')) continue;
    // Set twice in the constructor: which one the first render sees depends on the code between.
    if (found) return undefined;
    found = expression.right as Node;
  }
  return found;
}

/**
 * The object of a class's default props: its `static defaultProps = {...}` field, or `Name.defaultProps = {...}`
 * at the module's top level.
 */
export function defaultPropsOf(declared: DeclaredClass, program: TSESTree.Program): Node | undefined {
  const field = ownField(declared.cls, 'defaultProps', true);
  if (field) return field;
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || statement.expression.operator !== '=') continue;
    const target = statement.expression.left;
    if (target.type === 'MemberExpression' && !target.computed && target.object.type === 'Identifier' && target.object.name === declared.name && propertyKeyName(target) === 'defaultProps') {
      return statement.expression.right as Node;
    }
  }
  return undefined;
}

function ownField(cls: TSESTree.ClassDeclaration, key: string, isStatic: boolean): Node | undefined {
  for (const member of cls.body.body) {
    if (member.type === 'PropertyDefinition' && member.static === isStatic && !member.computed && member.key.type === 'Identifier' && member.key.name === key && member.value) return member.value as Node;
  }
  return undefined;
}
