import { NUMBERS } from '../standards/index.js';
import type { RuleMeta } from './types.js';

export interface NoFinePrintOptions {
  /** A disclosure may be this many px smaller than the primary choice's text before it counts as smaller. */
  sizeTolerance: number;
  /** Disclosures below this size (px) are fine print whatever the choice's size. */
  minFontSize: number;
  /** Minimum contrast ratio for disclosure text (WCAG 1.4.3); large text needs `minLargeContrast`. */
  minContrast: number;
  minLargeContrast: number;
}

export const noFinePrint: RuleMeta<NoFinePrintOptions> = {
  id: 'no-fine-print',
  description: 'Disallow material disclosures (data use, AI training, sharing, price, renewal) in print smaller or fainter than the choice they qualify.',
  harm: 'A disclosure people cannot easily read is not clear and conspicuous: terms about data use, AI training or renewal hidden in small grey print beside a big "Accept" button are missed. The FTC treats such fine print as potentially deceptive; California requires renewal terms in larger or contrasting type.',
  severity: 'error',
  presets: ['recommended', 'strict'],
  standards: ['ftc-dot-com-disclosures', 'ftc-ai-terms-2024', 'ca-auto-renewal', 'edpb-deceptive-design', 'wcag-1-4-3'],
  messages: {
    smallerThanChoice:
      "This disclosure about {{topic}} is {{size}} while '{{choice}}' is {{choiceSize}}. Make it at least as large as the choice it qualifies (FTC .com Disclosures).",
    belowFloor: 'This disclosure about {{topic}} is {{size}}, below the {{floor}} floor. Make it readable on a phone (FTC .com Disclosures).',
    lowContrast:
      'This disclosure about {{topic}} has a contrast of {{contrast}} ({{color}} on {{background}}), below {{required}}. Give it a colour that does not blend into the background (FTC .com Disclosures; WCAG 1.4.3).',
    smallElement:
      "This disclosure about {{topic}} is wrapped in <small>, styled as fine print next to '{{choice}}'. Show it in the same type as the choice (FTC .com Disclosures).",
  },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      sizeTolerance: { description: 'How many CSS px smaller than the primary choice\'s text a disclosure may be.', type: 'number', minimum: 0 },
      minFontSize: { description: 'An absolute floor in CSS px for disclosure text. WCAG sets none; 12px is a policy default.', type: 'number', minimum: 0 },
      minContrast: { description: 'Minimum contrast ratio for disclosure text (WCAG 1.4.3 AA: 4.5).', type: 'number', minimum: 1, maximum: 21 },
      minLargeContrast: { description: 'Minimum contrast ratio for large disclosure text (WCAG 1.4.3 AA: 3).', type: 'number', minimum: 1, maximum: 21 },
    },
  },
  defaultOptions: { sizeTolerance: 2, minFontSize: NUMBERS.fineprintFloorPx, minContrast: NUMBERS.textContrast, minLargeContrast: NUMBERS.largeTextContrast },
  hasSuggestions: false,
};
