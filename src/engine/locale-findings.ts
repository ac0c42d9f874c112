/**
 * Every locale's copy (settings `i18n: { locales, checkAllLocales: true }`): a file whose copy comes from the
 * project's message files is analysed again in each other locale, and what only that locale's copy shows (a
 * German decline that shames, a French label that names no purpose) is reported on the same element, its message
 * naming the locale. A finding the default locale already reports on that element (same rule and message) is not
 * repeated per language: the element is one place to fix.
 */
import type { Finding } from '../checks/types.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { writtenAt } from './component-findings.js';

/** The other locales to check for a project whose default locale is `defaultLocale`. */
export function otherLocales(settings: ResolvedSettings, defaultLocale: string): string[] {
  const i18n = settings.i18n;
  if (!i18n?.checkAllLocales) return [];
  return (i18n.locales ?? []).filter((locale) => locale !== defaultLocale);
}

/** The suffix a finding only one locale shows gets on its message. */
export function localeSuffix(locale: string): string {
  return ` (in the '${locale}' copy)`;
}

/** Findings of `locale` that the default locale's do not already report on the same element. */
export function onlyInLocale<F extends Finding>(defaults: readonly Finding[], found: readonly F[], file: string, locale: string): Array<F & { data: Finding['data'] & { locale: string } }> {
  const key = (f: Finding): string => `${f.ruleId}\0${f.messageId}\0${writtenAt(f.element, file)}`;
  const reported = new Set(defaults.map(key));
  const out: Array<F & { data: Finding['data'] & { locale: string } }> = [];
  for (const f of found) {
    const k = key(f);
    if (reported.has(k)) continue;
    reported.add(k);
    out.push({ ...f, data: { ...f.data, locale } });
  }
  return out;
}
