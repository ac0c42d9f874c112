export type Slide = {
  id: string;
  image: string;
  title: string;
  body: string;
};

export const SLIDES: Slide[] = [
  {
    id: 'breathe',
    image: '/onboarding/breathe.webp',
    title: 'Two minutes is enough',
    body: 'Short guided sessions you can fit between meetings, on the bus or before bed.',
  },
  {
    id: 'sleep',
    image: '/onboarding/sleep.webp',
    title: 'Wind down for sleep',
    body: 'Stories and soundscapes that fade out on their own.',
  },
  {
    id: 'streaks',
    image: '/onboarding/streaks.webp',
    title: 'Build a habit, gently',
    body: 'Track your practice without pressure. Missed days are fine.',
  },
];

export const REMINDER_TIMES = ['07:00', '08:00', '12:30', '18:00', '21:30'];
