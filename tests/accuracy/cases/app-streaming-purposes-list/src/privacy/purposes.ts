export type PurposeKey = 'playback' | 'recommendations' | 'personalisedAds' | 'audienceResearch';

export interface Purpose {
  key: PurposeKey;
  title: string;
  description: string;
  required?: boolean;
  defaultOn: boolean;
}

// Order matters: this is the order the rows appear in the onboarding dialog and in Cuenta → Privacidad.
export const PURPOSES: Purpose[] = [
  {
    key: 'playback',
    title: 'Reproducción y seguridad de la cuenta',
    description: 'Necesario para emitir vídeo, recordar por dónde vas y detectar accesos no autorizados.',
    required: true,
    defaultOn: true,
  },
  {
    key: 'recommendations',
    title: 'Recomendaciones personalizadas',
    description: 'Usamos lo que ves y buscas para ordenar el catálogo según tus gustos.',
    defaultOn: true,
  },
  {
    key: 'personalisedAds',
    title: 'Publicidad personalizada',
    description:
      'En el plan con anuncios, compartimos tu historial de visionado con nuestros socios publicitarios para elegir los anuncios que ves.',
    defaultOn: true,
  },
  {
    key: 'audienceResearch',
    title: 'Estudios de audiencia',
    description: 'Podemos invitarte a encuestas y compartir datos agregados con medidores de audiencia.',
    defaultOn: false,
  },
];
