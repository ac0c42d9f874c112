import { useTranslation as useT } from 'react-i18next';
import i18n from '@/i18n';

export const NAMESPACE = 'ai-assistant';

export function useAssistantTranslation() {
  return useT([NAMESPACE, 'common']);
}

// For toasts and commands fired outside React.
export function getAssistantT() {
  return i18n.getFixedT(null, NAMESPACE);
}
