import { useConsent } from './useConsent';
import './CookieBanner.css';

export function CookieBanner() {
  const { needsDecision, grant, deny } = useConsent();

  if (!needsDecision) return null;

  return (
    <div className="lumen-cookies" role="dialog" aria-label="Cookies">
      <p className="lumen-cookies__text">
        Lumen Studio uses analytics cookies to see which tools are used and advertising cookies to measure our
        campaigns. Necessary cookies that keep you signed in are always on.
      </p>
      <div className="lumen-cookies__buttons">
        <button type="button" className="lumen-cookies__button" onClick={deny}>
          Reject all
        </button>
        <button type="button" className="lumen-cookies__button" onClick={grant}>
          Accept all
        </button>
      </div>
    </div>
  );
}
