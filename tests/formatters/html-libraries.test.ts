/**
 * The HTML report draws the choices of every preset library with the sizes and colours the library's default
 * theme gives them (src/libraries/): a cookie prompt per library, each choice measured (font size, weight, text
 * colour, fill, presentation) and drawn at that size, with no "unknown" left for what the theme decides.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import type { ChoiceSummary } from '../../src/engine/context-summary.js';
import { analyseProject, type FileDetails } from '../../src/engine/project.js';
import { html } from '../../src/formatters/html.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('html-libraries');

const TEXT = 'We use cookies for analytics and personalised advertising.';

/** One prompt per library, written the way each library's docs write a dialog. */
const PROMPTS: Record<string, { dependencies: Record<string, string>; file: string; code: string }> = {
  mui: {
    dependencies: { '@mui/material': '^6.4.0' },
    file: 'src/mui/CookieDialog.tsx',
    code: `import { Button, Dialog, DialogActions, DialogContent, DialogContentText } from '@mui/material';
export const CookieDialog = ({ open, onAccept, onReject }: Props) => (
  <Dialog open={open}>
    <DialogContent><DialogContentText>${TEXT}</DialogContentText></DialogContent>
    <DialogActions>
      <Button variant="outlined" onClick={onReject}>Reject all</Button>
      <Button variant="contained" onClick={onAccept}>Accept all</Button>
    </DialogActions>
  </Dialog>
);
`,
  },
  antd: {
    dependencies: { antd: '^5.22.0' },
    file: 'src/antd/CookieModal.tsx',
    code: `import { Modal, Typography } from 'antd';
export const CookieModal = ({ open, onAccept, onReject }: Props) => (
  <Modal open={open} title="Cookies" okText="Accept all" cancelText="Reject all" onOk={onAccept} onCancel={onReject}>
    <Typography.Paragraph>${TEXT}</Typography.Paragraph>
  </Modal>
);
`,
  },
  chakra: {
    dependencies: { '@chakra-ui/react': '^2.8.2' },
    file: 'src/chakra/CookieModal.tsx',
    code: `import { Button, Modal, ModalBody, ModalContent, ModalFooter, Text } from '@chakra-ui/react';
export const CookieModal = ({ isOpen, onAccept, onReject }: Props) => (
  <Modal isOpen={isOpen} onClose={onReject}>
    <ModalContent>
      <ModalBody><Text>${TEXT}</Text></ModalBody>
      <ModalFooter>
        <Button variant="outline" onClick={onReject}>Reject all</Button>
        <Button colorScheme="blue" onClick={onAccept}>Accept all</Button>
      </ModalFooter>
    </ModalContent>
  </Modal>
);
`,
  },
  mantine: {
    dependencies: { '@mantine/core': '^7.12.0' },
    file: 'src/mantine/CookieModal.tsx',
    code: `import { Button, Group, Modal, Text } from '@mantine/core';
export const CookieModal = ({ opened, onAccept, onReject }: Props) => (
  <Modal opened={opened} onClose={onReject} title="Cookies">
    <Text>${TEXT}</Text>
    <Group>
      <Button variant="default" onClick={onReject}>Reject all</Button>
      <Button onClick={onAccept}>Accept all</Button>
    </Group>
  </Modal>
);
`,
  },
  'react-bootstrap': {
    dependencies: { 'react-bootstrap': '^2.10.0', bootstrap: '^5.3.3' },
    file: 'src/bootstrap/CookieModal.tsx',
    code: `import { Button, Modal } from 'react-bootstrap';
export const CookieModal = ({ show, onAccept, onReject }: Props) => (
  <Modal show={show} onHide={onReject}>
    <Modal.Body>${TEXT}</Modal.Body>
    <Modal.Footer>
      <Button variant="outline-secondary" onClick={onReject}>Reject all</Button>
      <Button variant="primary" onClick={onAccept}>Accept all</Button>
    </Modal.Footer>
  </Modal>
);
`,
  },
  'react-cookie-consent': {
    dependencies: { 'react-cookie-consent': '^9.0.0' },
    file: 'src/cookie-consent/Bar.tsx',
    code: `import CookieConsent from 'react-cookie-consent';
export const Bar = () => (
  <CookieConsent enableDeclineButton buttonText="Accept all" declineButtonText="Reject all">${TEXT}</CookieConsent>
);
`,
  },
};

