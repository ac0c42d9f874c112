export const COPY = {
  otp: {
    title: 'Bevestig je telefoonnummer',
    sentTo: 'We hebben een sms met een 6-cijferige code gestuurd naar',
    codeLabel: 'Verificatiecode',
    expiresIn: 'De code verloopt over',
    expired: 'De code is verlopen. Vraag een nieuwe code aan.',
    resend: 'Nieuwe code sturen',
    resendIn: (seconds: number) => `Nieuwe code sturen (over ${seconds} s)`,
    submit: 'Bevestigen',
    invalid: 'Deze code klopt niet. Controleer de cijfers en probeer het opnieuw.',
  },
} as const;
