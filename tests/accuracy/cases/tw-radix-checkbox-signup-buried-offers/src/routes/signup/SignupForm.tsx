import * as Checkbox from '@radix-ui/react-checkbox';
import * as Label from '@radix-ui/react-label';
import { Check } from 'lucide-react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';

import { createAccount } from '@/api/auth';

type SignupValues = {
  name: string;
  email: string;
  password: string;
  acceptTerms: boolean;
  partnerOffers: boolean;
};

const inputClass =
  'mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-rose-500 focus:outline-none focus:ring-1 focus:ring-rose-500';

const boxClass =
  'mt-0.5 flex size-5 shrink-0 items-center justify-center rounded border border-slate-400 bg-white data-[state=checked]:border-rose-600 data-[state=checked]:bg-rose-600';

export function SignupForm() {
  const navigate = useNavigate();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignupValues>({
    defaultValues: { name: '', email: '', password: '', acceptTerms: false, partnerOffers: true },
  });

  const onSubmit = handleSubmit(async (values) => {
    const res = await createAccount(values);
    if (!res.ok) {
      setError('email', { message: res.message ?? 'That email is already registered.' });
      return;
    }
    navigate('/welcome/goals');
  });

  return (
    <form onSubmit={onSubmit} className="mx-auto w-full max-w-sm space-y-5" noValidate>
      <h1 className="text-2xl font-bold text-slate-900">Create your PulseFit account</h1>

      <div>
        <Label.Root htmlFor="name" className="text-sm font-medium text-slate-700">First name</Label.Root>
        <input id="name" className={inputClass} {...register('name', { required: true })} />
      </div>
      <div>
        <Label.Root htmlFor="email" className="text-sm font-medium text-slate-700">Email</Label.Root>
        <input id="email" type="email" className={inputClass} {...register('email', { required: true })} />
        {errors.email && <p className="mt-1 text-sm text-red-600">{errors.email.message}</p>}
      </div>
      <div>
        <Label.Root htmlFor="password" className="text-sm font-medium text-slate-700">Password</Label.Root>
        <input id="password" type="password" className={inputClass} {...register('password', { minLength: 8 })} />
      </div>

      <Controller
        control={control}
        name="acceptTerms"
        rules={{ validate: (v) => v || 'Please accept the terms to continue.' }}
        render={({ field }) => (
          <div className="flex items-start gap-3">
            <Checkbox.Root id="terms" checked={field.value} onCheckedChange={(v) => field.onChange(v === true)} className={boxClass}>
              <Checkbox.Indicator>
                <Check className="size-4 text-white" />
              </Checkbox.Indicator>
            </Checkbox.Root>
            <Label.Root htmlFor="terms" className="text-sm text-slate-700">
              I agree to the <Link to="/terms" className="underline">Terms of Use</Link> and{' '}
              <Link to="/privacy" className="underline">Privacy Policy</Link>
            </Label.Root>
          </div>
        )}
      />

      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded-lg bg-rose-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-rose-700 disabled:opacity-60"
      >
        {isSubmitting ? 'Creating account…' : 'Create account'}
      </button>

      <Controller
        control={control}
        name="partnerOffers"
        render={({ field }) => (
          <div className="flex items-start gap-3">
            <Checkbox.Root
              id="partner-offers"
              checked={field.value}
              onCheckedChange={(v) => field.onChange(v === true)}
              className={boxClass}
            >
              <Checkbox.Indicator>
                <Check className="size-4 text-white" />
              </Checkbox.Indicator>
            </Checkbox.Root>
            <Label.Root htmlFor="partner-offers" className="text-sm text-slate-600">
              Send me training plans and offers from PulseFit partners by email
            </Label.Root>
          </div>
        )}
      />
    </form>
  );
}
