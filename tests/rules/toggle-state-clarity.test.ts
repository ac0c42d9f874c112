import rule from '../../rules/toggle-state-clarity.js';
import { ruleTester } from './rule-tester.js';

ruleTester().run('toggle-state-clarity', rule, {
  valid: [
    {
      // Near-miss: a status page's uptime bar, whose days pin a hover card open (aria-pressed with aria-expanded):
      // a disclosure of the page beside a "Subscribe to updates" form, not a setting.
      code: `import { useState } from 'react';
import { useStatusLabels } from '@/hooks/use-status-labels';

export function StatusPage({ days, onSubscribe }: { days: { date: string }[]; onSubscribe: (email: string) => void }) {
  const labels = useStatusLabels();
  const [pinned, setPinned] = useState<number | null>(null);
  return (
    <section>
      <h2>Get updates by email</h2>
      <p>Subscribe to receive an email whenever we create or update an incident.</p>
      <form onSubmit={(e) => { e.preventDefault(); onSubscribe(new FormData(e.currentTarget).get('email') as string); }}>
        <input type="email" name="email" aria-label="Email" />
        <button type="submit">Subscribe</button>
      </form>
      <div className="flex gap-px">
        <button type="button" aria-label="Previous 90 days" onClick={() => setPinned(null)}>‹</button>
        {days.map((day, index) => (
          <div key={day.date} role="button" tabIndex={0} aria-label={labels.dayStatus(index + 1)} aria-pressed={pinned === index} aria-expanded={pinned === index} onClick={() => setPinned(index)} />
        ))}
      </div>
    </section>
  );
}`,
    },
    {
      // Near-miss: a password field's reveal toggle in a sign-up form that asks for marketing consent. Its
      // aria-label says what it does, and that is no consent purpose.
      code: `import { useState } from 'react';
import { Eye, EyeOff } from 'lucide-react';

export function SignupForm({ onSubmit }: { onSubmit: (data: FormData) => void }) {
  const [revealed, setRevealed] = useState(false);
  return (
    <form action={onSubmit}>
      <label htmlFor="password">Password</label>
      <div className="relative">
        <input id="password" name="password" type={revealed ? 'text' : 'password'} autoComplete="new-password" />
        <button type="button" aria-label={revealed ? 'Hide password' : 'Show password'} aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
          {revealed ? <EyeOff className="size-4" /> : <Eye className="size-4" />}
        </button>
      </div>
      <label>
        <input type="checkbox" name="marketing" />
        Email me product news and offers
      </label>
      <button type="submit">Create account</button>
    </form>
  );
}`,
    },
    {
      // Near-miss: the toggle's visible label says what turning it on does.
      code: `export const Training = () => (
  <div role="dialog">
    <p>We updated our privacy policy.</p>
    <label>
      <input type="checkbox" role="switch" />
      Use my chats to improve our models
    </label>
    <button>Save</button>
  </div>
);`,
    },
    {
      // Near-miss: a dark-mode toggle labelled "On/Off" outside any consent context.
      code: `export const Appearance = () => (
  <section>
    <h2>Appearance</h2>
    <label><Switch /> On/Off</label>
  </section>
);`,
    },
    {
      // Near-miss: the visible label is a <label htmlFor> elsewhere in the dialog; the aria-label is extra.
      code: `export const Prefs = () => (
  <div role="dialog">
    <p>We use cookies for analytics.</p>
    <label htmlFor="analytics">Allow analytics cookies</label>
    <p>They help us see which pages people use.</p>
    <Switch id="analytics" aria-label="analytics" />
    <button>Save</button>
  </div>
);`,
    },
    {
      // Near-miss: a <label> wraps the switch with the purpose, beside an "On" state text.
      code: `export const Prefs = () => (
  <form className="privacy-settings">
    <p>Your privacy choices</p>
    <label><Switch aria-label="ads" /> Show me personalised ads <span>On</span></label>
    <label><Switch /> Share my data with partners</label>
  </form>
);`,
    },
    {
      // Near-miss: the label comes from a translation call: unknown, so a review, never a finding.
      code: `export const Prefs = ({ t }: { t: (key: string) => string }) => (
  <div role="dialog">
    <p>We use cookies for marketing.</p>
    <Switch label={t('consent.marketing')} />
    <label><input type="checkbox" /> {t('consent.analytics')}</label>
  </div>
);`,
    },
    {
      // Near-miss: a group heading names the topic and each row's label names its purpose beside an On/Off text.
      code: `export const Choices = () => (
  <section aria-label="privacy">
    <h2>Your privacy choices</h2>
    <div className="row"><span>Personalised ads</span><Switch /><span>Off</span></div>
    <div className="row"><span>Analytics</span><Switch /><span>On</span></div>
  </section>
);`,
    },
    {
      // Near-miss: settings cards, each a heading and a description with one switch.
      code: `export const Cards = () => (
  <div role="dialog">
    <h2>Cookie preferences</h2>
    <div className="card"><h3>Analytics cookies</h3><p>Help us improve the site.</p><Switch /></div>
    <div className="card"><h3>Marketing cookies</h3><p>Show you relevant offers.</p><Switch /></div>
    <button>Save</button>
  </div>
);`,
    },
    {
      // Near-miss: a hand-rolled CSS slider (an empty <label className="switch">) in a row whose heading names the purpose.
      code: `export const Row = () => (
  <div role="dialog">
    <h2>Privacy settings</h2>
    <div className="setting-row">
      <div><h4>Personalised ads</h4><p>Use my activity to tailor ads.</p></div>
      <label className="switch"><input type="checkbox" /><span className="slider round" /></label>
    </div>
    <button>Save</button>
  </div>
);`,
    },
    {
      // Near-miss: the switch's own <label> shows its state, the row beside it says what it does.
      code: `export const Rows = () => (
  <div role="dialog">
    <h2>Cookie preferences</h2>
    <div className="row"><span>Analytics cookies</span><label><Switch /> Off</label></div>
    <div className="row"><span>Marketing cookies</span><label><Switch /> On</label></div>
    <button>Save</button>
  </div>
);`,
    },
    {
      // Near-miss: props spread onto the switch may bring its label: a review, not a finding.
      code: `export const Field = (field: object) => (
  <div role="dialog">
    <p>We use cookies for marketing.</p>
    <Switch {...field} />
    <button>Save</button>
  </div>
);`,
    },
    {
      // Near-miss: Yes/No radios answer the question their group asks (no-trick-question's domain).
      code: `export const Question = () => (
  <fieldset>
    <legend>May we send you marketing emails?</legend>
    <label><input type="radio" name="m" value="yes" /> Yes</label>
    <label><input type="radio" name="m" value="no" /> No</label>
  </fieldset>
);`,
    },
    {
      // Near-miss: a disabled "always on" necessary-cookies switch is not a choice people make.
      code: `export const Necessary = () => (
  <div role="dialog">
    <p>We use cookies.</p>
    <div><Switch checked disabled /><span>On</span></div>
    <label><Switch /> Analytics cookies</label>
  </div>
);`,
    },
  ],
  invalid: [
    {
      code: `export const Prefs = () => (
  <div role="dialog">
    <p>We use cookies for analytics and marketing.</p>
    <div className="row">
      <button type="button" role="switch" aria-checked="false" aria-label="Marketing cookies" />
    </div>
    <button>Save</button>
  </div>
);`,
      errors: [{ messageId: 'noVisibleLabel', data: { control: 'switch', name: 'only aria-label "Marketing cookies"' }, line: 5, column: 7 }],
    },
    {
      // A name made of control and state words only says nothing of what the switch grants.
      code: `export const Prefs = ({ onSave }: { onSave: () => void }) => (
  <div role="dialog" aria-label="Cookie preferences">
    <p>We use cookies for analytics and personalised advertising.</p>
    <button type="button" role="switch" aria-checked="false" aria-label="Toggle on" />
    <button onClick={onSave}>Save</button>
  </div>
);`,
      errors: [{ messageId: 'noVisibleLabel', data: { control: 'switch', name: 'only aria-label "Toggle on"' }, line: 4, column: 5 }],
    },
    {
      code: `export const Choices = () => (
  <section className="privacy-settings">
    <h2>Privacy choices</h2>
    <div><Switch /><span>On</span></div>
    <div><Switch /><span>Off</span></div>
  </section>
);`,
      errors: [
        { messageId: 'stateOnlyLabel', data: { control: 'switch', label: 'On', topic: 'privacy' }, line: 4, column: 10 },
        { messageId: 'stateOnlyLabel', data: { control: 'switch', label: 'Off', topic: 'privacy' }, line: 5, column: 10 },
      ],
    },
    {
      code: `export const Newsletter = () => (
  <form>
    <p>We'd like to send you our newsletter.</p>
    <label><input type="checkbox" name="newsletter" /> Yes</label>
    <button type="submit">Sign up</button>
  </form>
);`,
      errors: [{ messageId: 'stateOnlyLabel', data: { control: 'checkbox', label: 'Yes', topic: 'marketing' }, line: 4, column: 12 }],
    },
    {
      code: `export const Banner = () => (
  <aside className="cookie-banner">
    <p>We use cookies.</p>
    <input type="checkbox" title="Analytics" />
    <input type="checkbox" title="Marketing" />
    <button>Accept</button>
  </aside>
);`,
      errors: [
        { messageId: 'noVisibleLabel', data: { control: 'checkbox', name: 'only title "Analytics"' }, line: 4, column: 5 },
        { messageId: 'noVisibleLabel', data: { control: 'checkbox', name: 'only title "Marketing"' }, line: 5, column: 5 },
      ],
    },
    {
      code: `export const Einstellungen = () => (
  <div role="dialog">
    <p>Wir verwenden Cookies für personalisierte Werbung.</p>
    <label><Switch /> Ein</label>
    <button>Speichern</button>
  </div>
);`,
      errors: [{ messageId: 'stateOnlyLabel', data: { control: 'switch', label: 'Ein', topic: 'cookies, personalisation, advertising' }, line: 4, column: 12 }],
    },
    {
      code: `export const Training = () => (
  <div role="dialog">
    <p>Help improve our models with your conversations (AI training).</p>
    <label><input type="checkbox" role="switch" /> I/O</label>
  </div>
);`,
      errors: [{ messageId: 'stateOnlyLabel', data: { control: 'switch', label: 'I/O', topic: 'analytics, AI model training' }, line: 4, column: 12 }],
    },
    {
      code: `import { FormControlLabel, Switch } from '@mui/material';
export const Ads = () => (
  <div role="dialog">
    <p>Personalised advertising</p>
    <FormControlLabel control={<Switch />} label="Enabled" />
  </div>
);`,
      errors: [{ messageId: 'stateOnlyLabel', data: { control: 'switch', label: 'Enabled', topic: 'personalisation, advertising' }, line: 5, column: 32 }],
    },
    {
      code: `import { useState } from 'react';
export function Sharing() {
  const [on, setOn] = useState(false);
  return (
    <div role="dialog">
      <p>Do not sell or share my personal information</p>
      <Switch checked={on} onChange={setOn} />
      <button>Confirm</button>
    </div>
  );
}`,
      errors: [{ messageId: 'noVisibleLabel', data: { control: 'switch', name: 'no label at all' }, line: 7, column: 7 }],
    },
    {
      code: `export const Preferencias = () => (
  <div role="dialog">
    <p>Utilizamos cookies con fines analíticos.</p>
    <label><Switch /> Activado</label>
  </div>
);`,
      errors: [{ messageId: 'stateOnlyLabel', data: { control: 'switch', label: 'Activado', topic: 'cookies, analytics' }, line: 4, column: 12 }],
    },
    {
      // A slider's empty <label> in a section that is the whole prompt (it holds the Save button): its heading names the prompt, not the toggle.
      code: `export const Choices = () => (
  <section className="privacy">
    <h2>Your privacy choices</h2>
    <label className="switch"><input type="checkbox" /><span className="slider" /></label>
    <button>Save</button>
  </section>
);`,
      errors: [{ messageId: 'noVisibleLabel', data: { control: 'checkbox', name: 'no label at all' }, line: 4, column: 31 }],
    },
  ],
});
