import { ESLintUtils } from '@typescript-eslint/utils';

export interface HonestUiDocs {
  description: string;
  /** Presets the rule is in. */
  recommended?: boolean;
  requiresTypeChecking?: false;
}

export const REPOSITORY_URL = 'https://github.com/honest-ui/eslint-plugin-honest-ui';

export const createRule = ESLintUtils.RuleCreator<HonestUiDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
