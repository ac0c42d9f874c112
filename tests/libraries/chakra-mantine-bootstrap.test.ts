/**
 * Chakra UI (v2 and v3, by the installed major), Mantine and Bootstrap / React-Bootstrap as data: default button
 * variants and sizes, text style props, dialog and stack layout, through the checker and ESLint alike.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseProject, type FileDetails } from '../../src/engine/project.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('libraries');

async function findings(files: Record<string, string>, file: string): Promise<string[]> {
  const dir = project(files);
  const { checker, eslint } = await bothDoors(dir, file);
  expect(eslint).toEqual(checker);
  return checker;
}

const CHAKRA_V2 = `import { Button, Modal, ModalBody, ModalContent, ModalFooter, ModalHeader, ModalOverlay, Text } from '@chakra-ui/react';

export function CookieModal({ isOpen, onAccept, onReject }: { isOpen: boolean; onAccept: () => void; onReject: () => void }) {
  return (
    <Modal isOpen={isOpen} onClose={onReject} isCentered>
      <ModalOverlay />
      <ModalContent>
        <ModalHeader>Cookies</ModalHeader>
        <ModalBody>
          <Text>We use cookies for analytics and personalised advertising.</Text>
        </ModalBody>
        <ModalFooter gap={3}>
          <Button variant="outline" size="sm" onClick={onReject}>Reject all</Button>
          <Button colorScheme="blue" onClick={onAccept}>Accept all</Button>
        </ModalFooter>
      </ModalContent>
    </Modal>
  );
}
`;

describe('Chakra UI', () => {
  it('draws a v2 small outline decline at 14px beside a 16px solid accept, but a v3 one at equal size', async () => {
    const v2 = await findings({ 'package.json': JSON.stringify({ dependencies: { '@chakra-ui/react': '^2.8.2' } }), 'src/CookieModal.tsx': CHAKRA_V2 }, 'src/CookieModal.tsx');
    expect(v2).toEqual(['13:11 no-unbalanced-choices weakerDecline']);
    // v3: an sm and an md button both have textStyle sm (14px); outline vs solid is one step of emphasis.
    const v3 = await findings({ 'package.json': JSON.stringify({ dependencies: { '@chakra-ui/react': '^3.2.0' } }), 'src/CookieModal.tsx': CHAKRA_V2 }, 'src/CookieModal.tsx');
    expect(v3).toEqual([]);
    // Without a version the sizes the two majors disagree on are unknown: nothing to report.
    const unknown = await findings({ 'package.json': JSON.stringify({ name: 'shop' }), 'src/CookieModal.tsx': CHAKRA_V2 }, 'src/CookieModal.tsx');
    expect(unknown).toEqual([]);
  });

  it('reads text style props (fontSize="xs", color="gray.400") and buries a disclosure after a v3 Dialog.Footer', async () => {
    const found = await findings(
      {
        'package.json': JSON.stringify({ dependencies: { '@chakra-ui/react': '^3.2.0' } }),
        'src/CookieDialog.tsx': `import { Button, Dialog, Portal, Text } from '@chakra-ui/react';

export function CookieDialog({ open, onAccept }: { open: boolean; onAccept: () => void }) {
  return (
    <Dialog.Root open={open}>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <Dialog.Header><Dialog.Title>Cookies</Dialog.Title></Dialog.Header>
            <Dialog.Body><Text>We use cookies to improve your experience.</Text></Dialog.Body>
            <Dialog.Footer>
              <Button size="lg" onClick={onAccept}>Accept all</Button>
            </Dialog.Footer>
            <Text fontSize="xs" color="gray.400" px={6} pb={4}>By accepting, we share your browsing data with 42 advertising partners.</Text>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
`,
      },
      'src/CookieDialog.tsx',
    );
    expect(found.filter((f) => !f.includes('require-decline'))).toEqual(['15:13 no-buried-consent buriedDisclosure', '15:13 no-fine-print lowContrast', '15:13 no-fine-print smallerThanChoice']);
  });

  /** A preferences modal as Chakra v2's Accordion docs build one: each purpose's header is an AccordionButton. */
  const PREFERENCES = (marketingDefault: boolean) => `import {
  Accordion, AccordionButton, AccordionIcon, AccordionItem, AccordionPanel, Box, Button, Flex,
  Modal, ModalBody, ModalContent, ModalFooter, ModalHeader, ModalOverlay, Switch, Text,
} from '@chakra-ui/react';
import { useState } from 'react';
import { saveConsent } from '@/lib/consent';

export function PrivacyPreferencesModal({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const [analytics, setAnalytics] = useState(false);
  const [marketing, setMarketing] = useState(${marketingDefault});
  const save = (choices: { analytics: boolean; marketing: boolean }) => saveConsent(choices).then(onClose);

  return (
    <Modal isOpen={isOpen} onClose={onClose} size="lg">
      <ModalOverlay />
      <ModalContent>
        <ModalHeader>Privacy preferences</ModalHeader>
        <ModalBody>
          <Text mb={4}>Choose which cookies we may use. You can change this at any time in your account settings.</Text>
          <Accordion allowMultiple>
            <AccordionItem>
              <AccordionButton>
                <Box as="span" flex="1" textAlign="left">Analytics consent</Box>
                <AccordionIcon />
              </AccordionButton>
              <AccordionPanel>
                <Flex justify="space-between" align="center" gap={4}>
                  <Text>Measure how the site is used with Google Analytics.</Text>
                  <Switch isChecked={analytics} onChange={(e) => setAnalytics(e.target.checked)} />
                </Flex>
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem>
              <AccordionButton>
                <Box as="span" flex="1" textAlign="left">Marketing consent</Box>
                <AccordionIcon />
              </AccordionButton>
              <AccordionPanel>
                <Flex justify="space-between" align="center" gap={4}>
                  <Text>Share your visits with our advertising partners for personalised ads.</Text>
                  <Switch isChecked={marketing} onChange={(e) => setMarketing(e.target.checked)} />
                </Flex>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </ModalBody>
        <ModalFooter gap={3}>
          <Button colorScheme="blue" onClick={() => save({ analytics: false, marketing: false })}>Reject all</Button>
          <Button colorScheme="blue" onClick={() => save({ analytics, marketing })}>Save my choices</Button>
          <Button colorScheme="blue" onClick={() => save({ analytics: true, marketing: true })}>Accept all</Button>
        </ModalFooter>
      </ModalContent>
    </Modal>
  );
}
`;

  it("reads an AccordionButton as its section's title, not a choice: the purposes' switches sit under their headers", async () => {
    const files = (marketingDefault: boolean) => ({ 'package.json': JSON.stringify({ dependencies: { '@chakra-ui/react': '^2.8.2' } }), 'src/PrivacyPreferencesModal.tsx': PREFERENCES(marketingDefault) });
    expect(await findings(files(false), 'src/PrivacyPreferencesModal.tsx')).toEqual([]);
    expect(await findings(files(true), 'src/PrivacyPreferencesModal.tsx')).toEqual(['41:19 no-preselected-consent preselected']);
  });

  it('offers no choice in an admin page whose accordion header names consent (the header is no accept without a decline)', async () => {
    const page = `import { Accordion, AccordionButton, AccordionIcon, AccordionItem, AccordionPanel, Box, Button, HStack, Select, SimpleGrid, Text } from '@chakra-ui/react';
import { Field, Form, Formik } from 'formik';
import { usePatchConsentMappingMutation } from '@/features/integrations/integrations.slice';
import type { EmailList, PrivacyNotice } from '@/types/api';

export function ConsentSyncPanel({ integrationKey, lists, notices }: { integrationKey: string; lists: EmailList[]; notices: PrivacyNotice[] }) {
  const [patchMapping] = usePatchConsentMappingMutation();
  if (!lists.length) return null;

  return (
    <Box borderWidth="1px" borderRadius="md">
      <Accordion allowToggle>
        <AccordionItem border="none">
          <AccordionButton>
            <Box as="span" flex="1" textAlign="left">
              <Text as="h2" fontWeight="semibold" fontSize="sm">Email consent</Text>
            </Box>
            <AccordionIcon />
          </AccordionButton>
          <AccordionPanel p={5} fontSize="sm">
            <Text mb={7}>Map the lists of your email provider to privacy notices, so that a change of consent in either place is kept in step.</Text>
            <Formik initialValues={{ mapping: {} as Record<string, string> }} onSubmit={(values) => patchMapping({ integrationKey, ...values })}>
              {({ isSubmitting }) => (
                <Form>
                  <SimpleGrid columns={2} spacing={3}>
                    {lists.map((list) => (
                      <Field key={list.id} as={Select} name={\`mapping.\${list.id}\`} placeholder={list.name}>
                        {notices.map((notice) => <option key={notice.key} value={notice.key}>{notice.name}</option>)}
                      </Field>
                    ))}
                  </SimpleGrid>
                  <HStack justifyContent="flex-end" mt={3}>
                    <Button type="submit" colorScheme="blue" size="sm" isLoading={isSubmitting}>Save</Button>
                  </HStack>
                </Form>
              )}
            </Formik>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Box>
  );
}
`;
    expect(await findings({ 'package.json': JSON.stringify({ dependencies: { '@chakra-ui/react': '^2.8.2', formik: '^2.4.6' } }), 'src/ConsentSyncPanel.tsx': page }, 'src/ConsentSyncPanel.tsx')).toEqual([]);
  });
});

