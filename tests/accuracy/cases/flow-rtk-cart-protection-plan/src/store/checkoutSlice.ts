import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export type ShippingSpeed = 'standard' | 'express';
export type AddonId = 'protectionPlan' | 'giftWrap';

export interface CheckoutState {
  shipping: ShippingSpeed;
  addons: Record<AddonId, boolean>;
  status: 'idle' | 'placing' | 'failed';
}

const initialState: CheckoutState = {
  shipping: 'standard',
  addons: {
    protectionPlan: true,
    giftWrap: false,
  },
  status: 'idle',
};

const checkoutSlice = createSlice({
  name: 'checkout',
  initialState,
  reducers: {
    setShipping(state, action: PayloadAction<ShippingSpeed>) {
      state.shipping = action.payload;
    },
    setAddon(state, action: PayloadAction<{ id: AddonId; on: boolean }>) {
      state.addons[action.payload.id] = action.payload.on;
    },
    placeOrderStarted(state) {
      state.status = 'placing';
    },
    placeOrderFailed(state) {
      state.status = 'failed';
    },
  },
});

export const { setShipping, setAddon, placeOrderStarted, placeOrderFailed } = checkoutSlice.actions;
export default checkoutSlice.reducer;
