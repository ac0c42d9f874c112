import { create } from 'zustand';
import { CONSENT_VERSION, DEFAULT_CHOICES, type ConsentCategory, type ConsentChoices } from '../config/consentDefaults';
import { postConsent } from '@/api/consent';

type Status = 'idle' | 'saving' | 'error';

interface ConsentState {
  preferencesOpen: boolean;
  draft: ConsentChoices;
  status: Status;
  openPreferences: () => void;
  closePreferences: () => void;
  setChoice: (category: Exclude<ConsentCategory, 'necessary'>, value: boolean) => void;
  commit: (choices: ConsentChoices) => Promise<void>;
}

export const useConsentStore = create<ConsentState>()((set) => ({
  preferencesOpen: false,
  draft: { ...DEFAULT_CHOICES },
  status: 'idle',

  openPreferences: () => set({ preferencesOpen: true }),
  closePreferences: () => set({ preferencesOpen: false }),

  setChoice: (category, value) => set((state) => ({ draft: { ...state.draft, [category]: value } })),

  commit: async (choices) => {
    set({ status: 'saving' });
    try {
      await postConsent({ ...choices, necessary: true, version: CONSENT_VERSION });
      set({ status: 'idle', preferencesOpen: false, draft: choices });
    } catch {
      set({ status: 'error' });
    }
  },
}));
