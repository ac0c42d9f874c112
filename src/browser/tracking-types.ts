/**
 * What a page fetched and stored before anyone made a choice, as plain data: the input of the audit-only rule
 * no-tracking-before-consent. The audit fills it in (tracking.ts) and classifies each party with third-party-web;
 * the check itself (src/checks/no-tracking-before-consent.ts) only reads it, so it stays pure and the static
 * checker never loads the dataset.
 */

/** Who is behind a request, a cookie or a storage entry, and how that was decided. */
export interface Party {
  /** The entity's name in third-party-web (`Google Analytics`), or the vendor a cookie name belongs to. */
  entity: string;
  /** third-party-web's category: `ad`, `analytics`, `social`, `marketing`, `cdn`, `utility`... */
  category: string;
  /** `domain`: the host is the entity's; `script`: written by the entity's script; `name`: a cookie name the vendor documents. */
  via: 'domain' | 'script' | 'name';
}

export interface PageRequest {
  url: string;
  method: string;
  /** Playwright's resource type: `script`, `image`, `xhr`, `fetch`, `ping`... */
  resourceType: string;
  /** Blocked by the audit (`--block-offsite`): the page still tried to make it. */
  blocked: boolean;
  party?: Party | undefined;
}

export interface PageStoredItem {
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  /** A cookie's domain; the page's host for storage. */
  domain: string;
  /** The script that wrote it, where the audit saw the write. */
  writer?: string | undefined;
  party?: Party | undefined;
}

export interface PageActivity {
  /** The page the activity belongs to. */
  url: string;
  /** Requests to parties other than the site itself, in the order they were made. */
  requests: PageRequest[];
  /** Cookies and storage entries present before any choice. */
  stored: PageStoredItem[];
}
