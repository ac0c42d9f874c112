/**
 * no-unbalanced-choices: accept and decline offered together, the decline drawn weaker.
 * Follows CPRA § 7004(a)(2) (symmetry in choice), Colorado Rule 7.09 ("less prominent size, font, or styling"),
 * the EDPB Cookie Banner Taskforce (reject as a link where accept is a button; low-contrast reject).
 * A yes/no question that asks for consent (two radios, a segmented control) is an accept/decline pair too: its
 * "No" is weighed against its "Yes", label against label (or button against button).
 */
import type { NoUnbalancedChoicesOptions } from '../catalog/no-unbalanced-choices.js';
import type { ConsentControl } from '../context/controls.js';
import type { Choice, ConsentContext } from '../context/detect.js';
import { optionLabel } from '../context/questions.js';
import type { UIElement } from '../model/types.js';
import { describeAppearance } from '../visual/appearance.js';
import { describeChoice, primaryChoice, strongest, weaknesses } from './choices.js';
import { hiddenOutright } from './no-hidden-decline.js';
import type { Check, Finding, Review } from './types.js';
import { finding, quote, review } from './util.js';

const RULE = 'no-unbalanced-choices';

/** How a message names a choice: its label, or for a translated label the handler it was classified by. */
function choiceName(choice: Choice | undefined): string {
  if (!choice) return '';
  if (choice.label.value.trim()) return quote(choice.label.value);
  const handler = choice.element.attributes.get('onClick') ?? choice.element.attributes.get('onPress');
  return handler?.value.kind === 'dynamic' && handler.value.expressionText ? `${handler.name}={${handler.value.expressionText}}` : `<${choice.element.name}>`;
}

/**
 * Whether the context's buttons are its whole choice: no consent control of its own carries the answer. There a
 * sign-up or an offer's claim ("Subscribe", "Jetzt 10 % sichern") is the yes that its "No thanks" answers, as an
 * accept is. Where a box carries the consent, the form's "Pay now" is the purchase and its "Cancel" leaves it: the
 * two are not the answer and its refusal, and only an accept is weighed against the decline.
 */
function buttonsDecide(context: ConsentContext): boolean {
  return !context.controls.some((control) => control.purposes.length > 0 && !control.essential);
}

export const checkNoUnbalancedChoices: Check<NoUnbalancedChoicesOptions> = (analysis, options) => {
  const findings: Finding[] = [];
  const reviews: Review[] = [];
  for (const context of analysis.consent.contexts) {
    const declines = context.choices.filter((c) => c.kind === 'decline');
    if (declines.length === 0) continue;
    const accept = buttonsDecide(context) ? primaryChoice(context, analysis) : strongest(context.choices.filter((c) => c.kind === 'accept'), analysis);
    if (!accept) continue;
    // The best decline on offer decides: one equal "Reject all" balances a weaker "Continue without accepting".
    let weakest: { decline: (typeof declines)[number]; factors: ReturnType<typeof weaknesses> } | undefined;
    let balanced = false;
    for (const decline of declines) {
      // A decline nobody sees is no-hidden-decline's finding, not a weaker drawing of a choice.
      if (hiddenOutright(decline, context, analysis)) continue;
      const appearance = describeAppearance(decline.element, analysis.styles);
      const factors = weaknesses(accept, appearance, options);
      if (factors.length === 0) {
        if (!accept.presentation.known || !appearance.presentation.known) {
          const unknown = accept.presentation.known ? appearance.presentation : accept.presentation;
          if (!unknown.known) reviews.push(review(RULE, decline.element, unknown.reason, `style of '${choiceName(decline)}' or of the accept beside it unresolved${unknown.detail ? ` (${unknown.detail})` : ''}`));
        }
        balanced = true;
        break;
      }
      if (!weakest || factors.length < weakest.factors.length) weakest = { decline, factors };
    }
    if (balanced || !weakest) continue;
    const acceptLabel = choiceName(analysis.consent.choices.get(accept.element));
    const declineAppearance = describeAppearance(weakest.decline.element, analysis.styles);
    findings.push(
      finding(RULE, weakest.decline.element, 'weakerDecline', {
        accept: acceptLabel,
        decline: choiceName(weakest.decline),
        factors: weakest.factors.map((f) => f.text).join('; '),
        acceptStyle: describeChoice(accept),
        declineStyle: describeChoice(declineAppearance),
      }),
    );
  }
  for (const question of analysis.consent.questions) {
    if (!question.asksConsent) continue;
    // A radio's text is its label; a segmented control's option is the button itself.
    const drawn = (option: ConsentControl): UIElement => (option.element.semantic === 'button' ? option.element : (option.labelElement ?? option.element));
    const yes = describeAppearance(drawn(question.yes), analysis.styles);
    const no = describeAppearance(drawn(question.no), analysis.styles);
    const factors = weaknesses(yes, no, options);
    if (factors.length === 0) continue;
    findings.push(
      finding(RULE, drawn(question.no), 'weakerDecline', {
        accept: quote(optionLabel(question.yes)),
        decline: quote(optionLabel(question.no)),
        factors: factors.map((f) => f.text).join('; '),
        acceptStyle: describeChoice(yes),
        declineStyle: describeChoice(no),
      }),
    );
  }
  return { findings, reviews };
};