describe("Chakra UI: a project theme's button styles", () => {
  const BANNER = (decline: string) => `import { useState } from 'react';
import { Box, Button, HStack, Text } from '@chakra-ui/react';
import { useConsent } from '@/consent/useConsent';

export function ConsentBanner() {
  const { decided, save } = useConsent();
  const [busy, setBusy] = useState(false);
  if (decided) return null;
  const decide = async (granted: boolean) => {
    setBusy(true);
    await save({ analytics: granted, ads: granted });
  };
  return (
    <Box as="section" position="fixed" bottom={0} insetX={0} bg="white" p={4} shadow="lg">
      <Text>We use cookies to measure which shows you play and to show you personalised ads on other sites.</Text>
      <HStack mt={3} spacing={3}>
        <Button isLoading={busy} onClick={() => decide(true)}>Accept all</Button>
        <Button variant="${decline}" isLoading={busy} onClick={() => decide(false)}>Reject all</Button>
      </HStack>
    </Box>
  );
}
`;
  const PROVIDERS = (prop: string) => `import type { ReactNode } from 'react';
import { ChakraProvider } from '@chakra-ui/react';
import { theme } from '../theme';
import { ConsentBanner } from '../ConsentBanner';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ChakraProvider ${prop}={theme}>
      {children}
      <ConsentBanner />
    </ChakraProvider>
  );
}
`;
  const V2_BUTTON = (baseStyle: string) => `import { defineStyle, defineStyleConfig } from '@chakra-ui/react';

const quiet = defineStyle({ bg: 'transparent', color: 'gray.500', fontSize: 'xs', fontWeight: 'normal', px: 0 });

// Two filled variants for equal actions, and a quiet one for tertiary links.
export const Button = defineStyleConfig({
  baseStyle: ${baseStyle},
  sizes: { md: { fontSize: 'md', h: 11, px: 5 } },
  variants: {
    primary: { bg: 'purple.600', color: 'white', _hover: { bg: 'purple.700' } },
    secondary: { bg: 'gray.700', color: 'white', _hover: { bg: 'gray.800' } },
    quiet,
  },
  defaultProps: { size: 'md', variant: 'primary' },
});
`;
  const v2 = (decline: string, baseStyle = "{ fontWeight: 'semibold', borderRadius: 'lg' }") => ({
    'package.json': JSON.stringify({ dependencies: { '@chakra-ui/react': '^2.10.3' } }),
    'src/theme/components/button.ts': V2_BUTTON(baseStyle),
    'src/theme/index.ts': `import { extendTheme } from '@chakra-ui/react';
import { Button } from './components/button';

export const theme = extendTheme({ fonts: { body: 'Inter, sans-serif' }, components: { Button } });
`,
    'src/app/Providers.tsx': PROVIDERS('theme'),
    'src/ConsentBanner.tsx': BANNER(decline),
  });

  it("reads a v2 style config (defineStyleConfig): its variants, sizes, base style and default props", async () => {
    // The theme's secondary is as filled as its default primary: an equal choice.
    expect(await findings(v2('secondary'), 'src/ConsentBanner.tsx')).toEqual([]);
    // Its quiet variant is 12px grey text with no fill.
    expect(await findings(v2('quiet'), 'src/ConsentBanner.tsx')).toEqual(['18:9 no-unbalanced-choices weakerDecline']);
  });

  it('leaves a button whose style config is not data (a base style computed from props) unknown', async () => {
    expect(await findings(v2('quiet', "({ colorScheme }) => ({ fontWeight: 'semibold', color: `${colorScheme}.600` })"), 'src/ConsentBanner.tsx')).toEqual([]);
  });

  it('reads a v3 recipe (defineRecipe) in the system config: variants by prop, default variants', async () => {
    const files = (decline: string) => ({
      'package.json': JSON.stringify({ dependencies: { '@chakra-ui/react': '^3.2.0' } }),
      'src/theme/index.ts': `import { createSystem, defaultConfig, defineConfig, defineRecipe } from '@chakra-ui/react';

const buttonRecipe = defineRecipe({
  base: { fontWeight: 'semibold' },
  variants: {
    variant: {
      brand: { bg: 'teal.600', color: 'white' },
      muted: { bg: 'gray.900', color: 'white' },
      quiet: { bg: 'transparent', color: 'gray.500', fontSize: 'xs', fontWeight: 'normal' },
    },
  },
  defaultVariants: { variant: 'brand', size: 'md' },
});

export const theme = createSystem(defaultConfig, defineConfig({ theme: { recipes: { button: buttonRecipe } } }));
`,
      'src/app/Providers.tsx': PROVIDERS('value'),
      'src/ConsentBanner.tsx': BANNER(decline),
    });
    expect(await findings(files('muted'), 'src/ConsentBanner.tsx')).toEqual([]);
    expect(await findings(files('quiet'), 'src/ConsentBanner.tsx')).toEqual(['18:9 no-unbalanced-choices weakerDecline']);
  });
});

