/**
 * A self-hosted app's first-run wizard, written as homarr writes its own (homarr-labs/homarr at 464d98e1,
 * `apps/nextjs/src/app/[locale]/init/_steps/settings/init-settings.tsx`): a monorepo whose settings step renders a
 * row per setting through two local components that pass the form's props on with rest spreads, a form made by the
 * project's own wrapper of Mantine's `useForm`, defaults from a workspace package, and copy from next-intl messages
 * that the Next.js config's plugin option leads to. The telemetry switch starts on; finding it takes every one of
 * those links, through both front doors.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('first-run-wizard');

const ENTRY = 'apps/web/src/app/[locale]/init/_steps/settings/init-settings.tsx';

const WIZARD = `"use client";

import { Button, Group, Stack, Switch, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";

import { clientApi } from "@acme/api/client";
import { useZodForm } from "@acme/form";
import type { CheckboxProps } from "@acme/form/types";
import { defaultServerSettings } from "@acme/server-settings";
import { useI18n, useScopedI18n } from "@acme/translation/client";
import { settingsInitSchema } from "@acme/validation/settings";

import { InitStepCard } from "../../_components/init-step-card";

export const InitSettings = () => {
  const tSection = useScopedI18n("management.page.settings.section");
  const t = useI18n();
  const { mutateAsync } = clientApi.serverSettings.initSettings.useMutation();
  const form = useZodForm(settingsInitSchema, { initialValues: defaultServerSettings });

  return (
    <form onSubmit={form.onSubmit((values) => mutateAsync(values))}>
      <Stack w="100%">
        <InitStepCard>
          <Stack gap="sm">
            <Text fw={500}>{tSection("analytics.title")}</Text>
            <Stack gap="xs">
              <AnalyticsRow kind="general" {...form.getInputProps("analytics.enableGeneral", { type: "checkbox" })} />
            </Stack>
          </Stack>
        </InitStepCard>
        <InitStepCard>
          <Stack gap="sm">
            <Text fw={500}>{tSection("crawlingAndIndexing.title")}</Text>
            <Stack gap="xs">
              <CrawlingRow kind="noIndex" {...form.getInputProps("crawlingAndIndexing.noIndex", { type: "checkbox" })} />
              <CrawlingRow kind="noFollow" {...form.getInputProps("crawlingAndIndexing.noFollow", { type: "checkbox" })} />
            </Stack>
          </Stack>
        </InitStepCard>

        <Button type="submit" loading={form.submitting} rightSection={<IconArrowRight size={16} stroke={1.5} />}>
          {t("common.action.continue")}
        </Button>
      </Stack>
    </form>
  );
};

interface AnalyticsRowProps {
  kind: "general";
  disabled?: boolean;
}

const AnalyticsRow = ({ kind, ...props }: AnalyticsRowProps & CheckboxProps) => {
  const tSection = useI18n("management.page.settings.section");
  return <SettingRow title={tSection(\`analytics.\${kind}.title\`)} text={tSection(\`analytics.\${kind}.text\`)} {...props} />;
};

const CrawlingRow = ({ kind, ...inputProps }: { kind: "noIndex" | "noFollow" } & CheckboxProps) => {
  const tSection = useI18n("management.page.settings.section");
  return (
    <SettingRow
      title={tSection(\`crawlingAndIndexing.\${kind}.title\`)}
      text={tSection(\`crawlingAndIndexing.\${kind}.text\`)}
      {...inputProps}
    />
  );
};

const SettingRow = ({ title, text, disabled, ...inputProps }: { title: string; text: string; disabled?: boolean } & CheckboxProps) => {
  return (
    <Group wrap="nowrap" align="center">
      <Stack gap={0} style={{ flex: 1 }}>
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Text size="xs" c="gray.5">
          {text}
        </Text>
      </Stack>

      <Switch disabled={disabled} {...inputProps} />
    </Group>
  );
};
`;

const FORM_PACKAGE = `import { schemaResolver, useForm } from "@mantine/form";
import type { z } from "zod/v4";

import { useI18n } from "@acme/translation/client";
import { zodErrorMap } from "@acme/validation/form/i18n";

export const useZodForm = <TSchema extends z.ZodObject>(
  schema: TSchema,
  options: Omit<Exclude<Parameters<typeof useForm<z.infer<TSchema>>>[0], undefined>, "validate">,
) => {
  const t = useI18n();
  z.config({ customError: zodErrorMap(t) });
  return useForm<z.infer<TSchema>>({
    ...options,
    validateInputOnBlur: true,
    validateInputOnChange: true,
    validate: schemaResolver(schema, { sync: true }),
  });
};
`;

const settingsPackage = (enableGeneral: boolean) => `export const defaultServerSettings = {
  analytics: {
    enableGeneral: ${enableGeneral},
    instanceId: null as string | null,
  },
  crawlingAndIndexing: {
    noIndex: true,
    noFollow: true,
  },
  user: {
    enableGravatar: true,
  },
} satisfies Record<string, Record<string, unknown>>;

export type ServerSettings = typeof defaultServerSettings;
`;

const MESSAGES = JSON.stringify(
  {
    common: { action: { continue: 'Continue', save: 'Save' } },
    management: {
      page: {
        settings: {
          section: {
            analytics: {
              title: 'Analytics',
              general: {
                title: 'Help us improve Acme Home',
                text: "This helps us see which features people use, so we know where to spend our time. That's it: no personal info, no URLs, no names.",
              },
            },
            crawlingAndIndexing: {
              title: 'Crawling and indexing',
              noIndex: { title: 'No index', text: 'Do not index the website on search engines and do not show it in any search results' },
              noFollow: { title: 'No follow', text: 'Do not follow any links while indexing.' },
            },
          },
        },
      },
    },
  },
  null,
  2,
);

function monorepo(enableGeneral: boolean, form = FORM_PACKAGE): Record<string, string> {
  return {
    'package.json': JSON.stringify({ name: 'acme-home', private: true, packageManager: 'pnpm@10.0.0' }),
    'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/*\n',
    'apps/web/package.json': JSON.stringify({ name: '@acme/web', private: true, dependencies: { '@mantine/core': '8.3.0', '@mantine/form': '8.3.0', next: '15.5.0', 'next-intl': '4.3.0', '@acme/form': 'workspace:^', '@acme/translation': 'workspace:^' } }),
    'apps/web/next.config.ts': `import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The package path does not resolve here, so the request config is named by its path.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "../../packages/translation/src/request.ts",
});

const nextConfig: NextConfig = { reactStrictMode: true, output: "standalone" };

export default withNextIntl(nextConfig);
`,
    [ENTRY]: WIZARD,
    'packages/form/package.json': JSON.stringify({ name: '@acme/form', private: true, exports: { '.': './src/index.ts', './types': './src/types.ts' } }),
    'packages/form/src/index.ts': form,
    'packages/server-settings/package.json': JSON.stringify({ name: '@acme/server-settings', private: true, exports: { '.': './src/index.ts' } }),
    'packages/server-settings/src/index.ts': settingsPackage(enableGeneral),
    'packages/translation/package.json': JSON.stringify({ name: '@acme/translation', private: true, exports: { './client': './src/client/index.ts', './request': './src/request.ts' } }),
    'packages/translation/src/client/index.ts': `"use client";

import { useMessages, useTranslations } from "next-intl";

export const useI18n = useTranslations;
export const useScopedI18n = useTranslations;
export const useI18nMessages = () => useMessages();
`,
    'packages/translation/src/request.ts': `import deepmerge from "deepmerge";
import { getRequestConfig } from "next-intl/server";

import { fallbackLocale, isLocaleSupported } from "./config";
import { createLanguageMapping } from "./mapping";

export default getRequestConfig(async ({ requestLocale }) => {
  let currentLocale = await requestLocale;
  if (!currentLocale || !isLocaleSupported(currentLocale)) currentLocale = fallbackLocale;

  const languageMap = createLanguageMapping();
  const currentMessages = (await languageMap[currentLocale]()).default;
  if (currentLocale !== fallbackLocale) {
    const fallbackMessages = (await languageMap[fallbackLocale]()).default;
    return { locale: currentLocale, messages: deepmerge(fallbackMessages, currentMessages) };
  }
  return { locale: currentLocale, messages: currentMessages };
});
`,
    'packages/translation/src/config.ts': `export const supportedLanguages = ["en", "de", "fr"] as const;
export const fallbackLocale = "en";
export const isLocaleSupported = (locale: string) => (supportedLanguages as readonly string[]).includes(locale);
`,
    'packages/translation/src/mapping.ts': `import { supportedLanguages } from "./config";

export const createLanguageMapping = () => {
  const mapping: Record<string, unknown> = {};
  for (const language of supportedLanguages) {
    mapping[language] = () => import(\`./lang/\${language}.json\`);
  }
  return mapping as Record<(typeof supportedLanguages)[number], () => Promise<{ default: Record<string, unknown> }>>;
};
`,
    'packages/translation/src/lang/en.json': MESSAGES,
  };
}

describe('a first-run wizard whose telemetry switch starts on', () => {
  it('is reported where the row is rendered, by both front doors', async () => {
    // Line 28: `<AnalyticsRow kind="general" {...form.getInputProps(...)} />`.
    const expected = ['no-preselected-consent preselected 28:15'];
    expect(await both(monorepo(true), ENTRY)).toEqual({ eslint: expected, checker: expected });
  });

  it('is clean when the default is off', async () => {
    expect(await both(monorepo(false), ENTRY)).toEqual({ eslint: [], checker: [] });
  });

  it("reads each row's title as its label, so a title and a description that say the same no are not a double negative", async () => {
    // "No index" above "Do not index the website...": one negation said twice, not a trick question.
    expect(await both(monorepo(false), ENTRY, ['no-trick-question', 'toggle-state-clarity'])).toEqual({ eslint: [], checker: [] });
  });

  it('does not take a wrapper that returns something else than the form for a form', async () => {
    // The wrapper hands back its own object: `form.getInputProps` is not Mantine's, and nothing decides the switch.
    const wrapsTheForm = FORM_PACKAGE.replace('  return useForm<z.infer<TSchema>>({', '  const form = useForm<z.infer<TSchema>>({').replace(/\}\);\n\};\n$/, '});\n  return { ...form, submitting: form.submitting };\n};\n');
    expect(wrapsTheForm).toContain('return { ...form');
    expect(await both(monorepo(true, wrapsTheForm), ENTRY, ['no-preselected-consent'])).toEqual({ eslint: [], checker: [] });
  });
});
