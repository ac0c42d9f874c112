/**
 * The project's translated messages, read as data (JSON files are parsed, configuration modules are read as
 * syntax; nothing is executed). Where they are:
 * - named in settings: `i18n: { defaultLocale, locales, messages: ['public/locales/{locale}/{namespace}.json'] }`;
 * - else by the conventions each library documents, searched from the project root (the folder of the nearest
 *   package.json): react-i18next / i18next-http-backend `public/locales/{locale}/{namespace}.json`
 *   (github.com/i18next/i18next-http-backend: default loadPath `/locales/{{lng}}/{{ns}}.json`, served from
 *   `public/`), `locales/`, `src/locales/`, `src/i18n/locales/`, `src/assets/locales/`, one file per locale where a
 *   project keeps a single namespace; next-intl `messages/{locale}.json` (next-intl.dev/docs/getting-started);
 *   FormatJS `lang/{locale}.json` and `compiled-lang/{locale}.json` (formatjs.github.io/docs/getting-started/
 *   message-extraction), `src/lang/`, `src/i18n/`;
 * - or inline in an i18next configuration module (`i18n.ts`, `src/i18n.ts`, `src/i18n/index.ts`, `src/i18n/config.ts`):
 *   `init({ resources: { en: { translation: {...} } } })`, with JSON modules it imports as the values.
 * The default locale: settings' `defaultLocale`, else the configuration's `fallbackLng` / `lng` / `defaultLocale`
 * (i18next, next-intl's `defineRouting`), else the one built-in language the project has messages in when it has no
 * English ones, else `en`. The default namespace: the configuration's `defaultNS`, else
 * i18next's `translation` (i18next src/defaults.js).
 */
import { sha1Hex } from '../hash.js';
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import type { MessageRequest } from '../model/bindings.js';
import { forEachChild, propertyKeyName, unwrapExpression, type Node } from '../model/estree.js';
import { ModuleCache, ModuleResolver, type ReadFile } from './modules.js';
import { isInside } from '../paths.js';

/** Settings' `i18n` (src/settings/schema.ts). */
export interface I18nSettings {
  defaultLocale?: string;
  locales?: string[];
  messages?: string[];
  checkAllLocales?: boolean;
}

/** A message catalog: nested objects of strings (i18next, next-intl) or FormatJS's `{ id: string | { defaultMessage } }`. */
type Catalog = Record<string, unknown>;

interface ProjectI18n {
  root: string;
  defaultLocale: string;
  /**
   * The default locale is `en` for want of anything else: no configuration names one, and the default namespace has
   * no messages in English or in exactly one built-in language (a project whose only files are
   * `locales/it/onboarding.json`). A message is then read in the one built-in language that has it.
   */
  guessedLocale: boolean;
  defaultNamespace: string;
  /** Inline resources of the configuration module, by locale and namespace. */
  resources: Map<string, Map<string, Catalog>>;
  /**
   * Where next-intl's request configuration imports its messages from, as absolute paths with `{locale}`
   * (nextIntlMessages): read before the conventions.
   */
  requestMessages: readonly string[];
}

const CONFIG_MODULES = ['i18n.ts', 'i18n.js', 'src/i18n.ts', 'src/i18n.js', 'src/i18n/index.ts', 'src/i18n/index.js', 'src/i18n/config.ts', 'src/i18n/i18n.ts', 'src/lib/i18n.ts', 'src/i18n/routing.ts', 'i18n/routing.ts', 'src/i18n/request.ts', 'i18n/request.ts', 'i18n.config.ts'];

