/**
 * react-hook-form's form context across files. A sign-up wizard makes one form (`useForm({ defaultValues })`) and
 * hands it down with `<FormProvider {...methods}>`; each step reads it with `useFormContext()` and binds its boxes
 * with `<Controller>`. The step's file holds the box, the wizard's the default: the step is decided by the one place
 * the app renders it, and reported where its box is written. A step rendered in more than one place, or in a way
 * that is not followed, stays a review. Through both front doors.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { checkerReport, type Reported } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('form-context');

/** Everything the checker reports on the project, and what it leaves to review, as `file:line rule`. */
async function report(dir: string): Promise<{ findings: string[]; reviews: string[] }> {
  const { findings, reviews } = await checkerReport(dir);
  const line = (r: Reported): string => `${r.file}:${r.line} ${r.rule}`;
  return { findings: findings.map(line), reviews: reviews.map(line) };
}

const PACKAGE = JSON.stringify({ name: 'aurora-web', private: true, dependencies: { react: '18.3.1', 'react-hook-form': '7.54.2', '@mantine/core': '7.15.1' } });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } });

const WIZARD = (offers: string, provider = 'FormProvider {...methods}', providerImport = "import { FormProvider, useForm } from 'react-hook-form';") => `import { useState } from 'react';
${providerImport}
import { Paper, Stepper } from '@mantine/core';
import { createAccount } from '@/api/accounts';
import { DetailsStep } from './steps/DetailsStep';
import { PrivacyStep } from './steps/PrivacyStep';
import type { SignUpValues } from './types';

export function SignUpWizard({ onDone }: { onDone: (id: string) => void }) {
  const [step, setStep] = useState(0);
  const methods = useForm<SignUpValues>({
    mode: 'onTouched',
    defaultValues: {
      name: '',
      email: '',
      consents: { terms: false, offers: ${offers}, partners: false },
    },
  });
  const submit = methods.handleSubmit(async (values) => onDone((await createAccount(values)).id));

  return (
    <Paper withBorder p="lg">
      <Stepper active={step} size="sm" mb="lg">
        <Stepper.Step label="Your details" />
        <Stepper.Step label="Privacy" />
      </Stepper>
      <${provider}>
        <form onSubmit={submit} noValidate>
          {step === 0 && <DetailsStep onNext={() => setStep(1)} />}
          {step === 1 && <PrivacyStep onBack={() => setStep(0)} />}
        </form>
      </${provider.split(' ')[0]}>
    </Paper>
  );
}
`;

const PRIVACY_STEP = `import { Controller, useFormContext } from 'react-hook-form';
import { Anchor, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { SignUpValues } from '../types';

export function PrivacyStep({ onBack }: { onBack: () => void }) {
  const {
    control,
    formState: { isSubmitting },
  } = useFormContext<SignUpValues>();

  return (
    <Stack gap="md">
      <Text size="sm">Before we open your account, choose how Aurora may use your details.</Text>
      <Controller
        name="consents.terms"
        control={control}
        rules={{ required: true }}
        render={({ field }) => (
          <Checkbox
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            label={<>I accept the <Anchor href="/terms">Terms of Use</Anchor></>}
          />
        )}
      />
      <Controller
        name="consents.offers"
        control={control}
        render={({ field }) => (
          <Checkbox
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            label="Send me offers and news from Aurora by email and WhatsApp"
          />
        )}
      />
      <Controller
        name="consents.partners"
        control={control}
        render={({ field }) => (
          <Checkbox
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            label="Share my details with Aurora's partners for personalised offers"
          />
        )}
      />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>Back</Button>
        <Button type="submit" loading={isSubmitting}>Create my account</Button>
      </Group>
    </Stack>
  );
}
`;

const DETAILS_STEP = `import { useFormContext } from 'react-hook-form';
import { Button, Stack, TextInput } from '@mantine/core';
import type { SignUpValues } from '../types';

export function DetailsStep({ onNext }: { onNext: () => void }) {
  const { register } = useFormContext<SignUpValues>();
  return (
    <Stack>
      <TextInput label="Full name" {...register('name', { required: true })} />
      <TextInput label="Email" type="email" {...register('email', { required: true })} />
      <Button onClick={onNext}>Next</Button>
    </Stack>
  );
}
`;

