/**
 * The words a parsed file can show, for the pre-filter's second look (prefilter.ts). The text pre-filter reads a
 * file's whole text, identifiers included, because it runs before parsing and cannot tell copy from code: a settings
 * page's `onClick`, `addEventListener` and `style.left` give it "on", "add" and "left", and an everyday component
 * passes on words no reader ever sees. On real apps (excalidraw, plane, react-admin, blueprint) nearly every file
 * the text filter let through held no consent context at all, and each was parsed, modelled, its components
 * expanded and its imports parsed for nothing.
 *
 * Once a file is parsed, the words its UI can show are known from the syntax. The analysis reads text only from:
 * - string literals and template literal text (copy, labels, `name`/`id` values split at camelCase, translation
 *   keys and their default messages), except where a module is imported from;
 * - JSX text;
 * - the names of the elements a file renders (`<OfferCountdown>`, `<CookieConsent>`: a claim's or a library's
 *   component is recognised by its name);
 * - the keys of object literals, in a file that reads keys (`Object.keys({ marketing: true })` renders
 *   "marketing"), and enum member names.
 * Everything else (variables, functions, destructured names, properties read or called, attribute names,
 * comments) is code, never text. A check that reads a word elsewhere must add that place here; tests/engine/prefilter.test.ts checks every
 * fixture with a finding or a review still passes.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { forEachChild, jsxTagName, type Node } from '../model/estree.js';

/** `Object.keys`, `Object.entries`: the only ways an object's keys become text (src/model/forms.ts). */
const KEY_READERS = new Set(['keys', 'entries']);

/** The copy of a parsed program, one piece per line. */
export function copyText(program: TSESTree.Program): string {
  const pieces: string[] = [];
  // Object keys are copy only in a file that reads keys: a style object's `left` and a config's `only` are not.
  const keys: string[] = [];
  let readsKeys = false;
  const stack: Node[] = [program];
  const visit = (child: Node): void => {
    stack.push(child);
  };
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    switch (node.type) {
      case 'Identifier':
        if (KEY_READERS.has(node.name)) readsKeys = true;
        continue;
      case 'ObjectPattern':
        // Destructuring names bindings; only default values (`{ label = 'Accept' }`) can be copy.
        for (const property of node.properties) {
          if (property.type === 'Property') {
            if (property.key.type === 'Identifier' && KEY_READERS.has(property.key.name)) readsKeys = true;
            visit(property.value);
          } else {
            visit(property);
          }
        }
        continue;
      case 'Literal':
        if (typeof node.value === 'string') {
          pieces.push(node.value);
          if (KEY_READERS.has(node.value)) readsKeys = true;
        }
        continue;
      case 'TemplateElement':
        pieces.push(node.value.cooked ?? node.value.raw);
        continue;
      case 'JSXText':
        pieces.push(node.value);
        continue;
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ImportExpression':
        // Where a module comes from is no copy (`import { track } from './analytics'`); what it imports is named by
        // the elements that render it.
        continue;
      case 'ExportNamedDeclaration':
        if (node.declaration) visit(node.declaration);
        continue;
      case 'JSXOpeningElement':
        pieces.push(jsxTagName(node.name));
        break;
      case 'Property':
        if (!node.computed && node.key.type === 'Identifier') keys.push(node.key.name);
        break;
      case 'TSEnumMember':
        if (node.id.type === 'Identifier') pieces.push(node.id.name);
        break;
      default:
        break;
    }
    forEachChild(node, visit);
  }
  if (readsKeys) pieces.push(...keys);
  return pieces.join('\n');
}
