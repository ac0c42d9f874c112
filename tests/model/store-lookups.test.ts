/**
 * The zustand look-up (src/model/sources.ts) follows every imported hook a page calls on its first render to where
 * it is declared, to see whether it is a store. What a hook's declaration settles (a plain function, a call of
 * something other than zustand's `create`) is remembered for the run, so the next page that calls it does not read
 * its module again; a store is still found, whoever asked before.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { UIModel } from '../../src/model/types.js';
import { parseWithTypescriptEstree, type ScriptParser } from '../../src/parse/script.js';
import { ModuleCache, ModuleResolver } from '../../src/resolve/modules.js';
import { ProjectValues } from '../../src/resolve/values.js';
import { readFileOrUndefined, tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('store-lookups');

/** The session hooks of an app, padded past what any parsed-module budget keeps (1 MiB), as a generated module can be. */
const SESSION_HOOKS = `import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '@/api/me';

export function useCurrentUser() {
  const { data } = useQuery({ queryKey: ['me'], queryFn: fetchMe });
  return data ?? { name: '', email: '', newsletter: false };
}

export const useWorkspace = makeWorkspaceHook();

${Array.from({ length: 14_000 }, (_, i) => `export const ROUTE_${i}_TITLE = 'Workspace settings page title number ${i}';`).join('\n')}
`;

const CONSENT_STORE = `import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type Consent = { analytics: boolean; marketing: boolean; setAnalytics: (on: boolean) => void };

export const useConsentStore = create<Consent>()(
  persist(
    (set) => ({
      analytics: true,
      marketing: false,
      setAnalytics: (on) => set({ analytics: on }),
    }),
    { name: 'consent' },
  ),
);
`;

const screen = (name: string) => `import { Switch } from '@headlessui/react';
import { useCurrentUser, useWorkspace } from '@/hooks/session';
import { useConsentStore } from '@/stores/consent';

export function ${name}() {
  const user = useCurrentUser();
  const workspace = useWorkspace();
  const analytics = useConsentStore((state) => state.analytics);
  const setAnalytics = useConsentStore((state) => state.setAnalytics);
  return (
    <section>
      <h2>Privacy for {workspace.name}</h2>
      <p>Signed in as {user.email}</p>
      <label>
        <Switch checked={analytics} onChange={setAnalytics} />
        Share anonymous usage analytics
      </label>
    </section>
  );
}
`;

function setup() {
  const dir = project({
    'package.json': JSON.stringify({ name: 'app', private: true, dependencies: { react: '^18.3.1', zustand: '^4.5.2' } }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
    'src/hooks/session.ts': SESSION_HOOKS,
    'src/stores/consent.ts': CONSENT_STORE,
  });
  const parses = new Map<string, number>();
  const parse: ScriptParser = (text, filePath) => {
    parses.set(path.relative(dir, filePath), (parses.get(path.relative(dir, filePath)) ?? 0) + 1);
    return parseWithTypescriptEstree(text, filePath);
  };
  // One resolver for the run, a reader of other modules for each file's analysis: as the checker has them.
  const resolver = new ModuleResolver(readFileOrUndefined, new ModuleCache(parse));
  const model = (file: string, text: string): UIModel => {
    const parsed = parseWithTypescriptEstree(text, path.join(dir, file));
    if (!parsed.ok) throw new Error(parsed.error.message);
    return buildModel(parsed.value, { file: path.join(dir, file), external: new ProjectValues(resolver) });
  };
  return { dir, parses, model };
}

const STORE_DEFAULT = { value: true, origin: 'consent.ts' };

function switchChecked(model: UIModel): unknown {
  const control = model.elements.find((element) => element.name === 'Switch');
  const checked = control?.attributes.get('checked')?.value;
  // The store's initial state, read where the store module sets it.
  return checked?.kind === 'initial' ? { value: checked.value, origin: path.basename(checked.origin ?? '') } : checked?.kind;
}

describe('the zustand look-up of imported hooks', () => {
  it('reads a module of plain hooks once for the run, and still finds the store on every page', () => {
    expect(SESSION_HOOKS.length).toBeGreaterThan(1024 * 1024);
    const { parses, model } = setup();
    expect(switchChecked(model('src/settings/PrivacyPage.tsx', screen('PrivacyPage')))).toEqual(STORE_DEFAULT);
    expect(parses.get('src/hooks/session.ts')).toBe(2);
    // The next page calls the same hooks: what their declarations said is remembered.
    expect(switchChecked(model('src/onboarding/PrivacyStep.tsx', screen('PrivacyStep')))).toEqual(STORE_DEFAULT);
    expect(switchChecked(model('src/account/AccountPrivacy.tsx', screen('AccountPrivacy')))).toEqual(STORE_DEFAULT);
    expect(parses.get('src/hooks/session.ts')).toBe(2);
    expect(parses.get('src/stores/consent.ts')).toBe(1);
  });

  it('remembers a hook by the module it resolves to and its name: another name of that module is still read', () => {
    const { parses, model } = setup();
    model('src/settings/PrivacyPage.tsx', screen('PrivacyPage').replace('const workspace = useWorkspace();', "const workspace = { name: 'Acme' };"));
    expect(parses.get('src/hooks/session.ts')).toBe(1);
    model('src/onboarding/PrivacyStep.tsx', screen('PrivacyStep'));
    expect(parses.get('src/hooks/session.ts')).toBe(2);
  });
});
