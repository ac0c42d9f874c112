import { describe, expect, it } from 'vitest';
import { analyseConsent, ownElements, type ConsentAnalysis } from '../../src/context/detect.js';
import { checkedState } from '../../src/context/controls.js';
import { buildModel } from '../../src/model/build.js';
import type { UIElement } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { resolveSettings, type HonestUiSettings } from '../../src/settings/settings.js';

function analyse(source: string, settings?: HonestUiSettings): ConsentAnalysis {
  const parsed = parseWithTypescriptEstree(source, 'file.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const resolved = resolveSettings(settings);
  return analyseConsent(buildModel(parsed.value, { settings: resolved }), { settings: resolved });
}

const describeRoot = (root: UIElement) => `${root.name}${root.classes.tokens.length ? `.${root.classes.tokens.map((t) => t.name).join('.')}` : ''}`;
const choiceList = (analysis: ConsentAnalysis, index = 0) => analysis.contexts[index]?.choices.map((c) => [c.kind, c.label.value]);

describe('consent contexts', () => {
  it("takes no topic from an error or status message inside a prompt, but reads a banner that is itself a status region", () => {
    const terms = analyse(`
      import { useState } from 'react';
      export function TermsUpdateModal({ onAccept }: { onAccept: () => Promise<void> }) {
        const [failed, setFailed] = useState(false);
        return (
          <div role="dialog" aria-modal="true" className="terms-modal">
            <h2>We've updated our Terms of Service</h2>
            <p>Please review the new version to keep using Planwerk.</p>
            {failed && <p role="alert">Your consent could not be saved. Please try again.</p>}
            <button onClick={() => onAccept().catch(() => setFailed(true))}>Accept</button>
            <a href="/terms">Read the new terms</a>
          </div>
        );
      }`);
    expect(terms.contexts[0]?.topics ?? []).not.toContain('consent');
    const banner = analyse(`
      export const CookieNotice = () => (
        <div role="status" className="cookie-notice">
          <p>We use cookies for analytics.</p>
          <button>Accept</button>
          <button>Decline</button>
        </div>
      );`);
    expect(banner.contexts.map((c) => c.topics)).toEqual([['cookies', 'analytics']]);
  });

  it('finds a cookie banner at a component root, with its choices in order', () => {
    const a = analyse(`
      export function Banner() {
        return (
          <div className="banner">
            <p>We use cookies to improve your experience.</p>
            <div className="actions">
              <button>Accept all</button>
              <button>Reject all</button>
              <a href="/prefs">Manage preferences</a>
              <button aria-label="Close">×</button>
            </div>
          </div>
        );
      }`);
    expect(a.contexts.map((c) => describeRoot(c.root))).toEqual(['div.banner']);
    expect(a.contexts[0]?.topics).toEqual(['cookies']);
    expect(choiceList(a)).toEqual([
      ['accept', 'Accept all'],
      ['decline', 'Reject all'],
      ['manage', 'Manage preferences'],
      ['dismiss', 'Close'],
    ]);
    expect(a.contexts[0]?.parent).toBeUndefined();
  });

  it('finds a role=dialog below a page root, not the page', () => {
    const a = analyse(`
      export function Page() {
        return (
          <main>
            <h1>Welcome</h1>
            <div role="dialog" aria-labelledby="t">
              <h2 id="t">Your privacy</h2>
              <button>OK</button>
            </div>
            <p>Nothing else here.</p>
          </main>
        );
      }`);
    expect(a.contexts.map((c) => [c.root.name, c.root.semantic, c.topics])).toEqual([['div', 'dialog', ['privacy']]]);
    expect(choiceList(a)).toEqual([['accept', 'OK']]);
  });

  it('finds a newsletter form inside a page', () => {
    const a = analyse(`
      export const Footer = () => (
        <footer className="site-footer">
          <nav><a href="/about">About</a></nav>
          <form>
            <label><input type="checkbox" /> Send me the newsletter</label>
            <button type="submit">Subscribe</button>
          </form>
        </footer>
      );`);
    expect(a.contexts.map((c) => [c.root.name, c.topics])).toEqual([['form', ['marketing', 'subscription']]]);
    expect(a.contexts[0]?.controls.map((c) => [c.label.value, c.purposes])).toEqual([['Send me the newsletter', ['marketing']]]);
  });

  it('gives a nested settings form its own context: each choice and control belongs to the nearest', () => {
    const a = analyse(`
      export const Dialog = () => (
        <div role="dialog" className="cookie-dialog">
          <p>We use cookies.</p>
          <form className="prefs">
            <label><input type="checkbox" /> Analytics cookies</label>
            <button>Save preferences</button>
          </form>
          <button>Accept all</button>
          <button>Reject all</button>
        </div>
      );`);
    expect(a.contexts.map((c) => c.root.name)).toEqual(['div', 'form']);
    const [dialog, form] = a.contexts;
    expect(form?.parent).toBe(dialog);
    expect(dialog?.parent).toBeUndefined();
    expect(dialog?.choices.map((c) => c.label.value)).toEqual(['Accept all', 'Reject all']);
    expect(form?.choices.map((c) => c.label.value)).toEqual(['Save preferences']);
    expect(dialog?.controls).toEqual([]);
    expect(form?.controls.map((c) => c.label.value)).toEqual(['Analytics cookies']);
    // The outer context's own elements stop at the nested one.
    expect(ownElements(dialog!, a).map((e) => e.name)).toEqual(['div', 'p', 'button', 'button']);
  });

  it('finds no context where nothing speaks of consent', () => {
    const a = analyse(`
      export const Confirm = () => (
        <div role="dialog">
          <p>Delete this file?</p>
          <button>OK</button>
          <button>Cancel</button>
          <label><input type="checkbox" defaultChecked /> Remember me</label>
        </div>
      );`);
    expect(a.contexts).toEqual([]);
    // Choices and controls are still classified; they just belong to no context.
    expect([...a.choices.values()].map((c) => c.kind)).toEqual(['accept', 'dismiss']);
    expect(a.controls.map((c) => [c.label.value, c.purposes, c.checked.state])).toEqual([['Remember me', [], 'on']]);
  });

  it('treats ButtonGroup as a container, so its buttons are choices', () => {
    const a = analyse(`const B = () => <div className="cookie-banner"><p>Cookies</p><ButtonGroup><Button>Accept all</Button><Button>Reject all</Button></ButtonGroup></div>;`);
    expect(choiceList(a)).toEqual([
      ['accept', 'Accept all'],
      ['decline', 'Reject all'],
    ]);
  });
});

describe('consent controls', () => {
  const controls = (source: string, settings?: HonestUiSettings) => analyse(source, settings).controls;

  it('reads labels from a wrapping label, htmlFor, aria-label, aria-labelledby, a label prop element, and a row', () => {
    const found = controls(`
      export const Prefs = () => (
        <form>
          <label className="row"><input type="checkbox" /> Email me offers</label>
          <input type="checkbox" id="ads" /><label htmlFor="ads">Personalised ads</label>
          <input type="checkbox" aria-label="Share my data with partners" />
          <span id="lbl">Usage analytics</span><Switch aria-labelledby="lbl" />
          <FormControlLabel control={<Checkbox />} label={<span>Product updates and offers</span>} />
          <Field control={<Checkbox />} label={<em>SMS updates</em>} />
          <div className="setting"><span>Help improve our models</span><Toggle /></div>
        </form>
      );`, { components: { Toggle: 'switch' } });
    expect(found.map((c) => [c.element.name, c.semantic, c.label.value, c.labelElement?.name])).toEqual([
      ['input', 'checkbox', 'Email me offers', 'label'],
      ['input', 'checkbox', 'Personalised ads', 'label'],
      ['input', 'checkbox', 'Share my data with partners', undefined],
      ['Switch', 'switch', 'Usage analytics', 'span'],
      // FormControlLabel is a label by its name; the label prop of any other wrapper labels the control it holds.
      ['Checkbox', 'checkbox', 'Product updates and offers', 'FormControlLabel'],
      ['Checkbox', 'checkbox', 'SMS updates', 'em'],
      ['Toggle', 'switch', 'Help improve our models', 'span'],
    ]);
    expect(found.map((c) => c.purposes)).toEqual([['marketing'], ['personalisation', 'advertising'], ['sharing'], ['analytics'], ['marketing'], ['marketing'], ['analytics', 'ai-training']]);
  });

  it('does not borrow a row label shared with another control', () => {
    const [first] = controls(`const A = () => <div><span>Marketing</span><input type="checkbox" /><input type="checkbox" /></div>;`);
    expect(first?.label).toEqual({ value: '', complete: false });
    expect(first?.purposes).toEqual([]);
  });

  it('marks strictly necessary controls essential', () => {
    const found = controls(`
      const A = () => (
        <form>
          <label><input type="checkbox" checked disabled /> Strictly necessary cookies</label>
          <label><input type="checkbox" /> Marketing cookies</label>
        </form>
      );`);
    expect(found.map((c) => [c.label.value, c.essential, c.disabled])).toEqual([
      ['Strictly necessary cookies', true, true],
      ['Marketing cookies', false, false],
    ]);
  });

  it('reads the checked state: on, off, unknown', () => {
    const found = controls(`
      function A({ serverPrefs }) {
        const [ads, setAds] = useState(true);
        const [news, setNews] = useState(false);
        return (
          <form>
            <input type="checkbox" defaultChecked aria-label="a" />
            <input type="checkbox" checked={true} aria-label="b" />
            <input type="checkbox" checked={false} aria-label="c" />
            <input type="checkbox" aria-label="d" />
            <input type="checkbox" checked={ads} aria-label="e" />
            <input type="checkbox" checked={news} aria-label="f" />
            <input type="checkbox" checked={serverPrefs.marketing} aria-label="g" />
            <div role="switch" aria-checked="true" aria-label="h" />
            <input type="checkbox" checked="checked" aria-label="i" />
          </form>
        );
      }`);
    const summary = found.map((c) => (c.checked.state === 'on' ? ['on', c.checked.via, c.checked.fix?.kind] : c.checked.state === 'unknown' ? ['unknown', c.checked.reason] : ['off']));
    expect(summary).toEqual([
      ['on', 'defaultChecked', 'remove-attribute'],
      ['on', 'checked={true}', 'remove-attribute'],
      ['off'],
      ['off'],
      ['on', 'checked={ads} starts true', 'initialise-off'],
      ['off'],
      ['unknown', 'dynamic-expression'],
      ['on', 'aria-checked="true"', 'remove-attribute'],
      // checked="checked" is how HTML writes it; React passes the string through, which is truthy.
      ['on', 'checked="checked"', 'remove-attribute'],
    ]);
  });

  it('follows a mapped component checked prop', () => {
    const [control] = controls(`const A = () => <label><Toggle on aria-label="x" /> Marketing</label>;`, { components: { Toggle: { as: 'switch', checkedProp: 'on' } } });
    expect(control?.checked.state).toBe('on');
    expect(checkedState(control!.element).state).toBe('off');
  });

  it('gives a radio labelled "Yes" the purpose of its group', () => {
    const found = controls(`
      const A = () => (
        <fieldset>
          <legend>May we use your data for personalised ads?</legend>
          <label><input type="radio" name="ads" defaultChecked /> Yes</label>
          <label><input type="radio" name="ads" /> No</label>
        </fieldset>
      );`);
    expect(found.map((c) => [c.label.value, c.purposes, c.checked.state])).toEqual([
      ['Yes', ['personalisation', 'advertising'], 'on'],
      ['No', [], 'off'],
    ]);
  });
});
