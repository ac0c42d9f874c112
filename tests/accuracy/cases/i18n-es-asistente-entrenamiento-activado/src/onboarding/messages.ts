import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  step: {
    id: 'onboarding.privacy.step',
    defaultMessage: 'Paso {current} de {total}',
  },
  title: {
    id: 'onboarding.privacy.title',
    defaultMessage: 'Tu privacidad en Redacta',
  },
  intro: {
    id: 'onboarding.privacy.intro',
    defaultMessage:
      'Elige cómo tratamos tus conversaciones. Puedes cambiarlo cuando quieras en Ajustes › Privacidad.',
  },
  historyLabel: {
    id: 'onboarding.privacy.history.label',
    defaultMessage: 'Guardar el historial de chats',
  },
  historyHelp: {
    id: 'onboarding.privacy.history.help',
    defaultMessage: 'Así podrás volver a tus conversaciones anteriores desde cualquier dispositivo.',
  },
  trainingLabel: {
    id: 'onboarding.privacy.training.label',
    defaultMessage: 'Usar mis conversaciones para entrenar y mejorar los modelos de Redacta',
  },
  trainingHelp: {
    id: 'onboarding.privacy.training.help',
    defaultMessage: 'Nuestro equipo puede revisar fragmentos anonimizados para mejorar la calidad de las respuestas.',
  },
  back: {
    id: 'onboarding.privacy.back',
    defaultMessage: 'Atrás',
  },
  continue: {
    id: 'onboarding.privacy.continue',
    defaultMessage: 'Continuar',
  },
  error: {
    id: 'onboarding.privacy.error',
    defaultMessage: 'No hemos podido guardar tus preferencias. Inténtalo de nuevo.',
  },
});
