/**
 * The ESLint rules on components styled with SCSS: `.scss` and `.module.scss` files imported by the file being
 * linted are read from disk, variables from partials substituted, nesting and `&` modifiers flattened.
 */
import unbalanced from '../../rules/no-unbalanced-choices.js';
import finePrint from '../../rules/no-fine-print.js';
import hiddenDecline from '../../rules/no-hidden-decline.js';
import { ruleTester, withStylesheets } from './rule-tester.js';

const TOKENS = '$base: 16px; $fine: 10px; $brand: #0055ff; $muted: #9a9a9a;';
const BUTTON = `
  font-size: tokens.$base; font-weight: 700; padding: 12px 24px; color: #ffffff; background: tokens.$brand; border: none;`;

const filename = withStylesheets({
  '_tokens.scss': TOKENS,
  'tiny.module.scss': `@use 'tokens'; .button { ${BUTTON} &--decline { font-size: tokens.$fine; font-weight: 400; color: tokens.$muted; background: transparent; } }`,
  'nested.scss': `@use 'tokens'; .banner { .actions { .accept { ${BUTTON} } .decline { font-size: 11px; background: none; border: none; } } }`,
  'media.scss': `@use 'tokens'; .accept { ${BUTTON} } .decline { font-size: 10px; background: none; border: none; @media (min-width: 900px) { font-size: 16px; } }`,
  'imported.scss': `@import 'tokens'; .accept { font-size: $base; font-weight: 700; background: $brand; color: #fff; border: none; padding: 12px; } .decline { font-size: $fine; background: none; border: none; }`,
  'equal.module.scss': `@use 'tokens'; .choice { ${BUTTON} &--secondary { background: #333333; } }`,
  'hover.scss': `@use 'tokens'; .choice { ${BUTTON} &:hover { font-size: 9px; } }`,
  'functions.scss': `@use 'tokens'; .accept { ${BUTTON} } .decline { ${BUTTON} font-size: math.div(tokens.$base, 2); }`,
  'mixin.scss': `@use 'tokens'; @mixin small($size) { font-size: $size; } .accept { ${BUTTON} } .decline { @include small(9px); }`,
  '_buttons.scss': '@mixin link-reset { background: none; border: none; padding: 0; font-size: 11px; }',
  'plain-mixin.scss': `@use 'tokens'; @use 'buttons'; .accept { ${BUTTON} } .decline { @include buttons.link-reset; }`,
  'missing.scss': `.accept { font-size: 18px; font-weight: 700; } .decline { font-size: $undeclared; font-weight: 700; }`,
  '_breakpoints.scss': '$bp-mobile: 600px;\n@mixin mobile {\n  @media (max-width: $bp-mobile) {\n    @content;\n  }\n}\n',
  'cookie-banner.scss': `@use 'breakpoints' as bp;
.cookie-banner {
  &__btn {
    padding: 11px 20px;
    // not enough room for three stacked buttons on phones
    &--reject {
      @include bp.mobile {
        display: none;
      }
    }
  }
}
`,
  'fine.scss': `@use 'tokens'; .choice { ${BUTTON} } .notice { .disclosure { font-size: tokens.$fine; } }`,
});

const dialog = (imports: string, reject: string, accept: string, extra = ''): string => `${imports}
export function Consent({ yes, no }: { yes: () => void; no: () => void }) {
  return (
    <div role="dialog" aria-label="Cookie consent" className="banner notice">
      <p>We use cookies for analytics and personalised advertising.</p>${extra}
      <div className="actions">
        ${reject}
        ${accept}
      </div>
    </div>
  );
}`;

const plain = (sheet: string, reject = 'decline', accept = 'accept'): string =>
  dialog(`import './${sheet}';`, `<button className="${reject}" onClick={no}>Reject all</button>`, `<button className="${accept}" onClick={yes}>Accept all</button>`);

