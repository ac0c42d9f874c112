/**
 * no-tracking-before-consent on the DOM model, without a browser: a page snapshot as the page script returns it,
 * with the activity the audit recorded, classified by third-party-web. The end-to-end runs in Chromium are in
 * tests/browser/audit.test.ts. The rule never reports in ESLint or the static checker: they have no page.
 */
import { describe, expect, it } from 'vitest';
import { analyseSnapshot } from '../../src/browser/analyse-page.js';
import type { PageSnapshot, SnapshotElement, SnapshotStyle } from '../../src/browser/snapshot.js';
import { classifyActivity, type RawActivity } from '../../src/browser/tracking.js';
import { presetRules } from '../../src/catalog/index.js';
import { analyseProject } from '../../src/engine/project.js';
import { resolveSettings } from '../../src/settings/settings.js';

const STYLE: SnapshotStyle = {
  fontSize: '16px', fontWeight: '400', color: 'rgb(17, 17, 17)', backgroundColor: 'rgba(0, 0, 0, 0)', backgroundImage: 'none', opacity: '1', display: 'block', visibility: 'visible',
  paddingTop: '0px', paddingRight: '0px', paddingBottom: '0px', paddingLeft: '0px', borderTopWidth: '0px', borderTopStyle: 'none', borderTopColor: 'rgb(0, 0, 0)', textDecorationLine: 'none',
  position: 'static', left: 'auto', top: 'auto', width: '100px', height: '20px', clip: 'auto', clipPath: 'none', flexDirection: 'row', order: '0', cursor: 'auto',
};

type Spec = { tag: string; attributes?: Array<[string, string]>; text?: string; style?: Partial<SnapshotStyle>; children?: Spec[] };

/** A snapshot of `body` holding `children`, each element drawn in a 100x20 box unless display: none. */
function snapshot(children: Spec[], url = 'https://shop.example/'): PageSnapshot {
  const elements: SnapshotElement[] = [];
  const add = (spec: Spec, parent: number): number => {
    const index = elements.length;
    const style = { ...STYLE, ...spec.style };
    const hidden = style.display === 'none';
    elements.push({ tag: spec.tag, attributes: spec.attributes ?? [], state: {}, parent, children: [], style, box: { x: 0, y: 600 + index * 20, width: hidden ? 0 : 100, height: hidden ? 0 : 20 }, selector: `#e${index}`, inShadow: false });
    const entry = elements[index] as SnapshotElement;
    if (spec.text) entry.children.push(spec.text);
    for (const child of spec.children ?? []) entry.children.push(add(child, index));
    return index;
  };
  add({ tag: 'body', style: { backgroundColor: 'rgb(255, 255, 255)' }, children }, -1);
  return { url, title: 'Shop', viewport: { width: 1280, height: 800 }, document: { width: 1280, height: 2000 }, canvas: 'rgb(255, 255, 255)', elements, truncated: false, lang: 'en' };
}

const banner = (style: Partial<SnapshotStyle> = {}): Spec => ({
  tag: 'div',
  attributes: [['role', 'dialog']],
  style,
  children: [
    { tag: 'p', text: 'We use cookies to measure traffic and show relevant ads.' },
    { tag: 'button', text: 'Accept all' },
    { tag: 'button', text: 'Reject all' },
  ],
});

const ACTIVITY: RawActivity = {
  requests: [
    { url: 'https://shop.example/app.js', method: 'GET', resourceType: 'script', blocked: false },
    { url: 'https://use.typekit.net/abc.css', method: 'GET', resourceType: 'stylesheet', blocked: false },
    { url: 'https://consent.cookiebot.com/uc.js', method: 'GET', resourceType: 'script', blocked: false },
    { url: 'https://static.hotjar.com/c/hotjar-1.js', method: 'GET', resourceType: 'script', blocked: false },
    { url: 'https://static.criteo.net/js/ld/publishertag.js', method: 'GET', resourceType: 'script', blocked: true },
    { url: 'https://static.criteo.net/js/ld/other.js', method: 'GET', resourceType: 'script', blocked: true },
  ],
  cookies: [
    { name: 'session', domain: 'shop.example' },
    { name: '_ga', domain: '.shop.example' },
    { name: 'CookieConsent', domain: 'shop.example' },
  ],
  localStorage: ['cart', '_hjid'],
  sessionStorage: [],
  writes: [{ kind: 'localStorage', name: '_hjid', script: 'https://static.hotjar.com/c/hotjar-1.js' }],
};

