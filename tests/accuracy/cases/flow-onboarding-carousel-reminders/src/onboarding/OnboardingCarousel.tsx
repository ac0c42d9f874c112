import { useState } from 'react';
import { scheduleDailyReminder } from '@/lib/reminders';
import { requestNotificationPermission } from '@/lib/push';
import { REMINDER_TIMES, SLIDES } from './slides';
import './carousel.css';

export function OnboardingCarousel({ onDone }: { onDone: () => void }) {
  const [index, setIndex] = useState(0);
  const [time, setTime] = useState('08:00');
  const [working, setWorking] = useState(false);
  const [blocked, setBlocked] = useState(false);

  const isReminderSlide = index === SLIDES.length;
  const slide = SLIDES[index];

  const turnOnReminders = async () => {
    setWorking(true);
    const permission = await requestNotificationPermission();
    if (permission !== 'granted') {
      setBlocked(true);
      setWorking(false);
      return;
    }
    await scheduleDailyReminder(time);
    onDone();
  };

  return (
    <div className="carousel">
      {!isReminderSlide && (
        <button type="button" className="carousel__skip" onClick={() => setIndex(SLIDES.length)}>
          Skip
        </button>
      )}

      {slide && (
        <article className="carousel__slide" key={slide.id}>
          <img src={slide.image} alt="" className="carousel__art" />
          <h2>{slide.title}</h2>
          <p>{slide.body}</p>
          <button type="button" className="carousel__next" onClick={() => setIndex((i) => i + 1)}>
            Next
          </button>
        </article>
      )}

      {isReminderSlide && (
        <article className="carousel__slide">
          <img src="/onboarding/bell.webp" alt="" className="carousel__art" />
          <h2>Want a daily nudge?</h2>
          <p>We'll send one quiet reminder a day at the time you pick. Change or turn it off in Settings.</p>
          <label className="carousel__time">
            Remind me at
            <select value={time} onChange={(e) => setTime(e.target.value)}>
              {REMINDER_TIMES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          {blocked && <p className="carousel__hint">Notifications are blocked in your browser settings.</p>}
          <div className="carousel__actions">
            <button type="button" className="carousel__next" onClick={turnOnReminders} disabled={working}>
              Turn on reminders
            </button>
            <button type="button" className="carousel__next carousel__next--quiet" onClick={onDone}>
              Not now
            </button>
          </div>
        </article>
      )}

      <ol className="carousel__dots" aria-label="Progress">
        {[...SLIDES, { id: 'reminder' }].map((s, i) => (
          <li key={s.id} aria-current={i === index ? 'step' : undefined} className={i === index ? 'is-active' : ''} />
        ))}
      </ol>
    </div>
  );
}
