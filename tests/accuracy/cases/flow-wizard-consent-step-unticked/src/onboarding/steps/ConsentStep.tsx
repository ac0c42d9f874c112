import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Label } from '@/components/ui/label';
import { CONSENT_OPTIONS, type ConsentKey } from '../consentOptions';

type ConsentStepProps = {
  termsAccepted: boolean;
  consents: Record<ConsentKey, boolean>;
  saving: boolean;
  failed: boolean;
  onTerms: (value: boolean) => void;
  onConsent: (key: ConsentKey, value: boolean) => void;
  onBack: () => void;
  onFinish: () => void;
};

export function ConsentStep(props: ConsentStepProps) {
  const { termsAccepted, consents, saving, failed, onTerms, onConsent, onBack, onFinish } = props;

  return (
    <section aria-labelledby="consent-step-title" className="space-y-6">
      <div>
        <h2 id="consent-step-title" className="text-2xl font-semibold text-slate-900">
          A few last choices
        </h2>
        <p className="mt-1 text-slate-700">Everything below except the terms is optional.</p>
      </div>

      <div className="flex items-start gap-3">
        <Checkbox id="terms" checked={termsAccepted} onCheckedChange={(v) => onTerms(v === true)} />
        <Label htmlFor="terms" className="leading-snug">
          I agree to the{' '}
          <a href="/legal/terms" className="underline" target="_blank" rel="noreferrer">
            Terms of Service
          </a>{' '}
          and{' '}
          <a href="/legal/privacy" className="underline" target="_blank" rel="noreferrer">
            Privacy Policy
          </a>
        </Label>
      </div>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-900">Optional</legend>
        {CONSENT_OPTIONS.map((option) => (
          <div key={option.key} className="flex items-start gap-3">
            <Checkbox
              id={`consent-${option.key}`}
              checked={consents[option.key]}
              onCheckedChange={(v) => onConsent(option.key, v === true)}
            />
            <div className="space-y-1">
              <Label htmlFor={`consent-${option.key}`}>{option.label}</Label>
              <p className="text-sm text-slate-600">{option.detail}</p>
            </div>
          </div>
        ))}
      </fieldset>

      {failed && <p className="text-sm text-red-700">We couldn't finish setup. Please try again.</p>}

      <div className="flex justify-between">
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
        <Button onClick={onFinish} disabled={!termsAccepted || saving}>
          {saving ? 'Setting up…' : 'Finish setup'}
        </Button>
      </div>
    </section>
  );
}
