import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { requestOtp, verifyOtp } from '@/api/auth';
import { COPY } from '@/constants/copy';
import './VerifyPhone.scss';

const CODE_TTL_SECONDS = 5 * 60;
const RESEND_COOLDOWN_SECONDS = 30;

const copy = COPY.otp;

export function VerifyPhone({ maskedPhone }: { maskedPhone: string }) {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [ttl, setTtl] = useState(CODE_TTL_SECONDS);
  const [cooldown, setCooldown] = useState(RESEND_COOLDOWN_SECONDS);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    const id = window.setInterval(() => {
      setTtl((s) => Math.max(0, s - 1));
      setCooldown((s) => Math.max(0, s - 1));
    }, 1000);
    return () => window.clearInterval(id);
  }, []);

  const minutes = Math.floor(ttl / 60);
  const seconds = String(ttl % 60).padStart(2, '0');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setInvalid(false);
    const ok = await verifyOtp(code);
    if (ok) navigate('/rekening/overzicht');
    else setInvalid(true);
  }

  async function handleResend() {
    await requestOtp();
    setTtl(CODE_TTL_SECONDS);
    setCooldown(RESEND_COOLDOWN_SECONDS);
    setCode('');
  }

  return (
    <form className="otp-form" onSubmit={handleSubmit}>
      <h1>{copy.title}</h1>
      <p>
        {copy.sentTo} <strong>{maskedPhone}</strong>.
      </p>
      <label htmlFor="otp-code">{copy.codeLabel}</label>
      <input
        id="otp-code"
        className="otp-form__code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
      />
      {ttl > 0 ? (
        <p className="otp-form__expiry">
          {copy.expiresIn} {minutes}:{seconds}
        </p>
      ) : (
        <p className="otp-form__error">{copy.expired}</p>
      )}
      {invalid && <p className="otp-form__error">{copy.invalid}</p>}
      <button type="submit" className="otp-form__submit" disabled={code.length !== 6 || ttl === 0}>
        {copy.submit}
      </button>
      <button type="button" className="otp-form__resend" onClick={handleResend} disabled={cooldown > 0}>
        {cooldown > 0 ? copy.resendIn(cooldown) : copy.resend}
      </button>
    </form>
  );
}
