/**
 * The directory index rules out import and message-file candidates from folder listings (src/engine/directory-index.ts):
 * it may only say "missing" for a path the file system would not open.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryIndex } from '../../src/engine/directory-index.js';
import { analyseProject } from '../../src/engine/project.js';
import { recommendedRules } from '../../src/catalog/index.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('directory-index');

describe('DirectoryIndex', () => {
  const dir = project({
    'package.json': '{ "name": "shop" }',
    'src/components/Button.tsx': 'export const Button = () => null;\n',
    'src/components/index.ts': "export * from './Button';\n",
    'public/locales/de/translation.json': '{}',
  });

  it('knows a file its folder lists, and a folder its parent lists', () => {
    const index = new DirectoryIndex();
    expect(index.mayExist(path.join(dir, 'src/components/Button.tsx'))).toBe(true);
    expect(index.mayExist(path.join(dir, 'src/components'))).toBe(true);
    expect(index.mayExist(path.join(dir, 'public/locales/de/translation.json'))).toBe(true);
  });

  it('rules out candidates that are not there, however deep their missing folder', () => {
    const index = new DirectoryIndex();
    expect(index.mayExist(path.join(dir, 'src/components/Button.ts'))).toBe(false);
    expect(index.mayExist(path.join(dir, 'src/components/Button/index.tsx'))).toBe(false);
    expect(index.mayExist(path.join(dir, 'messages/en.json'))).toBe(false);
    expect(index.mayExist(path.join(dir, 'src/i18n/locales/en/common/translation.json'))).toBe(false);
    // A file where a folder would be: nothing is under it.
    expect(index.mayExist(path.join(dir, 'package.json/index.ts'))).toBe(false);
  });

  it('never rules out a path outside what it has listed (the file system root, an unlisted name)', () => {
    const index = new DirectoryIndex();
    expect(index.mayExist(path.parse(dir).root)).toBe(true);
    expect(index.mayExist(dir)).toBe(true);
  });

  it('answers from a listing it is given (the file discovery\'s) without listing that folder again', () => {
    const index = new DirectoryIndex();
    const components = path.join(dir, 'src/components');
    // As the discovery's walk saw the folder before Switch.tsx was written: the index keeps to that listing.
    index.seed(components, ['Button.tsx', 'index.ts']);
    const later = path.join(components, 'Switch.tsx');
    writeFileSync(later, 'export const Switch = () => null;\n');
    try {
      expect(index.mayExist(path.join(components, 'Button.tsx'))).toBe(true);
      expect(index.mayExist(later)).toBe(false);
      expect(new DirectoryIndex().mayExist(later)).toBe(true);
    } finally {
      rmSync(later);
    }
  });

  it('lists each folder once per index: a file created later is found by a new index (a new run)', () => {
    const index = new DirectoryIndex();
    const later = path.join(dir, 'src/components/Switch.tsx');
    expect(index.mayExist(later)).toBe(false);
    writeFileSync(later, 'export const Switch = () => null;\n');
    try {
      expect(index.mayExist(later)).toBe(false);
      expect(new DirectoryIndex().mayExist(later)).toBe(true);
    } finally {
      rmSync(later);
    }
  });
});

describe('the checker with the index: imports and message files are still found', () => {
  it('follows an import to a folder index and reads the only locale a project has', async () => {
    const dir = project({
      'package.json': '{ "name": "app", "dependencies": { "next-intl": "4.3.4" } }',
      'messages/de.json': JSON.stringify({ consent: { marketing: 'Ja, schickt mir Angebote und Neuigkeiten per E-Mail' } }),
      'src/ui/checkbox/index.tsx': "export function Checkbox(props: { defaultChecked?: boolean; label: string }) {\n  return <label><input type=\"checkbox\" defaultChecked={props.defaultChecked} />{props.label}</label>;\n}\n",
      'src/SignupOptIns.tsx': [
        "import { useTranslations } from 'next-intl';",
        "import { Checkbox } from './ui/checkbox';",
        '',
        'export function SignupOptIns() {',
        "  const t = useTranslations('consent');",
        "  return <Checkbox defaultChecked label={t('marketing')} />;",
        '}',
        '',
      ].join('\n'),
    });
    mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    const settings = resolveSettings({});
    const results = await analyseProject({ cwd: dir, paths: ['src'], settings, rules: recommendedRules() });
    const messages = results.flatMap((result) => result.messages.map((message) => `${path.basename(result.filePath)} ${message.ruleId}`));
    expect(messages).toContain('SignupOptIns.tsx honest-ui/no-preselected-consent');
  });
});
