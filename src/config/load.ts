/**
 * Find, read and validate the checker's config. JSON only, parsed with JSON.parse: the checker executes nothing
 * from the project it analyses, so a config cannot run code (which a `.js` config, as ESLint allows, would).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { presetRules, RULE_IDS, ruleMeta } from '../catalog/index.js';
import type { RuleConfig, RuleSetting } from '../engine/analyse.js';
import { ConfigError } from '../errors.js';
import { OptionsError, resolveOptions } from '../engine/run-checks.js';
import { CONFIG_SCHEMA_OPTIONS, schemaChecker } from '../settings/ajv.js';
import { describeSchemaError, resolveSettings, SettingsError, type ResolvedSettings } from '../settings/settings.js';
import { CONFIG_FILE_NAME, configSchema, PACKAGE_JSON_KEY, RULE_ENTRY_EXPECTED, type ConfigFile, type SeveritySetting } from './schema.js';

export { ConfigError };

export interface ResolvedConfig {
  /** The file the config came from; undefined when none was found (defaults apply). */
  filePath: string | undefined;
  rules: RuleConfig;
  settings: ResolvedSettings;
  /** Ignore patterns (.gitignore syntax) and the directory they are relative to. */
  ignores: { base: string; patterns: string[] };
}

export interface LoadConfigOptions {
  cwd: string;
  /** `--config <file>`: use this file (relative to cwd) and do not search. */
  configPath?: string;
}

/** Where a config lives: a config file, or the `"honest-ui"` key of a package.json. */
interface ConfigSource {
  filePath: string;
  /** The config is the `"honest-ui"` key of this package.json rather than the whole file. */
  fromPackageJson: boolean;
}

export function loadConfig(options: LoadConfigOptions): ResolvedConfig {
  const cwd = path.resolve(options.cwd);
  const source = options.configPath !== undefined ? namedSource(cwd, options.configPath) : findConfig(cwd);
  if (!source) return resolveConfig({}, undefined, cwd);
  const raw = readJson(source.filePath);
  const value = source.fromPackageJson ? (raw as Record<string, unknown>)[PACKAGE_JSON_KEY] : raw;
  return resolveConfig(value, source, path.dirname(source.filePath));
}

function namedSource(cwd: string, given: string): ConfigSource {
  const filePath = path.resolve(cwd, given);
  if (!existsSync(filePath)) throw new ConfigError(`cannot read config ${filePath}: no such file.`, filePath, '');
  // `--config package.json` means its "honest-ui" key; any other file is the config itself.
  return { filePath, fromPackageJson: path.basename(filePath) === 'package.json' };
}

/**
 * Walk up from `cwd` to the filesystem root; the nearest directory with a config file or a package.json that has
 * a `"honest-ui"` key wins (the config file first when a directory has both), as ESLint and Prettier search.
 */
