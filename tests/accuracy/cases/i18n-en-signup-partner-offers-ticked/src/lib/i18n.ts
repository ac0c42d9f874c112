'use client';

import { useTranslations } from 'next-intl';

/**
 * App-wide translation hooks. Components import these rather than next-intl so
 * we can swap the library (or add key logging) in one place.
 */
export function useScopedI18n(scope: string) {
  return useTranslations(scope);
}

export const useI18n = useTranslations;
