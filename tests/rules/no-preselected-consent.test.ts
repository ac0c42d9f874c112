import rule from '../../rules/no-preselected-consent.js';
import { ruleTester, TSX } from './rule-tester.js';

ruleTester().run('no-preselected-consent', rule, {
  valid: [
    {
      // "Remember me" grants no consent purpose: keeping people signed in is not marketing, sharing or training.
      filename: TSX,
      code: `
export const Login = () => (
  <form>
    <label><input type="checkbox" defaultChecked /> Remember me</label>
    <button type="submit">Sign in</button>
  </form>
);`,
    },
    {
      // "Keep me signed in" on by default: a convenience setting, not consent.
      filename: TSX,
      code: `
export const Login = () => (
  <form>
    <input id="keep" type="checkbox" checked={true} onChange={() => {}} />
    <label htmlFor="keep">Keep me signed in</label>
  </form>
);`,
    },
    {
      // A dark-mode switch may start on: appearance is not a consent purpose.
      filename: TSX,
      code: `
export function Appearance() {
  const [dark, setDark] = useState(true);
  return (
    <div className="settings">
      <span>Dark mode</span>
      <input type="checkbox" role="switch" checked={dark} onChange={() => setDark(!dark)} />
    </div>
  );
}`,
    },
    {
      // Strictly necessary cookies are always on, and shown disabled and checked: they need no consent.
      filename: TSX,
      code: `
export const CookiePrefs = () => (
  <form className="cookie-preferences">
    <label><input type="checkbox" checked disabled /> Strictly necessary cookies</label>
    <label><input type="checkbox" /> Analytics cookies</label>
  </form>
);`,
    },
    {
      // The state comes from the server (what the person chose before): unknown, so no finding (at most a review).
      filename: TSX,
      code: `
export const Prefs = ({ serverPrefs }: { serverPrefs: { marketing: boolean } }) => (
  <form>
    <label><input type="checkbox" checked={serverPrefs.marketing} onChange={() => {}} /> Email me offers and updates</label>
  </form>
);`,
    },
    {
      // An opt-in that starts off is exactly what the rule asks for.
      filename: TSX,
      code: `
export function Newsletter() {
  const [optIn, setOptIn] = useState(false);
  const [prefs] = useState({ marketing: false });
  return (
    <form>
      <label><input type="checkbox" checked={optIn} onChange={() => setOptIn(!optIn)} /> Send me the newsletter</label>
      <label><input type="checkbox" checked={prefs.marketing} onChange={() => {}} /> Marketing emails</label>
      <label><input type="checkbox" defaultChecked={false} /> Share my data with partners</label>
    </form>
  );
}`,
    },
    {
      // "Don't send me marketing emails" ticked is the privacy-protective state (a confusing opt-out, not a pre-ticked opt-in).
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <label><input type="checkbox" defaultChecked /> Don't send me marketing emails</label>
  </form>
);`,
    },
    {
      // The label is a translation key: the purpose can't be read, so nothing is guessed.
      filename: TSX,
      code: `
export const Signup = ({ t }: { t: (k: string) => string }) => (
  <form>
    <label><input type="checkbox" defaultChecked /> {t('signup.marketing')}</label>
  </form>
);`,
    },
    {
      // The team's own essential wording, declared through the essentialWords option.
      filename: TSX,
      options: [{ essentialWords: ['fraud prevention'] }],
      code: `
export const Checkout = () => (
  <form>
    <label><input type="checkbox" defaultChecked disabled /> Share data with third parties for fraud prevention</label>
  </form>
);`,
    },
    {
      // An unchecked radio for "Yes" and a checked "No": the default is the refusal.
      filename: TSX,
      code: `
export const Ads = () => (
  <fieldset>
    <legend>May we show you personalised ads?</legend>
    <label><input type="radio" name="ads" /> Yes</label>
    <label><input type="radio" name="ads" defaultChecked /> No</label>
  </fieldset>
);`,
    },
  ],
  invalid: [
    {
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <label><input type="checkbox" defaultChecked /> Send me marketing emails</label>
  </form>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Send me marketing emails', purpose: 'marketing', via: 'defaultChecked' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultChecked' },
              output: `
export const Signup = () => (
  <form>
    <label><input type="checkbox" /> Send me marketing emails</label>
  </form>
);`,
            },
          ],
        },
      ],
    },
    {
      filename: TSX,
      code: `
export const Partners = () => (
  <form>
    <input id="share" type="checkbox" checked={true} onChange={() => {}} />
    <label htmlFor="share">Share my data with our partners</label>
  </form>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Share my data with our partners', purpose: 'data sharing', via: 'checked={true}' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'checked' },
              output: `
export const Partners = () => (
  <form>
    <input id="share" type="checkbox" onChange={() => {}} />
    <label htmlFor="share">Share my data with our partners</label>
  </form>
);`,
            },
          ],
        },
      ],
    },
    {
      // React state initialised true: the fix is the literal, not the prop.
      filename: TSX,
      code: `
export function TermsUpdate() {
  const [allowTraining, setAllowTraining] = useState(true);
  return (
    <div role="dialog">
      <p>Updates to our Consumer Terms</p>
      <div className="row">
        <span>Help improve our AI models by letting us use your chats</span>
        <input type="checkbox" role="switch" checked={allowTraining} onChange={() => setAllowTraining(!allowTraining)} />
      </div>
    </div>
  );
}`,
      errors: [
        {
          messageId: 'preselected',
          data: {
            control: 'switch',
            label: 'Help improve our AI models by letting us use your chats',
            purpose: 'analytics, AI model training',
            via: 'checked={allowTraining} starts true',
          },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 122,
          suggestions: [
            {
              messageId: 'initialiseOff',
              data: { binding: 'allowTraining' },
              output: `
export function TermsUpdate() {
  const [allowTraining, setAllowTraining] = useState(false);
  return (
    <div role="dialog">
      <p>Updates to our Consumer Terms</p>
      <div className="row">
        <span>Help improve our AI models by letting us use your chats</span>
        <input type="checkbox" role="switch" checked={allowTraining} onChange={() => setAllowTraining(!allowTraining)} />
      </div>
    </div>
  );
}`,
            },
          ],
        },
      ],
    },
    {
      // An opt-out setting shown as an opt-in switch: the switch is the negation of the state, so it starts on. The
      // message names the expression as written; the state is loaded from the API, so no one-step fix is offered.
      filename: TSX,
      code: `
import { useEffect, useState } from 'react';
import { Switch } from '@/components/ui/switch';
import { getSettings, saveSettings } from '@/lib/api';

export function PrivacySection() {
  const [telemetryOptOut, setTelemetryOptOut] = useState(false);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    getSettings().then((settings) => setTelemetryOptOut(settings.telemetryOptOut)).finally(() => setLoading(false));
  }, []);
  return (
    <section>
      <h2>Privacy</h2>
      <div className="flex items-center justify-between">
        <div>
          <p className="font-semibold">Telemetry</p>
          <p className="text-muted-foreground">Send error and usage reports to help us improve the product.</p>
        </div>
        <Switch
          aria-label="Telemetry"
          checked={!telemetryOptOut}
          disabled={loading}
          onCheckedChange={(checked) => saveSettings({ telemetryOptOut: !checked })}
        />
      </div>
    </section>
  );
}`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'switch', label: 'Telemetry', purpose: 'telemetry and diagnostics', via: 'checked={!telemetryOptOut} starts true' },
          line: 20,
          suggestions: [],
        },
      ],
    },
    {
      // A property of a state object, initialised inline.
      filename: TSX,
      code: `
export function Prefs() {
  const [prefs, setPrefs] = useState({ analytics: true, ads: false });
  return (
    <form>
      <label><input type="checkbox" checked={prefs.analytics} onChange={() => {}} /> Usage analytics</label>
      <label><input type="checkbox" checked={prefs.ads} onChange={() => {}} /> Personalised ads</label>
    </form>
  );
}`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Usage analytics', purpose: 'analytics', via: 'checked={prefs.analytics} starts true' },
          line: 6,
          column: 14,
          suggestions: [
            {
              messageId: 'initialiseOff',
              data: { binding: 'prefs.analytics' },
              output: `
export function Prefs() {
  const [prefs, setPrefs] = useState({ analytics: false, ads: false });
  return (
    <form>
      <label><input type="checkbox" checked={prefs.analytics} onChange={() => {}} /> Usage analytics</label>
      <label><input type="checkbox" checked={prefs.ads} onChange={() => {}} /> Personalised ads</label>
    </form>
  );
}`,
            },
          ],
        },
      ],
    },
    {
      // State initialised from a defaults object declared in the file: the fix goes to the default.
      filename: TSX,
      code: `
const DEFAULTS = { newsletter: true };
export function Footer() {
  const [prefs] = useState(DEFAULTS);
  return <form><label><input type="checkbox" checked={prefs.newsletter} readOnly /> Newsletter</label></form>;
}`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Newsletter', purpose: 'marketing', via: 'checked={prefs.newsletter} starts true' },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'initialiseOff',
              data: { binding: 'prefs.newsletter' },
              output: `
const DEFAULTS = { newsletter: false };
export function Footer() {
  const [prefs] = useState(DEFAULTS);
  return <form><label><input type="checkbox" checked={prefs.newsletter} readOnly /> Newsletter</label></form>;
}`,
            },
          ],
        },
      ],
    },
    {
      // A design-system switch mapped in settings, with its own default prop.
      filename: TSX,
      settings: { 'honest-ui': { components: { Toggle: { as: 'switch', defaultCheckedProp: 'defaultOn' } } } },
      code: `
export const Privacy = () => (
  <section>
    <Toggle defaultOn label="Allow tracking across websites" />
  </section>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'switch', label: 'Allow tracking across websites', purpose: 'tracking', via: 'defaultOn' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultOn' },
              output: `
export const Privacy = () => (
  <section>
    <Toggle label="Allow tracking across websites" />
  </section>
);`,
            },
          ],
        },
      ],
    },
    {
      // aria-checked only describes the state: removing it fixes nothing, so there is no suggestion.
      filename: TSX,
      code: `
export const Row = () => (
  <div className="consent-row">
    <span>Personalised advertising</span>
    <div role="switch" aria-checked="true" tabIndex={0} />
  </div>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'switch', label: 'Personalised advertising', purpose: 'personalisation, advertising', via: 'aria-checked="true"' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 59,
          suggestions: [],
        },
      ],
    },
    {
      // A radio "Yes" selected by default grants what its group asks about.
      filename: TSX,
      code: `
export const Ads = () => (
  <fieldset>
    <legend>May we show you personalised ads?</legend>
    <label><input type="radio" name="ads" defaultChecked /> Yes</label>
    <label><input type="radio" name="ads" /> No</label>
  </fieldset>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'radio', label: 'Yes', purpose: 'personalisation, advertising', via: 'defaultChecked' },
          line: 5,
          column: 12,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultChecked' },
              output: `
export const Ads = () => (
  <fieldset>
    <legend>May we show you personalised ads?</legend>
    <label><input type="radio" name="ads" /> Yes</label>
    <label><input type="radio" name="ads" /> No</label>
  </fieldset>
);`,
            },
          ],
        },
      ],
    },
    {
      // MUI: the control is an element prop of FormControlLabel, and the label is its label prop.
      filename: TSX,
      code: `
export const Mui = () => (
  <FormGroup>
    <FormControlLabel control={<Checkbox defaultChecked />} label="Email me product updates and offers" />
  </FormGroup>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Email me product updates and offers', purpose: 'marketing', via: 'defaultChecked' },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultChecked' },
              output: `
export const Mui = () => (
  <FormGroup>
    <FormControlLabel control={<Checkbox />} label="Email me product updates and offers" />
  </FormGroup>
);`,
            },
          ],
        },
      ],
    },
    {
      // react-bootstrap's Form.Check type="switch": two preselected purposes in one form, two findings.
      filename: TSX,
      code: `
export const Bootstrap = () => (
  <Form>
    <Form.Check type="switch" id="a" label="Share my data with third parties" defaultChecked />
    <Form.Check type="switch" id="b" label="Strictly necessary" defaultChecked disabled />
    <Form.Check type="checkbox" id="c" label="Analytics cookies" defaultChecked />
  </Form>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'switch', label: 'Share my data with third parties', purpose: 'data sharing', via: 'defaultChecked' },
          line: 4,
          column: 5,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: `
export const Bootstrap = () => (
  <Form>
    <Form.Check type="switch" id="a" label="Share my data with third parties" />
    <Form.Check type="switch" id="b" label="Strictly necessary" defaultChecked disabled />
    <Form.Check type="checkbox" id="c" label="Analytics cookies" defaultChecked />
  </Form>
);` }],
        },
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Analytics cookies', purpose: 'analytics', via: 'defaultChecked' },
          line: 6,
          column: 5,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: `
export const Bootstrap = () => (
  <Form>
    <Form.Check type="switch" id="a" label="Share my data with third parties" defaultChecked />
    <Form.Check type="switch" id="b" label="Strictly necessary" defaultChecked disabled />
    <Form.Check type="checkbox" id="c" label="Analytics cookies" />
  </Form>
);` }],
        },
      ],
    },
    {
      // An attribute on a line of its own goes with its indentation and line break.
      filename: TSX,
      code: `
export const Signup = () => (
  <label>
    <input
      type="checkbox"
      defaultChecked
      name="offers"
    />
    Email me offers
  </label>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Email me offers', purpose: 'marketing', via: 'defaultChecked' },
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultChecked' },
              output: `
export const Signup = () => (
  <label>
    <input
      type="checkbox"
      name="offers"
    />
    Email me offers
  </label>
);`,
            },
          ],
        },
      ],
    },
    {
      // The first attribute takes the blank after it; one that starts a line shared with others keeps the indentation.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <label><input defaultChecked id="offers" type="checkbox" /> Email me offers</label>
    <label><input type="checkbox"
      checked={true} onChange={() => {}} /> Share my data with partners</label>
  </form>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Email me offers', purpose: 'marketing', via: 'defaultChecked' },
          line: 4,
          column: 12,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultChecked' },
              output: `
export const Signup = () => (
  <form>
    <label><input id="offers" type="checkbox" /> Email me offers</label>
    <label><input type="checkbox"
      checked={true} onChange={() => {}} /> Share my data with partners</label>
  </form>
);`,
            },
          ],
        },
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Share my data with partners', purpose: 'data sharing', via: 'checked={true}' },
          line: 5,
          column: 12,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'checked' },
              output: `
export const Signup = () => (
  <form>
    <label><input defaultChecked id="offers" type="checkbox" /> Email me offers</label>
    <label><input type="checkbox"
      onChange={() => {}} /> Share my data with partners</label>
  </form>
);`,
            },
          ],
        },
      ],
    },
    {
      // A default bound to a constant is described as written, with the value it holds.
      filename: TSX,
      code: `
const ON = true;
const DEFAULTS = { marketing: true } as const;
export const Signup = () => (
  <form>
    <label><input type="checkbox" defaultChecked={ON} /> Email me offers</label>
    <label><input type="checkbox" checked={DEFAULTS.marketing} onChange={() => {}} /> Share my data with partners</label>
  </form>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Email me offers', purpose: 'marketing', via: 'defaultChecked={ON} (ON = true)' },
          line: 6,
          column: 12,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultChecked' },
              output: `
const ON = true;
const DEFAULTS = { marketing: true } as const;
export const Signup = () => (
  <form>
    <label><input type="checkbox" /> Email me offers</label>
    <label><input type="checkbox" checked={DEFAULTS.marketing} onChange={() => {}} /> Share my data with partners</label>
  </form>
);`,
            },
          ],
        },
        {
          messageId: 'preselected',
          data: { control: 'checkbox', label: 'Share my data with partners', purpose: 'data sharing', via: 'checked={DEFAULTS.marketing} (DEFAULTS.marketing = true)' },
          line: 7,
          column: 12,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'checked' },
              output: `
const ON = true;
const DEFAULTS = { marketing: true } as const;
export const Signup = () => (
  <form>
    <label><input type="checkbox" defaultChecked={ON} /> Email me offers</label>
    <label><input type="checkbox" onChange={() => {}} /> Share my data with partners</label>
  </form>
);`,
            },
          ],
        },
      ],
    },
    {
      // A radio group whose default comes from a constant: described as written, with the value it holds.
      filename: TSX,
      code: `
import { FormControlLabel, Radio, RadioGroup } from '@mui/material';
const ANSWER = 'yes';
export const Ads = () => (
  <fieldset>
    <legend>May we show you personalised ads?</legend>
    <RadioGroup name="ads" defaultValue={ANSWER}>
      <FormControlLabel value="yes" control={<Radio />} label="Yes" />
      <FormControlLabel value="no" control={<Radio />} label="No" />
    </RadioGroup>
  </fieldset>
);`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'radio', label: 'Yes', purpose: 'personalisation, advertising', via: 'defaultValue={ANSWER} (ANSWER = "yes") on its group' },
          line: 8,
          column: 46,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultValue' },
              output: `
import { FormControlLabel, Radio, RadioGroup } from '@mui/material';
const ANSWER = 'yes';
export const Ads = () => (
  <fieldset>
    <legend>May we show you personalised ads?</legend>
    <RadioGroup name="ads">
      <FormControlLabel value="yes" control={<Radio />} label="Yes" />
      <FormControlLabel value="no" control={<Radio />} label="No" />
    </RadioGroup>
  </fieldset>
);`,
            },
          ],
        },
      ],
    },
  ],
});
