import { useReducer } from 'react';
import { saveConsent } from '@/lib/consent-storage';
import { COOKIE_CATEGORIES, type CategoryId } from './categories';
import styles from './CookiePreferences.module.css';

type ConsentState = Record<CategoryId, boolean>;

type Action =
  | { type: 'toggle'; id: CategoryId }
  | { type: 'acceptAll' }
  | { type: 'rejectAll' };

const initialState: ConsentState = {
  necessary: true,
  functional: false,
  analytics: true,
  advertising: false,
};

function reducer(state: ConsentState, action: Action): ConsentState {
  switch (action.type) {
    case 'toggle':
      if (action.id === 'necessary') return state;
      return { ...state, [action.id]: !state[action.id] };
    case 'acceptAll':
      return { necessary: true, functional: true, analytics: true, advertising: true };
    case 'rejectAll':
      return { necessary: true, functional: false, analytics: false, advertising: false };
    default:
      return state;
  }
}

export function CookiePreferences({ onClose }: { onClose: () => void }) {
  const [state, dispatch] = useReducer(reducer, initialState);

  const commit = (next: ConsentState) => {
    saveConsent(next);
    onClose();
  };

  return (
    <div role="dialog" aria-modal="true" aria-labelledby="cookie-prefs-title" className={styles.dialog}>
      <h2 id="cookie-prefs-title" className={styles.title}>
        Cookie preferences
      </h2>
      <p className={styles.intro}>
        Choose which cookies Wayfarer may set on this device. Your choice applies to this browser only.
      </p>

      <ul className={styles.list}>
        {COOKIE_CATEGORIES.map((cat) => (
          <li key={cat.id}>
            <label className={styles.row}>
              <span className={styles.rowText}>
                <strong>{cat.title}</strong>
                <span className={styles.rowHelp}>{cat.description}</span>
              </span>
              <input
                type="checkbox"
                role="switch"
                className={styles.switch}
                checked={state[cat.id]}
                disabled={cat.required}
                onChange={() => dispatch({ type: 'toggle', id: cat.id })}
              />
            </label>
          </li>
        ))}
      </ul>

      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={() => commit(reducer(state, { type: 'rejectAll' }))}>
          Reject all
        </button>
        <button type="button" className={styles.button} onClick={() => commit(state)}>
          Save choices
        </button>
        <button type="button" className={styles.button} onClick={() => commit(reducer(state, { type: 'acceptAll' }))}>
          Accept all
        </button>
      </div>
    </div>
  );
}
