import { NUMBERS } from '../standards/index.js';
import type { RuleMeta } from './types.js';

export interface NoHiddenDeclineOptions {
  /** A decline at or below this effective opacity counts as near invisible. */
  opacityThreshold: number;
  /** A decline whose text contrast is below this ratio counts as near invisible. */
  minContrast: number;
  /** A decline whose font size is at or below this many CSS px counts as near invisible. */
  minFontSize: number;
}

export const noHiddenDecline: RuleMeta<NoHiddenDeclineOptions> = {
  id: 'no-hidden-decline',
  description: 'Disallow a decline option that is present but hidden or near invisible (display:none, off-screen, faint, tiny).',
  harm: 'A "Reject" button that exists in the code but is hidden, transparent, pushed off-screen or drawn in the background colour lets a site claim a decline it never shows. People see only "Accept"; regulators count a reject that is almost illegible as no real choice.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['edpb-cookie-taskforce', 'cpra-7004-a2', 'wcag-1-4-3', 'edpb-deceptive-design'],
  messages: {
    hidden:
      "The decline '{{decline}}' is hidden ({{how}}), so nobody sees the way to refuse. Show it as plainly as the accept option (EDPB Cookie Banner Taskforce; CPRA § 7004(a)(2)).",
    hiddenUnderCondition:
      "The decline '{{decline}}' is hidden under {{condition}} ({{how}}), so people on those screens cannot refuse. Keep it visible at every size, as the accept option is (EDPB Cookie Banner Taskforce; CPRA § 7004(a)(2)).",
    nearInvisible:
      "The decline '{{decline}}' is near invisible: {{how}}. Draw it at full opacity, readable size and contrast, as plainly as the accept option (EDPB Cookie Banner Taskforce; WCAG 1.4.3).",
    ariaHidden:
      "The decline '{{decline}}' can be focused but is aria-hidden ({{how}}), so screen-reader users cannot hear the way to refuse. Remove aria-hidden from it (EDPB Guidelines 03/2022).",
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      opacityThreshold: { description: 'A decline at or below this effective opacity (own opacity times its ancestors\') counts as near invisible.', type: 'number', minimum: 0, maximum: 1 },
      minContrast: { description: 'A decline whose text contrast against its resolved background is below this ratio counts as near invisible (WCAG 1.4.11 / large-text 1.4.3: 3).', type: 'number', minimum: 1, maximum: 21 },
      minFontSize: { description: 'A decline whose font size is at or below this many CSS px counts as near invisible.', type: 'number', minimum: 0 },
    },
  },
  // 0.3 and 2px are policy values from the issue (GUIDANCE.md: "opacity at most 0.3"); 3:1 is WCAG's lowest text
  // contrast (large text, SC 1.4.3), so below it the decline is illegible by any standard.
  defaultOptions: { opacityThreshold: 0.3, minContrast: NUMBERS.largeTextContrast, minFontSize: 2 },
  hasSuggestions: false,
};