export function findConfig(cwd: string): ConfigSource | undefined {
  for (let directory = cwd; ; directory = path.dirname(directory)) {
    const configFile = path.join(directory, CONFIG_FILE_NAME);
    if (existsSync(configFile)) return { filePath: configFile, fromPackageJson: false };
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest)) {
      const value = readJson(manifest);
      if (isObject(value) && Object.hasOwn(value, PACKAGE_JSON_KEY)) return { filePath: manifest, fromPackageJson: true };
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

function readJson(filePath: string): unknown {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${filePath}: ${error instanceof Error ? error.message : String(error)}.`, filePath, '');
  }
  try {
    // A UTF-8 byte order mark is legal in a file but not in JSON.parse's input.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = jsonErrorPosition(reason, text);
    throw new ConfigError(`invalid JSON in ${filePath}${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${reason.replace(/ in JSON at position \d+.*$/s, '')}.`, filePath, '');
  }
}

/**
 * Line and column (1-based) of a JSON.parse error. V8 reports an offset ("... in JSON at position 42"), and "Unexpected
 * end of JSON input" for a truncated file, whose error is at the end.
 */
export function jsonErrorPosition(message: string, text: string): { line: number; column: number } | undefined {
  const match = /at position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * A config given as a value rather than a file (`auditPage(page, { extends, rules, settings })`), validated by the
 * same schema; `where` names it in errors.
 */
export function resolveConfigValue(value: unknown, where: string, cwd = process.cwd()): ResolvedConfig {
  return resolveConfig(value, { filePath: where, fromPackageJson: false }, cwd);
}

// strictTuples is off because a rule entry is ["error"] or ["error", {options}]: a tuple with an optional item.
const checkConfig = schemaChecker(configSchema, CONFIG_SCHEMA_OPTIONS);

function resolveConfig(value: unknown, source: ConfigSource | undefined, base: string): ResolvedConfig {
  const filePath = source?.filePath;
  const where = filePath ? (source?.fromPackageJson ? `${filePath} ("${PACKAGE_JSON_KEY}" key)` : filePath) : 'config';
  // Without a config file the value is `{}`, which the schema accepts: nothing to validate, and ajv stays unloaded.
  if (source !== undefined) {
    const errors = checkConfig(value);
    if (errors.length > 0) throw schemaError(errors, where, filePath ?? '');
  }
  const config = value as ConfigFile;

  const rules = new Map(presetRules(config.extends ?? 'recommended'));
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    const [severity, options] = typeof entry === 'string' ? [entry, undefined] : entry;
    if (severity === 'off') {
      rules.delete(id);
      continue;
    }
    const meta = ruleMeta(id);
    if (!meta) continue; // unreachable: the schema lists every catalogue id and nothing else
    try {
      rules.set(id, { severity: severityNumber(severity), options: resolveOptions(meta, options) } satisfies RuleSetting);
    } catch (error) {
      if (!(error instanceof OptionsError)) throw error;
      // The schema has already checked the options against the same rule schema; kept so the two can't drift.
      throw new ConfigError(`invalid config in ${where}: ${error.message}`, filePath ?? '', `/rules/${id}/1${error.key}`);
    }
  }

  let settings: ResolvedSettings;
  try {
    settings = resolveSettings(config.settings, `settings in ${where}`);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    throw new ConfigError(error.message.replace(/^honest-ui: /, ''), filePath ?? '', `/settings${error.key}`);
  }

  return { filePath, rules, settings, ignores: { base, patterns: config.ignores ?? [] } };
}

function severityNumber(severity: Exclude<SeveritySetting, 'off'>): 1 | 2 {
  return severity === 'error' ? 2 : 1;
}

/**
 * One schema error, described for people. A rule entry fails both branches of its `oneOf`, so the error people
 * need is the deepest one (inside the options), or else a plain statement of what a rule entry may be.
 */
function schemaError(errors: ErrorObject[], where: string, filePath: string): ConfigError {
  const ranked = [...errors].sort((a, b) => depth(b.instancePath) - depth(a.instancePath));
  const deepest = ranked.find((error) => error.keyword !== 'oneOf') ?? ranked[0];
  if (!deepest) return new ConfigError(`invalid config in ${where}.`, filePath, '');

  let { key, message } = describeSchemaError(deepest, '');
  if (deepest.keyword === 'additionalProperties' && deepest.instancePath === '/rules') {
    const id = key.slice('/rules/'.length);
    message = `is not a known rule; known rules: ${RULE_IDS.join(', ')}`;
    if (id.startsWith('honest-ui/')) message = `is written with its prefix; write "${id.slice('honest-ui/'.length)}"`;
  } else if (/^\/rules\/[^/]+$/.test(deepest.instancePath) || /^\/rules\/[^/]+\/0$/.test(deepest.instancePath)) {
    key = deepest.instancePath.replace(/\/0$/, '');
    message = RULE_ENTRY_EXPECTED;
  }
  return new ConfigError(`invalid config in ${where}: ${key || '/'} ${message}.`, filePath, key);
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
