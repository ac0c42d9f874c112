/**
 * A control whose label names no purpose takes the one its description names: a settings row's title and
 * description beside its switch (`<label htmlFor>` and a `<p>`, shadcn/ui's FormLabel and FormDescription), or
 * `aria-describedby`. A label whose block also holds the control (a form's "Remember me" among its fields and fine
 * print) has no such description. Through ESLint and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('control-descriptions');

const PREFERENCE_ROW = `import * as Switch from '@radix-ui/react-switch';

type PreferenceRowProps = { id: string; title: string; description: string; enabled: boolean; onChange: (value: boolean) => void };

export function PreferenceRow({ id, title, description, enabled, onChange }: PreferenceRowProps) {
  return (
    <div className="flex items-center justify-between gap-5 border-b py-4">
      <div>
        <label htmlFor={id} className="text-base font-semibold">
          {title}
        </label>
        <p className="mt-1 text-sm text-stone-600">{description}</p>
      </div>
      <Switch.Root id={id} checked={enabled} onCheckedChange={onChange} className="h-6 w-11 rounded-full bg-stone-300 data-[state=checked]:bg-green-600">
        <Switch.Thumb className="block h-5 w-5 rounded-full bg-white" />
      </Switch.Root>
    </div>
  );
}
`;

const PRIVACY_STEP = (description: string) => `import { useState } from 'react';
import { PreferenceRow } from '@/components/PreferenceRow';
import { savePrivacyChoices } from '@/api/privacy';

export function PrivacyStep({ onNext }: { onNext: () => void }) {
  const [research, setResearch] = useState(true);
  return (
    <section aria-labelledby="privacy-title" className="mx-auto max-w-lg p-6">
      <h1 id="privacy-title" className="text-2xl font-bold">Your privacy choices</h1>
      <PreferenceRow
        id="pref-research"
        title="Contribute to research"
        description="${description}"
        enabled={research}
        onChange={setResearch}
      />
      <button onClick={() => savePrivacyChoices({ research }).then(onNext)}>Continue</button>
    </section>
  );
}
`;

const LOGIN_FORM = `import { useState } from 'react';
import { signIn } from '@/auth';

export function LoginForm() {
  const [remember, setRemember] = useState(true);
  return (
    <form onSubmit={(event) => { event.preventDefault(); void signIn({ remember }); }}>
      <div className="space-y-2">
        <label htmlFor="remember">Remember me</label>
        <input id="remember" type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        <p className="text-xs">By signing in you agree that we share your data with our partners for advertising.</p>
      </div>
      <button type="submit">Sign in</button>
    </form>
  );
}
`;

const files = (description: string) => ({
  'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
  'src/components/PreferenceRow.tsx': PREFERENCE_ROW,
  'src/onboarding/PrivacyStep.tsx': PRIVACY_STEP(description),
});

describe("a settings row's description names what its switch grants", () => {
  it('reports the research switch, on by default, that shares activity data with partners', async () => {
    const result = await both(files('Share my de-identified activity data with university research partners.'), 'src/onboarding/PrivacyStep.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 10:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('near-miss: a description of what the feature does for people ("more personalized") grants nothing', async () => {
    const result = await both(files('Enable customizations to make your coach more personalized.'), 'src/onboarding/PrivacyStep.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: a description that names no purpose leaves the switch a product setting', async () => {
    const result = await both(files('Show research articles about your sport in your feed.'), 'src/onboarding/PrivacyStep.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: "Remember me" beside a form\'s fine print is not described by it', async () => {
    const result = await both({ 'src/LoginForm.tsx': LOGIN_FORM }, 'src/LoginForm.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});

const DATA_CONTROLS = `import { FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { Controller, useForm } from 'react-hook-form';

const HISTORY_DAYS = 30;

export function DataControls() {
  const { control } = useForm({ defaultValues: { saveHistory: true, improveModels: false } });
  return (
    <Stack spacing={2}>
      <Typography variant="h5">Your data controls</Typography>
      <Controller
        name="saveHistory"
        control={control}
        render={({ field }) => (
          <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={\`Save chat history for \${HISTORY_DAYS} days\`} />
        )}
      />
      <Controller
        name="improveModels"
        control={control}
        render={({ field }) => (
          <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Improve the model for everyone by training on my conversations" />
        )}
      />
    </Stack>
  );
}
`;

describe('labels that are their own block', () => {
  it("near-miss: MUI's FormControlLabels in one Stack do not describe each other: chat history on by default is no training", async () => {
    const result = await both({ 'src/DataControls.tsx': DATA_CONTROLS, 'package.json': JSON.stringify({ name: 'lumen', private: true, dependencies: { '@mui/material': '^6.1.0', 'react-hook-form': '^7.53.0' } }) }, 'src/DataControls.tsx', ['no-preselected-consent']);
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});