/** Catalog paths by library, relative to the project root; `{locale}` and `{namespace}` are filled in. */
const CONVENTIONS: Record<MessageRequest['library'], readonly string[]> = {
  i18next: [
    'public/locales/{locale}/{namespace}.json',
    'locales/{locale}/{namespace}.json',
    'src/locales/{locale}/{namespace}.json',
    'src/i18n/locales/{locale}/{namespace}.json',
    'src/assets/locales/{locale}/{namespace}.json',
    'public/static/locales/{locale}/{namespace}.json',
    'static/locales/{locale}/{namespace}.json',
    'src/locales/{locale}.json',
    'locales/{locale}.json',
    'src/i18n/{locale}.json',
    'src/i18n/locales/{locale}.json',
  ],
  'next-intl': ['messages/{locale}.json', 'src/messages/{locale}.json', 'locales/{locale}.json', 'src/locales/{locale}.json'],
  formatjs: ['lang/{locale}.json', 'compiled-lang/{locale}.json', 'src/lang/{locale}.json', 'src/i18n/{locale}.json', 'translations/{locale}.json', 'src/translations/{locale}.json', 'src/locales/{locale}.json', 'locales/{locale}.json'],
  // Tolgee: `staticData: { en: () => import('./i18n/en.json'), 'en:common': () => import('./i18n/common/en.json') }`
  // and BackendFetch's `public/i18n/{locale}.json` (docs.tolgee.io: providing static data, namespaces); the default
  // namespace is the empty one, whose files sit in the folder itself.
  tolgee: ['src/i18n/{locale}.json', 'public/i18n/{locale}.json', 'i18n/{locale}.json', 'src/i18n/{namespace}/{locale}.json', 'public/i18n/{namespace}/{locale}.json', 'i18n/{namespace}/{locale}.json'],
};

/** Every library's conventions, each path once (several libraries share `locales/{locale}.json` and others). */
const ALL_CONVENTIONS = [...new Set(Object.values(CONVENTIONS).flat())];

/** The languages of the built-in lexicons other than English: the ones a project's only locale is looked for in. */
const BUILT_IN_LOCALES = ['de', 'fr', 'es', 'it', 'nl', 'pt'] as const;

/** A file per locale holds one namespace: i18next's default. */
const SINGLE_NAMESPACE = /^(?!.*\{namespace\}).*$/;

/** Parsed message files by path and content, for the whole process: a catalog read by many files is parsed once per version. */
const catalogs = new Map<string, Catalog | null>();
const MAX_CATALOGS = 512;
/** The catalog lists a run keeps (see Locales.catalogLists): a project's libraries, locales and namespaces. */
const MAX_CATALOG_LISTS = 4096;

/**
 * The messages a run reads, through its reader (ProjectCache.locales: one per reader), so the configuration is read
 * as it is in that run (an editor session's next run sees edits); the parsed catalogs are shared.
 */
export class Locales {
  private readonly projects = new Map<string, ProjectI18n>();
  private readonly resolver: ModuleResolver;

  constructor(
    private readonly readFile: ReadFile,
    private readonly settings: I18nSettings = {},
    modules: ModuleCache = new ModuleCache(),
  ) {
    this.resolver = new ModuleResolver(readFile, modules);
  }

  /** The default locale of the project a file belongs to. */
  defaultLocale(file: string): string {
    return this.project(file).defaultLocale;
  }

  /**
   * The raw text of the message files a file may read (its namespaces and the default one, in the locales checked),
   * for the text pre-filter: words the file's copy may show.
   */
  catalogTexts(file: string, namespaces: readonly string[]): string[] {
    const project = this.project(file);
    // The files of a project ask for the same few namespaces: each set is looked up once per run (this reader's),
    // not once per file (a few hundred candidate paths where the locale is only a guess).
    const key = `${project.root}\0${[...new Set(namespaces)].sort().join('\0')}`;
    let texts = this.textsByNamespaces.get(key);
    if (!texts) this.textsByNamespaces.set(key, (texts = this.readCatalogTexts(project, namespaces)));
    return texts;
  }

  private readonly textsByNamespaces = new Map<string, string[]>();

