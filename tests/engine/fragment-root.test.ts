/**
 * A component whose root is a fragment (`<><input className="peer sr-only" /><div className="…track" /></>`, the
 * switch of a Tailwind toggle; a banner's pair of buttons) renders its children in its use site's place. They were
 * left unseen ("renders a fragment, not one element"), so a toggle that starts on behind such a switch was never
 * reported. And a spread whose object the first render knows (`{...inputProps}`, where `inputProps` is the branch
 * of a ternary the component's props decide) sets the props it holds. Both doors.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('fragment-root');

/**
 * A design system's toggle as Mintplex-Labs/anything-llm writes it (frontend/src/components/lib/Toggle): a label
 * around a fragment-rooted switch, whose input takes `checked` from a ternary on the `enabled` prop, handed on under
 * the name the outer component declares it by.
 */
const TOGGLE = `const TOGGLE_STYLES = {
  sm: "h-[12px] w-[20px] after:h-[8px] after:w-[8px] peer-checked:after:translate-x-full",
  lg: "h-[19px] w-[36px] after:h-[15px] after:w-[15px] peer-checked:after:translate-x-[17px]",
};

export default function Toggle({ className, enabled, onChange, disabled = false, size = "sm", name, label, description, variant = "default" }) {
  const inputProps =
    enabled !== undefined
      ? { checked: enabled, onChange: (e) => onChange?.(e.target.checked) }
      : { defaultChecked: false };

  if (variant === "horizontal") {
    return (
      <label className={\`flex items-start justify-between \${className ?? ""}\`}>
        <TextContent label={label} description={description} />
        <div className="shrink-0 ml-4">
          <ToggleSwitch name={name} disabled={disabled} size={size} inputProps={inputProps} />
        </div>
      </label>
    );
  }

  return (
    <label className={\`inline-flex items-start \${disabled ? "cursor-not-allowed opacity-50" : "cursor-pointer"} \${className ?? ""}\`}>
      <ToggleSwitch name={name} disabled={disabled} size={size} inputProps={inputProps} />
      {(label || description) && (
        <div className="ml-3">
          <TextContent label={label} description={description} />
        </div>
      )}
    </label>
  );
}

function ToggleSwitch({ name, disabled, size, inputProps }) {
  return (
    <>
      <input type="checkbox" name={name} disabled={disabled} className="peer sr-only" {...inputProps} />
      <div
        className={\`relative shrink-0 peer pointer-events-none rounded-full \${TOGGLE_STYLES[size] || TOGGLE_STYLES.sm} bg-zinc-500 peer-checked:bg-green-400\`}
      />
    </>
  );
}

function TextContent({ label, description }) {
  if (!label && !description) return null;
  return (
    <div className="flex flex-col gap-[2px]">
      {label && <span className="text-[14px] font-medium text-white">{label}</span>}
      {description && <span className="text-[12px] text-zinc-400">{description}</span>}
    </div>
  );
}
`;

/** An onboarding step that asks about telemetry, its switch starting as `initial` says. */
const dataHandling = (initial: string) => `import { useState } from "react";
import { useNavigate } from "react-router-dom";
import Toggle from "@/components/lib/Toggle";
import System from "@/models/system";
import paths from "@/utils/paths";

export default function DataHandling() {
  const navigate = useNavigate();
  const [telemetry, setTelemetry] = useState(${initial});
  const [saving, setSaving] = useState(false);

  async function handleContinue() {
    setSaving(true);
    await System.updateSystem({ DisableTelemetry: telemetry ? "false" : "true" });
    setSaving(false);
    navigate(paths.onboarding.survey());
  }

  return (
    <div className="w-full flex flex-col gap-y-6">
      <h2 className="text-xl font-semibold text-white">Data handling &amp; privacy</h2>
      <Toggle
        size="lg"
        enabled={telemetry}
        onChange={setTelemetry}
        label="Share anonymous usage data"
        description="Help us improve the product by sending anonymous telemetry about how you use it."
      />
      <button type="button" disabled={saving} onClick={handleContinue} className="rounded-lg bg-white px-4 py-2 text-sm font-semibold text-black">
        Continue
      </button>
    </div>
  );
}
`;

const app = (page: string) => ({
  'package.json': JSON.stringify({ name: 'llm-desktop', private: true, dependencies: { react: '^18.3.1', 'react-router-dom': '^6.26.0', tailwindcss: '^3.4.10' } }),
  'jsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'src/components/lib/Toggle/index.jsx': TOGGLE,
  'src/pages/OnboardingFlow/DataHandling.jsx': page,
});

const PAGE = 'src/pages/OnboardingFlow/DataHandling.jsx';

