import { ESLintUtils } from '@typescript-eslint/utils';
import { ruleDocsUrl } from '../src/package-info.js';

export interface HonestUiDocs {
  description: string;
  /** Presets the rule is in. */
  recommended?: boolean;
  requiresTypeChecking?: false;
}

export { REPOSITORY_URL } from '../src/package-info.js';

export const createRule = ESLintUtils.RuleCreator<HonestUiDocs>(ruleDocsUrl);