const TYPES = `export type SignUpValues = {
  name: string;
  email: string;
  consents: { terms: boolean; offers: boolean; partners: boolean };
};
`;

const files = (wizard: string, extra: Record<string, string> = {}) => ({
  'package.json': PACKAGE,
  'tsconfig.json': TSCONFIG,
  'src/signup/types.ts': TYPES,
  'src/signup/SignUpWizard.tsx': wizard,
  'src/signup/steps/DetailsStep.tsx': DETAILS_STEP,
  'src/signup/steps/PrivacyStep.tsx': PRIVACY_STEP,
  ...extra,
});

const STEP = 'src/signup/steps/PrivacyStep.tsx';
const OFFERS = `${STEP}:30 no-preselected-consent`;

describe("a wizard's step reads the form of the FormProvider that renders it", () => {
  it("reports the step's offers box, ticked by the wizard's defaultValues, where the box is written", async () => {
    const dir = project(files(WIZARD('true')));
    expect(await report(dir)).toEqual({ findings: [OFFERS], reviews: [] });
    const { checker, eslint } = await bothDoors(dir, STEP, 'recommended');
    expect(checker).toEqual(['30:11 no-preselected-consent preselected']);
    expect(eslint).toEqual(checker);
  });

  it('near-miss: the same wizard with every box off decides the step clean, with nothing left to review', async () => {
    expect(await report(project(files(WIZARD('false'))))).toEqual({ findings: [], reviews: [] });
  });

  it("follows shadcn/ui's Form (`const Form = FormProvider`) and a step list between the provider and the step", async () => {
    const form = `import { FormProvider } from 'react-hook-form';\n\nexport const Form = FormProvider;\n`;
    const wizard = WIZARD('true', 'Form {...methods}', "import { useForm } from 'react-hook-form';\nimport { Form } from '@/components/ui/form';")
      .replace("import { PrivacyStep } from './steps/PrivacyStep';", "import { StepPanel } from './StepPanel';")
      .replace('{step === 1 && <PrivacyStep onBack={() => setStep(0)} />}', '{step === 1 && <StepPanel onBack={() => setStep(0)} />}');
    const panel = `import { Card } from '@mantine/core';
import { PrivacyStep } from './steps/PrivacyStep';

export function StepPanel({ onBack }: { onBack: () => void }) {
  return (
    <Card withBorder>
      <PrivacyStep onBack={onBack} />
    </Card>
  );
}
`;
    expect(await report(project(files(wizard, { 'src/components/ui/form.tsx': form, 'src/signup/StepPanel.tsx': panel })))).toEqual({ findings: [OFFERS], reviews: [] });
  });

  it('follows a default-exported step imported under a name of its own', async () => {
    const wizard = WIZARD('true').replace("import { PrivacyStep } from './steps/PrivacyStep';", "import ConsentStep from './steps/PrivacyStep';").replace('<PrivacyStep onBack', '<ConsentStep onBack');
    const step = PRIVACY_STEP.replace('export function PrivacyStep', 'export default function PrivacyStep');
    expect(await report(project(files(wizard, { [STEP]: step })))).toEqual({ findings: [OFFERS], reviews: [] });
  });

  it('near-miss: a step the app also loads with React.lazy is rendered where the search does not follow', async () => {
    const routes = `import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';

const PrivacyStep = lazy(() => import('@/signup/steps/PrivacyStep').then((m) => ({ default: m.PrivacyStep })));

export const routes: RouteObject[] = [{ path: '/privacy', element: <PrivacyStep onBack={() => history.back()} /> }];
`;
    const { findings, reviews } = await report(project(files(WIZARD('true'), { 'src/app/routes.tsx': routes })));
    expect(findings).toEqual([]);
    expect(reviews).toContain(OFFERS);
  });

  it("leaves out the step's tests and stories, which render it in setups of their own", async () => {
    const story = `import type { Meta } from '@storybook/react';
import { FormProvider, useForm } from 'react-hook-form';
import { PrivacyStep } from './PrivacyStep';

export default { title: 'Sign-up/PrivacyStep' } satisfies Meta;

export const Default = () => {
  const methods = useForm({ defaultValues: { consents: { terms: false, offers: false, partners: false } } });
  return (
    <FormProvider {...methods}>
      <PrivacyStep onBack={() => {}} />
    </FormProvider>
  );
};
`;
    expect(await report(project(files(WIZARD('true'), { 'src/signup/steps/PrivacyStep.stories.tsx': story })))).toEqual({ findings: [OFFERS], reviews: [] });
  });

  it('near-miss: a step also rendered by a settings page under a form of its own stays a review', async () => {
    const settings = `import { FormProvider, useForm } from 'react-hook-form';
import { PrivacyStep } from '@/signup/steps/PrivacyStep';
import { useProfile } from '@/api/profile';

export function PrivacySettings() {
  const profile = useProfile();
  const methods = useForm({ values: profile.data });
  return (
    <FormProvider {...methods}>
      <PrivacyStep onBack={() => history.back()} />
    </FormProvider>
  );
}
`;
    const { findings, reviews } = await report(project(files(WIZARD('true'), { 'src/settings/PrivacySettings.tsx': settings })));
    expect(findings).toEqual([]);
    expect(reviews).toContain(OFFERS);
  });

  it('near-miss: a step the app also renders through a lookup table (`STEPS[step]`) is not followed', async () => {
    const resume = `import { FormProvider, useForm } from 'react-hook-form';
import { DetailsStep } from '@/signup/steps/DetailsStep';
import { PrivacyStep } from '@/signup/steps/PrivacyStep';
import { useDraft } from '@/api/drafts';

const STEPS = { details: DetailsStep, privacy: PrivacyStep };

export function ResumeSignUp({ step }: { step: keyof typeof STEPS }) {
  const draft = useDraft();
  const methods = useForm({ defaultValues: draft.values });
  const Step = STEPS[step];
  return (
    <FormProvider {...methods}>
      <Step onNext={() => {}} onBack={() => {}} />
    </FormProvider>
  );
}
`;
    const { findings, reviews } = await report(project(files(WIZARD('true'), { 'src/signup/ResumeSignUp.tsx': resume })));
    expect(findings).toEqual([]);
    expect(reviews).toContain(OFFERS);
  });

  it('near-miss: a step opened from a handler renders outside the provider, and one inside another form component reads that form', async () => {
    const modal = WIZARD('true').replace(
      '{step === 1 && <PrivacyStep onBack={() => setStep(0)} />}',
      "<button type=\"button\" onClick={() => modals.open({ title: 'Privacy', children: <PrivacyStep onBack={() => modals.closeAll()} /> })}>Privacy</button>",
    ).replace("import { Paper, Stepper } from '@mantine/core';", "import { Paper, Stepper } from '@mantine/core';\nimport { modals } from '@mantine/modals';");
    const fromHandler = await report(project(files(modal)));
    expect(fromHandler.findings).toEqual([]);
    expect(fromHandler.reviews).toContain(OFFERS);
    const nested = WIZARD('true').replace('{step === 1 && <PrivacyStep onBack={() => setStep(0)} />}', '{step === 1 && <ConsentForm><PrivacyStep onBack={() => setStep(0)} /></ConsentForm>}').replace("import type { SignUpValues } from './types';", "import type { SignUpValues } from './types';\nimport { ConsentForm } from '@/consent/ConsentForm';");
    const inside = await report(project(files(nested)));
    expect(inside.findings).toEqual([]);
    expect(inside.reviews).toContain(OFFERS);
  });
});

