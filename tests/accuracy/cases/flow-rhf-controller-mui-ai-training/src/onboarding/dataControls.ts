export type DataControls = {
  saveHistory: boolean;
  improveModels: boolean;
  includeVoice: boolean;
};

// Defaults for new workspaces. Keep in sync with the settings page.
export const DEFAULT_DATA_CONTROLS: DataControls = {
  saveHistory: true,
  improveModels: true,
  includeVoice: false,
};

export const HISTORY_RETENTION_DAYS = 30;
