/**
 * Material disclosures in a consent context: the blocks of text a person reads (not the choices or controls), and
 * the material topics each speaks of (data use, AI training, sharing, retention, price, renewal, cancellation).
 * Shared by the rules about how disclosures are shown (no-fine-print), where (no-buried-consent) and whether the
 * prompt states them at all (no-vague-disclosure-link, no-bundled-consent).
 */
import type { ConsentAnalysis, ConsentContext } from '../context/detect.js';
import { isClickable, ownElements } from '../context/detect.js';
import { clauseText } from '../context/clauses.js';
import { ancestors, descendants, staticAttribute, textContent, type ResolvedText } from '../model/query.js';
import type { UIElement } from '../model/types.js';

const NOT_TEXT = new Set(['button', 'link', 'checkbox', 'switch', 'radio', 'input', 'select', 'image']);
/** Code shown as code (a snippet, a command, a key): `$ terraform apply` is a shell prompt, not a price. */
const CODE_TAGS = new Set(['pre', 'code', 'kbd', 'samp']);

const isCode = (element: UIElement): boolean => element.tag !== undefined && CODE_TAGS.has(element.tag);

/**
 * A link drawn as a card, with a heading of its own: a feature list's "Share & Collaborate" card that leads to
 * /features/share-and-collaborate (openpanel's landing page), a blog teaser. Its text says where the link goes, and
 * is no term stated beside the page's button.
 */
const isLinkCard = (element: UIElement): boolean => element.semantic === 'link' && [...descendants(element)].some((inner) => inner.semantic === 'heading');

/**
 * Elements that hold text directly (a text node child), innermost first: the blocks a person reads. A select's
 * options (`<option>$5M - $10M</option>`, a Radix Select's items) are values to pick, not terms stated.
 */
export function textBlocks(context: ConsentContext, consent: ConsentAnalysis): UIElement[] {
  return ownElements(context, consent).filter(
    (element) =>
      !NOT_TEXT.has(element.semantic) &&
      element.children.some((child) => child.kind === 'text' && child.text.known && child.text.value.trim().length > 0) &&
      !isCode(element) &&
      ![...ancestors(element)].some((a) => consent.choices.has(a) || isCode(a) || isLinkCard(a) || a.semantic === 'select'),
  );
}

/**
 * The material topics an element's text speaks of, as lexicon keys, each once. `withoutLinks` leaves out the text
 * of links inside it: "California residents: <a>Do not sell or share my personal information</a>" is a route to a
 * choice, not a term stated in the text.
 */
export function materialTopics(element: UIElement, consent: ConsentAnalysis, options: { withoutLinks?: boolean } = {}): string[] {
  // Code inside the text (`Run <code>$ npm start</code>`) is shown as code, not stated as a term.
  const skip = (inner: UIElement): boolean => inner !== element && ((options.withoutLinks === true && inner.semantic === 'link') || isCode(inner));
  const tokens = consent.lexicon.clauses(clauseText(element, skip).value);
  const topics = consent.lexicon.material.matchAll(tokens).map((m) => m.value);
  // A price computed at run time (`formatPrice(total)`) is a price disclosure too.
  if (textContent(element, skip).slots?.some((slot) => slot.slot === 'price')) topics.push('price');
  return [...new Set(topics)];
}

/** Roles of a message the page shows about what just happened: an error, a saved notice. */
const STATUS_ROLES = new Set(['alert', 'status']);

/**
 * An error or status message shown only when something happens (`{failed && <p role="alert">Your consent could not
 * be saved.</p>}`): it reports on the page's own work and discloses nothing, whatever words it uses.
 */
function transientStatus(element: UIElement): boolean {
  if (!element.conditional) return false;
  const role = staticAttribute(element, 'role');
  return typeof role === 'string' && STATUS_ROLES.has(role);
}

/**
 * The text a context shows in its own body: without its links, buttons, choices, the contexts nested in it and the
 * error or status messages it shows when something happens. It is complete where every sentence is read: a value
 * inside one ("take effect on {date}") leaves it complete.
 */
export function bodyText(context: ConsentContext, consent: ConsentAnalysis): ResolvedText {
  const nested = new Set(consent.contexts.filter((c) => c !== context).map((c) => c.root));
  return clauseText(context.root, (element) => nested.has(element) || isClickable(element) || consent.choices.has(element) || transientStatus(element), true);
}
