import { useState } from 'react';
import { Description, Field, Label, Radio, RadioGroup } from '@headlessui/react';
import { CheckCircleIcon } from '@heroicons/react/20/solid';
import { useTranslation } from 'react-i18next';

import { saveAdPreference } from '../api/privacy';

type AdMode = 'personalised' | 'generic';

type Props = {
  onDone: () => void;
};

export function AdPreferenceStep({ onDone }: Props) {
  const { t } = useTranslation('onboarding');
  const [mode, setMode] = useState<AdMode>('personalised');
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  async function submit() {
    setSaving(true);
    setFailed(false);
    try {
      await saveAdPreference({ personalisedAds: mode === 'personalised' });
      onDone();
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="mx-auto max-w-xl px-4 py-10 text-neutral-100">
      <h1 className="text-2xl font-bold">{t('ads.heading')}</h1>
      <p className="mt-2 text-base text-neutral-300">{t('ads.intro')}</p>

      <RadioGroup value={mode} onChange={setMode} aria-label={t('ads.heading')} className="mt-6 space-y-3">
        <Field>
          <Radio
            value="personalised"
            className="group flex cursor-pointer items-start gap-3 rounded-xl border border-neutral-700 bg-neutral-900 p-4 data-[checked]:border-sky-400 data-[checked]:bg-neutral-800"
          >
            <CheckCircleIcon className="mt-0.5 size-5 shrink-0 fill-neutral-600 group-data-[checked]:fill-sky-400" />
            <div>
              <Label className="text-base font-semibold">{t('ads.personalised.title')}</Label>
              <Description className="mt-1 text-base text-neutral-300">{t('ads.personalised.body')}</Description>
            </div>
          </Radio>
        </Field>
        <Field>
          <Radio
            value="generic"
            className="group flex cursor-pointer items-start gap-3 rounded-xl border border-neutral-700 bg-neutral-900 p-4 data-[checked]:border-sky-400 data-[checked]:bg-neutral-800"
          >
            <CheckCircleIcon className="mt-0.5 size-5 shrink-0 fill-neutral-600 group-data-[checked]:fill-sky-400" />
            <div>
              <Label className="text-base font-semibold">{t('ads.generic.title')}</Label>
              <Description className="mt-1 text-base text-neutral-300">{t('ads.generic.body')}</Description>
            </div>
          </Radio>
        </Field>
      </RadioGroup>

      {failed && <p className="mt-4 text-sm text-red-400">{t('ads.error')}</p>}

      <button
        type="button"
        onClick={submit}
        disabled={saving}
        className="mt-8 w-full rounded-lg bg-sky-500 px-6 py-3 text-base font-semibold text-neutral-950 hover:bg-sky-400 disabled:opacity-60"
      >
        {saving ? t('ads.saving') : t('ads.continue')}
      </button>
    </section>
  );
}
