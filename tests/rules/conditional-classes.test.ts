/**
 * A class applied under a condition the linter can't evaluate (`mode ? styles.ghost : styles.solid`,
 * `clsx({ link: quiet })`, `quiet && 'link'`) may or may not be there: what its rules would set is unknown, so
 * the element is not measured with the browser's defaults as if the class were absent. The same class applied
 * unconditionally, or a conditional class whose rules can't change the verdict, still counts.
 */
import noFinePrint from '../../rules/no-fine-print.js';
import noUnbalancedChoices from '../../rules/no-unbalanced-choices.js';
import { ruleTester, withStylesheets } from './rule-tester.js';

const filename = withStylesheets({
  'banner.css': `
.banner { background: #ffffff; color: #111111; font-size: 16px; }
.btn { font-size: 16px; font-weight: 700; padding: 12px 24px; border: none; background: #1a1a1a; color: #ffffff; }
.link { background: none; border: none; padding: 0; font-size: 12px; font-weight: 400; color: #555555; }
.pressed { outline: 2px solid #0050ff; }
.text-sm { font-size: 11px; }
.text-md { font-size: 16px; }
.text-lg { font-size: 20px; }
.underline { text-decoration: underline; }
`,
  'Btn.module.css': `
.solid { background-color: #0b57d0; color: #ffffff; font-size: 16px; font-weight: 700; padding: 12px 24px; border: 0; }
.ghost { background: none; border: 0; padding: 0; color: #555555; font-size: 11px; font-weight: 400; }
`,
  // A wrapper that maps its variant prop to a CSS-module class through a ternary.
  'Btn.tsx': `import styles from './Btn.module.css';
export function Btn({ variant, children }) {
  return <button className={variant === 'ghost' ? styles.ghost : styles.solid}>{children}</button>;
}`,
});

const banner = (imports: string, accept: string, decline: string, params = '{ mode, quiet }'): string => `${imports}
export const Banner = (${params}) => (
  <div className="banner">
    <p>We use cookies for analytics.</p>
    ${accept}
    ${decline}
  </div>
);`;

const CSS = `import './banner.css';`;
const MODULE = `import styles from './Btn.module.css';`;

ruleTester().run('no-unbalanced-choices (conditional classes)', noUnbalancedChoices, {
  valid: [
    // Near-miss: the decline is ghost or solid depending on `mode`; it is not a default-styled <button>.
    { filename, code: banner(MODULE, '<button className={styles.solid}>Accept all</button>', '<button className={mode ? styles.ghost : styles.solid}>Reject all</button>') },
    // Near-miss: the same with plain class names.
    { filename, code: banner(CSS, '<button className="btn">Accept all</button>', `<button className={mode ? 'link' : 'btn'}>Reject all</button>`) },
    // Near-miss: clsx picks the link look only when `quiet`; otherwise the decline is the same button as the accept.
    { filename, code: banner(CSS, '<button className="btn">Accept all</button>', `<button className={clsx({ btn: !quiet, link: quiet })}>Reject all</button>`) },
    // Near-miss: the same with `&&`.
    { filename, code: banner(CSS, '<button className="btn">Accept all</button>', `<button className={cx(quiet && 'link', !quiet && 'btn')}>Reject all</button>`) },
    // Near-miss: clsx adds the link look over the button only when `quiet`.
    { filename, code: banner(CSS, '<button className="btn">Accept all</button>', `<button className={clsx('btn', { link: quiet })}>Reject all</button>`) },
    // Near-miss: the accept's look is conditional: it can't be weighed against the decline.
    { filename, code: banner(CSS, `<button className={cx({ btn: !quiet, link: quiet })}>Accept all</button>`, '<button className="btn">Reject all</button>') },
    // Near-miss: the wrapper's variant comes from a prop the file can't evaluate: ghost or solid.
    { filename, code: banner(`import { Btn } from './Btn';`, '<Btn>Accept all</Btn>', '<Btn variant={mode}>Reject all</Btn>') },
    // Near-miss: the decline's class is computed at run time; `.link` could be it.
    { filename, code: banner(CSS, '<button className="btn">Accept all</button>', '<button className={mode}>Reject all</button>') },
    // Near-miss: both stay equal whatever `mode` is.
    { filename, code: banner(CSS, `<button className={mode ? 'btn' : 'btn pressed'}>Accept all</button>`, `<button className={mode ? 'btn' : 'btn pressed'}>Reject all</button>`) },
  ],
  invalid: [
    {
      // The decline's small link class applied unconditionally.
      filename,
      code: banner(CSS, '<button className="btn">Accept all</button>', '<button className="link">Reject all</button>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 12px vs 16px; regular (400) vs bold (700)' }, line: 6, column: 5 }],
    },
    {
      // The ternary's test is a constant: the link class is always applied.
      filename,
      code: banner(`${CSS}\nconst QUIET = true;`, '<button className="btn">Accept all</button>', `<button className={QUIET ? 'link' : 'btn'}>Reject all</button>`),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 12px vs 16px; regular (400) vs bold (700)' }, line: 7, column: 5 }],
    },
    {
      // A conditional class that sets nothing the comparison reads leaves the unconditional link look certain.
      filename,
      code: banner(CSS, '<button className="btn">Accept all</button>', `<button className={clsx('link', { pressed: quiet })}>Reject all</button>`),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 12px vs 16px; regular (400) vs bold (700)' }, line: 6, column: 5 }],
    },
    {
      // The CSS-module ghost class, unconditional.
      filename,
      code: banner(MODULE, '<button className={styles.solid}>Accept all</button>', '<button className={styles.ghost}>Reject all</button>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 11px vs 16px; regular (400) vs bold (700)' }, line: 6, column: 5 }],
    },
    {
      // A conditional class on the accept whose rule loses to its certain class: the accept stays a bold button.
      filename,
      code: banner(CSS, `<button className={clsx('btn', { underline: quiet })}>Accept all</button>`, '<button className="link">Reject all</button>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 12px vs 16px; regular (400) vs bold (700)' }, line: 6, column: 5 }],
    },
    {
      // The wrapper with a variant the file passes as a constant: the ghost reject is certain.
      filename,
      code: banner(`import { Btn } from './Btn';`, '<Btn>Accept all</Btn>', '<Btn variant="ghost">Reject all</Btn>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button; 11px vs 16px; regular (400) vs bold (700)' }, line: 6, column: 5 }],
    },
  ],
});

