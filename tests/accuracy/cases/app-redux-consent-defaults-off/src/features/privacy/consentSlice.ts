import { createAsyncThunk, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { api } from '@/services/api';

export type OptionalPurpose = 'analytics' | 'tripInspiration' | 'partnerSharing';

export interface ConsentState {
  modalVisible: boolean;
  choices: Record<OptionalPurpose, boolean>;
  submitting: boolean;
  lastError: string | null;
}

const initialState: ConsentState = {
  modalVisible: true,
  choices: {
    analytics: false,
    tripInspiration: false,
    partnerSharing: false,
  },
  submitting: false,
  lastError: null,
};

export const submitConsent = createAsyncThunk(
  'consent/submit',
  async (choices: Record<OptionalPurpose, boolean>) => {
    await api.put('/me/consents', { ...choices, source: 'web-modal' });
    return choices;
  },
);

const consentSlice = createSlice({
  name: 'consent',
  initialState,
  reducers: {
    toggled(state, action: PayloadAction<{ purpose: OptionalPurpose; value: boolean }>) {
      state.choices[action.payload.purpose] = action.payload.value;
    },
    modalClosed(state) {
      state.modalVisible = false;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(submitConsent.pending, (state) => {
        state.submitting = true;
        state.lastError = null;
      })
      .addCase(submitConsent.fulfilled, (state, action) => {
        state.submitting = false;
        state.choices = action.payload;
        state.modalVisible = false;
      })
      .addCase(submitConsent.rejected, (state, action) => {
        state.submitting = false;
        state.lastError = action.error.message ?? 'Unknown error';
      });
  },
});

export const { toggled, modalClosed } = consentSlice.actions;
export default consentSlice.reducer;
