export interface Preferences {
  essential: true;
  audienceMeasurement: boolean;
  personalisedContent: boolean;
  advertising: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  essential: true,
  audienceMeasurement: false,
  personalisedContent: true,
  advertising: false,
};

export const ALL_ON: Preferences = {
  essential: true,
  audienceMeasurement: true,
  personalisedContent: true,
  advertising: true,
};

export const ALL_OFF: Preferences = {
  essential: true,
  audienceMeasurement: false,
  personalisedContent: false,
  advertising: false,
};
