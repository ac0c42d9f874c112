/**
 * The ESLint rules on styled-components, emotion and MUI `sx` code: the styles are read from the file being linted
 * (templates, object styles, the `css` prop), interpolations are unknown, and `styled` counts only when imported
 * from a CSS-in-JS package.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import finePrint from '../../rules/no-fine-print.js';
import unbalanced from '../../rules/no-unbalanced-choices.js';
import { ruleTester } from './rule-tester.js';

const filename = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/projects/styled-components-app/src/Consent.tsx');

const SC = "import styled, { css } from 'styled-components';";
const BIG = 'font-size: 18px; font-weight: 700; padding: 12px 32px; color: #ffffff; background: #0055ff; border: none;';

/** A dialog with styled Reject and Accept components declared from `rejectCss`/`acceptCss`. */
const dialog = (imports: string, declarations: string, reject = '<Reject onClick={no}>Reject all</Reject>', accept = '<Accept onClick={yes}>Accept all</Accept>'): string => `${imports}
${declarations}
export function Consent({ yes, no }: { yes: () => void; no: () => void }) {
  return (
    <div role="dialog" aria-label="Cookie consent">
      <p>We use cookies for analytics and personalised advertising.</p>
      ${reject}
      ${accept}
    </div>
  );
}`;

ruleTester().run('no-unbalanced-choices (CSS-in-JS)', unbalanced, {
  valid: [
    // Near-miss: equal buttons through one styled component extended with another colour.
    { filename, code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Reject = styled(Accept)\`background: #333333;\`;`) },
    // Near-miss: equal through a shared css helper.
    { filename, code: dialog(SC, `const base = css\`${BIG}\`;\nconst Accept = styled.button\`\${base}\`;\nconst Reject = styled.button\`\${base} background: #222222;\`;`) },
    // Near-miss: the decline's size is an interpolation (unknown), everything else equal.
    { filename, code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Reject = styled.button\`${BIG.replace('font-size: 18px;', 'font-size: ${(p) => p.theme.small};')}\`;`) },
    // Near-miss: a local function called styled is not styled-components; what RejectLink renders is unknown.
    {
      filename,
      code: dialog(
        '',
        "const styled = { a: (_s: TemplateStringsArray) => (p: { children: string; onClick: () => void }) => <span {...p} /> };\nconst Reject = styled.a`font-size: 8px;`;",
        '<Reject onClick={no}>Reject all</Reject>',
        '<button style={{ fontSize: 18, fontWeight: 700 }} onClick={yes}>Accept all</button>',
      ),
    },
    // Near-miss: the small size applies only on hover, a condition, not the default.
    { filename, code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Reject = styled.button\`${BIG} &:hover { font-size: 10px; }\`;`) },
    // Near-miss: .attrs that sets the style could change anything: unknown.
    { filename, code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Reject = styled.button.attrs({ style: { fontSize: 10 } })\`${BIG}\`;`) },
    // Near-miss: emotion object styles, equal on both.
    {
      filename,
      code: dialog("import styled from '@emotion/styled';", 'const s = { fontSize: 16, fontWeight: 600, padding: 10, background: "#111111", color: "#ffffff", border: "none" };\nconst Accept = styled.button(s);\nconst Reject = styled.button(s);'),
    },
    // Near-miss: MUI sx with a theme spacing and palette colour on the decline: unknown, not guessed.
    {
      filename,
      code: dialog(
        "import { Button } from '@mui/material';",
        '',
        '<Button variant="contained" sx={{ fontSize: "var(--small)" }} onClick={no}>Reject all</Button>',
        '<Button variant="contained" sx={{ fontSize: 16 }} onClick={yes}>Accept all</Button>',
      ),
    },
  ],
  invalid: [
    {
      filename,
      code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Reject = styled.a\`font-size: 10px; color: #999999;\`;`),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'link vs filled button; 10px vs 18px; regular (400) vs bold (700)' }, line: 8, column: 7 }],
    },
    {
      // The base of styled() decides what the element is: a styled link extended stays a link.
      filename,
      code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Base = styled('a')\`color: #999999;\`;\nconst Reject = styled(Base)\`font-size: 11px;\`;`),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'link vs filled button; 11px vs 18px; regular (400) vs bold (700)' }, line: 9, column: 7 }],
    },
    {
      // Object styles through a function of the theme: static parts are known.
      filename,
      code: dialog(SC, `const Accept = styled.button(({ theme }) => ({ fontSize: 18, fontWeight: 700, padding: '12px 32px', background: '#0055ff', color: theme.fg, border: 'none' }));\nconst Reject = styled.button({ fontSize: 11, background: 'transparent', border: 'none' });`),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 11px vs 18px; regular (400) vs bold (700)' }, line: 8, column: 7 }],
    },
    {
      // Only the interpolated declaration is unknown: the rest of the template still counts.
      filename,
      code: dialog(SC, `const Accept = styled.button\`${BIG.replace('color: #ffffff;', 'color: ${(p) => p.fg};')}\`;\nconst Reject = styled.button\`font-size: 10px; background: none; border: none;\`;`),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 10px vs 18px; regular (400) vs bold (700)' }, line: 8, column: 7 }],
    },
    {
      // The emotion css prop with object styles.
      filename,
      code: dialog(
        "import { css } from '@emotion/react';",
        '',
        '<button css={{ fontSize: 9, background: "transparent", border: "none" }} onClick={no}>Reject all</button>',
        `<button css={css\`${BIG}\`} onClick={yes}>Accept all</button>`,
      ),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 9px vs 18px; regular (400) vs bold (700)' }, line: 7, column: 7 }],
    },
    {
      // MUI sx: a static font size in px on a text button.
      filename,
      code: dialog("import { Button } from '@mui/material';", '', '<Button sx={{ fontSize: 10 }} onClick={no}>Reject all</Button>', '<Button variant="contained" sx={{ fontSize: 16 }} onClick={yes}>Accept all</Button>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 10px vs 16px' }, line: 7, column: 7 }],
    },
    {
      // The polymorphic as prop renders the styled button as a link.
      filename,
      code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Plain = styled.button\`font-size: 11px; background: none; border: none;\`;`, '<Plain as="a" href="#" onClick={no}>Reject all</Plain>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'link vs filled button; 11px vs 18px; regular (400) vs bold (700)' }, line: 8, column: 7 }],
    },
    {
      // @media inside the template is a condition: the default small size still counts.
      filename,
      code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Reject = styled.button\`font-size: 10px; background: none; border: none; @media (min-width: 900px) { font-size: 18px; }\`;`),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 10px vs 18px; regular (400) vs bold (700)' }, line: 8, column: 7 }],
    },
  ],
});

ruleTester().run('no-fine-print (CSS-in-JS)', finePrint, {
  valid: [
    // Near-miss: the disclosure's size is an interpolation: unknown, not reported.
    {
      filename,
      code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Reject = styled.button\`${BIG}\`;\nconst Fine = styled.p\`font-size: \${(p) => p.size};\`;`, '<Fine>We share your personal data with our advertising partners.</Fine><Reject onClick={no}>Reject all</Reject>'),
    },
  ],
  invalid: [
    {
      filename,
      code: dialog(SC, `const Accept = styled.button\`${BIG}\`;\nconst Reject = styled.button\`${BIG}\`;\nconst Fine = styled.p\`font-size: 10px;\`;`, '<Fine>We share your personal data with our advertising partners.</Fine><Reject onClick={no}>Reject all</Reject>'),
      errors: [{ messageId: 'smallerThanChoice', line: 9, column: 7 }],
    },
  ],
});
