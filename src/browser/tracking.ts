/**
 * Who the page talked to and what it stored, classified with third-party-web (Patrick Hulce's dataset of
 * third-party entities and their categories, the data Lighthouse's third-party summary uses), loaded only here,
 * only by the audit. A request or a cookie is the site's own when its host belongs to the same entity as the
 * audited page, or to the same registrable domain.
 *
 * First-party cookies and storage entries carry no third-party host: they are attributed to the script that wrote
 * them where the audit saw the write (page-script.ts instruments `document.cookie` and `setItem`), and otherwise by
 * their name when it is one a tracking vendor documents as its own (TRACKING_NAMES).
 */
import { createRequire } from 'node:module';
import type { StorageWrite } from './page-script.js';
import type { PageActivity, PageRequest, PageStoredItem, Party } from './tracking-types.js';

interface Entity {
  name: string;
  category: string;
}
interface EntityFinder {
  getEntity(url: string): Entity | undefined;
  getRootDomain(url: string): string | null;
}

let finder: EntityFinder | undefined;

/** third-party-web's entity finder (the dataset without HTTP Archive statistics), loaded once. */
export function thirdPartyWeb(): EntityFinder {
  finder ??= createRequire(import.meta.url)('third-party-web/nostats-subset') as EntityFinder;
  return finder;
}

/**
 * Cookie and storage names tracking vendors document as their own, for entries the page wrote from its own
 * domain (a vendor's snippet inlined, or served through the site). Prefixes end in `_` or `.` where the vendor
 * appends an id. Sources:
 * - Google Analytics `_ga`, `_ga_<id>`, `_gid`, `_gat`: support.google.com/analytics/answer/11397207
 * - Google Ads conversion linker `_gcl_au`, `_gcl_aw`, `_gcl_dc`: support.google.com/google-ads/answer/7521212
 * - Meta Pixel `_fbp`, `_fbc`: developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc
 * - Microsoft Clarity `_clck`, `_clsk`: learn.microsoft.com/clarity/setup-and-installation/cookie-list
 * - Microsoft Advertising UET `_uetsid`, `_uetvid`: help.ads.microsoft.com (UET cookies)
 * - Hotjar `_hjSessionUser_`, `_hjSession_`, `_hjid`: help.hotjar.com (Hotjar cookie information)
 * - HubSpot `__hstc`, `hubspotutk`, `__hssc`, `__hssrc`: knowledge.hubspot.com (cookies set by HubSpot)
 * - Matomo `_pk_id.`, `_pk_ses.`: matomo.org/faq/general/faq_146
 * - TikTok Pixel `_ttp`: ads.tiktok.com/help (TikTok Pixel cookies)
 * - Segment `ajs_anonymous_id`, `ajs_user_id`: segment.com/docs/connections/sources/catalog/libraries/website/javascript
 * - Mixpanel `mp_` … `_mixpanel`: docs.mixpanel.com (JavaScript SDK persistence)
 * - Amplitude `AMP_`: amplitude.com/docs/sdks/analytics/browser (cookies and local storage)
 */
const TRACKING_NAMES: ReadonlyArray<{ pattern: RegExp; entity: string; category: string }> = [
  { pattern: /^_ga(?:_[A-Z0-9]+)?$|^_gid$|^_gat(?:_.+)?$/, entity: 'Google Analytics', category: 'analytics' },
  { pattern: /^_gcl_(?:au|aw|dc|gb|gf|ha)$/, entity: 'Google/Doubleclick Ads', category: 'ad' },
  { pattern: /^_fb[pc]$/, entity: 'Facebook', category: 'social' },
  { pattern: /^_cl(?:ck|sk)$/, entity: 'Microsoft Clarity', category: 'analytics' },
  { pattern: /^_uet(?:sid|vid)$/, entity: 'Bing Ads', category: 'ad' },
  { pattern: /^_hj(?:SessionUser_|Session_|id$|FirstSeen$|Abs)/, entity: 'Hotjar', category: 'analytics' },
  { pattern: /^(?:__hstc|hubspotutk|__hssc|__hssrc)$/, entity: 'HubSpot', category: 'marketing' },
  { pattern: /^_pk_(?:id|ses)\./, entity: 'Matomo', category: 'analytics' },
  { pattern: /^_ttp$/, entity: 'TikTok', category: 'ad' },
  { pattern: /^ajs_(?:anonymous_id|user_id)$/, entity: 'Segment', category: 'analytics' },
  { pattern: /^mp_.+_mixpanel$/, entity: 'Mixpanel', category: 'analytics' },
  { pattern: /^AMP_/, entity: 'Amplitude', category: 'analytics' },
];

