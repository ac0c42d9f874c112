/**
 * no-preselected-consent: a control that grants a non-essential purpose is on by default.
 * Follows GDPR Recital 32 and Planet49 (a pre-ticked box is no consent) and CPRA § 7004(a)(4).
 */
import type { NoPreselectedConsentOptions } from '../catalog/no-preselected-consent.js';
import { tokenize } from '../context/text.js';
import { defaultOn } from './default-off.js';
import type { Check, Finding, Review } from './types.js';
import { finding, quote } from './util.js';

const RULE = 'no-preselected-consent';

export const checkNoPreselectedConsent: Check<NoPreselectedConsentOptions> = (analysis, options) => {
  const { lexicon } = analysis.consent;
  const extraEssential = (options.essentialWords ?? []).map((w) => ` ${tokenize(w).join(' ')} `).filter((w) => w.trim());
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  for (const control of analysis.consent.controls) {
    if (control.purposes.length === 0 || control.essential) continue;
    const tokens = tokenize(control.label.value);
    const joined = ` ${tokens.join(' ')} `;
    if (extraEssential.some((w) => joined.includes(w))) continue;
    // "Don't use my data for marketing" checked is the privacy-protective state: a trick question, not a default.
    if (lexicon.negations.matches(tokens)) continue;
    const label = quote(control.label.value);
    const on = defaultOn(RULE, control, label, analysis.source);
    if (!on) continue;
    if ('review' in on) reviews.push(on.review);
    else findings.push(finding(RULE, control.element, 'preselected', { control: control.semantic, label, purpose: control.purposes.map((p) => lexicon.purposeName(p)).join(', '), via: on.via }, on.suggestions));
  }
  return { findings, reviews };
};
