/**
 * A checkbox group over one form field holding a list (react-hook-form's `Controller` or `FormField`, as shadcn/ui's
 * checkbox-group examples write it): each box is ticked when the field's list holds the box's id,
 * `checked={field.value?.includes(item.id)}`. The list the form starts with (`defaultValues`) decides each box's first
 * render: a consent box whose id is in it is ticked for the user, and an empty list ticks none. Both used to be left
 * to review. Through ESLint and the checker, and the checker's reviews.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const both = bothRunner('checkbox-groups');
const project = tempProjects('checkbox-groups-report');

const PACKAGE = JSON.stringify({ name: 'web', private: true, dependencies: { '@hookform/resolvers': '3.9.0', next: '15.0.3', react: '19.0.0', 'react-hook-form': '7.53.2', zod: '3.23.8' } });

/** The onboarding step's e-mail preferences, shaped like shadcn/ui's react-hook-form checkbox example. */
const PREFERENCES = (defaults: string, checked = 'field.value?.includes(item.id)') => `'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Field, FieldDescription, FieldError, FieldGroup, FieldLabel, FieldLegend, FieldSet } from '@/components/ui/field';
import { useUpdatePreferences } from '@/lib/api/preferences';

const channels = [
  { id: 'security', label: 'Security alerts about your account' },
  { id: 'partners', label: 'Offers from our marketing partners' },
  { id: 'digest', label: 'A weekly digest of your workspace' },
] as const;

const schema = z.object({ channels: z.array(z.string()) });

export function EmailPreferencesStep({ onDone }: { onDone: () => void }) {
  const update = useUpdatePreferences();
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { channels: ${defaults} },
  });

  return (
    <form id="email-preferences" onSubmit={form.handleSubmit(async (values) => { await update.mutateAsync(values); onDone(); })}>
      <Controller
        name="channels"
        control={form.control}
        render={({ field, fieldState }) => (
          <FieldSet>
            <FieldLegend variant="label">E-mails</FieldLegend>
            <FieldDescription>Choose which e-mails you want to receive.</FieldDescription>
            <FieldGroup data-slot="checkbox-group">
              {channels.map((item) => (
                <Field key={item.id} orientation="horizontal" data-invalid={fieldState.invalid}>
                  <Checkbox
                    id={\`channel-\${item.id}\`}
                    name={field.name}
                    checked={${checked}}
                    onCheckedChange={(checked) =>
                      field.onChange(checked ? [...field.value, item.id] : field.value.filter((value) => value !== item.id))
                    }
                  />
                  <FieldLabel htmlFor={\`channel-\${item.id}\`} className="font-normal">
                    {item.label}
                  </FieldLabel>
                </Field>
              ))}
            </FieldGroup>
            {fieldState.invalid && <FieldError errors={[fieldState.error]} />}
          </FieldSet>
        )}
      />
      <Button type="submit" form="email-preferences" disabled={update.isPending}>
        Continue
      </Button>
    </form>
  );
}
`;

const ENTRY = 'src/app/onboarding/EmailPreferencesStep.tsx';
const files = (defaults: string, checked?: string) => ({ 'package.json': PACKAGE, [ENTRY]: PREFERENCES(defaults, checked) });
/** The line of the checkbox, where a preselected box is reported (its column: 19). */
const CHECKBOX_LINE = PREFERENCES('[]').split('\n').findIndex((line) => line.includes('<Checkbox')) + 1;