describe('Mantine', () => {
  it('finds dimmed xs text and a subtle sm decline beside a filled md accept; stays silent on default sizes', async () => {
    const dialog = (textProps: string, declineProps: string, acceptProps: string) => `import { Button, Group, Modal, Stack, Text } from '@mantine/core';

export function SmartNotesOptIn({ opened, onAccept, onDecline }: { opened: boolean; onAccept: () => void; onDecline: () => void }) {
  return (
    <Modal opened={opened} onClose={onDecline} title="Smart notes">
      <Stack>
        <Text>Turn on smart notes to summarise your meetings with AI.</Text>
        <Text ${textProps}>We copy your recordings to our AI provider and keep them for 18 months to train our models.</Text>
        <Group justify="flex-end">
          <Button ${declineProps} onClick={onDecline}>Decline</Button>
          <Button ${acceptProps} onClick={onAccept}>Turn on smart notes</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
`;
    const pkg = JSON.stringify({ dependencies: { '@mantine/core': '^7.12.0' } });
    const bad = await findings({ 'package.json': pkg, 'src/OptIn.tsx': dialog('size="xs" c="dimmed"', 'variant="subtle" color="gray"', 'size="md"') }, 'src/OptIn.tsx');
    expect(bad).toEqual(['10:11 no-unbalanced-choices weakerDecline', '8:9 no-fine-print lowContrast', '8:9 no-fine-print smallerThanChoice']);
    const good = await findings({ 'package.json': pkg, 'src/OptIn.tsx': dialog('size="sm"', 'variant="default"', '') }, 'src/OptIn.tsx');
    expect(good).toEqual([]);
  });

  it("keeps a Popover's confirm to its own layer: a moderation toolbar's Yes buries nothing on the page", async () => {
    const files = {
      'package.json': JSON.stringify({ dependencies: { '@mantine/core': '^7.12.0' } }),
      // A confirm popover as civitai writes one: the target passes through when disabled.
      'src/components/PopConfirm.tsx': `import type { PopoverProps } from '@mantine/core';
import { Button, Group, Popover, Stack } from '@mantine/core';
import React, { useState } from 'react';

export function PopConfirm({ children, enabled = true, message = 'Are you sure?', onConfirm, ...popoverProps }: { children: React.ReactElement; message?: React.ReactNode; onConfirm?: () => void; enabled?: boolean } & Omit<PopoverProps, 'opened' | 'onChange'>) {
  const [opened, setOpened] = useState(false);
  if (!enabled) return children;

  return (
    <Popover {...popoverProps} opened={opened} onChange={setOpened}>
      <Popover.Target>{React.cloneElement(children, { onClick: () => setOpened((o) => !o) })}</Popover.Target>
      <Popover.Dropdown>
        <Stack>
          {message}
          <Group gap={8} justify="flex-end">
            <Button variant="default" size="compact-sm" onClick={() => setOpened(false)}>No</Button>
            <Button size="compact-sm" onClick={() => { onConfirm?.(); setOpened(false); }}>Yes</Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
`,
      'src/pages/ReviewQueue.tsx': `import { ActionIcon, Chip, Group, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { PopConfirm } from '../components/PopConfirm';
import { useReviewQueue } from '@/hooks/useReviewQueue';

export function ReviewQueue() {
  const { selected, approveSelected } = useReviewQueue();
  const [humanReview, setHumanReview] = useState(false);
  return (
    <Stack gap="sm">
      <Group gap={4}>
        <PopConfirm message={\`Approve \${selected.length} image(s)?\`} onConfirm={approveSelected}>
          <ActionIcon variant="outline" color="green" aria-label="Approve selected"><IconCheck size={18} /></ActionIcon>
        </PopConfirm>
      </Group>
      <Text c="dimmed">Items waiting for a moderator. Uploads flagged by the classifier go to human review.</Text>
      <Chip checked={humanReview} onChange={() => setHumanReview((v) => !v)}>
        <span>Needs human review</span>
      </Chip>
    </Stack>
  );
}
`,
    };
    expect(await findings(files, 'src/pages/ReviewQueue.tsx')).toEqual([]);
  });
});

