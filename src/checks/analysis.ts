/** Build the shared analysis of one file: model, consent contexts, styles. */
import type { TSESTree } from '@typescript-eslint/types';
import { analyseConsent } from '../context/detect.js';
import { StyleResolver, type StyleScope } from '../css/resolve.js';
import { buildModel } from '../model/build.js';
import type { UIModel } from '../model/types.js';
import type { ResolvedSettings } from '../settings/settings.js';
import type { FileAnalysis } from './types.js';

export interface AnalysisInput {
  program: TSESTree.Program;
  settings: ResolvedSettings;
  /** The stylesheets the model's imports bring in, indexed. */
  scopeFor: (model: UIModel) => Omit<StyleScope, 'rootFontSize'>;
}

export function analyseProgram(input: AnalysisInput): FileAnalysis {
  const model = buildModel(input.program, { settings: input.settings });
  const consent = analyseConsent(model, { settings: input.settings, lexicon: input.settings.lexicon });
  const styles = new StyleResolver({ ...input.scopeFor(model), rootFontSize: input.settings.rootFontSize });
  return { model, consent, styles, settings: input.settings };
}