describe('a toggle whose switch is a fragment', () => {
  it('reports the telemetry switch that starts on, through the fragment and the spread of its input props', async () => {
    const { checker, eslint } = await bothDoors(project(app(dataHandling('true'))), PAGE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual(['22:7 no-preselected-consent preselected']);
  });

  it('near-miss: the same switch starting off is clean', async () => {
    const { checker, eslint } = await bothDoors(project(app(dataHandling('false'))), PAGE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });

  it("near-miss: a settings page whose switch shows the saved setting (a prop from the server) guesses nothing", async () => {
    const page = `import Toggle from "@/components/lib/Toggle";
import System from "@/models/system";

export default function TelemetryLogs({ settings }) {
  async function toggleTelemetry(enabled) {
    await System.updateSystem({ DisableTelemetry: enabled ? "false" : "true" });
  }

  return (
    <div className="relative w-full max-h-full">
      <Toggle size="lg" label="Anonymous telemetry" enabled={settings?.DisableTelemetry !== "true"} onChange={toggleTelemetry} />
      <p className="text-xs text-zinc-400">All events are anonymous and help us improve the product analytics.</p>
    </div>
  );
}
`;
    const { checker, eslint } = await bothDoors(project(app(page)), PAGE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});

/** A cookie banner whose two buttons come from a component that returns them side by side in a fragment. */
const CONSENT_ACTIONS = `type ConsentActionsProps = {
  onAcceptAll: () => void;
  onRejectAll: () => void;
};

export function ConsentActions({ onAcceptAll, onRejectAll }: ConsentActionsProps) {
  return (
    <>
      <button type="button" onClick={onAcceptAll} className="rounded-full bg-black px-8 py-3 text-base font-semibold text-white">
        Accept all cookies
      </button>
      <button type="button" onClick={onRejectAll} className="\${REJECT}">
        Reject all
      </button>
    </>
  );
}
`;

const BANNER = `import { useConsentStore } from '@/stores/consent';
import { ConsentActions } from './ConsentActions';

export function CookieBanner() {
  const { decided, acceptAll, rejectAll } = useConsentStore();
  if (decided) return null;

  return (
    <section aria-label="Cookie consent" className="fixed inset-x-0 bottom-0 z-50 bg-white p-6 shadow-2xl">
      <h2 className="text-lg font-semibold text-gray-900">We value your privacy</h2>
      <p className="mt-2 text-sm text-gray-700">
        We use cookies for analytics and personalised advertising. You can accept or reject them.
      </p>
      <div className="mt-4 flex flex-col items-center gap-2">
        <ConsentActions onAcceptAll={acceptAll} onRejectAll={rejectAll} />
      </div>
    </section>
  );
}
`;

const shop = (reject: string) => ({
  'package.json': JSON.stringify({ name: 'shop', private: true, dependencies: { react: '^18.3.1', tailwindcss: '^3.4.10', zustand: '^4.5.0' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'src/components/consent/ConsentActions.tsx': CONSENT_ACTIONS.replace('${REJECT}', reject),
  'src/components/consent/CookieBanner.tsx': BANNER,
});

const BANNER_FILE = 'src/components/consent/CookieBanner.tsx';

describe("a banner whose buttons are a fragment component's", () => {
  it("measures the faint reject against the banner's white, where the component alone knows no background", async () => {
    const { checker, eslint } = await bothDoors(project(shop('text-[11px] text-gray-300 underline')), BANNER_FILE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual(['15:9 no-hidden-decline nearInvisible', '15:9 no-unbalanced-choices weakerDecline']);
  });

  it('near-miss: two equal buttons side by side are clean', async () => {
    const { checker, eslint } = await bothDoors(project(shop('rounded-full bg-black px-8 py-3 text-base font-semibold text-white')), BANNER_FILE);
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});

/**
 * papermark's welcome flow: one step per `router.query.type`, each a component; the last step's is a fragment. The
 * page's own line about the subscription lets the pre-filter through (a page whose every word is its components'
 * is not analysed: src/engine/borrowed-copy.ts).
 */
const TRIAL_STEP = `import { useState } from "react";
import { startTrial } from "@/lib/api/billing";

export default function Trial() {
  const [loading, setLoading] = useState(false);
  return (
    <div className="z-10 flex flex-col items-center space-y-6 text-center">
      <h1 className="text-3xl font-bold">Try the Business plan</h1>
      <button
        type="button"
        disabled={loading}
        onClick={async () => { setLoading(true); await startTrial(); setLoading(false); }}
        className="rounded-md bg-black px-6 py-2 text-sm font-medium text-white"
      >
        Start free trial
      </button>
    </div>
  );
}
`;

const PLAN_SUMMARY = `import Link from "next/link";

export default function PlanSummary({ teamName }: { teamName: string }) {
  return (
    <>
      <h2 className="text-2xl font-semibold">{teamName} is on the Business plan</h2>
      <p className="text-sm text-gray-600">Your plan renews automatically at $49 per month until you cancel.</p>
      <Link href="/documents" className="text-sm underline">Go to your documents</Link>
    </>
  );
}
`;

const welcome = (done: string) => `import { useRouter } from "next/router";
import Trial from "@/components/welcome/trial";
import PlanSummary from "@/components/welcome/plan-summary";
import { useTeam } from "@/context/team-context";

export default function Welcome() {
  const router = useRouter();
  const { currentTeam } = useTeam();

  return (
    <main className="mx-auto flex h-screen max-w-3xl flex-col items-center justify-center">
      <p className="text-sm text-gray-500">Set up your subscription in two steps</p>
      {router.query.type === "trial" && <Trial key="trial" />}
      ${done}
    </main>
  );
}
`;

const flow = (done: string) => ({
  'package.json': JSON.stringify({ name: 'docs-app', private: true, dependencies: { next: '^14.2.0', react: '^18.3.1', tailwindcss: '^3.4.10' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'preserve', baseUrl: '.', paths: { '@/*': ['./*'] } } }),
  'components/welcome/trial.tsx': TRIAL_STEP,
  'components/welcome/plan-summary.tsx': PLAN_SUMMARY,
  'pages/welcome.tsx': welcome(done),
});

describe('a fragment component in a branch', () => {
  it("near-miss: the last step's renewal terms are never on screen with the trial step's button", async () => {
    const { checker, eslint } = await bothDoors(project(flow('{router.query.type === "done" && <PlanSummary key="done" teamName={currentTeam?.name ?? "Your team"} />}')), 'pages/welcome.tsx');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });

  it('the same terms shown with the button, in no branch, are buried under it', async () => {
    const { checker, eslint } = await bothDoors(project(flow('<PlanSummary teamName={currentTeam?.name ?? "Your team"} />')), 'pages/welcome.tsx');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual(['14:7 no-buried-consent buriedDisclosure']);
  });
});

/** civitai's Countdown (src/components/Countdown): a fragment of text, the time left, ticking on an interval. */
const COUNTDOWN = `import dayjs from '@/shared/utils/dayjs';
import { useEffect, useRef, useState } from 'react';
import useIsClient from '@/hooks/useIsClient';
import { formatDuration } from '@/utils/date-helpers';

type Props = { endTime: Date; refreshIntervalMs?: number };

export function Countdown({ endTime, refreshIntervalMs = 1000 * 60 }: Props) {
  const intervalRef = useRef<number>();
  const isClient = useIsClient();
  const duration = dayjs.duration(dayjs(endTime).diff(dayjs()));
  const [time, setTime] = useState(duration);

  useEffect(() => {
    intervalRef.current = window.setInterval(() => {
      setTime((current) => dayjs.duration(current.asMilliseconds() - refreshIntervalMs));
    }, refreshIntervalMs);
    return () => window.clearInterval(intervalRef.current);
  }, [refreshIntervalMs]);

  if (!isClient) return null;

  return <>{formatDuration(time)}</>;
}
`;

const membershipOffer = (timer: string) => `import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Countdown } from '@/components/Countdown/Countdown';
import { useMembershipOffer } from '@/components/Membership/useMembershipOffer';

export function MembershipOffer() {
  const { offer, checkout } = useMembershipOffer();
  return (
    <Stack gap="sm">
      <Title order={2}>Gold membership</Title>
      <Text>Faster generation, more storage and early access, for $25 a month.</Text>
      <Group>
        <Button size="lg" color="green" onClick={checkout}>Upgrade now</Button>
        ${timer}
      </Group>
    </Stack>
  );
}
`;

const offerProject = (timer: string) => ({
  'package.json': JSON.stringify({ name: 'creators', private: true, dependencies: { react: '^18.3.1', '@mantine/core': '^7.13.0', dayjs: '^1.11.13' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'src/components/Countdown/Countdown.tsx': COUNTDOWN,
  'src/components/Membership/MembershipOffer.tsx': membershipOffer(timer),
});

describe('a component that returns a fragment of text alone', () => {
  it('stays the countdown it is named, ticking beside the purchase', async () => {
    const { checker, eslint } = await bothDoors(project(offerProject('<Text c="red">Offer ends in <Countdown endTime={offer.endsAt} /></Text>')), 'src/components/Membership/MembershipOffer.tsx');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual(['13:37 no-false-urgency countdown']);
  });

  it('near-miss: the renewal date written out, with no timer, is clean', async () => {
    const { checker, eslint } = await bothDoors(project(offerProject('<Text>Renews on the 1st of each month</Text>')), 'src/components/Membership/MembershipOffer.tsx');
    expect(eslint).toEqual(checker);
    expect(checker).toEqual([]);
  });
});
