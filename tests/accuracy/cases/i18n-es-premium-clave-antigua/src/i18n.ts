import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import esCommon from './locales/es/common.json';
import esUpsell from './locales/es/upsell.json';

i18n.use(initReactI18next).init({
  resources: {
    es: { common: esCommon, upsell: esUpsell },
  },
  lng: 'es',
  fallbackLng: 'es',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});

export default i18n;
