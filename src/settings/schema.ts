/**
 * The JSON schema of honest-ui's settings: `settings['honest-ui']` in ESLint and the `settings` key of the
 * checker's config file. One schema, so a typo is the same error in both.
 */
/** Languages with a built-in lexicon (src/context/lexicons/<code>.json). */
export const LEXICON_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
export const SEMANTIC_NAMES = ['button', 'link', 'checkbox', 'switch', 'radio', 'input', 'select', 'text', 'container', 'dialog', 'form'] as const;
export const EMPHASIS_NAMES = ['filled', 'outlined', 'text', 'link', 'primary', 'secondary', 'tertiary'] as const;

const componentMapping = {
  description: 'What a design-system component stands for.',
  oneOf: [
    { type: 'string', enum: SEMANTIC_NAMES, description: 'The built-in semantic the component renders.' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['as'],
      properties: {
        as: { type: 'string', enum: SEMANTIC_NAMES, description: 'The built-in semantic the component renders.' },
        emphasis: {
          type: 'string',
          enum: EMPHASIS_NAMES,
          description: 'Visual emphasis of every instance: filled/primary, outlined/secondary, text/tertiary or link.',
        },
        checkedProp: { type: 'string', description: 'The prop that holds the checked state of a switch, checkbox or radio (such as "on").' },
        defaultCheckedProp: { type: 'string', description: 'The prop that holds the initial checked state (such as "defaultOn").' },
        emphasisProps: {
          type: 'object',
          description: 'Props whose values set the emphasis: { "variant": { "primary": "filled", "ghost": "text" } }.',
          additionalProperties: {
            type: 'object',
            additionalProperties: { type: 'string', enum: EMPHASIS_NAMES },
          },
        },
      },
    },
  ],
} as const;

const phraseList = (description: string) => ({ type: 'array', description, items: { type: 'string', minLength: 1 } }) as const;
const phraseGroups = (description: string) => ({ type: 'object', description, additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } } }) as const;
const choiceGroups = (description: string) =>
  ({
    type: 'object',
    description,
    additionalProperties: false,
    properties: {
      accept: phraseList('Phrases that accept ("Accept all", "Alle akzeptieren").'),
      decline: phraseList('Phrases that decline ("Reject all", "Nope").'),
      manage: phraseList('Phrases that open or save settings ("Manage preferences").'),
      deferral: phraseList('Phrases that put the choice off ("Not now", "Ask me later").'),
      dismiss: phraseList('Phrases that close the prompt without a choice ("Close", "×").'),
      commit: phraseList('Phrases of the purchase or sign-up action a prompt\'s terms qualify ("Start free trial", "Subscribe").'),
    },
  }) as const;