ruleTester().run('no-unbalanced-choices (SCSS)', unbalanced, {
  valid: [
    // Near-miss: both buttons share the nested rule; the &--secondary modifier changes only the colour.
    { filename, code: dialog("import s from './equal.module.scss';", '<button className={`${s.choice} ${s["choice--secondary"]}`} onClick={no}>Reject all</button>', '<button className={s.choice} onClick={yes}>Accept all</button>') },
    // Near-miss: the small size applies on :hover only.
    { filename, code: plain('hover.scss', 'choice', 'choice') },
    // Near-miss: a Sass function leaves the decline's size unknown.
    { filename, code: plain('functions.scss') },
    // Near-miss: a mixin with parameters is not expanded: unknown.
    { filename, code: plain('mixin.scss') },
    // Near-miss: an undeclared variable is unknown, not zero.
    { filename, code: plain('missing.scss') },
  ],
  invalid: [
    {
      filename,
      code: dialog("import s from './tiny.module.scss';", '<button className={`${s.button} ${s["button--decline"]}`} onClick={no}>Reject all</button>', '<button className={s.button} onClick={yes}>Accept all</button>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 10px vs 16px; regular (400) vs bold (700)' }, line: 7, column: 9 }],
    },
    {
      // Three levels of nesting flattened into descendant selectors.
      filename,
      code: plain('nested.scss'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 11px vs 16px; regular (400) vs bold (700)' }, line: 7, column: 9 }],
    },
    {
      // @media inside the rule is a condition; the default size is the small one.
      filename,
      code: plain('media.scss'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 10px vs 16px; regular (400) vs bold (700)' }, line: 7, column: 9 }],
    },
    {
      // A mixin without parameters from a partial, expanded where it is included.
      filename,
      code: plain('plain-mixin.scss'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 11px vs 16px; regular (400) vs bold (700)' }, line: 7, column: 9 }],
    },
    {
      // Variables through @import.
      filename,
      code: plain('imported.scss'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 10px vs 16px; regular (400) vs bold (700)' }, line: 7, column: 9 }],
    },
  ],
});

ruleTester().run('no-fine-print (SCSS)', finePrint, {
  valid: [{ filename, code: dialog("import './fine.scss';", '<button className="choice" onClick={no}>Reject all</button>', '<button className="choice" onClick={yes}>Accept all</button>', '<p>We share your personal data with our advertising partners.</p>') }],
  invalid: [
    {
      filename,
      code: dialog("import './fine.scss';", '<button className="choice" onClick={no}>Reject all</button>', '<button className="choice" onClick={yes}>Accept all</button>', '<p className="disclosure">We share your personal data with our advertising partners.</p>'),
      errors: [{ messageId: 'smallerThanChoice', line: 5, column: 72 }],
    },
  ],
});

const banner = (rejectClass: string): string => `import { useTranslation } from 'react-i18next';
import './cookie-banner.scss';

export function CookieBanner({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {
  return (
    <section className="cookie-banner" role="dialog" aria-label="Cookies">
      <p>Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités.</p>
      <button className="${rejectClass}" onClick={onReject}>Tout refuser</button>
      <button className="cookie-banner__btn" onClick={onAccept}>Tout accepter</button>
    </section>
  );
}`;

ruleTester().run('no-hidden-decline (SCSS breakpoint mixin)', hiddenDecline, {
  // Near-miss: the padding rule of the same block hides nothing.
  valid: [{ filename, code: banner('cookie-banner__btn') }],
  invalid: [
    {
      // `@include bp.mobile { display: none; }` is `@media (max-width: 600px)`: phones see no refusal.
      filename,
      code: banner('cookie-banner__btn cookie-banner__btn--reject'),
      errors: [{ messageId: 'hiddenUnderCondition', data: { decline: 'Tout refuser', condition: '@media (max-width: 600px)', how: 'display: none from cookie-banner.scss:8 .cookie-banner__btn--reject' }, line: 8, column: 7 }],
    },
  ],
});
