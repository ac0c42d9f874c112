import { describe, expect, it } from 'vitest';
import { createComponentStyles } from '../../src/css/library-styles.js';
import { analyseProgram } from '../../src/checks/analysis.js';
import type { FileAnalysis } from '../../src/checks/types.js';
import type { ComputedStyle } from '../../src/css/resolve.js';
import type { UIElement } from '../../src/model/types.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';
import { toHex } from '../../src/visual/color.js';

function analyse(tsx: string): FileAnalysis {
  const parsed = parseWithTypescriptEstree(tsx, 'Dialog.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  // MUI's default theme in scope, as loadScope puts it for a file that renders MUI components.
  return analyseProgram({ program: parsed.value, settings: DEFAULT_SETTINGS, scopeFor: () => ({ globalSheets: [], moduleSheets: new Map(), components: createComponentStyles(new Map(), new Set(['mui'])) }) });
}

function element(analysis: FileAnalysis, name: string): UIElement {
  const found = analysis.model.elements.find((e) => e.name === name);
  if (!found) throw new Error(`no <${name}>`);
  return found;
}

const value = <T,>(resolved: { known: true; value: T } | { known: false; reason: string }): T | string => (resolved.known ? resolved.value : `unknown:${resolved.reason}`);
const hex = (resolved: ComputedStyle['color']): string => (resolved.known ? toHex(resolved.value) : `unknown:${resolved.reason}`);

describe('styled-components templates', () => {
  const analysis = analyse(`
    import styled, { css } from 'styled-components';
    const SIZE = 18;
    const base = css\`font-weight: 700;\`;
    const Accept = styled.button\`
      \${base}
      font-size: \${SIZE}px;
      background: #0055ff;
      color: \${(p) => p.theme.fg};
      &:hover { opacity: 0.8; }
      @media (max-width: 600px) { font-size: 12px; }
    \`;
    const Reject = styled.a\`font-size: 10px; color: #999999;\`;
    const BigReject = styled(Reject)\`font-size: 16px;\`;
    const Prim = styled('button')\`
      font-size: 14px;
      \${(p) => p.primary && css\`background: red; font-size: 20px;\`}
    \`;
    export const D = () => <div><Accept>Accept</Accept><Reject href="#">Reject</Reject><BigReject href="#">No</BigReject><Prim>P</Prim></div>;
  `);

  it('takes semantics from the base: styled.button is a button, styled.a a link, styled(Reject) too', () => {
    expect([element(analysis, 'Accept'), element(analysis, 'Reject'), element(analysis, 'BigReject')].map((e) => [e.semantic, e.tag])).toEqual([
      ['button', 'button'],
      ['link', 'a'],
      ['link', 'a'],
    ]);
  });

  it('resolves static parts, inlines css helpers and evaluates constant interpolations', () => {
    const accept = analysis.styles.computed(element(analysis, 'Accept'));
    const fill = accept.fill.known && accept.fill.value ? toHex(accept.fill.value) : 'no known fill';
    expect([value(accept.fontSize), value(accept.fontWeight), fill]).toEqual([18, 700, '#0055ff']);
  });

  it('makes an interpolated declaration unknown and keeps the others known', () => {
    const accept = analysis.styles.computed(element(analysis, 'Accept'));
    expect(hex(accept.color)).toBe('unknown:dynamic-expression');
    expect(value(accept.fontSize)).toBe(18);
  });

  it('keeps :hover and @media as conditions, not the default', () => {
    const accept = analysis.styles.computed(element(analysis, 'Accept'));
    expect(accept.conditional.map((c) => `${c.property}=${c.value} if ${c.condition}`)).toEqual(['opacity=0.8 if :hover', 'font-size=12px if @media (max-width: 600px)']);
  });

  it('extends a styled component: the derived styles win', () => {
    expect(value(analysis.styles.computed(element(analysis, 'Reject')).fontSize)).toBe(10);
    expect(value(analysis.styles.computed(element(analysis, 'BigReject')).fontSize)).toBe(16);
    expect(hex(analysis.styles.computed(element(analysis, 'BigReject')).color)).toBe('#999999');
  });

  it('makes what a props-dependent css block sets unknown, and only that', () => {
    const prim = analysis.styles.computed(element(analysis, 'Prim'));
    expect(value(prim.fontSize)).toBe('unknown:dynamic-expression');
    expect(value(prim.fontWeight)).toBe(400);
  });
});

describe('object styles, the css prop and sx', () => {
  it('reads emotion object styles, nested selectors and functions of the theme', () => {
    const analysis = analyse(`
      import styled from '@emotion/styled';
      const Btn = styled.button({ fontSize: 12, fontWeight: 'bold', '&:focus': { outline: 'none' } }, ({ theme }) => ({ color: theme.fg, padding: 4 }));
      export const D = () => <Btn>OK</Btn>;
    `);
    const style = analysis.styles.computed(element(analysis, 'Btn'));
    expect([value(style.fontSize), value(style.fontWeight), hex(style.color)]).toEqual([12, 700, 'unknown:dynamic-expression']);
    expect(value(style.padding)).toEqual({ top: 4, right: 4, bottom: 4, left: 4 });
  });

  it('reads the css prop as a template or an object when the file uses a CSS-in-JS package', () => {
    const analysis = analyse(`
      /** @jsxImportSource @emotion/react */
      import { css } from '@emotion/react';
      export const D = () => <div><button id="a" css={css\`font-size: 11px;\`}>A</button><button id="b" css={{ fontSize: 22 }}>B</button></div>;
    `);
    const sizes = analysis.model.elements.filter((e) => e.tag === 'button').map((e) => value(analysis.styles.computed(e).fontSize));
    expect(sizes).toEqual([11, 22]);
  });

  it('ignores a css prop in a file that imports no CSS-in-JS package', () => {
    const analysis = analyse(`export const D = () => <button css={{ fontSize: 22 }}>B</button>;`);
    expect(value(analysis.styles.computed(element(analysis, 'button')).fontSize)).toBeCloseTo(13.333, 2);
  });

  it('reads MUI sx with its shorthands and theme values, leaving the theme spacing unknown', () => {
    const analysis = analyse(`
      import { Button } from '@mui/material';
      export const D = () => <div>
        <Button id="a" sx={{ fontSize: 11, color: '#777777', p: 2, bgcolor: 'primary.main' }}>A</Button>
        <Button id="b" sx={{ typography: 'caption', fontWeight: 'bold', px: '24px' }}>B</Button>
      </div>;
    `);
    const [a, b] = analysis.model.elements.filter((e) => e.name === 'Button').map((e) => analysis.styles.computed(e)) as [ComputedStyle, ComputedStyle];
    // `p: 2` is two theme spacing units, which a project's theme may change; `primary.main` is the palette's blue.
    expect([value(a.fontSize), hex(a.color), value(a.padding), hex(a.fill as ComputedStyle['color'])]).toEqual([11, '#777777', 'unknown:dynamic-expression', '#1976d2']);
    expect([value(b.fontSize), value(b.fontWeight)]).toEqual([12, 700]);
  });
});

describe('what is not CSS-in-JS', () => {
  it('does not mistake a local function called styled for styled-components', () => {
    const analysis = analyse(`
      const styled = { a: (s: TemplateStringsArray) => s };
      const RejectLink = styled.a\`font-size: 10px;\`;
      export const D = () => <RejectLink>No</RejectLink>;
    `);
    const reject = element(analysis, 'RejectLink');
    expect([reject.semantic, reject.tag, reject.classes.tokens]).toEqual(['link', undefined, []]);
  });

  it('leaves semantics to the name when .attrs could change the element, and styles unknown when it sets style', () => {
    const analysis = analyse(`
      import styled from 'styled-components';
      const Fancy = styled.a.attrs({ role: 'button' })\`font-size: 12px;\`;
      const Styled = styled.button.attrs({ style: { fontSize: 30 } })\`font-size: 12px;\`;
      export const D = () => <div><Fancy>x</Fancy><Styled>y</Styled></div>;
    `);
    expect(element(analysis, 'Fancy').tag).toBeUndefined();
    expect(value(analysis.styles.computed(element(analysis, 'Styled')).fontSize)).toBe('unknown:dynamic-expression');
  });

  it('follows the polymorphic as prop', () => {
    const analysis = analyse(`
      import styled from 'styled-components';
      const Btn = styled.button\`font-size: 12px;\`;
      export const D = () => <Btn as="a" href="#">x</Btn>;
    `);
    expect([element(analysis, 'Btn').semantic, value(analysis.styles.computed(element(analysis, 'Btn')).fontSize)]).toEqual(['link', 12]);
  });
});
