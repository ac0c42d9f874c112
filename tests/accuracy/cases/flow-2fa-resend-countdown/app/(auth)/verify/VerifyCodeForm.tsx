'use client';

import { useEffect, useState } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import { REGEXP_ONLY_DIGITS } from 'input-otp';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { InputOTP, InputOTPGroup, InputOTPSeparator, InputOTPSlot } from '@/components/ui/input-otp';
import { Label } from '@/components/ui/label';
import { resendCode, verifyCode } from '@/lib/auth-client';

const RESEND_COOLDOWN = 60;

export function VerifyCodeForm({ maskedPhone }: { maskedPhone: string }) {
  const router = useRouter();
  const params = useSearchParams();
  const [code, setCode] = useState('');
  const [trustDevice, setTrustDevice] = useState(true);
  const [secondsLeft, setSecondsLeft] = useState(RESEND_COOLDOWN);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const id = setInterval(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearInterval(id);
  }, [secondsLeft]);

  const minutes = Math.floor(secondsLeft / 60);
  const seconds = String(secondsLeft % 60).padStart(2, '0');

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const res = await verifyCode({ code, trustDevice });
    setPending(false);
    if (!res.ok) {
      setError(res.error === 'expired' ? 'That code has expired. Request a new one.' : 'That code is not right.');
      return;
    }
    router.replace(params.get('next') ?? '/dashboard');
  }

  async function onResend() {
    await resendCode();
    setSecondsLeft(RESEND_COOLDOWN);
  }

  return (
    <form onSubmit={onSubmit} className="mx-auto w-full max-w-sm space-y-6">
      <div className="space-y-2 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Check your phone</h1>
        <p className="text-sm text-muted-foreground">
          Enter the 6-digit one-time code we sent to {maskedPhone}. The code expires after 10 minutes.
        </p>
      </div>

      <div className="flex justify-center">
        <InputOTP maxLength={6} pattern={REGEXP_ONLY_DIGITS} value={code} onChange={setCode} autoFocus>
          <InputOTPGroup>
            <InputOTPSlot index={0} />
            <InputOTPSlot index={1} />
            <InputOTPSlot index={2} />
          </InputOTPGroup>
          <InputOTPSeparator />
          <InputOTPGroup>
            <InputOTPSlot index={3} />
            <InputOTPSlot index={4} />
            <InputOTPSlot index={5} />
          </InputOTPGroup>
        </InputOTP>
      </div>

      <div className="flex items-center gap-2">
        <Checkbox id="trust-device" checked={trustDevice} onCheckedChange={(v) => setTrustDevice(v === true)} />
        <Label htmlFor="trust-device">Don't ask for a code on this device for 30 days</Label>
      </div>

      {error && <p className="text-sm text-destructive">{error}</p>}

      <Button type="submit" className="w-full" disabled={code.length < 6 || pending}>
        {pending ? 'Verifying…' : 'Verify'}
      </Button>

      <p className="text-center text-sm text-muted-foreground">
        Didn't get it?{' '}
        {secondsLeft > 0 ? (
          <span>
            Resend code in {minutes}:{seconds}
          </span>
        ) : (
          <Button type="button" variant="link" className="h-auto p-0" onClick={onResend}>
            Resend code
          </Button>
        )}
      </p>
    </form>
  );
}
