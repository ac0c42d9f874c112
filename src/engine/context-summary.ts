/**
 * A compact, serialisable picture of each consent context in a file: its choices and controls with their styles as
 * the checker resolved them, for the HTML report. Plain data only (no model elements, no AST): summaries are kept
 * for the whole run, and an element would keep its file's whole model alive.
 */
import type { FileAnalysis } from '../checks/types.js';
import { presentationName } from '../checks/choices.js';
import type { ChoiceKind } from '../context/lexicon.js';
import type { Resolved } from '../css/resolve.js';
import type { UIElement } from '../model/types.js';
import { describeAppearance, type Presentation } from '../visual/appearance.js';
import { toHex } from '../visual/color.js';

/** A value as resolved, or why it could not be: the report shows "unknown (reason)" and never invents one. */
export type Measured<T> = { known: true; value: T } | { known: false; reason: string };

export interface Place {
  /** 1-based, as in ESLint's messages. */
  line: number;
  column: number;
  endLine: number;
  /** In a browser audit: the element's CSS selector, and where it is drawn (CSS px of the page). */
  selector?: string;
  box?: { x: number; y: number; width: number; height: number };
  /** In a browser audit: drawn at all on first load. */
  shown?: boolean;
  /** In a browser audit: starts below the first screenful. */
  belowFold?: boolean;
}

/** In a browser audit: a screenshot of the context as rendered, as a PNG data URI, with the page area it shows. */
export interface ContextScreenshot {
  dataUri: string;
  box: { x: number; y: number; width: number; height: number };
}

export interface StyleSummary {
  /** `filled`, `outlined` or `text`. */
  presentation: Measured<Presentation>;
  /** For people: `filled button`, `link`, `plain text`. */
  presentationName: string;
  fontSize: Measured<number>;
  fontWeight: Measured<number>;
  /** The text colour as seen (opacity applied over the backdrop) where that is known, else as declared. */
  color: Measured<string>;
  /** The element's own background; null when it has none. */
  fill: Measured<string | null>;
  /** What shows behind the text. */
  backdrop: Measured<string>;
  borderWidth: Measured<number>;
  borderColor: Measured<string | null>;
  textDecoration: Measured<string>;
  /** Padding in px: top, right, bottom, left. */
  padding: Measured<[number, number, number, number]>;
  contrast: Measured<number>;
}

export interface ChoiceSummary extends Place {
  kind: ChoiceKind;
  label: string;
  /** False when part of the label is dynamic (a variable, a translation call). */
  labelComplete: boolean;
  /** The tag as written: `button`, `a`, `Button`. */
  element: string;
  style: StyleSummary;
}

export interface ControlSummary extends Place {
  semantic: string;
  label: string;
  checked: Measured<'on' | 'off'>;
  purposes: string[];
  /** How the control's label text is drawn (fine print shows here). */
  labelStyle: StyleSummary;
}

export interface ContextSummary extends Place {
  /** The root's tag as written and its role, when static: `div role="dialog"`. */
  element: string;
  topics: string[];
  choices: ChoiceSummary[];
  controls: ControlSummary[];
  screenshot?: ContextScreenshot;
}

/** Every context that offers a choice or holds a control; a context that offers neither has nothing to draw. */
export function summariseContexts(analysis: FileAnalysis): ContextSummary[] {
  return analysis.consent.contexts
    .filter((context) => context.choices.length > 0 || context.controls.length > 0)
    .map((context) => {
      const role = context.root.attributes.get('role')?.value;
      return {
        ...place(context.root),
        element: role?.kind === 'static' && typeof role.value === 'string' ? `${context.root.name} role="${role.value}"` : context.root.name,
        topics: [...context.topics],
        choices: context.choices.map((choice) => ({
          ...place(choice.element),
          kind: choice.kind,
          label: choice.label.value.replace(/\s+/g, ' ').trim(),
          labelComplete: choice.label.complete,
          element: choice.element.name,
          style: styleSummary(choice.element, analysis),
        })),
        controls: context.controls.map((control) => ({
          ...place(control.element),
          semantic: control.semantic,
          label: control.label.value.replace(/\s+/g, ' ').trim(),
          checked: control.checked.state === 'unknown' ? { known: false, reason: control.checked.reason } : { known: true, value: control.checked.state },
          purposes: [...control.purposes],
          labelStyle: styleSummary(control.labelElement ?? control.element, analysis),
        })),
      };
    });
}

function place(element: UIElement): Place {
  return { line: element.openingLoc.start.line, column: element.openingLoc.start.column + 1, endLine: element.loc.end.line };
}

function styleSummary(element: UIElement, analysis: FileAnalysis): StyleSummary {
  const appearance = describeAppearance(element, analysis.styles);
  const style = appearance.style;
  const hex = (color: { r: number; g: number; b: number; alpha: number } | null) => (color ? toHex(color) : null);
  return {
    presentation: measured(appearance.presentation, (value) => value),
    presentationName: presentationName(appearance),
    fontSize: measured(style.fontSize, (value) => value),
    fontWeight: measured(style.fontWeight, (value) => value),
    color: appearance.colorHex !== undefined ? { known: true, value: appearance.colorHex } : measured(style.color, toHex),
    fill: measured(style.fill, hex),
    backdrop: measured(style.backdrop, toHex),
    borderWidth: measured(style.borderWidth, (value) => value),
    borderColor: measured(style.borderColor, hex),
    // The cascade's UA defaults already underline `<a href>` as browsers do (and not a bare `<a>` or a role="link").
    textDecoration: measured(style.textDecoration, (value) => value),
    padding: measured(style.padding, (box) => [box.top, box.right, box.bottom, box.left]),
    contrast: measured(appearance.contrast, (value) => value),
  };
}

function measured<T, U>(resolved: Resolved<T>, convert: (value: T) => U): Measured<U> {
  if (resolved.known) return { known: true, value: convert(resolved.value) };
  return { known: false, reason: resolved.detail ? `${resolved.reason}: ${resolved.detail}` : resolved.reason };
}
