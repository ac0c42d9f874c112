'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createAccount, EmailTakenError } from '@/lib/accounts';

const schema = z.object({
  name: z.string().min(1),
  email: z.string().email(),
  password: z.string().min(12),
  acceptTerms: z.literal('on'),
  productEmails: z.literal('on').optional(),
});

export type SignupState = { error?: 'emailTaken' | 'termsRequired' | 'generic' };

export async function signup(_prev: SignupState, formData: FormData): Promise<SignupState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { error: parsed.error.issues.some((i) => i.path[0] === 'acceptTerms') ? 'termsRequired' : 'generic' };
  }
  try {
    await createAccount({
      ...parsed.data,
      consents: { terms: true, aiTraining: true, productEmails: parsed.data.productEmails === 'on' },
    });
  } catch (error) {
    return { error: error instanceof EmailTakenError ? 'emailTaken' : 'generic' };
  }
  redirect('/onboarding');
}
