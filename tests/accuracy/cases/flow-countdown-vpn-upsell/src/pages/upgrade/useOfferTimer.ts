import { useEffect, useState } from 'react';

const OFFER_WINDOW_SECONDS = 5 * 60;

export function useOfferTimer() {
  const [secondsLeft, setSecondsLeft] = useState(OFFER_WINDOW_SECONDS);

  useEffect(() => {
    const id = window.setInterval(() => {
      setSecondsLeft((s) => (s <= 1 ? OFFER_WINDOW_SECONDS : s - 1));
    }, 1000);
    return () => window.clearInterval(id);
  }, []);

  const minutes = String(Math.floor(secondsLeft / 60)).padStart(2, '0');
  const seconds = String(secondsLeft % 60).padStart(2, '0');
  return { minutes, seconds };
}
