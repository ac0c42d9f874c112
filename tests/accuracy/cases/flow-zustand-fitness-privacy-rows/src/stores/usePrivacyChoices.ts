import { create } from 'zustand';

export type PrivacyChoiceKey = 'personalizedAds' | 'researchSharing' | 'locationHistory';

type PrivacyChoicesState = Record<PrivacyChoiceKey, boolean> & {
  setChoice: (key: PrivacyChoiceKey, value: boolean) => void;
  reset: () => void;
};

const initialChoices: Record<PrivacyChoiceKey, boolean> = {
  personalizedAds: true,
  researchSharing: true,
  locationHistory: false,
};

export const usePrivacyChoices = create<PrivacyChoicesState>()((set) => ({
  ...initialChoices,
  setChoice: (key, value) => set({ [key]: value } as Pick<PrivacyChoicesState, PrivacyChoiceKey>),
  reset: () => set(initialChoices),
}));
