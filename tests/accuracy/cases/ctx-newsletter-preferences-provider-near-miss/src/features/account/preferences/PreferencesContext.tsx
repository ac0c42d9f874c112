import { createContext, useCallback, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { fetchCommunicationPreferences, patchCommunicationPreferences } from '@/api/account';
import { useCustomer } from '@/auth/CustomerContext';

export interface CommunicationPreferences {
  marketingEmails: boolean;
  partnerOffers: boolean;
  orderUpdates: boolean;
}

export type PreferenceKey = keyof CommunicationPreferences;

interface PreferencesState {
  status: 'loading' | 'ready' | 'error';
  preferences: CommunicationPreferences;
  pendingKey: PreferenceKey | null;
  errorMessage: string | null;
}

type PreferencesAction =
  | { type: 'loaded'; preferences: CommunicationPreferences }
  | { type: 'loadFailed'; message: string }
  | { type: 'changed'; key: PreferenceKey; value: boolean }
  | { type: 'saved' }
  | { type: 'saveFailed'; key: PreferenceKey; value: boolean; message: string };

export const initialState: PreferencesState = {
  status: 'loading',
  preferences: {
    marketingEmails: false,
    partnerOffers: false,
    orderUpdates: true,
  },
  pendingKey: null,
  errorMessage: null,
};

function reducer(state: PreferencesState, action: PreferencesAction): PreferencesState {
  switch (action.type) {
    case 'loaded':
      return { ...state, status: 'ready', preferences: action.preferences, errorMessage: null };
    case 'loadFailed':
      return { ...state, status: 'error', errorMessage: action.message };
    case 'changed':
      return {
        ...state,
        pendingKey: action.key,
        errorMessage: null,
        preferences: { ...state.preferences, [action.key]: action.value },
      };
    case 'saved':
      return { ...state, pendingKey: null };
    case 'saveFailed':
      // roll back the optimistic change
      return {
        ...state,
        pendingKey: null,
        errorMessage: action.message,
        preferences: { ...state.preferences, [action.key]: action.value },
      };
    default:
      return state;
  }
}

export interface PreferencesContextValue extends PreferencesState {
  setPreference: (key: PreferenceKey, value: boolean) => Promise<void>;
}

export const PreferencesContext = createContext<PreferencesContextValue | null>(null);

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { customer } = useCustomer();
  const [state, dispatch] = useReducer(reducer, initialState);

  useEffect(() => {
    if (!customer) return;
    const controller = new AbortController();
    fetchCommunicationPreferences(customer.id, { signal: controller.signal })
      .then((preferences) => dispatch({ type: 'loaded', preferences }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(error);
        dispatch({ type: 'loadFailed', message: "We couldn't load your email preferences. Please try again." });
      });
    return () => controller.abort();
  }, [customer]);

  const setPreference = useCallback(
    async (key: PreferenceKey, value: boolean) => {
      if (!customer) return;
      dispatch({ type: 'changed', key, value });
      try {
        await patchCommunicationPreferences(customer.id, { [key]: value });
        dispatch({ type: 'saved' });
      } catch {
        dispatch({ type: 'saveFailed', key, value: !value, message: 'That change was not saved. Please try again.' });
      }
    },
    [customer],
  );

  const value = useMemo<PreferencesContextValue>(() => ({ ...state, setPreference }), [state, setPreference]);

  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

/** Storybook and tests only: renders children against a fixed context value, no network. */
export function MockPreferencesProvider({ value, children }: { value: PreferencesContextValue; children: ReactNode }) {
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}