describe('Bootstrap', () => {
  const MODAL = `import { Button, Modal } from 'react-bootstrap';

export function OffersModal({ show, onYes, onNo }: { show: boolean; onYes: () => void; onNo: () => void }) {
  return (
    <Modal show={show} onHide={onNo} centered>
      <Modal.Header closeButton><Modal.Title>Personalised offers</Modal.Title></Modal.Header>
      <Modal.Body>
        <p>Get offers picked for you from the shops you use.</p>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="link" size="sm" onClick={onNo}>No thanks</Button>
        <Button onClick={onYes}>Yes, show me offers</Button>
      </Modal.Footer>
    </Modal>
  );
}
`;

  it("resolves React-Bootstrap's variants and sizes through Bootstrap's own classes", async () => {
    const found = await findings({ 'package.json': JSON.stringify({ dependencies: { bootstrap: '^5.3.3', 'react-bootstrap': '^2.10.0' } }), 'src/OffersModal.tsx': MODAL }, 'src/OffersModal.tsx');
    expect(found).toEqual(['11:9 no-unbalanced-choices weakerDecline']);
  });

  it('resolves Bootstrap classes on plain elements where the app imports its stylesheet, and not where it does not', async () => {
    const banner = `import 'bootstrap/dist/css/bootstrap.min.css';

export function CookieBanner({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {
  return (
    <div className="fixed-bottom bg-white p-3 d-flex flex-column" role="dialog" aria-label="Cookies">
      <p className="mb-2">We use cookies for analytics and personalised advertising.</p>
      <button type="button" className="btn btn-primary" onClick={onAccept}>Accept all</button>
      <small className="text-muted">We share your browsing history with our advertising partners.</small>
      <button type="button" className="btn btn-link btn-sm" onClick={onReject}>Reject all</button>
    </div>
  );
}
`;
    const found = await findings({ 'package.json': JSON.stringify({ name: 'shop' }), 'src/CookieBanner.tsx': banner }, 'src/CookieBanner.tsx');
    // The <small> also comes after "Accept all" in the flex column.
    expect(found).toEqual(['8:7 no-buried-consent buriedDisclosure', '8:7 no-fine-print smallElement', '9:7 no-unbalanced-choices weakerDecline']);
    const without = await findings({ 'package.json': JSON.stringify({ name: 'shop' }), 'src/CookieBanner.tsx': banner.replace("import 'bootstrap/dist/css/bootstrap.min.css';\n", '') }, 'src/CookieBanner.tsx');
    // Without Bootstrap's sheet (one line up, no import) the link button's classes style nothing: no measured imbalance.
    expect(without.filter((f) => f.includes('unbalanced') || f.includes('fine-print'))).toEqual(['7:7 no-fine-print smallElement']);
  });
});