const disclosure = (element: string): string => `${CSS}
export const Banner = ({ large, on }) => (
  <div className="banner">
    <button className="btn">Accept all</button>
    <button className="btn">Reject all</button>
    ${element}
  </div>
);`;

ruleTester().run('no-fine-print (conditional classes)', noFinePrint, {
  valid: [
    // Near-miss: 16px or 20px depending on `large`, never fine print; not the browser's smaller <small>.
    { filename, code: disclosure(`<small className={large ? 'text-md' : 'text-lg'}>We share your data with our advertising partners.</small>`) },
    // Near-miss: the same through clsx keys.
    { filename, code: disclosure(`<small className={clsx({ 'text-md': !large, 'text-lg': large })}>We share your data with our advertising partners.</small>`) },
    // Near-miss: a class computed at run time may make it readable.
    { filename, code: disclosure(`<small className={large}>We share your data with our advertising partners.</small>`) },
    // Near-miss: readable unconditionally.
    { filename, code: disclosure(`<small className="text-md">We share your data with our advertising partners.</small>`) },
  ],
  invalid: [
    {
      // The small class applied unconditionally.
      filename,
      code: disclosure(`<p className="text-sm">We share your data with our advertising partners.</p>`),
      errors: [{ messageId: 'smallerThanChoice', data: { topic: 'data sharing and data use', size: '11px', choice: 'Accept all', choiceSize: '16px', text: 'We share your data with our advertising…' }, line: 6, column: 5 }],
    },
    {
      // A conditional class that doesn't set the size leaves the small one certain.
      filename,
      code: disclosure(`<p className={clsx('text-sm', { underline: on })}>We share your data with our advertising partners.</p>`),
      errors: [{ messageId: 'smallerThanChoice', data: { topic: 'data sharing and data use', size: '11px', choice: 'Accept all', choiceSize: '16px', text: 'We share your data with our advertising…' }, line: 6, column: 5 }],
    },
    {
      // A plain <small>, no class: the browser's smaller text.
      filename,
      code: disclosure(`<small>We share your data with our advertising partners.</small>`),
      errors: [{ messageId: 'smallerThanChoice', data: { topic: 'data sharing and data use', size: '13.33px', choice: 'Accept all', choiceSize: '16px', text: 'We share your data with our advertising…' }, line: 6, column: 5 }],
    },
  ],
});