describe('a checkbox group whose boxes are ticked by the list the form starts with', () => {
  it("reports the partners' offers ticked by the form's default list, and no other box", async () => {
    const result = await both(files("['security', 'partners']"), ENTRY, ['no-preselected-consent']);
    expect(result.checker).toEqual([`no-preselected-consent preselected ${CHECKBOX_LINE}:19`]);
    expect(result.eslint).toEqual(result.checker);
  });

  it('decides an empty default list: no box is ticked, and nothing is left to review', async () => {
    const result = await both(files('[]'), ENTRY, ['no-preselected-consent']);
    expect(result.checker).toEqual([]);
    expect(result.eslint).toEqual([]);
    const report = await checkerReport(project(files('[]')));
    expect(report.findings).toEqual([]);
    expect(report.reviews.filter((review) => review.rule === 'no-preselected-consent')).toEqual([]);
  });

  it('decides a list of only the boxes that are no consent: nothing ticked for the user, nothing to review', async () => {
    const report = await checkerReport(project(files("['security']")));
    expect(report.findings).toEqual([]);
    expect(report.reviews.filter((review) => review.rule === 'no-preselected-consent')).toEqual([]);
  });

  it('reads the same written without optional chaining', async () => {
    const plain = await both(files("['partners']", 'field.value.includes(item.id)'), ENTRY, ['no-preselected-consent']);
    expect(plain.checker).toEqual([`no-preselected-consent preselected ${CHECKBOX_LINE}:19`]);
    expect(plain.eslint).toEqual(plain.checker);
  });

  it('leaves a list it cannot read to review rather than guessing: the defaults come from the server', async () => {
    const report = await checkerReport(project(files('user?.channels ?? []')));
    expect(report.findings).toEqual([]);
    expect(report.reviews.filter((review) => review.rule === 'no-preselected-consent').map((review) => review.line)).toEqual([CHECKBOX_LINE]);
  });
});

/** inbox-zero's API key form: scopes ticked by a default list, one of them reading the inbox's statistics. */
const API_KEY_FORM = `import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/Input';
import { createApiKeyAction } from '@/utils/actions/api-key';

const SCOPES = [
  { value: 'RULES_READ', label: 'Read rules', description: 'List the automation rules of this inbox.' },
  { value: 'RULES_WRITE', label: 'Write rules', description: 'Create, update and delete automation rules.' },
  { value: 'STATS_READ', label: 'Read stats', description: 'Read aggregated inbox statistics for this inbox.' },
];

const DEFAULT_SCOPES = ['RULES_READ', 'RULES_WRITE', 'STATS_READ'];

export function ApiKeysCreateForm({ onCreated }: { onCreated: (key: string) => void }) {
  const [name, setName] = useState('');
  const [selectedScopes, setSelectedScopes] = useState<string[]>(DEFAULT_SCOPES);
  const toggleScope = (scope: string, on: boolean) => setSelectedScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));

  return (
    <form action={async () => onCreated(await createApiKeyAction({ name, scopes: selectedScopes }))} className="space-y-4">
      <Input name="name" label="Name (optional)" value={name} onChange={(event) => setName(event.target.value)} />
      <div className="space-y-2">
        <p className="text-sm font-medium">Permissions</p>
        {SCOPES.map((scope) => (
          <div key={scope.value} className="flex items-start gap-3 text-sm">
            <Checkbox
              checked={selectedScopes.includes(scope.value)}
              onCheckedChange={(checked) => toggleScope(scope.value, checked === true)}
              aria-labelledby={\`\${scope.value}-label\`}
            />
            <div className="space-y-1" id={\`\${scope.value}-label\`}>
              <div className="font-medium">{scope.label}</div>
              <p className="text-muted-foreground">{scope.description}</p>
            </div>
          </div>
        ))}
      </div>
      <Button type="submit">Create API key</Button>
    </form>
  );
}
`;

describe('a list of permissions, ticked by default, that grants no consent', () => {
  it("reads an API key's scope to read the inbox's statistics as what the key may view, not as analytics", async () => {
    const dir = project({ 'package.json': PACKAGE, 'src/app/settings/ApiKeysCreateForm.tsx': API_KEY_FORM });
    const report = await checkerReport(dir);
    expect(report.findings).toEqual([]);
    expect(report.reviews).toEqual([]);
  });

  it.each([
    ['lets someone else view the analytics', 'Allow organization admins to view your analytics.'],
    ['sends the statistics to the app', 'Send anonymous usage statistics to help us improve.'],
  ])('still reports a box ticked from the same kind of list when it %s', async (_, description) => {
    const form = API_KEY_FORM.replace('Read aggregated inbox statistics for this inbox.', description);
    const result = await both({ 'package.json': PACKAGE, 'src/app/settings/ApiKeysCreateForm.tsx': form }, 'src/app/settings/ApiKeysCreateForm.tsx', ['no-preselected-consent']);
    const line = form.split('\n').findIndex((text) => text.includes('<Checkbox')) + 1;
    expect(result.checker).toEqual([`no-preselected-consent preselected ${line}:13`]);
    expect(result.eslint).toEqual(result.checker);
  });
});