  private readCatalogTexts(project: ProjectI18n, namespaces: readonly string[]): string[] {
    // A guessed default reads each message in the one built-in language that has it: all of them may lend words.
    const locales = this.settings.checkAllLocales && this.settings.locales?.length ? this.settings.locales : project.guessedLocale ? [project.defaultLocale, ...BUILT_IN_LOCALES] : [project.defaultLocale];
    const texts: string[] = [];
    for (const locale of locales) {
      for (const catalog of project.resources.get(locale)?.values() ?? []) texts.push(JSON.stringify(catalog));
      for (const library of ['i18next', 'next-intl', 'formatjs', 'tolgee'] as const) {
        const patterns = this.patterns(project, library);
        for (const pattern of patterns) {
          if (!this.mayHold(project.root, pattern)) continue;
          for (const namespace of new Set([...namespaces, project.defaultNamespace])) {
            const text = this.readFile(path.resolve(project.root, pattern.replaceAll('{locale}', locale).replaceAll('{namespace}', namespace)));
            if (text !== undefined && !texts.includes(text)) texts.push(text);
            if (!pattern.includes('{namespace}')) break;
          }
        }
      }
    }
    return texts;
  }

  /** The text of a message in `locale` (the default when undefined), falling back to the default locale as i18next does. */
  message(file: string, request: MessageRequest, locale: string | undefined): string | undefined {
    const project = this.project(file);
    const wanted = locale ?? project.defaultLocale;
    const found = this.lookUp(project, request, wanted);
    if (found === undefined && locale === undefined && project.guessedLocale) return this.onlyLanguageWith(project, request);
    // i18next's fallbackLng and Tolgee's fallbackLanguage show the default locale's message for a missing one.
    if (found !== undefined || wanted === project.defaultLocale || (request.library !== 'i18next' && request.library !== 'tolgee')) return found;
    return this.lookUp(project, request, project.defaultLocale);
  }

  /** The message in the one built-in language that has it, where the default locale is only a guess. */
  private onlyLanguageWith(project: ProjectI18n, request: MessageRequest): string | undefined {
    let only: string | undefined;
    for (const locale of BUILT_IN_LOCALES) {
      const message = this.lookUp(project, request, locale);
      if (message === undefined) continue;
      if (only !== undefined) return undefined;
      only = message;
    }
    return only;
  }

  private lookUp(project: ProjectI18n, request: MessageRequest, locale: string): string | undefined {
    const keys = request.library === 'i18next' && request.plural ? [request.key, `${request.key}_other`, `${request.key}_plural`, `${request.key}_one`] : [request.key];
    if (request.library === 'next-intl') {
      const fullKey = [...request.namespaces, request.key].filter(Boolean).join('.');
      for (const catalog of this.catalogsFor(project, 'next-intl', locale, undefined)) {
        const value = nested(catalog, fullKey);
        if (typeof value === 'string') return value;
      }
      return undefined;
    }
    if (request.library === 'tolgee') {
      // Flat keys as Tolgee exports them (`"order_title"`, `"settings.title"`), or nested by a structure delimiter.
      for (const catalog of this.catalogsFor(project, 'tolgee', locale, request.namespaces[0])) {
        const value = catalog[request.key] ?? nested(catalog, request.key);
        if (typeof value === 'string') return value;
      }
      return undefined;
    }
    if (request.library === 'formatjs') {
      for (const catalog of this.catalogsFor(project, 'formatjs', locale, undefined)) {
        const value = catalog[request.key];
        if (typeof value === 'string') return value;
        if (value && typeof value === 'object' && typeof (value as { defaultMessage?: unknown }).defaultMessage === 'string') return (value as { defaultMessage: string }).defaultMessage;
        if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') return (value as { message: string }).message;
      }
      return undefined;
    }
    const namespaces = request.namespaces.length > 0 ? request.namespaces : [project.defaultNamespace];
    for (const namespace of namespaces) {
      for (const catalog of this.catalogsFor(project, 'i18next', locale, namespace)) {
        for (const key of keys) {
          const value = catalog[key] ?? nested(catalog, key);
          if (typeof value === 'string') return value;
        }
      }
    }
    return undefined;
  }

  /**
   * The catalogs of each library, locale and namespace, by project: every message a file shows is looked up in
   * them, and each look-up tried every convention's path again (on a sample of 1,009 files of four apps, 16,000 of
   * the run's 32,000 path look-ups). A reader's run sees one state of the disk, as the projects above assume.
   */
  private readonly catalogLists = new Map<string, Catalog[]>();

