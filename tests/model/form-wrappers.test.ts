/**
 * A project's own wrapper of a form library's hook: teams wrap react-hook-form's or Mantine's `useForm` once (a
 * schema resolver, validation modes, an error map) and call the wrapper everywhere. The form a wrapper returns starts
 * where the caller's options say, as the library's would; a wrapper that returns anything but the library's form
 * decides nothing. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('form-wrappers');

const PACKAGE = JSON.stringify({ name: 'pantry', private: true, dependencies: { react: '19.0.0', 'react-hook-form': '7.54.0', '@hookform/resolvers': '3.9.1', zod: '3.24.1' } });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } });

/** The wrapper as react-hook-form's docs pair it with zod: the resolver first, the caller's options after. */
const APP_FORM = `import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type UseFormProps } from 'react-hook-form';
import type { z } from 'zod';

export function useAppForm<TSchema extends z.ZodTypeAny>(schema: TSchema, options?: Omit<UseFormProps<z.infer<TSchema>>, 'resolver'>) {
  return useForm<z.infer<TSchema>>({
    resolver: zodResolver(schema),
    mode: 'onBlur',
    ...options,
  });
}
`;

const SIGN_UP = (offers: string) => `import { z } from 'zod';
import { useAppForm } from '@/lib/forms/useAppForm';
import { useSignUp } from '@/features/auth/api';

const signUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(12),
  offers: z.boolean(),
});

export function SignUpForm() {
  const signUp = useSignUp();
  const { register, handleSubmit, formState } = useAppForm(signUpSchema, {
    defaultValues: { email: '', password: '', offers: ${offers} },
  });

  return (
    <form onSubmit={handleSubmit((values) => signUp.mutate(values))} className="space-y-4">
      <input type="email" placeholder="you@example.com" {...register('email')} />
      <input type="password" {...register('password')} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('offers')} />
        Send me recipes and partner offers by email
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        Create account
      </button>
    </form>
  );
}
`;

describe("a project's wrapper of react-hook-form's useForm", () => {
  it("starts the offers box where the caller's defaultValues say", async () => {
    const result = await both({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'src/lib/forms/useAppForm.ts': APP_FORM, 'src/features/auth/SignUpForm.tsx': SIGN_UP('true') }, 'src/features/auth/SignUpForm.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 22:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: the same form with the box off by default', async () => {
    const result = await both({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'src/lib/forms/useAppForm.ts': APP_FORM, 'src/features/auth/SignUpForm.tsx': SIGN_UP('false') }, 'src/features/auth/SignUpForm.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it("near-miss: a wrapper that overrides the caller's defaults with values from the server decides nothing", async () => {
    // `values` replaces the defaults with data loaded at run time (react-hook-form's docs): the box's state is unknown.
    const fromServer = APP_FORM.replace("    ...options,\n", "    ...options,\n    values: useProfileDefaults(),\n").replace("import type { z } from 'zod';", "import type { z } from 'zod';\nimport { useProfileDefaults } from '@/features/profile/api';");
    expect(fromServer).toContain('values: useProfileDefaults()');
    const result = await both({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'src/lib/forms/useAppForm.ts': fromServer, 'src/features/auth/SignUpForm.tsx': SIGN_UP('true') }, 'src/features/auth/SignUpForm.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: a hook that builds its form from more than one return is not read as the form', async () => {
    const branching = APP_FORM.replace('  return useForm<z.infer<TSchema>>({', "  if (options?.disabled) return useForm<z.infer<TSchema>>({ disabled: true });\n  return useForm<z.infer<TSchema>>({");
    expect(branching).toContain('if (options?.disabled) return');
    const result = await both({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'src/lib/forms/useAppForm.ts': branching, 'src/features/auth/SignUpForm.tsx': SIGN_UP('true') }, 'src/features/auth/SignUpForm.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

/** A Formik wrapper that names the form's fields once for every screen that uses it. */
const PROFILE_FORM = `import { useFormik, type FormikConfig } from 'formik';

export function useProfileForm<Values extends Record<string, unknown>>(config: FormikConfig<Values>) {
  return useFormik<Values>({ validateOnBlur: true, ...config });
}
`;

const NEWSLETTER_SETTINGS = (offers: string) => `import { useProfileForm } from '@/lib/forms/useProfileForm';
import { saveProfile } from '@/features/profile/api';

export function NewsletterSettings() {
  const formik = useProfileForm({
    initialValues: { weeklyDigest: true, partnerOffers: ${offers} },
    onSubmit: (values) => saveProfile(values),
  });
  return (
    <form onSubmit={formik.handleSubmit}>
      <label>
        <input type="checkbox" {...formik.getFieldProps({ name: 'weeklyDigest', type: 'checkbox' })} /> Weekly digest of your
        projects
      </label>
      <label>
        <input type="checkbox" {...formik.getFieldProps({ name: 'partnerOffers', type: 'checkbox' })} /> Offers from our
        partners
      </label>
      <button type="submit">Save</button>
    </form>
  );
}
`;

describe("a project's wrapper of Formik's useFormik", () => {
  const files = (offers: string) => ({ 'package.json': JSON.stringify({ name: 'pantry', private: true, dependencies: { react: '19.0.0', formik: '2.4.6' } }), 'tsconfig.json': TSCONFIG, 'src/lib/forms/useProfileForm.ts': PROFILE_FORM, 'src/settings/NewsletterSettings.tsx': NEWSLETTER_SETTINGS(offers) });

  it("starts the partner-offers box where the caller's initialValues say", async () => {
    const result = await both(files('true'), 'src/settings/NewsletterSettings.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 16:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: the same settings with the partner offers off', async () => {
    expect(await both(files('false'), 'src/settings/NewsletterSettings.tsx', ['no-preselected-consent'])).toEqual({ eslint: [], checker: [] });
  });
});
