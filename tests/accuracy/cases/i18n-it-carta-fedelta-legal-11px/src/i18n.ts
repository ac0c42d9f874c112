import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import itCommon from './locales/it/common.json';
import itLoyalty from './locales/it/loyalty.json';

export const defaultNS = 'common';

i18n.use(initReactI18next).init({
  resources: {
    it: { common: itCommon, loyalty: itLoyalty },
  },
  lng: 'it',
  fallbackLng: 'it',
  defaultNS,
  interpolation: { escapeValue: false },
});

export default i18n;