  private catalogsFor(project: ProjectI18n, library: MessageRequest['library'], locale: string, namespace: string | undefined): Catalog[] {
    const key = `${project.root}\0${library}\0${locale}\0${namespace ?? '\0'}`;
    let catalogs = this.catalogLists.get(key);
    if (!catalogs) {
      if (this.catalogLists.size >= MAX_CATALOG_LISTS) this.catalogLists.clear();
      this.catalogLists.set(key, (catalogs = this.findCatalogs(project, library, locale, namespace)));
    }
    return catalogs;
  }

  private findCatalogs(project: ProjectI18n, library: MessageRequest['library'], locale: string, namespace: string | undefined): Catalog[] {
    const catalogs: Catalog[] = [];
    const inline = project.resources.get(locale);
    if (library === 'i18next' && inline) {
      const catalog = inline.get(namespace ?? project.defaultNamespace);
      if (catalog) catalogs.push(catalog);
    }
    for (const pattern of this.patterns(project, library)) {
      // A file per locale holds the default namespace only (a namespaced key is not in it).
      if (library === 'i18next' && SINGLE_NAMESPACE.test(pattern) && namespace !== undefined && namespace !== project.defaultNamespace) continue;
      // Tolgee's default namespace is the empty one: its files are the ones without a namespace folder.
      if (library === 'tolgee' && SINGLE_NAMESPACE.test(pattern) === (namespace !== undefined && namespace !== '')) continue;
      if (!this.mayHold(project.root, pattern)) continue;
      const relative = pattern.replaceAll('{locale}', locale).replaceAll('{namespace}', namespace ?? project.defaultNamespace);
      const catalog = this.catalog(path.resolve(project.root, relative));
      if (catalog) catalogs.push(catalog);
    }
    return catalogs;
  }

  /** Where a library's message files are: the settings', else the request configuration's and the conventions. */
  private patterns(project: ProjectI18n, library: MessageRequest['library']): readonly string[] {
    if (this.settings.messages && this.settings.messages.length > 0) return this.settings.messages;
    return library === 'next-intl' && project.requestMessages.length > 0 ? [...project.requestMessages, ...CONVENTIONS[library]] : CONVENTIONS[library];
  }

  /** Per run (this reader's): whether a folder exists, by its path; and by project root, whether the reader lists folders. */
  private readonly folders = new Map<string, boolean>();

  /**
   * Whether `pattern` may name a message file under `root`: not when the folder its fixed part names is missing
   * (`public/locales/` of `public/locales/{locale}/{namespace}.json`). Most conventions name folders a project does
   * not have, and each used to be tried once per locale and namespace: on plane's whole tree, where every package
   * is a project and English is only a guess, 11,422 paths were looked up for 171 now (in ESLint, a `stat` each). A
   * folder is asked of the reader once per run (ReadFile reads a folder by its path with a trailing separator); a
   * reader that does not list the project's own folder that way rules nothing out.
   */
  private mayHold(root: string, pattern: string): boolean {
    const slash = pattern.lastIndexOf('/', pattern.indexOf('{'));
    if (slash <= 0 || !pattern.includes('{')) return true;
    return !this.folderExists(root) || this.folderExists(path.resolve(root, pattern.slice(0, slash)));
  }

  private folderExists(folder: string): boolean {
    let exists = this.folders.get(folder);
    if (exists === undefined) this.folders.set(folder, (exists = this.readFile(`${folder}${path.sep}`) !== undefined));
    return exists;
  }