function byName(name: string): Party | undefined {
  const found = TRACKING_NAMES.find((entry) => entry.pattern.test(name));
  return found ? { entity: found.entity, category: found.category, via: 'name' } : undefined;
}

/** Decides whether a URL or a host is another party than the audited page, and which. */
export class PartyClassifier {
  private readonly site: Entity | undefined;
  private readonly siteRoot: string | null;

  constructor(pageUrl: string) {
    const data = thirdPartyWeb();
    this.site = data.getEntity(pageUrl);
    this.siteRoot = data.getRootDomain(pageUrl);
  }

  /** The party behind a URL or host, or undefined for the site itself and for parties the dataset doesn't know. */
  party(urlOrHost: string): Party | undefined {
    if (!/^(?:https?|wss?):\/\//.test(urlOrHost) && urlOrHost.includes('/')) return undefined;
    const target = /^[a-z]+:\/\//.test(urlOrHost) ? urlOrHost : `https://${urlOrHost.replace(/^\./, '')}/`;
    const data = thirdPartyWeb();
    if (this.siteRoot !== null && data.getRootDomain(target) === this.siteRoot) return undefined;
    const entity = data.getEntity(target);
    if (!entity || (this.site && entity.name === this.site.name)) return undefined;
    return { entity: entity.name, category: entity.category, via: 'domain' };
  }
}

export interface RawActivity {
  requests: Array<Omit<PageRequest, 'party'>>;
  cookies: Array<{ name: string; domain: string }>;
  localStorage: string[];
  sessionStorage: string[];
  writes: StorageWrite[] | undefined;
}

/** Classify what the page did: requests to other parties, and stored items with the party behind each. */
export function classifyActivity(pageUrl: string, raw: RawActivity): PageActivity {
  const classifier = new PartyClassifier(pageUrl);
  const host = hostOf(pageUrl);
  const requests: PageRequest[] = [];
  const seen = new Set<string>();
  for (const request of raw.requests) {
    if (!/^(?:https?|wss?):/.test(request.url) || seen.has(request.url)) continue;
    seen.add(request.url);
    const party = classifier.party(request.url);
    if (party) requests.push({ ...request, party });
  }
  const writerOf = (kind: PageStoredItem['kind'], name: string): string | undefined => raw.writes?.find((write) => write.kind === kind && write.name === name && write.script)?.script;
  const stored: PageStoredItem[] = [];
  const add = (kind: PageStoredItem['kind'], name: string, domain: string): void => {
    const writer = writerOf(kind, name);
    const fromDomain = kind === 'cookie' ? classifier.party(domain) : undefined;
    const fromWriter = writer ? classifier.party(writer) : undefined;
    const party = fromDomain ?? (fromWriter ? { ...fromWriter, via: 'script' as const } : undefined) ?? byName(name);
    stored.push({ kind, name, domain, ...(writer ? { writer } : {}), ...(party ? { party } : {}) });
  };
  for (const cookie of raw.cookies) add('cookie', cookie.name, cookie.domain);
  for (const key of raw.localStorage) add('localStorage', key, host);
  for (const key of raw.sessionStorage) add('sessionStorage', key, host);
  return { url: pageUrl, requests, stored };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
