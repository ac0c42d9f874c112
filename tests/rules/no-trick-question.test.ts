import rule from '../../rules/no-trick-question.js';
import { ruleTester, TSX } from './rule-tester.js';

ruleTester().run('no-trick-question', rule, {
  valid: [
    {
      // Near-miss: "Do not sell or share my personal information" as a LINK is the wording CCPA requires (Cal. Civ. Code § 1798.135).
      filename: TSX,
      code: `
export const Prefs = () => (
  <footer className="privacy-footer">
    <p>Your privacy choices</p>
    <a href="/opt-out">Do not sell or share my personal information</a>
    <button type="submit">Save preferences</button>
  </footer>
);`,
    },
    {
      // Near-miss: a single negation, "Don't show this again".
      filename: TSX,
      code: `
export const Prefs = () => (
  <div role="dialog" className="tips">
    <p>You can change cookie settings at any time.</p>
    <label><input type="checkbox" /> Don't show this again</label>
    <button type="submit">Save preferences</button>
  </div>
);`,
    },
    {
      // Near-miss: neighbours all opt-in.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Email me marketing offers</label>
    <label><input type="checkbox" /> Allow analytics cookies</label>
    <label><input type="checkbox" /> Show me personalised ads</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
    },
    {
      // Near-miss: two plain opt-outs joined by "and" are two negatives, not a double one.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Do not sell my data, and do not use it for advertising</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
    },
    {
      // Near-miss: all opt-outs together: checked means "stop" for every box, none contradicts its neighbours.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Opt out of marketing emails</label>
    <label><input type="checkbox" /> Opt out of analytics</label>
    <label><input type="checkbox" /> Opt out of personalised ads</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
    },
    {
      // Near-miss: one opt-out beside only one opt-in: below the two-neighbour default.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Email me marketing offers</label>
    <label><input type="checkbox" /> Do not share my data with partners</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
    },
    {
      // Near-miss: "Never" and "without" in body text, not in a control's label.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <p>We never share your data without asking.</p>
    <label><input type="checkbox" /> Email me marketing offers</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
    },
    {
      // Near-miss: a translated label is unreadable, so not judged.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> {t('prefs.marketing')}</label>
    <label><input type="checkbox" /> Allow analytics cookies</label>
    <label><input type="checkbox" /> Share my data with partners</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
    },
    {
      // Near-miss: a strictly necessary box phrased negatively is not a consent control.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Email me marketing offers</label>
    <label><input type="checkbox" /> Allow analytics cookies</label>
    <label><input type="checkbox" /> Necessary cookies cannot be turned off</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
    },
    {
      // Option maxNegations: 3 lets a two-negation label pass.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Don't stop sharing my usage data with partners</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
      options: [{"maxNegations":3}],
    },
    {
      // Option minOptInNeighbours: 3 needs three opt-ins before a lone opt-out counts.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Email me marketing offers</label>
    <label><input type="checkbox" /> Allow analytics cookies</label>
    <label><input type="checkbox" /> Do not share my data with third parties</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
      options: [{"minOptInNeighbours":3}],
    },
  ],
  invalid: [
    {
      // The classic double negative: "do not want to not receive".
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="signup-consent">
    <label><input type="checkbox" /> Uncheck this box if you do not want to not receive our newsletter.</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
      errors: [
        { messageId: 'doubleNegative', data: {"label":"Uncheck this box if you do not want to not receive our news…","count":3,"negations":"'uncheck', 'do not', 'not'"}, line: 4, column: 5 },
      ],
    },
    {
      // "Don't stop sharing": two negations in one clause.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Don't stop sharing my usage data with partners</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
      errors: [
        { messageId: 'doubleNegative', data: {"label":"Don't stop sharing my usage data with partners","count":2,"negations":"'dont', 'stop'"}, line: 4, column: 5 },
      ],
    },
    {
      // "Do not opt me out": a negated opt-out.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Do not opt me out of the sale of my personal information</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
      errors: [
        { messageId: 'doubleNegative', data: {"label":"Do not opt me out of the sale of my personal information","count":2,"negations":"'do not', 'opt me out'"}, line: 4, column: 5 },
      ],
    },
    {
      // "Never ... without": a double negative over a purpose.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Never send me offers without my newsletter subscription</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
      errors: [
        { messageId: 'doubleNegative', data: {"label":"Never send me offers without my newsletter subscription","count":2,"negations":"'never', 'without'"}, line: 4, column: 5 },
      ],
    },
    {
      // A switch labelled by the text beside it, reported on the label text element.
      filename: TSX,
      code: `
export const Row = () => (
  <div className="settings-row">
    <span>Don't disable personalised ads</span>
    <input type="checkbox" role="switch" />
  </div>
);`,
      errors: [
        { messageId: 'doubleNegative', data: {"label":"Don't disable personalised ads","count":2,"negations":"'dont', 'disable'"}, line: 4, column: 5 },
      ],
    },
    {
      // An opt-out among two opt-ins (FTC Dark Patterns report: confusing toggles).
      filename: TSX,
      code: `
export const Prefs = () => (
  <fieldset className="privacy-choices">
    <label><input type="checkbox" /> Email me marketing offers</label>
    <label><input type="checkbox" /> Allow analytics cookies</label>
    <label><input type="checkbox" /> Do not share my data with third parties</label>
    <button type="submit">Save preferences</button>
  </fieldset>
);`,
      errors: [
        { messageId: 'oppositeMeaning', data: {"label":"Do not share my data with third parties","optIns":2,"neighbour":"Email me marketing offers"}, line: 6, column: 5 },
      ],
    },
    {
      // "Check to stop..." among opt-ins.
      filename: TSX,
      code: `
export const Prefs = () => (
  <div role="dialog" className="consent-dialog">
    <label><input type="checkbox" /> Send me product updates and offers</label>
    <label><input type="checkbox" /> Share my data with trusted partners</label>
    <label><input type="checkbox" /> Check to stop personalised ads</label>
    <button type="submit">Save preferences</button>
  </div>
);`,
      errors: [
        { messageId: 'oppositeMeaning', data: {"label":"Check to stop personalised ads","optIns":2,"neighbour":"Send me product updates and offers"}, line: 6, column: 5 },
      ],
    },
    {
      // "I don't want..." among three opt-ins, labelled with htmlFor.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Email me marketing offers</label>
    <label><input type="checkbox" /> Allow analytics cookies</label>
    <label><input type="checkbox" /> Show me personalised ads</label>
    <input type="checkbox" id="sale" />
    <label htmlFor="sale">I don't want my data sold to partners</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
      errors: [
        { messageId: 'oppositeMeaning', data: {"label":"I don't want my data sold to partners","optIns":3,"neighbour":"Email me marketing offers"}, line: 8, column: 5 },
      ],
    },
    {
      // Three negations in one clause are counted and listed.
      filename: TSX,
      code: `
export const Prefs = () => (
  <form className="privacy-form">
    <label><input type="checkbox" /> Do not uncheck this unless you do not want marketing emails</label>
    <button type="submit">Save preferences</button>
  </form>
);`,
      errors: [
        { messageId: 'doubleNegative', data: {"label":"Do not uncheck this unless you do not want marketing emails","count":4,"negations":"'do not', 'uncheck', 'unless', 'do not'"}, line: 4, column: 5 },
      ],
    },
  ],
});
