/**
 * The sources honest-ui's rules follow, with their legal weight stated honestly, and the numbers taken from them.
 * Each number cites the passage it comes from.
 */

export type LegalWeight = 'binding law' | 'regulator guidance' | 'court ruling' | 'non-binding common position' | 'technical standard';

export interface Standard {
  id: StandardId;
  /** Short form for messages and SARIF tags: "CPRA § 7004(a)(2)". */
  short: string;
  title: string;
  url: string;
  weight: LegalWeight;
  /** What it says that a rule relies on. */
  summary: string;
}

export type StandardId =
  | 'ftc-dark-patterns-2022'
  | 'ftc-dot-com-disclosures'
  | 'ftc-ai-terms-2024'
  | 'ftc-amazon-prime-2025'
  | 'cpra-7004-a2'
  | 'cpra-7004-a3'
  | 'cpra-7004-a4'
  | 'colorado-7-09'
  | 'ca-auto-renewal'
  | 'gdpr-art-4-11'
  | 'gdpr-art-7'
  | 'gdpr-recital-32'
  | 'planet49'
  | 'edpb-cookie-taskforce'
  | 'edpb-deceptive-design'
  | 'edpb-consent-guidelines'
  | 'ico-cma-harmful-design'
  | 'dsa-art-25'
  | 'coppa-2025'
  | 'eu-crd-art-22'
  | 'eprivacy-art-5-3'
  | 'gdpr-art-6'
  | 'cnil-cookies-2020'
  | 'edpb-eprivacy-scope'
  | 'wcag-1-4-3'
  | 'wcag-1-4-11';