describe("a step's fields read the form its wizard renders it in: Formik and antd", () => {
  it("reads Formik's <Field type=\"checkbox\"> in a step from the wizard's <Formik initialValues>", async () => {
    const wizard = (newsletter: string) => `import { useState } from 'react';
import { Form, Formik } from 'formik';
import { placeOrder } from '@/api/orders';
import { ContactStep } from './steps/ContactStep';
import { ConsentStep } from './steps/ConsentStep';

export function CheckoutWizard() {
  const [step, setStep] = useState(0);
  return (
    <Formik initialValues={{ email: '', newsletter: ${newsletter}, partners: false }} onSubmit={(values) => placeOrder(values)}>
      {({ isSubmitting }) => (
        <Form>
          {step === 0 ? <ContactStep /> : <ConsentStep />}
          <button type={step === 0 ? 'button' : 'submit'} onClick={() => setStep(1)} disabled={isSubmitting}>
            Continue
          </button>
        </Form>
      )}
    </Formik>
  );
}
`;
    const step = `import { Field } from 'formik';

export function ConsentStep() {
  return (
    <fieldset>
      <legend>Stay in touch</legend>
      <label>
        <Field type="checkbox" name="newsletter" /> Email me the newsletter and offers
      </label>
      <label>
        <Field type="checkbox" name="partners" /> Share my email with partner shops
      </label>
    </fieldset>
  );
}
`;
    const contact = `import { Field } from 'formik';\n\nexport const ContactStep = () => <Field type="email" name="email" placeholder="you@example.com" />;\n`;
    const formik = (newsletter: string) => ({
      'package.json': JSON.stringify({ name: 'shop', private: true, dependencies: { react: '18.3.1', formik: '2.4.6' } }),
      'tsconfig.json': TSCONFIG,
      'src/checkout/CheckoutWizard.tsx': wizard(newsletter),
      'src/checkout/steps/ContactStep.tsx': contact,
      'src/checkout/steps/ConsentStep.tsx': step,
    });
    expect(await report(project(formik('true')))).toEqual({ findings: ['src/checkout/steps/ConsentStep.tsx:8 no-preselected-consent'], reviews: [] });
    expect(await report(project(formik('false')))).toEqual({ findings: [], reviews: [] });
  });

  it("reads antd's <Form.Item valuePropName=\"checked\"> in a step from the wizard's <Form initialValues>", async () => {
    const wizard = (marketing: string) => `import { useState } from 'react';
import { Button, Form, Steps } from 'antd';
import { saveOnboarding } from '@/api/onboarding';
import { WorkspaceStep } from './steps/WorkspaceStep';
import { PreferencesStep } from './steps/PreferencesStep';

export function OnboardingWizard() {
  const [form] = Form.useForm();
  const [current, setCurrent] = useState(0);
  return (
    <Form form={form} layout="vertical" initialValues={{ workspace: '', marketing: ${marketing}, analytics: false }} onFinish={saveOnboarding}>
      <Steps current={current} items={[{ title: 'Workspace' }, { title: 'Preferences' }]} />
      {current === 0 ? <WorkspaceStep /> : <PreferencesStep />}
      <Button type="primary" onClick={() => (current === 0 ? setCurrent(1) : form.submit())}>
        {current === 0 ? 'Next' : 'Finish'}
      </Button>
    </Form>
  );
}
`;
    const step = `import { Form, Switch, Typography } from 'antd';

export function PreferencesStep() {
  return (
    <>
      <Typography.Paragraph>Choose what we may send you. You can change this later in Settings.</Typography.Paragraph>
      <Form.Item name="marketing" label="Product news and marketing emails" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="analytics" label="Share anonymous usage analytics" valuePropName="checked">
        <Switch />
      </Form.Item>
    </>
  );
}
`;
    const workspace = `import { Form, Input } from 'antd';\n\nexport const WorkspaceStep = () => (\n  <Form.Item name="workspace" label="Workspace name" rules={[{ required: true }]}>\n    <Input />\n  </Form.Item>\n);\n`;
    const antd = (marketing: string) => ({
      'package.json': JSON.stringify({ name: 'crm', private: true, dependencies: { react: '18.3.1', antd: '5.22.5' } }),
      'tsconfig.json': TSCONFIG,
      'src/onboarding/OnboardingWizard.tsx': wizard(marketing),
      'src/onboarding/steps/WorkspaceStep.tsx': workspace,
      'src/onboarding/steps/PreferencesStep.tsx': step,
    });
    expect(await report(project(antd('true')))).toEqual({ findings: ['src/onboarding/steps/PreferencesStep.tsx:8 no-preselected-consent'], reviews: [] });
    expect(await report(project(antd('false')))).toEqual({ findings: [], reviews: [] });
  });
});