/** Radix, Headless UI and shadcn/ui draw nothing of their own: their look is the Tailwind classes they are given. */
const TAILWIND_PROMPTS: Record<string, { file: string; code: string }> = {
  radix: {
    file: 'src/radix/CookieDialog.tsx',
    code: `import * as Dialog from '@radix-ui/react-dialog';
export const CookieDialog = ({ open, onAccept, onReject }: Props) => (
  <Dialog.Root open={open}>
    <Dialog.Portal>
      <Dialog.Content className="fixed rounded-lg bg-white p-6 text-gray-900">
        <Dialog.Description className="text-sm">${TEXT}</Dialog.Description>
        <div className="mt-4 flex gap-3">
          <Dialog.Close className="rounded-md border border-gray-300 px-4 py-2 text-sm" onClick={onReject}>Reject all</Dialog.Close>
          <button className="rounded-md bg-blue-600 px-4 py-2 text-sm font-semibold text-white" onClick={onAccept}>Accept all</button>
        </div>
      </Dialog.Content>
    </Dialog.Portal>
  </Dialog.Root>
);
`,
  },
  headlessui: {
    file: 'src/headless/CookieDialog.tsx',
    code: `import { Dialog, DialogPanel } from '@headlessui/react';
export const CookieDialog = ({ open, onAccept, onReject }: Props) => (
  <Dialog open={open} onClose={onReject}>
    <DialogPanel className="rounded-lg bg-white p-6 text-gray-900">
      <p className="text-sm">${TEXT}</p>
      <button className="rounded-md bg-white px-3 py-2 text-sm ring-1 ring-gray-300" onClick={onReject}>Reject all</button>
      <button className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white" onClick={onAccept}>Accept all</button>
    </DialogPanel>
  </Dialog>
);
`,
  },
  shadcn: {
    file: 'src/shadcn/CookieDialog.tsx',
    code: `import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '@/components/ui/dialog';
export const CookieDialog = ({ open, onAccept, onReject }: Props) => (
  <Dialog open={open}>
    <DialogContent>
      <p className="text-sm">${TEXT}</p>
      <DialogFooter>
        <Button variant="outline" onClick={onReject}>Reject all</Button>
        <Button onClick={onAccept}>Accept all</Button>
      </DialogFooter>
    </DialogContent>
  </Dialog>
);
`,
  },
};

describe('the HTML report draws every preset library', () => {
  it('measures each choice from the library defaults and draws it at that size', async () => {
    const dependencies = Object.assign({ tailwindcss: '^4.0.0' }, ...Object.values(PROMPTS).map((p) => p.dependencies)) as Record<string, string>;
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'shop', private: true, dependencies }),
      // shadcn/ui's theme tokens, as `npx shadcn init` writes them into the global stylesheet.
      'src/main.tsx': `import './index.css';\n`,
      'src/index.css': `@import "tailwindcss";\n@theme inline { --color-primary: var(--primary); --color-primary-foreground: var(--primary-foreground); --color-background: var(--background); }\n:root { --primary: oklch(0.205 0 0); --primary-foreground: oklch(0.985 0 0); --background: oklch(1 0 0); }\n`,
    };
    for (const prompt of [...Object.values(PROMPTS), ...Object.values(TAILWIND_PROMPTS)]) files[prompt.file] = prompt.code;
    const dir = project(files);
    const details = new Map<string, FileDetails>();
    const rules = new Map(RULES.map((rule) => [rule.id, { severity: 2 as const, options: {} }]));
    const results = await analyseProject({ cwd: dir, paths: ['.'], settings: resolveSettings(undefined), rules, summariseContexts: true, onDetails: (file, found) => details.set(file, found) });

    for (const [library, prompt] of Object.entries({ ...PROMPTS, ...TAILWIND_PROMPTS })) {
      const contexts = details.get(path.join(dir, prompt.file))?.contexts ?? [];
      const choices: ChoiceSummary[] = contexts.flatMap((context) => context.choices);
      expect(choices.map((c) => c.kind).sort(), library).toEqual(['accept', 'decline']);
      for (const choice of choices) {
        const { style } = choice;
        const where = `${library} ${choice.label}`;
        expect(style.fontSize, where).toMatchObject({ known: true });
        expect(style.fontWeight, where).toMatchObject({ known: true });
        expect(style.color, where).toMatchObject({ known: true });
        expect(style.fill, where).toMatchObject({ known: true });
        expect(style.presentation, where).toMatchObject({ known: true });
        expect(style.padding, where).toMatchObject({ known: true });
      }
    }

    const page = html(results, { cwd: dir, color: false, details });
    // Every choice is drawn at its measured size: no mock-up falls back to an unknown font size.
    const mocks = [...page.matchAll(/<span class="mock"[^>]*style="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(mocks.length).toBeGreaterThanOrEqual(18);
    for (const css of mocks) expect(css).toMatch(/font-size:\s*\d/);
  });
});
