/**
 * A stylesheet indexed for the cascade: each style rule's selectors parsed once (postcss-selector-parser), with
 * specificity, source order and the conditions (media queries, state pseudo-classes) it applies under.
 * Selectors honest-ui cannot evaluate statically (sibling combinators, structural pseudo-classes) are skipped,
 * not guessed.
 */
import type { AtRule, Declaration as PostcssDeclaration, Root, Rule } from 'postcss';
import type selectorParser from 'postcss-selector-parser';
import { selectorParserLib } from './postcss.js';
import type { UnresolvedReason } from '../model/types.js';

export type Specificity = readonly [number, number, number];

export interface SimpleSelector {
  tag?: string;
  ids: string[];
  classes: string[];
  /** `[href]`, `[type="checkbox" i]`: `operator` and `value` absent for a presence test. */
  attributes: Array<{ name: string; operator?: string; value?: string; insensitive?: true }>;
  /** State pseudo-classes (`:hover`, `:focus`): the rule applies only in that state. */
  states: string[];
  /** `:not(.x)` with simple class or tag arguments. */
  not: SimpleSelector[];
}

/** A complex selector as a chain, subject last: `.banner .actions > a` → [.banner, ' ', .actions, '>', a]. */
export interface ComplexSelector {
  compounds: SimpleSelector[];
  /** combinators[i] joins compounds[i] and compounds[i + 1]: ' ' (descendant) or '>' (child). */
  combinators: Array<' ' | '>'>;
  specificity: Specificity;
  /** Matches the document root (`html`, `body`, `:root`): applies to every tree as an ancestor. */
  root: boolean;
}

export interface Declaration {
  property: string;
  value: string;
  important: boolean;
  line: number;
  column: number;
  /**
   * Set when the value can't be known statically (a Sass function, a CSS-in-JS interpolation). With property `*`
   * (ANY_PROPERTY in scss.ts) the declaration stands for a mixin that could set any property.
   */
  unknown?: UnresolvedReason;
}

export interface IndexedRule {
  selector: ComplexSelector;
  selectorText: string;
  declarations: Declaration[];
  /** Position in the sheet, for source order. */
  order: number;
  /** Media/supports conditions the rule sits under, outermost first. */
  conditions: string[];
  file: string;
  line: number;
}

export interface StyleSheetIndex {
  file: string;
  rules: IndexedRule[];
  /** Selectors that were skipped because they can't be evaluated statically, for verbose output. */
  skipped: string[];
  /**
   * Its class names are written by hand (a stylesheet, a CSS module), so a class computed at run time could be one
   * of them; not so for the classes CSS-in-JS generates.
   */
  namedClasses: boolean;
}

const STATE_PSEUDOS = new Set([':hover', ':focus', ':focus-visible', ':focus-within', ':active', ':visited', ':checked', ':target', ':disabled', ':enabled', ':placeholder-shown', ':invalid', ':valid', ':indeterminate']);
const ROOT_TAGS = new Set(['html', 'body']);
const CONDITIONAL_AT_RULES = new Set(['media', 'supports', 'container', 'layer', 'document']);

class UnsupportedSelector extends Error {}

function emptySimple(): SimpleSelector {
  return { ids: [], classes: [], attributes: [], states: [], not: [] };
}

