/**
 * The errors the command line turns into a one-line message and exit 2. They live in this leaf module so that the
 * CLI can recognise them without loading the config, settings and baseline modules (and ajv) that throw them; those
 * modules re-export them from here.
 */

/** Settings that cannot be used. */
export class SettingsError extends Error {
  constructor(
    message: string,
    /** JSON pointer of the offending key, such as `/components/Toggle`. */
    readonly key: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** A config that cannot be used: names the file, the key and what was expected. The CLI exits 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
    /** JSON pointer of the offending key, such as `/rules/no-fine-print/1/minFontSize`; '' for the whole file. */
    readonly key: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** A baseline file that cannot be used: names the file and what was expected. The CLI exits 2. */
export class BaselineError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
  ) {
    super(message);
    this.name = 'BaselineError';
  }
}
