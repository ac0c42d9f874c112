import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Theme = 'light' | 'dark' | 'system';
export type ToggleSetting = 'compactMode' | 'desktopNotifications' | 'soundEffects' | 'showWeekNumbers';

type UiSettings = Record<ToggleSetting, boolean> & {
  theme: Theme;
  weekStartsOn: 'monday' | 'sunday';
  setTheme: (theme: Theme) => void;
  setToggle: (key: ToggleSetting, value: boolean) => void;
  setWeekStart: (day: 'monday' | 'sunday') => void;
};

export const useUiSettings = create<UiSettings>()(
  persist(
    (set) => ({
      theme: 'system',
      weekStartsOn: 'monday',
      compactMode: true,
      desktopNotifications: true,
      soundEffects: true,
      showWeekNumbers: false,
      setTheme: (theme) => set({ theme }),
      setToggle: (key, value) => set({ [key]: value } as Pick<UiSettings, ToggleSetting>),
      setWeekStart: (weekStartsOn) => set({ weekStartsOn }),
    }),
    { name: 'tidy-ui-settings' },
  ),
);
