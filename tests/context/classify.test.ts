import { describe, expect, it } from 'vitest';
import { analyseConsent, classifyChoice } from '../../src/context/detect.js';
import { classifyLabel, compileLexicon, defaultLexicon } from '../../src/context/lexicon.js';
import { buildModel } from '../../src/model/build.js';
import type { UIElement } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';

const lexicon = defaultLexicon();
const kindOf = (label: string) => classifyLabel(label, lexicon);

describe('classifyLabel', () => {
  it.each([
    'Accept',
    'Accept all',
    'Accept All Cookies',
    'Agree',
    'Allow all cookies',
    'I agree',
    'Yes',
    'Yes, I agree',
    'OK',
    'Okay!',
    'Got it',
    'Continue',
    'Agree and continue',
    'Please accept',
  ])('%j is an accept', (label) => expect(kindOf(label)).toBe('accept'));

  it.each(['Claim offer', 'Claim my discount', 'Claim this deal', 'Jetzt 10 % sichern', 'Gutschein sichern', 'Jetzt Rabatt sichern'])('%j commits to an offer', (label) => expect(kindOf(label)).toBe('commit'));

  it.each(['Daten sichern', 'Backup sichern', 'Claim your username'])('near-miss: %j commits to nothing', (label) => expect(kindOf(label)).toBeUndefined());

  it.each(['Continue to cancel', 'Proceed with cancellation', 'Cancel anyway'])('%j declines a retention offer', (label) => expect(kindOf(label)).toBe('decline'));

  it.each([
    'Reject',
    'Reject all',
    'Decline',
    'Deny',
    'No thanks',
    'No, thank you',
    'Continue without accepting',
    'Only necessary',
    'Accept only necessary',
    'Accept necessary cookies',
    'Use necessary cookies only',
    "Don't allow",
    'Don’t allow',
    'Do not sell or share my personal information',
    'Necessary only',
  ])('%j is a decline', (label) => expect(kindOf(label)).toBe('decline'));

  it.each(['Settings', 'Cookie settings', 'Customize', 'Customise', 'Manage preferences', 'Learn more', 'Let me choose', 'Save my choices', 'More choices', 'Review my choices', 'Review partners'])(
    '%j is a manage',
    (label) => expect(kindOf(label)).toBe('manage'),
  );

  it.each(['Subscribe', 'Start free trial', 'Upgrade', 'Renew membership', 'Renew my subscription', 'Renew now', 'Abo verlängern', 'Renovar suscripción', 'Renouveler mon abonnement'])(
    '%j is a commit',
    (label) => expect(kindOf(label)).toBe('commit'),
  );

  it.each(['Not now', 'Maybe later', 'Ask me later', 'Remind me tomorrow', 'Skip for now'])('%j is a deferral', (label) => expect(kindOf(label)).toBe('deferral'));

  it.each(['Close', '×', '✕', 'Dismiss'])('%j is a dismiss', (label) => expect(kindOf(label)).toBe('dismiss'));

  it('does not read sentences or unrelated labels as choices', () => {
    // Eleven words: a sentence, not a button label, even though it starts with "continue".
    expect(kindOf('Continue reading to learn how we use cookies on this website today')).toBeUndefined();
    // The phrase must start the label, give or take one word.
    expect(kindOf('We and our partners accept no liability')).toBeUndefined();
    expect(kindOf('Submit')).toBeUndefined();
    expect(kindOf('Sign in')).toBeUndefined();
    expect(kindOf('')).toBeUndefined();
    expect(kindOf('   ')).toBeUndefined();
    expect(kindOf('Acceptable use policy')).toBeUndefined();
  });

  it.each([
    ['Always allow', 'accept'],
    ['Please accept all cookies', 'accept'],
    ['Yes, accept cookies and continue', 'accept'],
    ['Or subscribe for $4.99/month', 'commit'],
    ['Don’t cancel my plan', 'dismiss'],
    ["I'll decide later", 'deferral'],
    ['Ja, alle akzeptieren', 'accept'],
    ['Account settings page', 'manage'],
  ])('%j: a phrase after one first word of the label is still the choice', (label, kind) => expect(kindOf(label)).toBe(kind));

  it.each(['Review', 'Review document', 'Review transaction', 'Renew API key', 'Renew certificate', 'Download consent report', 'Export consent records as CSV', 'Home (No folder)', 'Show/hide columns', 'Manual upgrade instructions', 'Quickstart: get started with the SDK'])(
    'near-miss: %j, a phrase inside a longer noun after the first word or an app\'s own action, is no choice',
    (label) => expect(kindOf(label)).toBeUndefined(),
  );

  it('reads extra lexicons (a user extension or another language)', () => {
    const extended = compileLexicon([{ choices: { decline: ['tout refuser'], accept: ['tout accepter'] } }]);
    expect(classifyLabel('Tout refuser', extended)).toBe('decline');
    expect(classifyLabel('Tout accepter', extended)).toBe('accept');
    expect(classifyLabel('Reject all', extended)).toBeUndefined();
  });
});

describe('classifyChoice', () => {
  function elements(source: string): UIElement[] {
    const parsed = parseWithTypescriptEstree(source, 'file.tsx');
    if (!parsed.ok) throw new Error(parsed.error.message);
    return buildModel(parsed.value).elements;
  }

  it('classifies by the visible label first', () => {
    const [button] = elements(`const A = ({ handleReject }) => <button onClick={handleReject}>Accept all</button>;`);
    expect(classifyChoice(button as UIElement, lexicon)).toMatchObject({ kind: 'accept', classifiedBy: 'label', label: { value: 'Accept all', complete: true } });
  });

  it('falls back to the handler name when the label is translated', () => {
    const els = elements(`
      const A = ({ t, handleReject, onAcceptAll, openPreferences, submit }) => (
        <div>
          <button onClick={handleReject}>{t('banner.reject')}</button>
          <button onClick={onAcceptAll}>{t('banner.accept')}</button>
          <a onClick={openPreferences}>{t('banner.prefs')}</a>
          <button onClick={submit}>{t('banner.submit')}</button>
          <button onClick={() => setOpen(false)}>{t('banner.close')}</button>
        </div>
      );`);
    const buttons = els.filter((e) => e.semantic === 'button' || e.semantic === 'link');
    expect(buttons.map((b) => classifyChoice(b, lexicon)?.kind)).toEqual(['decline', 'accept', 'manage', undefined, undefined]);
    expect(classifyChoice(buttons[0] as UIElement, lexicon)).toMatchObject({ classifiedBy: 'handler', label: { value: '', complete: false } });
  });

  it('uses aria-label over content', () => {
    const [button] = elements(`const A = () => <button aria-label="Close">×</button>;`);
    expect(classifyChoice(button as UIElement, lexicon)?.kind).toBe('dismiss');
  });

  it('finds choices drawn as clickable text, but not plain text', () => {
    const parsed = parseWithTypescriptEstree(`const A = () => <div className="cookie-banner"><p>We use cookies.</p><span onClick={reject}>No thanks</span><span>Yes</span></div>;`, 'a.tsx');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const consent = analyseConsent(buildModel(parsed.value), { settings: DEFAULT_SETTINGS });
    expect([...consent.choices.values()].map((c) => [c.element.name, c.kind])).toEqual([['span', 'decline']]);
  });
});