  private catalog(file: string): Catalog | undefined {
    const text = this.readFile(file);
    if (text === undefined) return undefined;
    const key = `${file}\0${sha1Hex(text)}`;
    let entry = catalogs.get(key);
    if (entry === undefined) {
      try {
        const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
        entry = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Catalog) : null;
      } catch {
        entry = null;
      }
      if (catalogs.size >= MAX_CATALOGS) catalogs.delete(catalogs.keys().next().value as string);
      catalogs.set(key, entry);
    }
    return entry ?? undefined;
  }

  /** The project a file belongs to: the folder of its nearest package.json, with its i18n configuration. */
  private project(file: string): ProjectI18n {
    const root = this.rootOf(path.dirname(file));
    let project = this.projects.get(root);
    if (!project) {
      project = this.readProject(root);
      this.projects.set(root, project);
    }
    return project;
  }

  /**
   * The folder of the nearest package.json. A file in no package belongs to the project of the folder its run
   * started in (the reader's runRoot), when it is inside it: its message files are where a project keeps them,
   * `public/locales/` beside `src/`, not under each component's folder (which were also looked in, for every
   * convention, once per folder). Outside it, or with a reader that names no folder, the file's own folder.
   */
  private rootOf(dir: string): string {
    const manifest = this.resolver.nearest(dir, ['package.json']);
    if (manifest) return path.dirname(manifest.file);
    const runRoot = this.readFile.runRoot;
    return runRoot !== undefined && isInside(runRoot, dir) ? runRoot : dir;
  }

  private readProject(root: string): ProjectI18n {
    const found: { fallbackLng?: string; lng?: string; defaultLocale?: string; defaultNS?: string } = {};
    const resources = new Map<string, Map<string, Catalog>>();
    for (const name of CONFIG_MODULES) {
      const file = path.join(root, name);
      const text = this.readFile(file);
      if (text === undefined) continue;
      const program = this.resolver.program(file, text);
      if (!program) continue;
      this.readConfig(program, file, found, resources);
    }
    const defaultNamespace = found.defaultNS ?? 'translation';
    const requestMessages = this.nextIntlMessages(root);
    const configured = this.settings.defaultLocale ?? found.defaultLocale ?? found.fallbackLng ?? found.lng;
    const only = configured === undefined ? this.onlyLocale(root, defaultNamespace, resources, requestMessages) : undefined;
    const defaultLocale = configured ?? (only === null ? undefined : only) ?? 'en';
    return { root, defaultLocale, guessedLocale: configured === undefined && only === undefined, defaultNamespace, resources, requestMessages };
  }

  /**
   * next-intl's messages where its request configuration loads them from a folder of its own. The Next.js config
   * names that module to the plugin (`createNextIntlPlugin('./src/i18n/request.ts')`, or `{ requestConfig }`;
   * next-intl.dev/docs/usage/plugin), else it is `i18n/request.ts` or `src/i18n/request.ts`. The module imports the
   * messages of the locale asked for (`(await import(`../../messages/${locale}.json`)).default`, as the docs write
   * it), itself or through a module it imports (a monorepo's translation package: `./mapping` with
   * `() => import(`./lang/${language}.json`)`): each such import is a message file for every locale. Read as syntax;
   * nothing is run.
   */
  private nextIntlMessages(root: string): string[] {
    const requestModule = this.nextIntlRequestModule(root);
    if (!requestModule) return [];
    const patterns = new Set<string>();
    const modules = [requestModule];
    for (let index = 0; index < modules.length && index < MAX_REQUEST_MODULES; index++) {
      const file = modules[index] as string;
      const text = this.readFile(file);
      const program = text === undefined ? undefined : this.resolver.program(file, text);
      if (!program || text === undefined) continue;
      for (const pattern of localeImports(program)) patterns.add(path.resolve(path.dirname(file), pattern));
      // One step further: the modules the request configuration imports from its own folders.
      if (index > 0) continue;
      for (const statement of program.body) {
        if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
        const source = String(statement.source.value);
        if (!source.startsWith('.')) continue;
        const target = this.resolver.resolve(file, source);
        if (target.kind === 'file' && !modules.includes(target.file)) modules.push(target.file);
      }
    }
    return [...patterns];
  }

  /** The module next-intl reads its request configuration from, for a Next.js app at `root`. */
  private nextIntlRequestModule(root: string): string | undefined {
    for (const name of NEXT_CONFIGS) {
      const file = path.join(root, name);
      const text = this.readFile(file);
      if (text === undefined || !text.includes('next-intl/plugin')) continue;
      const program = this.resolver.program(file, text);
      const named = program ? pluginRequestConfig(program) : undefined;
      if (named === undefined) break;
      const resolved = this.resolver.resolve(file, named.startsWith('.') ? named : `./${named}`);
      return resolved.kind === 'file' ? resolved.file : undefined;
    }
    for (const candidate of DEFAULT_REQUEST_MODULES) {
      const file = path.join(root, candidate);
      if (this.readFile(file) !== undefined) return file;
    }
    return undefined;
  }

  /**
   * With no locale configured, a project that keeps its messages in one built-in language only (`messages/de.json`
   * and no English) shows that language: it is the default. With English, English is the default. With none of them
   * for the default namespace, or several, English is only a guess (ProjectI18n.guessedLocale).
   */
  private onlyLocale(root: string, namespace: string, resources: ReadonlyMap<string, unknown>, requestMessages: readonly string[]): string | null | undefined {
    const has = (locale: string): boolean =>
      resources.has(locale) ||
      [...requestMessages, ...ALL_CONVENTIONS].some((pattern) => this.mayHold(root, pattern) && this.readFile(path.resolve(root, pattern.replaceAll('{locale}', locale).replaceAll('{namespace}', namespace))) !== undefined);
    // English is there: it is the default (null: found, and not another language).
    if (has('en')) return null;
    const present = BUILT_IN_LOCALES.filter(has);
    return present.length === 1 ? present[0] : undefined;
  }

  /** `fallbackLng`, `lng`, `defaultLocale`, `defaultNS` and `resources` wherever the module writes them as literals. */
  private readConfig(program: TSESTree.Program, file: string, found: { fallbackLng?: string; lng?: string; defaultLocale?: string; defaultNS?: string }, resources: Map<string, Map<string, Catalog>>): void {
    const jsonImports = new Map<string, string>();
    for (const statement of program.body) {
      if (statement.type !== 'ImportDeclaration') continue;
      const source = String(statement.source.value);
      const local = statement.specifiers.find((s) => s.type === 'ImportDefaultSpecifier')?.local.name;
      if (local && /\.json$/i.test(source)) jsonImports.set(local, source);
    }
    const stack: Node[] = [program];
    let visited = 0;
    for (let node = stack.pop(); node && visited < 20_000; node = stack.pop(), visited++) {
      if (node.type === 'Property') {
        const key = propertyKeyName(node);
        const value = unwrapExpression(node.value as Node);
        const text = value.type === 'Literal' && typeof value.value === 'string' ? value.value : value.type === 'ArrayExpression' && value.elements[0]?.type === 'Literal' && typeof value.elements[0].value === 'string' ? value.elements[0].value : undefined;
        if ((key === 'fallbackLng' || key === 'lng' || key === 'defaultLocale' || key === 'defaultNS') && text !== undefined && found[key] === undefined) found[key] = text;
        if (key === 'resources' && value.type === 'ObjectExpression') this.readResources(value, file, jsonImports, resources);
      }
      forEachChild(node, (child) => stack.push(child));
    }
  }

  private readResources(object: TSESTree.ObjectExpression, file: string, jsonImports: ReadonlyMap<string, string>, resources: Map<string, Map<string, Catalog>>): void {
    for (const byLocale of object.properties) {
      const locale = byLocale.type === 'Property' ? propertyKeyName(byLocale) : undefined;
      const namespaces = byLocale.type === 'Property' ? unwrapExpression(byLocale.value as Node) : undefined;
      if (!locale || namespaces?.type !== 'ObjectExpression') continue;
      const map = resources.get(locale) ?? new Map<string, Catalog>();
      for (const byNamespace of namespaces.properties) {
        const namespace = byNamespace.type === 'Property' ? propertyKeyName(byNamespace) : undefined;
        if (!namespace || byNamespace.type !== 'Property') continue;
        const value = unwrapExpression(byNamespace.value as Node);
        const imported = value.type === 'Identifier' ? jsonImports.get(value.name) : undefined;
        const catalog = value.type === 'ObjectExpression' ? literalObject(value) : imported ? this.catalog(path.resolve(path.dirname(file), imported)) : undefined;
        if (catalog) map.set(namespace, catalog);
      }
      resources.set(locale, map);
    }
  }
}

