/**
 * A text block inside a consent prompt is a disclosure of that prompt whatever its class is called: a class word
 * such as `banner` makes an element a context of its own only when it holds its own choices.
 */
import rule from '../../rules/no-fine-print.js';
import { ruleTester, withStylesheets } from './rule-tester.js';

const SHEETS = {
  'banner.module.css': `
.banner { background: #fff; color: #111; }
.banner__legal, .bannerLegal, .legal { font-size: 11px; }
.banner__actions { display: flex; }
.cta { font-size: 16px; background: #000; color: #fff; }
`,
  'banner.css': '.banner-legal { font-size: 11px; }\n.cta { font-size: 16px; background: #000; color: #fff; }\n',
};
const filename = withStylesheets(SHEETS);

const moduleBanner = (legalClass: string, extra = ''): string => `import styles from './banner.module.css';

export const Banner = () => (
  <div role="dialog" className={styles.banner}>
    <p>We use cookies.</p>
    <p className={${legalClass}}>We share your personal data with advertising partners.</p>
    <button className={styles.cta}>Accept all</button>
    <button className={styles.cta}>Reject all</button>${extra}
  </div>
);`;

const finePrint = {
  messageId: 'smallerThanChoice' as const,
  data: { topic: 'data sharing and data use', size: '11px', choice: 'Accept all', choiceSize: '16px', text: 'We share your personal data with adverti…' },
  line: 6,
  column: 5,
};

ruleTester().run('no-fine-print (text class names)', rule, {
  valid: [
    // Near-miss: a class with the word at full size.
    { filename, code: moduleBanner('styles.banner') },
    // Near-miss: a nested `banner__actions` that holds its own choices is still a context of its own, so the
    // page's small print outside it is no disclosure qualifying its choices.
    {
      filename,
      code: `import styles from './banner.module.css';

export const Page = () => (
  <main>
    <p className={styles.legal}>We share order data with our delivery partners.</p>
    <div className={styles.banner__actions}>
      <p>We use cookies for personalised advertising.</p>
      <button className={styles.cta}>Accept all</button>
      <button className={styles.cta}>Reject all</button>
    </div>
  </main>
);`,
    },
  ],
  invalid: [
    // The control: a class name without the word.
    { filename, code: moduleBanner('styles.legal'), errors: [finePrint] },
    { filename, code: moduleBanner('styles.banner__legal'), errors: [finePrint] },
    { filename, code: moduleBanner('styles.bannerLegal'), errors: [finePrint] },
    { filename, code: moduleBanner("styles['banner__legal']"), errors: [finePrint] },
    {
      filename,
      code: `import './banner.css';

export const Banner = () => (
  <div role="dialog">
    <p>We use cookies.</p>
    <p className="banner-legal">We share your personal data with advertising partners.</p>
    <button className="cta">Accept all</button>
    <button className="cta">Reject all</button>
  </div>
);`,
      errors: [finePrint],
    },
  ],
});
