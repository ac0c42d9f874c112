/**
 * no-bundled-consent: accepting the terms and granting a separate purpose (marketing, sharing, AI training) with one
 * act. Three shapes:
 * - a checkbox or switch whose label accepts a legal document and then grants a purpose ("I agree to the Terms and
 *   to receive marketing emails");
 * - an accept button whose label does both ("Accept terms and allow training");
 * - a prompt about the terms whose only accept action, by its own text, also grants a purpose that has no control
 *   of its own ("By clicking Accept you agree to the new Terms and to the use of your chats to train our models").
 * Follows GDPR Art. 7(2) (a consent request clearly distinguishable from other matters), Recital 32 and the EDPB's
 * consent guidelines (consent per purpose, not bundled with the terms), and CPRA § 7004(a)(4) (no bundling).
 *
 * Two legal documents ("the Terms of Service and Privacy Policy") are one acceptance, not a bundle; a cookie banner's
 * "Accept all" accepts no terms; a negated purpose ("I don't want offers") grants nothing.
 */
import type { NoBundledConsentOptions } from '../catalog/no-bundled-consent.js';
import type { Lexicon } from '../context/lexicon.js';
import type { PhraseMatch } from '../context/text.js';
import { contains, textContent } from '../model/query.js';
import type { UIElement } from '../model/types.js';
import { bodyText, textBlocks } from './disclosures.js';
import type { Check, Finding } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'no-bundled-consent';
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '\n']);
/** Only these controls can be ticked to accept: a radio answers a question, it doesn't accept a document. */
const TICKED = new Set(['checkbox', 'switch']);

/** Split text into sentences in one pass (no regular expression over user text). */
function sentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (SENTENCE_ENDS.has(ch)) {
      if (current.trim()) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current);
  return out;
}

function names(matches: readonly PhraseMatch<string>[], lexicon: Lexicon): string {
  return [...new Set(matches.map((m) => m.value))].map((key) => lexicon.purposeName(key)).join(' and ');
}

/**
 * Whether a purpose only says what a privacy policy describes ("...and Privacy Policy, which explains how we use
 * analytics"; "See our Privacy Policy for how we use your data for marketing"): the nearest document before it is a
 * privacy policy, with no word that grants (grantWords) between them or opening the purpose. A privacy policy
 * informs; naming its contents grants nothing, while "...and Privacy Policy and agree to share my data" and "...and
 * Privacy Policy and would like to receive offers" still do.
 */
function describesPolicy(purpose: PhraseMatch<string>, documents: readonly PhraseMatch<string>[], grants: readonly PhraseMatch<string>[]): boolean {
  let nearest: PhraseMatch<string> | undefined;
  for (const d of documents) if (d.start + d.length <= purpose.start && (!nearest || d.start > nearest.start)) nearest = d;
  if (nearest?.value !== 'privacy-policy') return false;
  const after = nearest.start + nearest.length;
  return !grants.some((grant) => grant.start >= after && grant.start <= purpose.start);
}

/** Words of accepting in a sentence: one says what accepting does ("By clicking Accept, you agree...", "If you continue..."). */
const acceptWords = (tokens: readonly string[], lexicon: Lexicon): PhraseMatch<string>[] => lexicon.choices.matchAll(tokens).filter((m) => m.value === 'accept');

/**
 * Words that grant what follows them: accepting, or asking for it in the first person ("...and would like to receive
 * offers", "...en ontvang graag aanbiedingen"), which may open the purpose's own words.
 */
function grantWords(tokens: readonly string[], lexicon: Lexicon): PhraseMatch<string>[] {
  return [...acceptWords(tokens, lexicon), ...lexicon.consentRequests.matchAll(tokens).map((m) => ({ ...m, value: 'request' }))];
}

export const checkNoBundledConsent: Check<NoBundledConsentOptions> = (analysis) => {
  const findings: Finding[] = [];
  const { consent } = analysis;
  const { lexicon } = consent;

  for (const control of consent.controls) {
    if (!TICKED.has(control.semantic) || !control.label.complete) continue;
    const tokens = lexicon.clauses(control.label.value);
    const documents = lexicon.legalDocuments.matchAll(tokens);
    if (documents.length === 0 || lexicon.negations.matches(tokens)) continue;
    // The document is accepted first, then the purpose granted: "Send me offers (see our Privacy Policy)" only
    // points to the policy.
    const firstDocument = documents.reduce((first, d) => Math.min(first, d.start), Number.POSITIVE_INFINITY);
    const grants = grantWords(tokens, lexicon);
    const purposes = lexicon.purposes.matchAll(tokens).filter((p) => p.start > firstDocument && !describesPolicy(p, documents, grants));
    if (purposes.length === 0) continue;
    findings.push(
      finding(RULE, control.element, 'bundledControl', {
        control: control.semantic,
        label: quote(control.label.value),
        terms: names(documents, lexicon),
        purpose: names(purposes, lexicon),
      }),
    );
  }

  const reported = new Set<UIElement>();
  for (const choice of consent.choices.values()) {
    if (choice.kind !== 'accept' || !choice.label.complete) continue;
    const tokens = lexicon.clauses(choice.label.value);
    const documents = lexicon.legalDocuments.matchAll(tokens);
    const purposes = lexicon.purposes.matchAll(tokens);
    if (documents.length === 0 || purposes.length === 0 || lexicon.negations.matches(tokens)) continue;
    reported.add(choice.element);
    findings.push(finding(RULE, choice.element, 'bundledButton', { label: quote(choice.label.value), terms: names(documents, lexicon), purpose: names(purposes, lexicon) }));
  }

  for (const context of consent.contexts) {
    const accepts = context.choices.filter((c) => c.kind === 'accept');
    const commits = context.choices.filter((c) => c.kind === 'commit');
    const action = accepts.length === 1 ? accepts[0] : accepts.length === 0 && commits.length === 1 ? commits[0] : undefined;
    // A settings button may hold the separate choices; what it opens can't be seen from here.
    if (!action || reported.has(action.element) || context.choices.some((c) => c.kind === 'manage')) continue;
    const separate = new Set(context.controls.flatMap((c) => c.purposes));
    const labels = context.controls.flatMap((c) => (c.labelElement ? [c.labelElement, c.element] : [c.element]));
    const blocks = textBlocks(context, consent).filter((block) => !labels.some((l) => contains(block, l) || contains(l, block)));
    // Text that can't be read may be the sentence that offers the separate choice.
    if (!bodyText(context, consent).complete) continue;
    const texts = blocks.map((block) => textContent(block));
    const terms: PhraseMatch<string>[] = [];
    const granted: PhraseMatch<string>[] = [];
    for (const text of texts) {
      for (const sentence of sentences(text.value)) {
        const tokens = lexicon.clauses(sentence);
        const documents = lexicon.legalDocuments.matchAll(tokens);
        terms.push(...documents.filter((d) => d.value === 'terms'));
        const accepts = acceptWords(tokens, lexicon);
        if (accepts.length === 0 || lexicon.negations.matches(tokens)) continue;
        granted.push(...lexicon.purposes.matchAll(tokens).filter((p) => !separate.has(p.value) && !describesPolicy(p, documents, grantWords(tokens, lexicon))));
      }
    }
    if (terms.length === 0 || granted.length === 0) continue;
    findings.push(finding(RULE, action.element, 'bundledAction', { label: quote(action.label.value), terms: names(terms, lexicon), purpose: names(granted, lexicon) }));
  }
  return { findings, reviews: [] };
};