/** The Next.js config files, in the order Next.js looks for them. */
const NEXT_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.mts', 'next.config.cjs'];
/** Where next-intl looks for its request configuration when the plugin is not told (next-intl.dev/docs/usage/plugin). */
const DEFAULT_REQUEST_MODULES = ['i18n/request.ts', 'i18n/request.tsx', 'i18n/request.js', 'src/i18n/request.ts', 'src/i18n/request.tsx', 'src/i18n/request.js'];
/** The request configuration and the modules it imports: a few, not a project's every module. */
const MAX_REQUEST_MODULES = 12;

/**
 * The path a Next.js config gives next-intl's plugin: `createNextIntlPlugin('./i18n.ts')` or
 * `createNextIntlPlugin({ requestConfig: './i18n.ts' })`, the plugin being the default import of `next-intl/plugin`.
 * Undefined where the config calls it with no path (its default modules apply) or not at all.
 */
function pluginRequestConfig(program: TSESTree.Program): string | undefined {
  let plugin: string | undefined;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && statement.source.value === 'next-intl/plugin') plugin = statement.specifiers.find((s) => s.type === 'ImportDefaultSpecifier')?.local.name;
  }
  if (!plugin) return undefined;
  let found: string | undefined;
  const stack: Node[] = [program];
  for (let node = stack.pop(); node && found === undefined; node = stack.pop()) {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === plugin) {
      const argument = node.arguments[0] && unwrapExpression(node.arguments[0] as Node);
      if (argument?.type === 'Literal' && typeof argument.value === 'string') found = argument.value;
      if (argument?.type === 'ObjectExpression') {
        for (const property of argument.properties) {
          const value = property.type === 'Property' && propertyKeyName(property) === 'requestConfig' ? unwrapExpression(property.value as Node) : undefined;
          if (value?.type === 'Literal' && typeof value.value === 'string') found = value.value;
        }
      }
      break;
    }
    forEachChild(node, (child) => stack.push(child));
  }
  return found;
}

