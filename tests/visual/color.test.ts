import { createRequire } from 'node:module';
import type { Color, Rgb } from 'culori';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, formatRatio, parseColor, toHex, withOpacity, type Rgba } from '../../src/visual/color.js';

const rgba = (value: string): Rgba => {
  const parsed = parseColor(value);
  if (!parsed) throw new Error(`unparsed ${value}`);
  return parsed;
};
/** culori itself, which parseColor loads only for colours that are not hex, to check the hex path reads as it does. */
const culori = createRequire(import.meta.url)('culori') as typeof import('culori');
const channel = fc.double({ min: 0, max: 1, noNaN: true });
const anyRgba = fc.record({ r: channel, g: channel, b: channel, alpha: channel });

const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, alpha: 1 };

describe('parseColor', () => {
  it('parses hex, rgb(), hsl() and named colours', () => {
    expect(parseColor('#fff')).toEqual(WHITE);
    expect(parseColor('#000000')).toEqual(BLACK);
    expect(parseColor('#FF000080')).toEqual({ r: 1, g: 0, b: 0, alpha: 128 / 255 });
    expect(parseColor('rgb(255, 0, 0)')).toEqual({ r: 1, g: 0, b: 0, alpha: 1 });
    expect(parseColor('rgba(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, alpha: 0.5 });
    expect(toHex(rgba('hsl(120, 100%, 50%)'))).toBe('#00ff00');
    expect(toHex(rgba('  RebeccaPurple '))).toBe('#663399');
    expect(toHex(rgba('grey'))).toBe('#808080');
  });

  it('reads every hex form as culori does, without loading it', () => {
    const hexDigits = (length: number) => fc.array(fc.constantFrom(...'0123456789abcdefABCDEF'), { minLength: length, maxLength: length }).map((digits) => `#${digits.join('')}`);
    fc.assert(
      fc.property(fc.oneof(hexDigits(3), hexDigits(4), hexDigits(6), hexDigits(8)), (hex) => {
        const viaCulori = culori.rgb(culori.parse(hex.toLowerCase()) as Color) as Rgb;
        expect(parseColor(hex)).toEqual({ r: viaCulori.r, g: viaCulori.g, b: viaCulori.b, alpha: viaCulori.alpha ?? 1 });
      }),
      { numRuns: 500 },
    );
    for (const value of ['#', '#12', '#12345', '#1234567', '#123456789', '#ggg', '# fff']) expect(parseColor(value), value).toBeUndefined();
  });

  it('reads transparent as a colour with no alpha', () => {
    expect(parseColor('transparent')).toEqual({ r: 0, g: 0, b: 0, alpha: 0 });
  });

  it('does not guess colours that depend on context', () => {
    for (const value of ['currentColor', 'currentcolor', 'inherit', 'initial', 'unset', 'var(--brand)', 'rgb(var(--r) 0 0)', '', 'not-a-colour', '#12']) {
      expect(parseColor(value), value).toBeUndefined();
    }
  });
});

describe('composite and opacity', () => {
  it('composites a translucent colour over an opaque one', () => {
    expect(toHex(composite(rgba('rgba(0, 0, 0, 0.5)'), WHITE))).toBe('#808080');
    expect(composite(BLACK, WHITE)).toEqual(BLACK);
    expect(composite(rgba('transparent'), rgba('#123456'))).toEqual(rgba('#123456'));
    expect(composite({ ...BLACK, alpha: 0 }, { ...WHITE, alpha: 0 })).toEqual({ r: 0, g: 0, b: 0, alpha: 0 });
  });

  it('multiplies alpha by opacity', () => {
    expect(withOpacity(rgba('rgba(0,0,0,0.5)'), 0.5).alpha).toBe(0.25);
  });

  it('writes hex with alpha only when translucent', () => {
    expect(toHex(WHITE)).toBe('#ffffff');
    expect(toHex({ ...BLACK, alpha: 0.5 })).toBe('#00000080');
  });
});

describe('contrastRatio (WCAG 2.x)', () => {
  it('matches known values', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // #777 on white is the classic "just fails AA" grey: 4.48:1.
    expect(contrastRatio(rgba('#777'), WHITE)).toBeCloseTo(4.48, 2);
    // The terms-update fixture's disclosure grey.
    expect(contrastRatio(rgba('#9a9a96'), rgba('#fff'))).toBeCloseTo(2.82, 2);
    expect(contrastRatio(rgba('#767676'), WHITE)).toBeCloseTo(4.54, 2);
  });

  it('is culori\'s wcagContrast, to the last bit, and writes hex as its formatHex does', () => {
    fc.assert(
      fc.property(anyRgba, anyRgba, (foreground, backdrop) => {
        const solidBackdrop = backdrop.alpha < 1 ? composite(backdrop, WHITE) : backdrop;
        const solidForeground = composite(foreground, solidBackdrop);
        expect(contrastRatio(foreground, backdrop)).toBe(culori.wcagContrast({ mode: 'rgb', ...solidForeground, alpha: 1 }, { mode: 'rgb', ...solidBackdrop, alpha: 1 }));
        expect(toHex({ ...foreground, alpha: 1 })).toBe(culori.formatHex({ mode: 'rgb', r: foreground.r, g: foreground.g, b: foreground.b }));
      }),
      { numRuns: 1000 },
    );
  });

  it('composites translucent text and backdrops first', () => {
    // Black at 50% on white is #808080 on white.
    const midGrey: Rgba = { r: 0.5, g: 0.5, b: 0.5, alpha: 1 };
    expect(contrastRatio({ ...BLACK, alpha: 0.5 }, WHITE)).toBeCloseTo(contrastRatio(midGrey, WHITE), 10);
    // A translucent backdrop sits on white (the canvas).
    expect(contrastRatio(BLACK, { ...BLACK, alpha: 0.5 })).toBeCloseTo(contrastRatio(BLACK, midGrey), 10);
  });
});

describe('formatRatio', () => {
  it('truncates to two decimals so a failing ratio never rounds up to a passing one', () => {
    expect(formatRatio(21)).toBe('21.0:1');
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(2.8)).toBe('2.8:1');
    expect(formatRatio(2.8234)).toBe('2.82:1');
    expect(formatRatio(4.5)).toBe('4.5:1');
    // Binary floating point must not cost a hundredth: 4.35 * 100 is 434.99999999999994.
    expect(formatRatio(4.35)).toBe('4.35:1');
    expect(formatRatio(4.57)).toBe('4.57:1');
  });
});