/** The shape of a lexicon data file (src/context/lexicons/en.json), every key optional, for `lexicon.extend`. */
const lexiconExtension = {
  type: 'object',
  description:
    'Words and phrases added to the built-in lexicons, in the shape of a lexicon file (src/context/lexicons/en.json). Phrases are matched word by word, case- and accent-insensitively, within one clause; a word ending in `*` matches any word it starts, `a|b` is one word of several, and `...` is a gap of up to three words (stop words not counted). They take precedence over built-in phrases of the same length.',
  additionalProperties: false,
  properties: {
    language: { type: 'string', description: 'A name for the extension; not used for matching.' },
    contextTopics: phraseGroups('Phrases that make a dialog, banner or form a consent context, by topic (cookies, privacy, terms...).'),
    consentPurposes: phraseGroups('Phrases naming a non-essential purpose people consent to, by purpose (marketing, analytics, ai-training...).'),
    essential: phraseList('Phrases that mark a control as strictly necessary.'),
    material: phraseGroups('Phrases of material disclosures, by topic (data-use, price, renewal, cancellation...).'),
    choices: choiceGroups('Labels of choices, by kind.'),
    handlerWords: choiceGroups('Words in click-handler names (`onAccept`, `handleNope`), by the kind of choice they handle.'),
    negations: phraseList('Words that negate or opt out ("don\'t", "opt out").'),
    withdrawals: phraseList('Actions that take away rather than grant ("delete my data", "unsubscribe"): a prompt whose only yes is one of these confirms a withdrawal.'),
    loadActions: phraseList('Actions that load a piece of content ("load", "play the video"): an accept that names one is a click-to-load placeholder\'s, which not clicking refuses.'),
    shaming: phraseList('Decline phrases that guilt or shame ("I\'d rather pay full price").'),
    shamingPatterns: phraseGroups(
      'Confirmshaming by theme (loss, risk, missing-out, self-deprecation): phrases, gaps allowed ("prefer ... full price"), that shame when they occur in a first-person clause of a refusal.',
    ),
    firstPerson: phraseList('Words that make a clause the speaker\'s own ("I", "my", "ich", first-person verbs such as "prefiero").'),
    stopWords: phraseList('Small words a phrase gap skips for free (articles, possessives, prepositions).'),
    clauseBreaks: phraseList('Words that start a new clause ("but", "aber"): no phrase or gap spans them.'),
    subordinators: phraseList('Words that carry a sentence past a comma as its condition ("if", "wenn", "si"): an opt-out\'s negation there still belongs to its first clause.'),
    coordinators: phraseList('Words that join clauses of equal rank ("and", "or"): negations on either side are counted apart.'),
    grantActions: phraseList('Verbs that grant what they name ("Share", "Enable", "Turn on"): a button that starts with one and names the prompt\'s purpose is its accept.'),
    grantDestinations: phraseList('Words that send what a grant verb names somewhere ("Share on Discord", "Send via email"): such a button is a share action, not an accept.'),
    proceedActions: phraseList('Labels that commit the controls above them ("Continue", "Next", "Save").'),
    consentRequests: phraseList('Phrases that make a yes/no question a request for consent ("Would you like to receive", "May we").'),
    answers: {
      type: 'object',
      description: 'The bare answers of a yes/no question, matched as whole labels ("Yes"/"No", "Oui"/"Non").',
      additionalProperties: false,
      properties: { yes: phraseList('Labels that answer yes.'), no: phraseList('Labels that answer no.') },
    },
    timeUnits: phraseList('Units a countdown shows its time in ("seconds", "Minuten"): a live region showing a value in one is a countdown.'),
    references: {
      type: 'object',
      description: 'Where each family of phrases comes from (a regulator document), by group key; documentation only, never matched.',
      additionalProperties: { type: 'string' },
    },
    notPurposeAfter: phraseList('Words that, right after a purpose\'s words, make them name a part of the screen ("analytics widget") or its absence ("ad-free").'),
    notPurposeBefore: phraseList('Words that, up to three words before a purpose\'s words in one clause, make them what a person looks at ("view analytics", "read ... statistics").'),
    addons: phraseGroups('Paid extras sold at checkout, by kind (insurance, donation, tip...).'),
    addonsAtPurchase: phraseGroups('Words that name a paid extra only where something is bought (a price, or a purchase among the choices), by the same kinds: "priority", "express", "upgrade to".'),
    addonExceptions: phraseList('Phrases that make a priced option something other than an extra (a discount, store credit).'),
    urgency: phraseGroups('Countdown, scarcity and pressure claims, by kind (deadline, scarcity, pressure).'),
    urgencyExceptions: phraseList('Phrases that make a countdown something other than sales pressure (a one-time code, maintenance).'),
    purchaseActions: phraseList('Labels of buttons and links that buy, subscribe or upgrade.'),
    legalDocuments: phraseGroups('Legal documents a person accepts, by kind (terms, privacy-policy); accepting them is not consent to a purpose.'),
    vagueLinks: phraseList('Link labels that say nothing of where they lead ("Details", "Learn more", "Click here").'),
    stateWords: phraseList('Words that name only a toggle\'s state ("On", "Off", "Yes", "Enabled"); a consent toggle labelled with them alone is unclear.'),
    ageFields: phraseList('Words in a field\'s name, id, label or placeholder that make it an age or birth-date question ("date of birth").'),
    ageFieldExceptions: phraseList('Phrases that make an age-worded field something else ("years of experience", "minimum age").'),
    purposeNames: {
      type: 'object',
      description: 'How messages name a purpose or topic key, such as { "ai-training": "AI model training" }.',
      additionalProperties: { type: 'string', minLength: 1 },
    },
  },
} as const;

/** Where the project's translated messages are, and which locales to check (src/resolve/locales.ts). */
const i18nSettings = {
  type: 'object',
  description:
    'The locales of the project\'s translated copy. Without it, honest-ui finds the locale files by convention (public/locales/{locale}/{namespace}.json, messages/{locale}.json, lang/{locale}.json ...) and checks the default locale.',
  additionalProperties: false,
  properties: {
    defaultLocale: { type: 'string', minLength: 1, description: 'The locale checked by default, such as "en". Defaults to the i18n configuration\'s fallbackLng or defaultLocale, else "en".' },
    locales: {
      type: 'array',
      description: 'Every locale the project ships, such as ["en", "de"]. With checkAllLocales, each is checked.',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
    },
    messages: {
      type: 'array',
      description: 'Where the message files are, relative to the project root (the folder of the nearest package.json), with {locale} and {namespace} filled in: ["public/locales/{locale}/{namespace}.json"].',
      items: { type: 'string', minLength: 1, pattern: '\\{locale\\}' },
    },
    checkAllLocales: {
      type: 'boolean',
      description: 'Check the copy of every locale in `locales`, not only the default one. A finding only another locale shows names that locale.',
    },
  },
} as const;

export const settingsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'honest-ui settings',
  type: 'object',
  additionalProperties: false,
  properties: {
    components: {
      type: 'object',
      description: 'Maps design-system component names (as written in JSX, such as "Toggle" or "Form.Check") to the semantics honest-ui knows.',
      additionalProperties: componentMapping,
    },
    polymorphicProps: {
      type: 'array',
      description: 'Props that change which element a component renders, such as `as` and `component`.',
      items: { type: 'string' },
      uniqueItems: true,
    },
    rootFontSize: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'The root font size in CSS px, for rem units. Browsers default to 16.',
    },
    i18n: i18nSettings,
    lexicon: {
      type: 'object',
      description: 'The words honest-ui reads consent UIs with: which built-in languages to use and phrases to add.',
      additionalProperties: false,
      properties: {
        languages: {
          type: 'array',
          description: 'Built-in lexicons to use, by language code. Defaults to all of them.',
          items: { type: 'string', enum: LEXICON_LANGUAGES },
          uniqueItems: true,
        },
        extend: lexiconExtension,
      },
    },
  },
} as const;
