import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: {
    id: 'account.heading',
    defaultMessage: 'Minha conta',
  },
  profile: {
    id: 'account.profile',
    defaultMessage: 'Dados pessoais',
  },
  editProfile: {
    id: 'account.profile.edit',
    defaultMessage: 'Editar dados',
  },
  promptTitle: {
    id: 'account.marketingPrompt.title',
    defaultMessage: 'Quer receber novidades do Banco Aurora?',
  },
  promptBody: {
    id: 'account.marketingPrompt.body',
    defaultMessage:
      'Enviamos no máximo dois e-mails por mês com novos produtos, dicas de finanças e ofertas. Você pode cancelar quando quiser em Preferências de comunicação.',
  },
  yes: {
    id: 'account.marketingPrompt.yes',
    defaultMessage: 'Sim, quero receber',
  },
  no: {
    id: 'account.marketingPrompt.no',
    defaultMessage: 'Não, obrigado',
  },
  saved: {
    id: 'account.marketingPrompt.saved',
    defaultMessage: 'Preferência salva.',
  },
  loadError: {
    id: 'account.loadError',
    defaultMessage: 'Não foi possível carregar sua conta.',
  },
});
