/**
 * schemaChecker (src/settings/ajv.ts): the config file and the settings are checked part by part, compiling only the
 * parts a value has, and must give exactly the answer, and on a failure exactly the errors, of the whole schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { CONFIG_SCHEMA_OPTIONS, lazyValidator, schemaChecker } from '../../src/settings/ajv.js';
import { settingsSchema } from '../../src/settings/schema.js';

const wholeConfig = lazyValidator(configSchema, CONFIG_SCHEMA_OPTIONS);
const checkConfig = schemaChecker(configSchema, CONFIG_SCHEMA_OPTIONS);

function wholeErrors(value: unknown) {
  const validate = wholeConfig();
  return validate(value) ? [] : (validate.errors ?? []);
}

/** Configs as teams write them, and as they mistype them. */
const CONFIGS: unknown[] = [
  {},
  { extends: 'strict' },
  { $schema: './node_modules/eslint-plugin-honest-ui/schema/config.json', extends: 'recommended', ignores: ['storybook-static/', '**/*.stories.tsx'] },
  { rules: { 'no-fine-print': ['error', { minFontSize: 12 }], 'no-false-urgency': 'off', 'consistent-choice-order': 'warn' } },
  { settings: { i18n: { defaultLocale: 'de', locales: ['de', 'en'], checkAllLocales: true }, rootFontSize: 18 } },
  { settings: { components: { Toggle: 'switch', 'Form.Check': { as: 'checkbox', checkedProp: 'isChecked' } }, polymorphicProps: ['as'] } },
  { settings: { lexicon: { languages: ['en', 'de'], extend: { contextTopics: { 'ai-training': ['teach our models'] } } } } },
  // Mistakes.
  { extends: 'strictest' },
  { rules: { 'honest-ui/no-fine-print': 'error' } },
  { rules: { 'no-fine-print': ['error', { minFontSize: 'small' }] } },
  { rules: { 'no-fine-print': 'on' } },
  { settings: { i18n: { defaultLocale: '' } } },
  { settings: { lexicon: { languages: ['xx'] } } },
  { settings: { rootFontSize: 0 } },
  { settings: { componets: {} } },
  { ignore: ['dist/'] },
  { ignores: [''] },
  [],
  null,
  'recommended',
];

describe('schemaChecker', () => {
  it('accepts exactly what the whole config schema accepts, and gives its errors for what it does not', () => {
    for (const config of CONFIGS) expect(checkConfig(config), JSON.stringify(config)).toEqual(wholeErrors(config));
  });

  it('agrees with the whole settings schema on values built from its own keys, valid or not', () => {
    const wholeSettings = lazyValidator(settingsSchema, CONFIG_SCHEMA_OPTIONS);
    const checkSettings = schemaChecker(settingsSchema, CONFIG_SCHEMA_OPTIONS);
    const anyValue = fc.oneof(fc.string(), fc.integer({ min: -2, max: 30 }), fc.boolean(), fc.constant(null), fc.array(fc.constantFrom('en', 'de', 'xx', 'as', '')), fc.dictionary(fc.constantFrom('defaultLocale', 'locales', 'checkAllLocales', 'Toggle', 'languages', 'typo'), fc.oneof(fc.string(), fc.boolean(), fc.constant('switch'), fc.array(fc.constantFrom('en', 'de')))));
    const settings = fc.dictionary(fc.constantFrom('components', 'polymorphicProps', 'rootFontSize', 'i18n', 'lexicon', 'typo'), anyValue);
    fc.assert(
      fc.property(settings, (value) => {
        const validate = wholeSettings();
        const expected = validate(value) ? [] : (validate.errors ?? []);
        expect(checkSettings(value)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('compiles only the parts a value has', () => {
    // A part that ajv's strict mode refuses to compile shows when it is compiled: never while no value has it.
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        broken: { type: 'string', notAKeyword: true },
        nested: { type: 'object', additionalProperties: false, properties: { ok: { type: 'boolean' }, broken: { notAKeyword: 1 } } },
      },
    };
    const check = schemaChecker(schema, { allErrors: true, strict: true });
    expect(check({ name: 'Ada', nested: { ok: true } })).toEqual([]);
    // A key the schema does not list fails at once; the whole schema is then compiled for its errors (and refused).
    expect(() => check({ name: 'Ada', other: 1 })).toThrow(/notAKeyword/);
    expect(() => check({ nested: { broken: 1 } })).toThrow(/notAKeyword/);
  });
});
