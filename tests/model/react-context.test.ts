/**
 * Settings a React context provides, through both front doors. Apps keep their preferences in a context: a
 * provider component holds the state (`useState`, `useReducer`), hands it down as `<Ctx.Provider value>` (React 19:
 * `<Ctx value>`), often through `useMemo`, and the pages read it with a hook of the app's own that wraps
 * `useContext` and throws outside the provider (cline's `useExtensionState`, whose telemetry checkbox is
 * `checked={telemetrySetting !== "disabled"}` over a provider state that starts "unset"). On the first render a page
 * sees what the provider starts with, so a consent switch that starts on there is reported; a provider whose value
 * the app passes in, or a context with two providers, stays unknown.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { checkerReport, type Reported } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('react-context');

/** The checker's findings and what it leaves to review, as `file:line rule text`. */
async function report(dir: string): Promise<{ findings: string[]; reviews: string[] }> {
  const { findings, reviews } = await checkerReport(dir);
  const line = (r: Reported): string => `${r.file}:${r.line} ${r.rule} ${r.text}`;
  return { findings: findings.map(line), reviews: reviews.map(line) };
}

/** The same findings on `file` from the checker and from ESLint. */
async function expectBothDoors(dir: string, file: string, expected: string[]): Promise<void> {
  const { checker, eslint } = await bothDoors(dir, file, 'recommended');
  expect(checker).toEqual(expected);
  expect(eslint).toEqual(checker);
}

/** No finding, and the switch at `file:line` left to review: its checked state is not known. */
async function expectReview(dir: string, file: string, line: number): Promise<void> {
  const { findings, reviews } = await report(dir);
  expect(findings).toEqual([]);
  expect(reviews.join('\n')).toContain(`${file}:${line} no-preselected-consent`);
}

const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } });

