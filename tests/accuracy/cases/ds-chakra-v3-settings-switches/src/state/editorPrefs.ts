import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export interface EditorPrefs {
  autosave: boolean;
  spellcheck: boolean;
  reduceMotion: boolean;
  showWordCount: boolean;
}

export const DEFAULT_EDITOR_PREFS: EditorPrefs = {
  autosave: true,
  spellcheck: true,
  reduceMotion: false,
  showWordCount: true,
};

interface EditorPrefsState {
  prefs: EditorPrefs;
  setPref: <K extends keyof EditorPrefs>(key: K, value: EditorPrefs[K]) => void;
  replacePrefs: (prefs: EditorPrefs) => void;
}

export const useEditorPrefs = create<EditorPrefsState>()(
  persist(
    (set) => ({
      prefs: DEFAULT_EDITOR_PREFS,
      setPref: (key, value) => set((s) => ({ prefs: { ...s.prefs, [key]: value } })),
      replacePrefs: (prefs) => set({ prefs }),
    }),
    { name: 'editor-prefs' },
  ),
);