describe('class names shared by Bootstrap and Tailwind', () => {
  it('reads p-3 as Bootstrap (1rem) in a Bootstrap app and as Tailwind (0.75rem) in a Tailwind one, never by its shape', async () => {
    const banner = `export function CookieBanner({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {
  return (
    <div role="dialog" aria-label="Cookies">
      <p>We use cookies for analytics and personalised advertising.</p>
      <button className="p-3" onClick={onReject}>Reject all</button>
      <button className="p-3" onClick={onAccept}>Accept all</button>
    </div>
  );
}
`;
    const padding = async (dependencies: Record<string, string>): Promise<unknown> => {
      const dir = project({ 'package.json': JSON.stringify({ dependencies }), 'src/CookieBanner.tsx': banner });
      const details = new Map<string, FileDetails>();
      await analyseProject({ cwd: dir, paths: ['.'], settings: resolveSettings(undefined), rules: new Map(), summariseContexts: true, onDetails: (file, found) => details.set(file, found) });
      return details.get(path.join(dir, 'src/CookieBanner.tsx'))?.contexts?.[0]?.choices[0]?.style.padding;
    };
    expect(await padding({ bootstrap: '^5.3.3' })).toEqual({ known: true, value: [16, 16, 16, 16] });
    expect(await padding({ tailwindcss: '^3.4.0' })).toEqual({ known: true, value: [12, 12, 12, 12] });
    // Neither: a class no stylesheet in scope defines, over the browser's button padding.
    expect(await padding({ react: '^18.3.0' })).toEqual({ known: true, value: [1, 6, 1, 6] });
  });
});