describe("an extension's settings context, read through the app's hook", () => {
  const provider = (telemetry: string) => `import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { vscode } from '@/lib/vscode';
import type { ExtensionState, TelemetrySetting } from '@shared/ExtensionMessage';

interface ExtensionStateContextType extends ExtensionState {
  didHydrateState: boolean;
  setTelemetrySetting: (value: TelemetrySetting) => void;
}

export const ExtensionStateContext = createContext<ExtensionStateContextType | undefined>(undefined);

export const ExtensionStateContextProvider: React.FC<{ children: ReactNode }> = ({ children }) => {
  const [didHydrateState, setDidHydrateState] = useState(false);
  const [state, setState] = useState<ExtensionState>({
    version: '',
    preferredLanguage: 'English',
    telemetrySetting: ${telemetry},
    autoUpdate: true,
  });

  useEffect(() => {
    return vscode.onMessage('state', (next: ExtensionState) => {
      setState(next);
      setDidHydrateState(true);
    });
  }, []);

  const setTelemetrySetting = useCallback((value: TelemetrySetting) => {
    setState((prev) => ({ ...prev, telemetrySetting: value }));
  }, []);

  const contextValue: ExtensionStateContextType = {
    ...state,
    didHydrateState,
    setTelemetrySetting,
  };

  return <ExtensionStateContext.Provider value={contextValue}>{children}</ExtensionStateContext.Provider>;
};

export const useExtensionState = () => {
  const context = useContext(ExtensionStateContext);
  if (context === undefined) {
    throw new Error('useExtensionState must be used within an ExtensionStateContextProvider');
  }
  return context;
};
`;
  const files = (telemetry: string) => ({
    'package.json': JSON.stringify({ name: 'webview-ui', private: true, dependencies: { react: '^18.3.1', '@vscode/webview-ui-toolkit': '^1.4.0' } }),
    'tsconfig.json': TSCONFIG,
    'src/context/ExtensionStateContext.tsx': provider(telemetry),
    'src/components/settings/GeneralSettingsSection.tsx': `import { VSCodeCheckbox, VSCodeLink } from '@vscode/webview-ui-toolkit/react';
import { useExtensionState } from '@/context/ExtensionStateContext';
import Section from './Section';
import { updateSetting } from './utils/settingsHandlers';

const GeneralSettingsSection = ({ renderSectionHeader }: { renderSectionHeader: (tab: string) => JSX.Element | null }) => {
  const { telemetrySetting } = useExtensionState();

  return (
    <div>
      {renderSectionHeader('general')}
      <Section>
        <VSCodeCheckbox
          checked={telemetrySetting !== 'disabled'}
          onChange={(e: any) => updateSetting('telemetrySetting', e.target.checked === true ? 'enabled' : 'disabled')}>
          Allow error and usage reporting
        </VSCodeCheckbox>
        <p className="mt-1 text-description">
          Help improve the extension by sending usage data and error reports. See our{' '}
          <VSCodeLink href="https://example.com/privacy">privacy policy</VSCodeLink>.
        </p>
      </Section>
    </div>
  );
};

export default GeneralSettingsSection;
`,
  });
  const PAGE = 'src/components/settings/GeneralSettingsSection.tsx';

  it("reports the checkbox that the provider's first state turns on, and says which comparison starts true", async () => {
    const dir = project(files(`'unset'`));
    await expectBothDoors(dir, PAGE, ['13:9 no-preselected-consent preselected']);
    const { findings } = await report(dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain(`'Allow error and usage reporting'`);
    expect(findings[0]).toContain('checked={telemetrySetting !== "disabled"} starts true');
  });

  it('stays clean where the provider starts it disabled', async () => {
    const dir = project(files(`'disabled'`));
    await expectBothDoors(dir, PAGE, []);
  });

  it('leaves it to review where the provider starts from what its parent passes', async () => {
    const dir = project({
      ...files(`initialTelemetry`),
      'src/context/ExtensionStateContext.tsx': provider('initialTelemetry').replace(
        '({ children }) => {',
        '({ children, initialTelemetry }: { children: ReactNode; initialTelemetry: TelemetrySetting }) => {',
      ).replace(': React.FC<{ children: ReactNode }> = ', ' = '),
    });
    await expectReview(dir, PAGE, 13);
  });

  it('leaves it to review where a second provider (a story, a test harness) gives the context another value', async () => {
    const dir = project({
      ...files(`'unset'`),
      'src/context/ExtensionStateContext.tsx': `${provider(`'unset'`)}
export const MockExtensionStateProvider = ({ children, value }: { children: ReactNode; value: ExtensionStateContextType }) => (
  <ExtensionStateContext.Provider value={value}>{children}</ExtensionStateContext.Provider>
);
`,
    });
    await expectReview(dir, PAGE, 13);
  });

  it('reads a hook that adds to what the context holds as unknown, not as the context', async () => {
    const dir = project({
      ...files(`'unset'`),
      'src/context/ExtensionStateContext.tsx': provider(`'unset'`).replace(
        '  return context;\n};',
        "  return { ...context, telemetrySetting: context.didHydrateState ? context.telemetrySetting : 'disabled' };\n};",
      ),
    });
    await expectReview(dir, PAGE, 13);
  });
});

describe('consent preferences in a reducer behind useMemo, read with useContext', () => {
  const files = (reducerCall: string) => ({
    'package.json': JSON.stringify({ name: 'store', private: true, dependencies: { react: '^18.3.1', '@radix-ui/react-checkbox': '^1.1.0' } }),
    'tsconfig.json': TSCONFIG,
    'src/preferences/defaults.ts': `export type CommunicationPreferences = { orderUpdates: boolean; productNews: boolean; partnerOffers: boolean };

export const initialPreferences: CommunicationPreferences = {
  orderUpdates: true,
  productNews: true,
  partnerOffers: false,
};
`,
    'src/preferences/PreferencesProvider.tsx': `import React, { createContext, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import { initialPreferences, type CommunicationPreferences } from './defaults';

type Action = { type: 'toggle'; key: keyof CommunicationPreferences } | { type: 'load'; preferences: CommunicationPreferences };

function reducer(state: CommunicationPreferences, action: Action): CommunicationPreferences {
  switch (action.type) {
    case 'toggle':
      return { ...state, [action.key]: !state[action.key] };
    case 'load':
      return action.preferences;
  }
}

export const PreferencesContext = createContext<{ preferences: CommunicationPreferences; dispatch: Dispatch<Action> } | null>(null);

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [preferences, dispatch] = ${reducerCall};
  const value = useMemo(() => ({ preferences, dispatch }), [preferences]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}
`,
    'src/checkout/CommunicationStep.tsx': `import { useContext } from 'react';
import * as Checkbox from '@radix-ui/react-checkbox';
import { PreferencesContext } from '@/preferences/PreferencesProvider';
import { StepActions } from './StepActions';

export function CommunicationStep({ onNext }: { onNext: () => void }) {
  const { preferences, dispatch } = useContext(PreferencesContext)!;

  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">Stay in touch</legend>
      <div className="flex items-center gap-2">
        <Checkbox.Root id="news" checked={preferences.productNews} onCheckedChange={() => dispatch({ type: 'toggle', key: 'productNews' })} />
        <label htmlFor="news">Email me product news and special offers</label>
      </div>
      <StepActions onNext={onNext} />
    </fieldset>
  );
}
`,
  });
  const PAGE = 'src/checkout/CommunicationStep.tsx';

  it("reports the box the reducer's initial state ticks, across three modules", async () => {
    const dir = project(files('useReducer(reducer, initialPreferences)'));
    await expectBothDoors(dir, PAGE, ['13:9 no-preselected-consent preselected']);
  });

  it('leaves a reducer whose init function computes the state to review', async () => {
    const dir = project(files('useReducer(reducer, initialPreferences, loadSavedPreferences)'));
    await expectReview(dir, PAGE, 13);
  });
});

describe("React 19's use() and <Context value>", () => {
  const files = (analytics: string) => ({
    'package.json': JSON.stringify({ name: 'site', private: true, dependencies: { react: '^19.0.0', next: '^15.1.0' } }),
    'tsconfig.json': TSCONFIG,
    'src/app/consent-context.tsx': `'use client';

import { createContext, useState } from 'react';

export type Consent = { necessary: true; analytics: boolean; marketing: boolean };

export const ConsentContext = createContext<{ consent: Consent; setConsent: (next: Consent) => void } | null>(null);

export function ConsentProvider({ children }: { children: React.ReactNode }) {
  const [consent, setConsent] = useState<Consent>({ necessary: true, analytics: ${analytics}, marketing: false });
  return <ConsentContext value={{ consent, setConsent }}>{children}</ConsentContext>;
}
`,
    'src/app/privacy/cookie-settings.tsx': `'use client';

import { use } from 'react';
import { ConsentContext } from '../consent-context';
import { saveConsent } from '@/lib/consent';

export function CookieSettings() {
  const { consent, setConsent } = use(ConsentContext)!;

  return (
    <form action={() => saveConsent(consent)} className="space-y-4">
      <label className="flex gap-2">
        <input type="checkbox" checked={consent.analytics} onChange={(e) => setConsent({ ...consent, analytics: e.target.checked })} />
        Analytics cookies help us understand how visitors use the site
      </label>
      <label className="flex gap-2">
        <input type="checkbox" checked={consent.marketing} onChange={(e) => setConsent({ ...consent, marketing: e.target.checked })} />
        Marketing cookies
      </label>
      <button type="submit">Save preferences</button>
    </form>
  );
}
`,
  });
  const PAGE = 'src/app/privacy/cookie-settings.tsx';

  it('reports the analytics box the provider starts on and leaves the marketing one, which starts off', async () => {
    const dir = project(files('true'));
    await expectBothDoors(dir, PAGE, ['13:9 no-preselected-consent preselected']);
    await expectBothDoors(project(files('false')), PAGE, []);
  });
});

describe("a hook's constant named like the provider's state (documenso's limits provider)", () => {
  const provider = (initial: string) => `import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { getEmailPreferences } from '@/api/preferences';
import type { EmailPreferences } from '@/api/preferences.types';

const EmailPreferencesContext = createContext<(EmailPreferences & { refresh: () => Promise<void> }) | null>(null);

export const useEmailPreferences = () => {
  const preferences = useContext(EmailPreferencesContext);

  if (!preferences) {
    throw new Error('useEmailPreferences must be used within an EmailPreferencesProvider');
  }

  return preferences;
};

export const EmailPreferencesProvider = ({
  initialValue = { productUpdates: true, partnerOffers: true },
  children,
}: {
  initialValue?: EmailPreferences;
  children: ReactNode;
}) => {
  const [preferences, setPreferences] = useState(${initial});

  const refresh = useCallback(async () => {
    setPreferences(await getEmailPreferences());
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return <EmailPreferencesContext.Provider value={{ ...preferences, refresh }}>{children}</EmailPreferencesContext.Provider>;
};
`;
  const files = (initial: string) => ({
    'package.json': JSON.stringify({ name: 'web', private: true, dependencies: { react: '^18.3.1', '@radix-ui/react-checkbox': '^1.1.0' } }),
    'tsconfig.json': TSCONFIG,
    'src/providers/email-preferences.tsx': provider(initial),
    'src/components/forms/email-preferences-form.tsx': `import * as Checkbox from '@radix-ui/react-checkbox';
import { useEmailPreferences } from '@/providers/email-preferences';
import { updateEmailPreferences } from '@/api/preferences';

export const EmailPreferencesForm = () => {
  const { partnerOffers } = useEmailPreferences();

  return (
    <form className="flex flex-col gap-4">
      <div className="flex items-center gap-2">
        <Checkbox.Root id="partner-offers" checked={partnerOffers} onCheckedChange={(checked) => updateEmailPreferences({ partnerOffers: checked === true })} />
        <label htmlFor="partner-offers">Send me offers from our partners</label>
      </div>
    </form>
  );
};
`,
  });
  const PAGE = 'src/components/forms/email-preferences-form.tsx';

  it("reads the provider's state in the provider, not the hook's constant of the same name", async () => {
    const dir = project(files('{ productUpdates: true, partnerOffers: true }'));
    await expectBothDoors(dir, PAGE, ['11:9 no-preselected-consent preselected']);
  });

  it("leaves to review a state that starts from the provider's props, whatever their defaults", async () => {
    const dir = project(files('() => initialValue'));
    await expectReview(dir, PAGE, 11);
  });
});
