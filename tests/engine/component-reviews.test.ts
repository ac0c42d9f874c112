/**
 * A needs-review result on an element a component renders is the component's question, asked once, in its file:
 * a page that renders the component does not ask it again, nor ask what only its own surroundings hide (a design
 * system's card the page wraps the component in, which honest-ui cannot read). A review a use site's own values
 * make stays at that use site.
 */
import { describe, expect, it } from 'vitest';
import { checkerReport, type Reported } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('component-reviews');

async function report(dir: string): Promise<{ findings: string[]; reviews: string[] }> {
  const { findings, reviews } = await checkerReport(dir);
  const line = (r: Reported): string => `${r.file}:${r.line} ${r.rule}`;
  return { findings: findings.map(line).sort(), reviews: reviews.map(line).sort() };
}

const PACKAGE = JSON.stringify({ name: 'fernwood-shop', private: true, dependencies: { react: '18.3.1', next: '14.2.15', '@fernwood/ui': '2.3.0', tailwindcss: '3.4.13' } });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } });

/** A notice whose box reads the user's saved setting from a hook (a review), and whose copy inherits its size. */
const NOTICE = `import { useAiSettings } from '@/hooks/useAiSettings';

export function TrainingNotice({ onReview }: { onReview: () => void }) {
  const { settings, update } = useAiSettings();
  return (
    <div className="rounded-lg border border-slate-200 p-4">
      <p className="text-slate-700">
        We use your product reviews and chat transcripts to train Fernwood's recommendation models. You can opt out at
        any time in Settings.
      </p>
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={settings.allowTraining} onChange={(event) => update({ allowTraining: event.target.checked })} />
        Allow my reviews to be used for model training
      </label>
      <button type="button" className="mt-3 rounded bg-slate-900 px-3 py-1.5 text-sm text-white" onClick={onReview}>
        Review my settings
      </button>
    </div>
  );
}
`;

const PAGE = (notice: string) => `import { Card, CardBody } from '@fernwood/ui';
import { useRouter } from 'next/router';
import { TrainingNotice } from '@/components/TrainingNotice';

export default function AccountPage() {
  const router = useRouter();
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">Your account</h1>
      <Card>
        <CardBody>
          ${notice}
        </CardBody>
      </Card>
    </main>
  );
}
`;

const files = (page: string, extra: Record<string, string> = {}) => ({
  'package.json': PACKAGE,
  'tsconfig.json': TSCONFIG,
  'src/components/TrainingNotice.tsx': NOTICE,
  'src/pages/AccountPage.tsx': page,
  ...extra,
});

describe("a component's needs-review results", () => {
  it('are asked once, in its file: not again by the page that renders it, nor for what the card around it hides', async () => {
    const dir = project(files(PAGE("<TrainingNotice onReview={() => router.push('/settings/ai')} />")));
    expect(await report(dir)).toEqual({ findings: [], reviews: ['src/components/TrainingNotice.tsx:12 no-preselected-consent'] });
  });

  it("near-miss: a box the page ticks from its own data is the page's review", async () => {
    const row = `export function ConsentRow({ label, defaultChecked }: { label: string; defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name="marketing" defaultChecked={defaultChecked ?? false} />
      {label}
    </label>
  );
}
`;
    const page = PAGE(`<ConsentRow label="Email me Fernwood offers and partner deals" defaultChecked={profile.marketingOptIn} />`)
      .replace("import { TrainingNotice } from '@/components/TrainingNotice';", "import { ConsentRow } from '@/components/ConsentRow';\nimport { useProfile } from '@/hooks/useProfile';")
      .replace('  const router = useRouter();', '  const profile = useProfile();');
    expect(await report(project(files(page, { 'src/components/ConsentRow.tsx': row })))).toEqual({ findings: [], reviews: ['src/components/TrainingNotice.tsx:12 no-preselected-consent', 'src/pages/AccountPage.tsx:13 no-preselected-consent'] });
  });

  it('near-miss: what the card around a component makes known is still reported at the page', async () => {
    const page = PAGE("<TrainingNotice onReview={() => router.push('/settings/ai')} />")
      .replace("import { Card, CardBody } from '@fernwood/ui';\n", '')
      .replace('<Card>', '<div className="text-[11px] text-slate-400">')
      .replace('</Card>', '</div>')
      .replace('<CardBody>', '<div>')
      .replace('</CardBody>', '</div>');
    const { findings, reviews } = await report(project(files(page)));
    expect(findings).toEqual(['src/pages/AccountPage.tsx:11 no-fine-print']);
    expect(reviews).toEqual(['src/components/TrainingNotice.tsx:12 no-preselected-consent']);
  });
});