const rules = new Map([['no-tracking-before-consent', { severity: 2 as const, options: { categories: ['ad', 'analytics', 'social', 'marketing'], allowEntities: [] } }]]);
const settings = resolveSettings(undefined);

function audit(children: Spec[], raw: RawActivity = ACTIVITY, options?: Record<string, unknown>) {
  const page = snapshot(children);
  const configured = options ? new Map([['no-tracking-before-consent', { severity: 2 as const, options: { ...rules.get('no-tracking-before-consent')?.options, ...options } }]]) : rules;
  return analyseSnapshot({ snapshot: page, settings, rules: configured, activity: classifyActivity(page.url, raw) }).messages;
}

describe('no-tracking-before-consent', () => {
  it('reports each tracking party once per kind of activity, on the prompt, with entity, category and item', () => {
    const messages = audit([banner()]);
    expect(messages.map((m) => `${m.data?.entity}|${m.data?.category}|${m.data?.kind}|${m.data?.item}|${m.data?.more}`).sort()).toEqual([
      'Criteo|ad|request|https://static.criteo.net/js/ld/publishertag.js|; 1 more request',
      'Google Analytics|analytics|cookie|\'_ga\'|',
      'Hotjar|analytics|localStorage|\'_hjid\' in localStorage|',
      'Hotjar|analytics|request|https://static.hotjar.com/c/hotjar-1.js|',
    ]);
    expect(new Set(messages.map((m) => m.selector))).toEqual(new Set(['#e1']));
    const ga = messages.find((m) => m.data?.entity === 'Google Analytics');
    expect(ga?.message).toBe(
      "Before any choice, while this consent prompt is on screen, the page set the cookie '_ga' (Google Analytics, analytics). Load analytics trackers only after people accept (ePrivacy Art. 5(3); GDPR Art. 6(1)(a), 7; CNIL and EDPB Guidelines 2/2023).",
    );
    expect(messages.find((m) => m.data?.entity === 'Hotjar' && m.data?.kind === 'request')?.webRequest).toEqual({ method: 'GET', target: 'https://static.hotjar.com/c/hotjar-1.js' });
  });

  it('leaves the site itself, its CDN and font host, the consent manager and strictly necessary cookies alone', () => {
    const messages = audit([banner()], { ...ACTIVITY, requests: ACTIVITY.requests.slice(0, 3), cookies: [ACTIVITY.cookies[0], ACTIVITY.cookies[2]] as RawActivity['cookies'], localStorage: ['cart'], writes: [] });
    expect(messages).toEqual([]);
  });

  it('reports nothing when no consent prompt is on screen: a closed banner, or none at all', () => {
    expect(audit([banner({ display: 'none' })])).toEqual([]);
    expect(audit([{ tag: 'p', text: 'Welcome to the shop.' }])).toEqual([]);
  });

  it('takes the categories and the entities the site allows from its options', () => {
    expect(audit([banner()], ACTIVITY, { categories: ['ad'] }).map((m) => m.data?.entity)).toEqual(['Criteo']);
    expect(audit([banner()], ACTIVITY, { allowEntities: ['hotjar', 'Google Analytics'] }).map((m) => m.data?.entity)).toEqual(['Criteo']);
  });

  it('never reports in the static checker, which has no page', async () => {
    const results = await analyseProject({ cwd: process.cwd(), paths: ['fixtures/no-unbalanced-choices'], settings, rules: presetRules('recommended') });
    expect(results.flatMap((result) => result.messages).filter((m) => m.ruleId === 'honest-ui/no-tracking-before-consent')).toEqual([]);
  });
});
