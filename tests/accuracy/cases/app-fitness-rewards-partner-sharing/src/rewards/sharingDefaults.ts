export interface RewardsSharingForm {
  shareWorkouts: boolean;
  shareVitals: boolean;
  partnerOffers: boolean;
  blockGymLocation: boolean;
}

// Product decision (REW-88): most members join Rewards for the step discount,
// so workouts start selected to save them a tap.
export const REWARDS_SHARING_DEFAULTS: RewardsSharingForm = {
  shareWorkouts: true,
  shareVitals: false,
  partnerOffers: false,
  blockGymLocation: false,
};

export const PARTNER_NAME = 'Vitalis Health Insurance';