function compileSelector(selector: selectorParser.Selector): ComplexSelector {
  const compounds: SimpleSelector[] = [emptySimple()];
  const combinators: Array<' ' | '>'> = [];
  let ids = 0;
  let classes = 0;
  let types = 0;
  let root = false;
  const current = (): SimpleSelector => compounds[compounds.length - 1] as SimpleSelector;
  for (const node of selector.nodes) {
    switch (node.type) {
      case 'tag': {
        const tag = node.value.toLowerCase();
        if (ROOT_TAGS.has(tag) && compounds.length === 1) root = true;
        current().tag = tag;
        types++;
        break;
      }
      case 'class':
        current().classes.push(node.value);
        classes++;
        break;
      case 'id':
        current().ids.push(node.value);
        ids++;
        break;
      case 'attribute':
        current().attributes.push({ name: node.attribute, ...(node.operator ? { operator: node.operator } : {}), ...(node.value !== undefined ? { value: node.value } : {}), ...(node.insensitive ? { insensitive: true as const } : {}) });
        classes++;
        break;
      case 'universal':
      case 'nesting':
        break;
      case 'pseudo': {
        const name = node.value.toLowerCase();
        if (name === ':root') {
          root = true;
          classes++;
        } else if (STATE_PSEUDOS.has(name)) {
          current().states.push(name);
          classes++;
        } else if (name === ':not' || name === ':is' || name === ':where') {
          if (name !== ':not') throw new UnsupportedSelector(name);
          for (const inner of node.nodes) {
            const compiled = compileSelector(inner);
            if (compiled.compounds.length !== 1) throw new UnsupportedSelector(':not with combinators');
            current().not.push(compiled.compounds[0] as SimpleSelector);
            classes++;
          }
        } else if (name.startsWith('::') || name === ':before' || name === ':after' || name === ':first-line' || name === ':first-letter') {
          // Pseudo-elements style generated content, not the element's own text.
          throw new UnsupportedSelector(name);
        } else {
          throw new UnsupportedSelector(name);
        }
        break;
      }
      case 'combinator': {
        const value = node.value.trim() === '' ? ' ' : node.value.trim();
        if (value !== ' ' && value !== '>') throw new UnsupportedSelector(`combinator ${value}`);
        combinators.push(value);
        compounds.push(emptySimple());
        break;
      }
      default:
        throw new UnsupportedSelector(node.type);
    }
  }
  return { compounds, combinators, specificity: [ids, classes, types], root: root && compounds.length === 1 };
}

function conditionsOf(rule: Rule): { conditions: string[]; insideRule: Rule | undefined } {
  const conditions: string[] = [];
  let insideRule: Rule | undefined;
  for (let parent = rule.parent; parent && parent.type !== 'root'; parent = parent.parent) {
    if (parent.type === 'atrule') {
      const at = parent as AtRule;
      if (at.name === 'layer') continue;
      if (CONDITIONAL_AT_RULES.has(at.name)) conditions.unshift(`@${at.name} ${at.params}`.trim());
      else conditions.unshift(`@${at.name}`);
    } else if (parent.type === 'rule') {
      insideRule ??= parent as Rule;
    }
  }
  return { conditions, insideRule };
}

/**
 * @param unknownValues declarations (of a flattened SCSS or CSS-in-JS sheet) whose value could not be resolved.
 * @param namedClasses whether a class computed at run time could match this sheet's class rules (not so
 * for the generated classes of CSS-in-JS).
 */
export function indexStylesheet(root: Root, file: string, unknownValues?: WeakMap<PostcssDeclaration, UnresolvedReason>, namedClasses = true): StyleSheetIndex {
  const index: StyleSheetIndex = { file, rules: [], skipped: [], namedClasses };
  let order = 0;
  root.walkRules((rule) => {
    const { conditions, insideRule } = conditionsOf(rule);
    // Keyframes and font-face bodies are not element styles.
    if (conditions.some((c) => /^@(?:-[a-z]+-)?keyframes|^@font-face|^@page/.test(c))) return;
    // Nested rules (CSS nesting, SCSS) are resolved by the SCSS support; plain CSS nesting is skipped here.
    if (insideRule) {
      index.skipped.push(rule.selector);
      return;
    }
    const declarations: Declaration[] = [];
    rule.each((child) => {
      if (child.type === 'decl') {
        const unknown = unknownValues?.get(child);
        declarations.push({ property: child.prop.toLowerCase(), value: child.value, important: child.important === true, line: child.source?.start?.line ?? 0, column: child.source?.start?.column ?? 0, ...(unknown ? { unknown } : {}) });
      }
    });
    if (declarations.length === 0) return;
    let selectors: selectorParser.Root;
    try {
      selectors = selectorParserLib()().astSync(rule.selector);
    } catch {
      index.skipped.push(rule.selector);
      return;
    }
    const ruleOrder = order++;
    for (const selector of selectors.nodes) {
      try {
        const compiled = compileSelector(selector);
        index.rules.push({ selector: compiled, selectorText: selector.toString().trim(), declarations, order: ruleOrder, conditions, file, line: rule.source?.start?.line ?? 0 });
      } catch (error) {
        if (!(error instanceof UnsupportedSelector)) throw error;
        index.skipped.push(selector.toString().trim());
      }
    }
  });
  return index;
}
