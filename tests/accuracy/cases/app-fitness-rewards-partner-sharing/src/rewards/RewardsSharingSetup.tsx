import { useForm } from 'react-hook-form';
import { PARTNER_NAME, REWARDS_SHARING_DEFAULTS, type RewardsSharingForm } from './sharingDefaults';
import { saveRewardsSharing } from '@/api/rewards';
import { useNavigation } from '@/navigation/useNavigation';

const row = 'flex items-start gap-3 rounded-xl border border-slate-200 p-4 text-base text-slate-800';
const box = 'mt-1 h-5 w-5 shrink-0 rounded border-slate-400 text-orange-600 focus:ring-orange-500';

export function RewardsSharingSetup() {
  const { goTo } = useNavigation();
  const {
    register,
    handleSubmit,
    formState: { isSubmitting },
    setError,
    formState: { errors },
  } = useForm<RewardsSharingForm>({ defaultValues: REWARDS_SHARING_DEFAULTS });

  const onSubmit = handleSubmit(async (values) => {
    try {
      await saveRewardsSharing(values);
      goTo('rewards/home');
    } catch {
      setError('root', { message: 'We could not save your choices. Check your connection and try again.' });
    }
  });

  return (
    <form onSubmit={onSubmit} className="mx-auto max-w-lg space-y-4 p-6">
      <h1 className="text-2xl font-bold text-slate-900">Set up Stride Rewards</h1>
      <p className="text-base text-slate-700">
        Rewards is run with {PARTNER_NAME}. Choose what Stride may send them. {PARTNER_NAME} uses shared data to work
        out your monthly premium discount and may keep it for as long as your policy runs.
      </p>

      <label className={row}>
        <input type="checkbox" className={box} {...register('shareWorkouts')} />
        <span>Share my daily steps and workouts with {PARTNER_NAME}</span>
      </label>
      <label className={row}>
        <input type="checkbox" className={box} {...register('shareVitals')} />
        <span>Share my sleep and resting heart rate with {PARTNER_NAME}</span>
      </label>
      <label className={row}>
        <input type="checkbox" className={box} {...register('partnerOffers')} />
        <span>Use my activity to personalise offers from Rewards partners</span>
      </label>
      <label className={row}>
        <input type="checkbox" className={box} {...register('blockGymLocation')} />
        <span>Do not share my gym check-ins and location with partner gyms</span>
      </label>

      {errors.root && (
        <p role="alert" className="text-base text-red-700">
          {errors.root.message}
        </p>
      )}

      <div className="flex items-center gap-4 pt-2">
        <button
          type="submit"
          disabled={isSubmitting}
          className="rounded-full bg-orange-600 px-6 py-3 text-base font-semibold text-white disabled:opacity-60"
        >
          {isSubmitting ? 'Saving…' : 'Save and continue'}
        </button>
        <button type="button" onClick={() => goTo('rewards/home')} className="px-2 py-3 text-base text-slate-600 underline">
          Set up later
        </button>
      </div>
    </form>
  );
}
