/**
 * Names a file declares more than once: each component of a settings page writes its own
 * `const { t } = useTranslation('...')` and `const [enabled, setEnabled] = useState(...)`. A use is read as the
 * declaration of the innermost block around it; where no single declaration is (two branches, a use outside both),
 * the value stays unknown rather than guessed.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { UIElement, UIModel } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

function model(source: string): UIModel {
  const parsed = parseWithTypescriptEstree(source, 'Settings.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return buildModel(parsed.value);
}

/** What an attribute reads on the first render: its value, or the kind of value when none is known. */
function checked(element: UIElement | undefined, attribute = 'checked'): unknown {
  const found = element?.attributes.get(attribute)?.value;
  if (!found) throw new Error(`no ${attribute}`);
  return found.kind === 'static' || found.kind === 'initial' ? found.value : found.kind;
}

const switches = (m: UIModel): UIElement[] => m.elements.filter((e) => e.name === 'Switch');

describe('a name each component declares for itself', () => {
  it('reads each switch from the state of its own component', () => {
    const m = model(`
      import { useState } from 'react';
      import { Switch } from '@/components/ui/switch';
      import { useSettings } from '@/hooks/use-settings';

      function MarketingPreferences() {
        const [enabled, setEnabled] = useState(true);
        return <label><Switch checked={enabled} onCheckedChange={setEnabled} /> Product news and offers</label>;
      }

      function DisplayPreferences() {
        const { isLoading } = useSettings();
        const [enabled, setEnabled] = useState(false);
        if (isLoading) return null;
        return <label><Switch checked={enabled} onCheckedChange={setEnabled} /> Reduce motion</label>;
      }

      export function PreferencesPage() {
        return (
          <>
            <MarketingPreferences />
            <DisplayPreferences />
          </>
        );
      }
    `);
    expect(switches(m).map((s) => checked(s))).toEqual([true, false]);
  });

  it("reads a component's own constant over the module's of the same name", () => {
    const m = model(`
      import { Switch } from '@/components/ui/switch';

      const defaultOn = false;

      export function Row() {
        const defaultOn = true;
        return <Switch defaultChecked={defaultOn} />;
      }

      export function Footer() {
        return <Switch defaultChecked={defaultOn} />;
      }
    `);
    expect(switches(m).map((s) => checked(s, 'defaultChecked'))).toEqual([true, false]);
  });

  it('leaves unknown a name two branches declare, read outside both', () => {
    const m = model(`
      import { Switch } from '@/components/ui/switch';

      export function Row({ variant }: { variant: 'a' | 'b' }) {
        if (variant === 'a') {
          const on = true;
          console.log(on);
        } else {
          const on = false;
          console.log(on);
        }
        return <Switch checked={on} />;
      }
    `);
    expect(switches(m).map((s) => checked(s))).toEqual(['dynamic']);
  });
});

describe('a settings page whose sections translate with namespaces of their own', () => {
  const project = tempProjects('scopes');
  const files = {
    'package.json': JSON.stringify({ name: 'workspace', private: true, dependencies: { react: '^18.3.1', i18next: '^23.11.0', 'react-i18next': '^14.1.0' } }),
    'public/locales/en/profile.json': JSON.stringify({ title: 'Profile', visible: 'Show my profile in member search' }),
    'public/locales/en/privacy.json': JSON.stringify({ title: 'Privacy', share: 'Share my usage data with advertising partners' }),
    'src/settings/SettingsPage.tsx': `import { useTranslation } from 'react-i18next';
import { Switch } from '@/components/ui/switch';
import { Card, CardHeader, CardContent } from '@/components/ui/card';

function ProfileSection() {
  const { t } = useTranslation('profile');
  return (
    <Card>
      <CardHeader>{t('title')}</CardHeader>
      <CardContent>
        <label className="flex items-center gap-2">
          <Switch defaultChecked name="visible" />
          {t('visible')}
        </label>
      </CardContent>
    </Card>
  );
}

function PrivacySection() {
  const { t } = useTranslation('privacy');
  return (
    <Card>
      <CardHeader>{t('title')}</CardHeader>
      <CardContent>
        <label className="flex items-center gap-2">
          <Switch defaultChecked name="share" />
          {t('share')}
        </label>
      </CardContent>
    </Card>
  );
}

export default function SettingsPage() {
  return (
    <div className="space-y-6">
      <ProfileSection />
      <PrivacySection />
    </div>
  );
}
`,
  };

  it("reports the advertising switch that starts on, read in its section's namespace; the profile switch stays clean", async () => {
    const dir = project(files);
    const { checker, eslint } = await bothDoors(dir, 'src/settings/SettingsPage.tsx', 'recommended');
    expect(checker).toEqual(['27:11 no-preselected-consent preselected']);
    expect(eslint).toEqual(checker);
  });
});
