/**
 * Text as a reviewer reads it: in clauses. textContent() joins the blocks of a subtree with spaces ("Privacy" +
 * "We share your data" is "Privacy We share your data"); a phrase with a gap must not run from a heading into the
 * paragraph below it, so clauseText() puts a paragraph separator (a clause end, see tokenizeClauses) between blocks.
 * Inline formatting (<strong>, <a>, <span>...) stays inside its sentence.
 */
import { attributeText, TEXT_PROPS, type ResolvedText } from '../model/query.js';
import type { UIElement, UINode, UIText } from '../model/types.js';

/** Phrasing content that sits inside a sentence (HTML's inline formatting elements). */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
const BLOCK_SEPARATOR = '\u2029';

export function isInline(element: UIElement): boolean {
  return element.intrinsic ? INLINE_TAGS.has(element.name) : element.semantic === 'link' || (element.semantic === 'text' && element.tag !== undefined && INLINE_TAGS.has(element.tag));
}

/** What ends a sentence, so that what follows starts another. */
const SENTENCE_END = /[.!?:;…]["'”’»)]*$/;

/**
 * Whether an unreadable part of the text is a value inside a sentence, not a sentence of its own: the words before
 * it run on into it ("take effect on {date}.", "Join {count} readers") and words follow it in the same element. Such
 * a part is a date, a name or a number; it cannot be the sentence that offers a separate choice or says what a
 * change is, which a paragraph of its own (`{t('optOut')}`) can.
 */
export function valueInSentence(node: UIText): boolean {
  if (node.text.known) return false;
  const siblings = node.parent.children;
  const index = siblings.indexOf(node);
  const before = siblings[index - 1];
  const after = siblings[index + 1];
  if (before?.kind !== 'text' || !before.text.known || after?.kind !== 'text' || !after.text.known) return false;
  const lead = before.text.value.trimEnd();
  return lead !== '' && !SENTENCE_END.test(lead) && after.text.value.trim() !== '';
}

/**
 * The text of a subtree with a clause end between its blocks; `skip` leaves subtrees out, as in textContent().
 * `valuesRead`: a value inside a sentence (valueInSentence) leaves the text complete, as the rest of its sentence
 * is read.
 */
export function clauseText(element: UIElement, skip?: (element: UIElement) => boolean, valuesRead = false): ResolvedText {
  let value = '';
  let complete = true;
  const push = (text: string): void => {
    const trimmed = text.trim();
    if (trimmed) value += value && !value.endsWith(BLOCK_SEPARATOR) ? ` ${trimmed}` : trimmed;
  };
  const block = (): void => {
    if (value && !value.endsWith(BLOCK_SEPARATOR)) value += BLOCK_SEPARATOR;
  };
  const visit = (node: UINode, top: boolean): void => {
    if (node.kind === 'text') {
      if (node.text.known) push(node.text.value);
      else if (!valuesRead || !valueInSentence(node)) complete = false;
      return;
    }
    if (!top && skip?.(node)) return;
    const separate = !top && !isInline(node);
    if (separate) block();
    if (!node.intrinsic) {
      for (const prop of TEXT_PROPS) {
        const text = attributeText(node, prop);
        if (!text) continue;
        push(text.value);
        complete &&= text.complete;
        block();
      }
    }
    for (const child of node.children) visit(child, false);
    if (separate) block();
  };
  visit(element, true);
  return { value: value.endsWith(BLOCK_SEPARATOR) ? value.slice(0, -1) : value, complete };
}

