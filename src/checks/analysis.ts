/** Build the shared analysis of one file: model, consent contexts, styles. */
import type { TSESTree } from '@typescript-eslint/types';
import { analyseConsent } from '../context/detect.js';
import { applyCssInJs, CSS_IN_JS_SOURCE, registeredCssInJs } from '../css/css-in-js.js';
import { StyleResolver, type StyleScope } from '../css/resolve.js';
import { buildModel } from '../model/build.js';
import { hostsOf } from '../model/hosts.js';
import type { ExternalValues } from '../model/bindings.js';
import type { Node } from '../model/estree.js';
import type { UIElement, UIModel } from '../model/types.js';
import type { ResolvedSettings } from '../settings/settings.js';
import type { FileAnalysis } from './types.js';

export interface AnalysisInput {
  program: TSESTree.Program;
  /** The text the program was parsed from (see FileAnalysis.source). */
  source?: string | undefined;
  settings: ResolvedSettings;
  /** The stylesheets the model's imports bring in, indexed. */
  scopeFor: (model: UIModel) => Omit<StyleScope, 'rootFontSize'>;
  /** Renders the components the file uses as the elements they stand for (src/engine/components.ts). */
  expand?: (model: UIModel, program: TSESTree.Program) => void;
  /** The file's path, where known: values read from other files say where they come from. */
  file?: string;
  /** Reads imported values and translated messages from other files (src/resolve/values.ts). */
  external?: ExternalValues;
}

export function analyseProgram(input: AnalysisInput): FileAnalysis {
  const model = buildModel(input.program, { settings: input.settings, ...(input.file ? { file: input.file } : {}), ...(input.external ? { external: input.external } : {}) });
  // Before consent detection: a styled component's semantics (`styled.a` is a link) come from its base. Before
  // components are expanded, so the file's own styled components are known as such (not as higher-order functions
  // left unresolved) and elements brought in from other files are not read as this file's styled components.
  const cssInJs = applyCssInJs(model, input.program, input.settings);
  input.expand?.(model, input.program);
  const consent = analyseConsent(model, { settings: input.settings, lexicon: input.settings.lexicon, program: input.program });
  const scope = input.scopeFor(model);
  // Imported modules' styled components are defined, and their styles injected, before the file's own.
  const generated = [...registeredCssInJs(model), ...(cssInJs ? [[CSS_IN_JS_SOURCE, cssInJs] as const] : [])];
  const moduleSheets = generated.length > 0 ? new Map([...scope.moduleSheets, ...generated]) : scope.moduleSheets;
  const { file, external, program } = input;
  const classAround = file && external?.classAround ? (root: UIElement, name: string): boolean => external.classAround?.(file, program, root.node as Node, name) !== false : undefined;
  const styles = new StyleResolver({ ...scope, moduleSheets, rootFontSize: input.settings.rootFontSize, hosts: hostsOf(model, input.file), classAround });
  return { model, consent, styles, settings: input.settings, source: input.source };
}
