import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { applyConsent } from '@/lib/tagManager';

type Categories = { audience: boolean; advertising: boolean };

type ConsentState = {
  hasDecided: boolean;
  categories: Categories;
  preferencesOpen: boolean;
  acceptAll: () => void;
  rejectAll: () => void;
  openPreferences: () => void;
  save: (categories: Categories) => void;
};

export const useConsentStore = create<ConsentState>()(
  persist(
    (set) => ({
      hasDecided: false,
      categories: { audience: false, advertising: false },
      preferencesOpen: false,
      acceptAll: () => {
        const categories = { audience: true, advertising: true };
        applyConsent(categories);
        set({ hasDecided: true, categories, preferencesOpen: false });
      },
      rejectAll: () => {
        const categories = { audience: false, advertising: false };
        applyConsent(categories);
        set({ hasDecided: true, categories, preferencesOpen: false });
      },
      openPreferences: () => set({ preferencesOpen: true }),
      save: (categories) => {
        applyConsent(categories);
        set({ hasDecided: true, categories, preferencesOpen: false });
      },
    }),
    { name: 'dl-consent', partialize: (s) => ({ hasDecided: s.hasDecided, categories: s.categories }) },
  ),
);
