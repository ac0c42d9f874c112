import { useState } from 'react';
import { bewaarKlantgegevens } from '@/api/bestelling';
import { formatEuro } from '@/lib/geld';
import './afrekenen.css';

const BEZORGVERZEKERING_CENT = 295;

type Props = {
  bestellingId: string;
  onVolgende: () => void;
};

export function GegevensStap({ bestellingId, onVolgende }: Props) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);

  async function handleSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const leeftijd = Number(data.get('leeftijd'));
    if (!Number.isFinite(leeftijd) || leeftijd < 18) {
      setFout('Je moet 18 jaar of ouder zijn om bij ons te bestellen.');
      return;
    }
    setBezig(true);
    setFout(null);
    try {
      await bewaarKlantgegevens(bestellingId, {
        naam: String(data.get('naam')),
        email: String(data.get('email')),
        leeftijd,
        nieuwsbrief: data.get('nieuwsbrief') === 'on',
        verzekering: data.get('verzekering') === 'on',
      });
      onVolgende();
    } catch {
      setFout('Er ging iets mis bij het opslaan. Probeer het nog eens.');
    } finally {
      setBezig(false);
    }
  }

  return (
    <form className="stap" onSubmit={handleSubmit}>
      <h2 className="stap__titel">Jouw gegevens</h2>

      <label className="veld">
        <span>Naam</span>
        <input name="naam" autoComplete="name" required />
      </label>

      <label className="veld">
        <span>E-mailadres</span>
        <input name="email" type="email" autoComplete="email" required />
      </label>

      <div className="nix18">
        <img src="/img/nix18.svg" alt="NIX18" width={56} height={56} />
        <p>
          Wij verkopen geen alcohol aan jongeren onder de 18. Bij de bezorging vraagt de koerier om een geldig
          identiteitsbewijs.
        </p>
      </div>

      <label className="veld veld--kort" htmlFor="leeftijd">
        <span>Hoe oud ben je?</span>
      </label>
      <input id="leeftijd" name="leeftijd" type="number" inputMode="numeric" min={0} max={120} defaultValue={18} />

      <label className="vinkje">
        <input type="checkbox" name="verzekering" />
        Bezorgverzekering tegen breuk en diefstal (+ {formatEuro(BEZORGVERZEKERING_CENT)})
      </label>

      <label className="vinkje">
        <input type="checkbox" name="nieuwsbrief" />
        Ja, stuur mij wekelijks wijntips en aanbiedingen per e-mail
      </label>

      {fout && (
        <p className="fout" role="alert">
          {fout}
        </p>
      )}

      <button type="submit" className="knop" disabled={bezig}>
        {bezig ? 'Even geduld…' : 'Verder naar betalen'}
      </button>
    </form>
  );
}
