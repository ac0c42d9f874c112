import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { ThemeStep } from './ThemeStep';
import { VaultStep } from './VaultStep';
import { TelemetryStep } from './TelemetryStep';

type Step = 'theme' | 'vault' | 'telemetry';
const ORDER: Step[] = ['theme', 'vault', 'telemetry'];

export function OnboardingWizard({ onFinish }: { onFinish: () => void }) {
  const [step, setStep] = useState<Step>('theme');
  const index = ORDER.indexOf(step);

  const next = () => {
    if (index === ORDER.length - 1) onFinish();
    else setStep(ORDER[index + 1]);
  };

  return (
    <div className="onboarding">
      <ol className="onboarding__progress" aria-label="Setup progress">
        {ORDER.map((name, i) => (
          <li key={name} aria-current={i === index ? 'step' : undefined} className={i <= index ? 'is-done' : undefined} />
        ))}
      </ol>
      {step === 'theme' && <ThemeStep onNext={next} />}
      {step === 'vault' && <VaultStep onNext={next} />}
      {step === 'telemetry' && <TelemetryStep onNext={next} />}
      {index > 0 && (
        <button type="button" className="onboarding__back" onClick={() => setStep(ORDER[index - 1])}>
          <FormattedMessage id="onboarding.back" defaultMessage="Back" />
        </button>
      )}
    </div>
  );
}