/**
 * The message files a module imports by locale: `import(`./lang/${locale}.json`)`, a template of one value ending in
 * `.json`, as a path with `{locale}` relative to the module.
 */
function localeImports(program: TSESTree.Program): string[] {
  const patterns: string[] = [];
  const stack: Node[] = [program];
  for (let node = stack.pop(), visited = 0; node && visited < 20_000; node = stack.pop(), visited++) {
    if (node.type === 'ImportExpression' && node.source.type === 'TemplateLiteral' && node.source.expressions.length === 1) {
      const [before, after] = node.source.quasis.map((quasi) => quasi.value.cooked ?? '');
      if (before !== undefined && after !== undefined && before.startsWith('.') && /\.json$/i.test(after) && !before.includes('${')) patterns.push(`${before}{locale}${after}`);
    }
    forEachChild(node, (child) => stack.push(child));
  }
  return patterns;
}

/** `a.b.c` in nested objects. */
function nested(catalog: Catalog, key: string): unknown {
  let current: unknown = catalog;
  for (const part of key.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** An object literal of string literals (nested), as data; other values are left out. */
function literalObject(object: TSESTree.ObjectExpression, depth = 0): Catalog | undefined {
  if (depth > 16) return undefined;
  const out: Catalog = {};
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property);
    const value = unwrapExpression(property.value as Node);
    if (key === undefined) continue;
    if (value.type === 'Literal' && typeof value.value === 'string') out[key] = value.value;
    else if (value.type === 'TemplateLiteral' && value.expressions.length === 0) out[key] = value.quasis[0]?.value.cooked ?? '';
    else if (value.type === 'ObjectExpression') out[key] = literalObject(value, depth + 1);
  }
  return out;
}

