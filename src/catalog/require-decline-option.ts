import type { RuleMeta } from './types.js';

/** require-decline-option takes no options: one click to decline is the rule, not a threshold. */
export type RequireDeclineOptionOptions = Record<string, never>;

export const requireDeclineOption: RuleMeta<RequireDeclineOptionOptions> = {
  id: 'require-decline-option',
  description: 'Require a consent prompt that offers an accept option to offer a decline option on the same layer.',
  harm: 'A banner with "Accept all" and only "Settings" or "Maybe later" beside it makes accepting one click and refusing a hunt through menus, so people accept to make it go away. Regulators require refusing to be as easy as accepting: a decline on the same layer as the accept.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['cpra-7004-a2', 'edpb-cookie-taskforce', 'gdpr-art-7', 'colorado-7-09'],
  messages: {
    missingDecline:
      "This prompt offers '{{accept}}' but no way to decline beside it (other choices: {{others}}). Add a decline such as 'Reject all' on the same layer, one click like accepting (CPRA § 7004(a)(2); EDPB Cookie Banner Taskforce).",
    acknowledgeOnly:
      "This notice is about {{purposes}} but offers only '{{accept}}' (other choices: {{others}}). Ask for consent with a decline such as 'Reject' beside it, or drop the non-essential purposes (GDPR Art. 7; EDPB Cookie Banner Taskforce).",
    // The browser audit's `--explore` clicks the prompt's manage choice once and tells these two apart.
    declineOnlyOnSecondLayer:
      "This prompt offers '{{accept}}' on its first layer, but '{{decline}}' only behind '{{manage}}' (other choices: {{others}}). Put the decline on the first layer, one click like accepting (CPRA § 7004(a)(2); EDPB Cookie Banner Taskforce).",
    noDeclineOnEitherLayer:
      "This prompt offers '{{accept}}' but no way to decline, on its first layer or behind '{{manage}}' (other choices: {{others}}). Add a decline such as 'Reject all' beside the accept (CPRA § 7004(a)(2); EDPB Cookie Banner Taskforce).",
  },
  schema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
  hasSuggestions: false,
};