const list: Standard[] = [
  {
    id: 'ftc-dark-patterns-2022',
    short: 'FTC Dark Patterns report (2022)',
    title: 'FTC staff report "Bringing Dark Patterns to Light" (September 2022)',
    url: 'https://www.ftc.gov/reports/bringing-dark-patterns-light',
    weight: 'regulator guidance',
    summary: 'Pre-checked boxes, privacy-invasive defaults and buried material terms obscure or subvert privacy choices.',
  },
  {
    id: 'ftc-dot-com-disclosures',
    short: 'FTC .com Disclosures',
    title: 'FTC ".com Disclosures: How to Make Effective Disclosures in Digital Advertising" (2013)',
    url: 'https://www.ftc.gov/business-guidance/resources/com-disclosures-how-make-effective-disclosures-digital-advertising',
    weight: 'regulator guidance',
    summary: 'Disclosures must be clear and conspicuous: near the claim, at least as large as it, in a colour that does not blend into the background.',
  },
  {
    id: 'ftc-ai-terms-2024',
    short: 'FTC OT on AI terms (2024)',
    title: 'FTC Office of Technology, "AI (and other) Companies: Quietly Changing Your Terms of Service Could Be Unfair or Deceptive" (February 2024)',
    url: 'https://www.ftc.gov/policy/advocacy-research/tech-at-ftc/2024/02/ai-other-companies-quietly-changing-your-terms-service-could-be-unfair-or-deceptive',
    weight: 'regulator guidance',
    summary: 'Quietly adopting more permissive data practices, such as using data for AI training, may be unfair or deceptive.',
  },
  {
    id: 'ftc-amazon-prime-2025',
    short: 'FTC v. Amazon (2025)',
    title: 'FTC v. Amazon.com (Prime) settlement (September 2025)',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2025/09/ftc-secures-historic-25-billion-settlement-against-amazon',
    weight: 'court ruling',
    summary: 'Requires a clear and conspicuous button to decline, and bars manipulative decline wording.',
  },
  {
    id: 'cpra-7004-a2',
    short: 'CPRA § 7004(a)(2)',
    title: 'Cal. Code Regs. tit. 11, § 7004(a)(2): symmetry in choice',
    url: 'https://cppa.ca.gov/regulations/pdf/cppa_regs.pdf',
    weight: 'binding law',
    summary: 'The more privacy-protective option must not be longer, harder or more time-consuming, nor drawn less prominently.',
  },
  {
    id: 'cpra-7004-a3',
    short: 'CPRA § 7004(a)(3)',
    title: 'Cal. Code Regs. tit. 11, § 7004(a)(3): easy to understand language',
    url: 'https://cppa.ca.gov/regulations/pdf/cppa_regs.pdf',
    weight: 'binding law',
    summary: 'No double negatives; toggles and buttons must clearly say what they choose.',
  },
  {
    id: 'cpra-7004-a4',
    short: 'CPRA § 7004(a)(4)',
    title: 'Cal. Code Regs. tit. 11, § 7004(a)(4): no choice architecture that impairs choice',
    url: 'https://cppa.ca.gov/regulations/pdf/cppa_regs.pdf',
    weight: 'binding law',
    summary: 'Pre-selected choices and bundling necessary with unrelated purposes impair the choice; consent so obtained is not consent (§ 7004(b), (c)).',
  },
  {
    id: 'colorado-7-09',
    short: 'Colorado CPA Rule 7.09',
    title: 'Colorado Privacy Act Rules, 4 CCR 904-3, Rule 7.09: user interface design, choice architecture and dark patterns',
    url: 'https://coag.gov/app/uploads/2023/03/FINAL-CLEAN-2023.03.15-Official-CPA-Rules.pdf',
    weight: 'binding law',
    summary: 'One choice must not be presented with less prominent size, font or styling than the other.',
  },
  {
    id: 'ca-auto-renewal',
    short: 'Cal. Bus. & Prof. Code § 17601-17602',
    title: 'California Automatic Renewal Law, Bus. & Prof. Code §§ 17601(c), 17602(a)(1)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=17602',
    weight: 'binding law',
    summary: 'Renewal terms must be clear and conspicuous (larger or contrasting type) and in visual proximity to the request for consent.',
  },
  {
    id: 'gdpr-art-4-11',
    short: 'GDPR Art. 4(11)',
    title: 'GDPR Article 4(11): definition of consent',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj#d1e1489-1-1',
    weight: 'binding law',
    summary: 'Consent is a freely given, specific, informed and unambiguous indication by a clear affirmative act.',
  },
  {
    id: 'gdpr-art-7',
    short: 'GDPR Art. 7',
    title: 'GDPR Article 7: conditions for consent',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj#d1e1888-1-1',
    weight: 'binding law',
    summary: 'The request is clearly distinguishable and in plain language; withdrawing is as easy as giving.',
  },
  {
    id: 'eprivacy-art-5-3',
    short: 'ePrivacy Art. 5(3)',
    title: 'Directive 2002/58/EC (ePrivacy), Article 5(3), as amended by Directive 2009/136/EC',
    url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
    weight: 'binding law',
    summary: 'Storing information in, or reading it from, a user\'s device is allowed only with their prior consent, unless strictly necessary for the service they asked for.',
  },
  {
    id: 'gdpr-art-6',
    short: 'GDPR Art. 6',
    title: 'GDPR Article 6: lawfulness of processing',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    weight: 'binding law',
    summary: 'Processing personal data for tracking and advertising needs a legal basis, which for trackers is the consent of Art. 6(1)(a), given before the processing starts.',
  },
  {
    id: 'cnil-cookies-2020',
    short: 'CNIL cookie guidelines (2020)',
    title: 'CNIL guidelines and recommendation on cookies and other trackers (deliberations 2020-091 and 2020-092, 17 September 2020)',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042388197',
    weight: 'regulator guidance',
    summary: 'Trackers that need consent may not be read or written before the user has consented; silence or continuing to browse is a refusal.',
  },
  {
    id: 'edpb-eprivacy-scope',
    short: 'EDPB Guidelines 2/2023',
    title: 'EDPB Guidelines 2/2023 on the Technical Scope of Art. 5(3) of the ePrivacy Directive (version 2.0, 7 October 2024)',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22023-technical-scope-art-53-eprivacy-directive_en',
    weight: 'regulator guidance',
    summary: 'Art. 5(3) covers more than cookies: tracking pixels, URL tracking, scripts that send information from the browser and identifiers in local storage need the same prior consent.',
  },
  {
    id: 'gdpr-recital-32',
    short: 'GDPR Recital 32',
    title: 'GDPR Recital 32: conditions for consent',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj#rct_32',
    weight: 'binding law',
    summary: '"Silence, pre-ticked boxes or inactivity should not therefore constitute consent"; consent covers each purpose.',
  },
  {
    id: 'planet49',
    short: 'CJEU Planet49 (C-673/17)',
    title: 'Court of Justice of the EU, Planet49 GmbH, C-673/17 (1 October 2019)',
    url: 'https://curia.europa.eu/juris/liste.jsf?num=C-673/17',
    weight: 'court ruling',
    summary: 'A pre-ticked checkbox that the user must deselect to refuse is not valid consent.',
  },
  {
    id: 'edpb-cookie-taskforce',
    short: 'EDPB Cookie Banner Taskforce (2023)',
    title: 'EDPB Report of the work undertaken by the Cookie Banner Taskforce (January 2023)',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/other/report-work-undertaken-cookie-banner-taskforce_en',
    weight: 'non-binding common position',
    summary: 'Flags banners with no reject on the first layer, pre-ticked boxes, reject shown as a link where accept is a button, and reject with contrast that makes it almost illegible.',
  },
  {
    id: 'edpb-deceptive-design',
    short: 'EDPB Guidelines 03/2022',
    title: 'EDPB Guidelines 03/2022 on deceptive design patterns in social media platform interfaces',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-032022-deceptive-design-patterns-social-media_en',
    weight: 'regulator guidance',
    summary: 'Skipping (privacy-invasive defaults), stirring (emotional steering, hidden in plain sight), hindering and left in the dark.',
  },
  {
    id: 'edpb-consent-guidelines',
    short: 'EDPB Guidelines 05/2020 on consent',
    title: 'EDPB Guidelines 05/2020 on consent under Regulation 2016/679 (May 2020)',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en',
    weight: 'regulator guidance',
    summary: 'Consent must be granular: a separate opt-in per purpose, and not bundled up as a non-negotiable part of terms and conditions.',
  },
  {
    id: 'ico-cma-harmful-design',
    short: 'ICO/CMA Harmful design (2023)',
    title: 'ICO and CMA joint paper "Harmful design in digital markets" (August 2023)',
    url: 'https://www.drcf.org.uk/publications/papers/harmful-design-in-digital-markets',
    weight: 'regulator guidance',
    summary: 'Options should be presented with equal prominence and be equally easy to select.',
  },
  {
    id: 'dsa-art-25',
    short: 'DSA Art. 25',
    title: 'Digital Services Act, Article 25: online interface design and organisation',
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj#art_25',
    weight: 'binding law',
    summary: 'Bans interfaces that give more prominence to certain choices or repeatedly request a choice already made.',
  },
  {
    id: 'coppa-2025',
    short: 'COPPA Rule (2025)',
    title: 'FTC Children\'s Online Privacy Protection Rule, amendments (2025)',
    url: 'https://www.federalregister.gov/documents/2025/04/22/2025-05904/childrens-online-privacy-protection-rule',
    weight: 'binding law',
    summary: 'Age screening must be neutral: no preset age or year.',
  },
  {
    id: 'eu-crd-art-22',
    short: 'EU Consumer Rights Directive Art. 22',
    title: 'Directive 2011/83/EU on consumer rights, Article 22: additional payments',
    url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj#art_22',
    weight: 'binding law',
    summary: 'A trader must get the consumer\'s express consent to any payment beyond the main price; consent inferred from default options the consumer must reject (pre-ticked boxes) does not count, and the consumer is entitled to a refund.',
  },
  {
    id: 'wcag-1-4-3',
    short: 'WCAG 2.2 SC 1.4.3',
    title: 'WCAG 2.2 Success Criterion 1.4.3 Contrast (Minimum)',
    url: 'https://www.w3.org/TR/WCAG22/#contrast-minimum',
    weight: 'technical standard',
    summary: 'Text contrast at least 4.5:1, or 3:1 for large text (24px, or 18.66px bold).',
  },
  {
    id: 'wcag-1-4-11',
    short: 'WCAG 2.2 SC 1.4.11',
    title: 'WCAG 2.2 Success Criterion 1.4.11 Non-text Contrast',
    url: 'https://www.w3.org/TR/WCAG22/#non-text-contrast',
    weight: 'technical standard',
    summary: 'User interface components and their states need 3:1 contrast against adjacent colours.',
  },
];

export const STANDARDS: ReadonlyMap<StandardId, Standard> = new Map(list.map((s) => [s.id, s]));

export function standard(id: StandardId): Standard {
  const found = STANDARDS.get(id);
  if (!found) throw new Error(`Unknown standard ${id}`);
  return found;
}

/** Numbers taken from the standards. */
export const NUMBERS = {
  /** WCAG 2.2 SC 1.4.3: minimum contrast for normal text. */
  textContrast: 4.5,
  /** WCAG 2.2 SC 1.4.3: minimum contrast for large text. */
  largeTextContrast: 3,
  /** WCAG 2.2 "large scale": at least 18pt (24 CSS px), or 14pt (18.66 CSS px) bold. */
  largeTextPx: 24,
  largeBoldTextPx: 18.66,
  /** WCAG 2.2 SC 1.4.11: non-text contrast of components. */
  nonTextContrast: 3,
  /**
   * An absolute floor for disclosure text. WCAG sets no minimum font size; 12px is a policy value (the smallest
   * size Apple's and Google's platform guidelines allow for body copy) and is configurable.
   */
  fineprintFloorPx: 12,
} as const;
