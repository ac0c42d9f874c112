import { describe, expect, it } from 'vitest';
import { StyleResolver, type ComputedStyle, type DocumentRoot, type UtilityClasses } from '../../src/css/resolve.js';
import { buildTheme, type ThemeOverrides } from '../../src/css/tailwind/theme.js';
import { createTailwindUtilities } from '../../src/css/tailwind/utilities.js';
import { indexStylesheet, type StyleSheetIndex } from '../../src/css/stylesheet.js';
import { buildModel } from '../../src/model/build.js';
import { hostsOf } from '../../src/model/hosts.js';
import type { UIElement, UIModel } from '../../src/model/types.js';
import { parseStylesheet } from '../../src/parse/css.js';
import { parseWithTypescriptEstree } from '../../src/parse/script.js';
import { toHex } from '../../src/visual/color.js';

function sheet(css: string, file = 'styles.css'): StyleSheetIndex {
  const parsed = parseStylesheet(css, file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return indexStylesheet(parsed.value, file);
}

interface Setup {
  model: UIModel;
  styles: StyleResolver;
  /** Computed style of the first element with this `id` attribute (or tag name). */
  of(key: string): ComputedStyle;
}

function setup(tsx: string, options: { css?: string[]; modules?: Record<string, string>; rootFontSize?: number; documentRoot?: DocumentRoot; utilityClasses?: UtilityClasses } = {}): Setup {
  const parsed = parseWithTypescriptEstree(tsx, 'file.tsx');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const model = buildModel(parsed.value);
  const styles = new StyleResolver({
    globalSheets: (options.css ?? []).map((css, i) => sheet(css, `sheet${i}.css`)),
    moduleSheets: new Map(Object.entries(options.modules ?? {}).map(([source, css]) => [source, sheet(css, source)])),
    rootFontSize: options.rootFontSize ?? 16,
    hosts: hostsOf(model, 'file.tsx'),
    ...(options.documentRoot ? { documentRoot: options.documentRoot } : {}),
    ...(options.utilityClasses ? { utilityClasses: options.utilityClasses } : {}),
  });
  const find = (key: string): UIElement => {
    const found = model.elements.find((e) => e.attributes.get('id')?.value.kind === 'static' && (e.attributes.get('id')?.value as { value: unknown }).value === key) ?? model.elements.find((e) => e.name === key);
    if (!found) throw new Error(`no element ${key}`);
    return found;
  };
  return { model, styles, of: (key) => styles.computed(find(key)) };
}

/** A known value, or the reason it is unknown, for compact assertions. */
function value<T>(resolved: { known: true; value: T } | { known: false; reason: string }): T | string {
  return resolved.known ? resolved.value : `unknown:${resolved.reason}`;
}
const hex = (resolved: ComputedStyle['color'] | ComputedStyle['backdrop']): string => (resolved.known ? toHex(resolved.value) : `unknown:${resolved.reason}`);

describe('selectors and the cascade', () => {
  const css = `
    .btn { font-size: 14px; color: #111111; }
    button { font-weight: 500; }
    .btn.primary { font-size: 18px; }
    .banner .btn { color: #222222; }
    .actions > .link { color: #333333; }
    .actions > .btn { font-weight: 700; }
    #reject { font-size: 15px; }
  `;
  const tsx = `
    const A = () => (
      <div className="banner">
        <div className="actions">
          <button className="btn primary" id="accept">Accept</button>
          <button className="btn" id="reject">Reject</button>
          <span><a className="link" id="deep" href="/more">More</a></span>
          <a className="link" id="direct" href="/direct">Direct</a>
        </div>
        <button className="btn" id="outside">x</button>
      </div>
    );`;

  it('matches class, element, compound, descendant and child selectors along the JSX tree', () => {
    const s = setup(tsx, { css: [css] });
    expect(value(s.of('accept').fontSize)).toBe(18);
    expect(value(s.of('accept').fontWeight)).toBe(700);
    expect(hex(s.of('accept').color)).toBe('#222222');
    // An id beats compound classes.
    expect(value(s.of('reject').fontSize)).toBe(15);
    // `.actions > .link` needs the parent to be .actions; the descendant `.banner .btn` reaches any depth.
    expect(hex(s.of('deep').color)).toBe('#0000ee');
    expect(hex(s.of('direct').color)).toBe('#333333');
    expect(value(s.of('outside').fontWeight)).toBe(500);
    expect(hex(s.of('outside').color)).toBe('#222222');
    expect(s.of('accept').fontSize).toMatchObject({ origin: 'author', source: 'sheet0.css:4 .btn.primary' });
  });

  it('lets later rules of equal specificity win, and later sheets over earlier ones', () => {
    const s = setup(`const A = () => <p className="a b" id="p">x</p>;`, { css: ['.a { font-size: 10px } .b { font-size: 11px }', '.b { font-size: 12px } .a { color: red }'] });
    expect(value(s.of('p').fontSize)).toBe(12);
    const t = setup(`const A = () => <p className="a b" id="p">x</p>;`, { css: ['.b { font-size: 11px } .a { font-size: 10px }'] });
    expect(value(t.of('p').fontSize)).toBe(10);
  });

  it('applies !important over specificity and inline styles, and inline styles over sheets', () => {
    const s = setup(
      `const A = () => <div><p className="x" id="a" style={{ fontSize: 20 }}>x</p><p className="y" id="b" style={{ fontSize: 20 }}>y</p><p className="y" id="c" style={{ fontSize: '21px !important' }}>z</p></div>;`,
      { css: ['#a.x.x { font-size: 30px } .y { font-size: 9px !important }'] },
    );
    expect(value(s.of('a').fontSize)).toBe(20);
    expect(value(s.of('b').fontSize)).toBe(9);
    expect(value(s.of('c').fontSize)).toBe(21);
  });

  it('keeps @media and :hover rules out of the default style and lists them as conditional', () => {
    const s = setup(`const A = () => <button className="btn" id="b">x</button>;`, {
      css: ['.btn { color: #000000 } .btn:hover { color: #ff0000 } @media (min-width: 640px) { .btn { font-size: 20px } }'],
    });
    const style = s.of('b');
    expect(hex(style.color)).toBe('#000000');
    expect(value(style.fontSize)).toBe(13.333);
    expect(style.conditional).toEqual([
      { property: 'color', value: '#ff0000', condition: ':hover', source: 'sheet0.css:1 .btn:hover' },
      { property: 'font-size', value: '20px', condition: '@media (min-width: 640px)', source: 'sheet0.css:1 .btn' },
    ]);
  });

  it('matches CSS module classes only against tokens of that module', () => {
    const tsx = `
      import s from './a.module.css';
      const A = () => <div><button className={s.accept} id="mod">a</button><button className="accept" id="global">b</button></div>;`;
    const st = setup(tsx, { modules: { './a.module.css': '.accept { font-size: 22px }' }, css: ['.accept { font-weight: 800 }'] });
    expect(value(st.of('mod').fontSize)).toBe(22);
    expect(value(st.of('mod').fontWeight)).toBe(400);
    expect(value(st.of('global').fontSize)).toBe(13.333);
    expect(value(st.of('global').fontWeight)).toBe(800);
  });

  it('skips selectors it cannot evaluate rather than guessing', () => {
    const index = sheet('.a + .b { color: red } .c::before { color: red } .d:nth-child(2) { color: red } .e, .f ~ .g { color: blue }');
    expect(index.skipped).toEqual(['.a + .b', '.c::before', '.d:nth-child(2)', '.f ~ .g']);
    expect(index.rules.map((r) => r.selectorText)).toEqual(['.e']);
  });
});

describe('inheritance and values', () => {
  it('inherits colour, size and weight down the tree; resolves em, rem, %, pt and keywords', () => {
    const s = setup(
      `const A = () => (
        <div className="box">
          <p id="inherit">x</p>
          <p className="em" id="em"><span id="em2" className="em">y</span></p>
          <p className="rem" id="rem">z</p>
          <p className="pct" id="pct">z</p>
          <p className="pt" id="pt">z</p>
          <p className="kw" id="kw">z</p>
          <p className="bolder" id="bolder">z</p>
        </div>
      );`,
      { css: ['.box { color: #123456; font-size: 20px; font-weight: 600 } .em { font-size: 0.5em } .rem { font-size: 0.75rem } .pct { font-size: 150% } .pt { font-size: 12pt } .kw { font-size: small } .bolder { font-weight: bolder }'] },
    );
    expect([hex(s.of('inherit').color), value(s.of('inherit').fontSize), value(s.of('inherit').fontWeight)]).toEqual(['#123456', 20, 600]);
    expect(value(s.of('em').fontSize)).toBe(10);
    expect(value(s.of('em2').fontSize)).toBe(5);
    expect(value(s.of('rem').fontSize)).toBe(12);
    expect(value(s.of('pct').fontSize)).toBe(30);
    expect(value(s.of('pt').fontSize)).toBe(16);
    expect(value(s.of('kw').fontSize)).toBe(13);
    expect(value(s.of('bolder').fontWeight)).toBe(900);
  });

  it('reads html { font-size: 62.5% } for rem', () => {
    const s = setup(`const A = () => <div><p className="t" id="p">x</p><p id="inherited">y</p></div>;`, { css: ['html { font-size: 62.5% } .t { font-size: 1.2rem }'] });
    expect(value(s.of('p').fontSize)).toBe(12);
    // Text without a size of its own inherits the root's 10px (62.5% of 16px), applied once.
    expect(value(s.of('inherited').fontSize)).toBe(10);
  });

  it('uses the rootFontSize setting for rem', () => {
    const s = setup(`const A = () => <p style={{ fontSize: '2rem' }} id="p">x</p>;`, { rootFontSize: 10 });
    expect(value(s.of('p').fontSize)).toBe(20);
  });

  it('composites backgrounds over what is behind, and multiplies opacity', () => {
    const s = setup(
      `const A = () => <div className="page"><div className="veil" id="veil"><p className="faint" id="faint"><span className="fainter" id="fainter">x</span></p></div><div id="plain"><p id="deep">y</p></div></div>;`,
      { css: ['.page { background: #ffffff } .veil { background-color: rgba(0, 0, 0, 0.5) } .faint { opacity: 0.5 } .fainter { opacity: 50% }'] },
    );
    expect(hex(s.of('veil').backdrop)).toBe('#808080');
    expect(s.of('veil').fill).toMatchObject({ known: true, value: { alpha: 0.5 } });
    expect(hex(s.of('deep').backdrop)).toBe('#ffffff');
    expect(s.of('plain').fill).toMatchObject({ known: true, value: null });
    expect(value(s.of('faint').opacity)).toBe(0.5);
    expect(value(s.of('fainter').opacity)).toBe(0.25);
  });

  it('has no known backdrop without a background in scope', () => {
    const s = setup(`const A = () => <div><button id="b">x</button></div>;`);
    expect(s.of('b').backdrop).toMatchObject({ known: false, reason: 'no-background' });
  });

  it('reads padding shorthands and borders', () => {
    const s = setup(`const A = () => <div><button className="b" id="b">x</button><button className="n" id="n">y</button></div>;`, {
      css: ['.b { padding: 8px 16px; border: 1px solid #000 } .n { border: none; padding: 0.5em }'],
    });
    expect(value(s.of('b').padding)).toEqual({ top: 8, right: 16, bottom: 8, left: 16 });
    expect(value(s.of('b').borderWidth)).toBe(1);
    expect(value(s.of('n').borderWidth)).toBe(0);
    expect(value(s.of('n').padding)).toEqual({ top: 6.6665, right: 6.6665, bottom: 6.6665, left: 6.6665 });
  });
});

describe('custom properties (CSS Variables 1)', () => {
  it('resolves var() against :root, the element and its ancestors, with fallbacks and nested references', () => {
    const s = setup(
      `const A = () => (
        <section className="card" id="card">
          <p className="muted" id="muted">Fine print</p>
          <p className="brand" id="brand">Brand</p>
          <p className="fallback" id="fallback">Fallback</p>
        </section>
      );`,
      {
        css: [
          `:root { --muted-foreground: #6b7280; --size-sm: 0.75rem; --brand: var(--brand-500); --brand-500: #1d4ed8 }
           .card { --surface: #ffffff; background-color: var(--surface) }
           .muted { color: var(--muted-foreground); font-size: var(--size-sm) }
           .brand { color: var(--brand) }
           .fallback { color: var(--not-defined, #111111); padding: var(--pad, 4px 8px) }`,
        ],
      },
    );
    expect(hex(s.of('muted').color)).toBe('#6b7280');
    expect(value(s.of('muted').fontSize)).toBe(12);
    expect(hex(s.of('muted').backdrop)).toBe('#ffffff');
    expect(hex(s.of('brand').color)).toBe('#1d4ed8');
    expect(hex(s.of('fallback').color)).toBe('#111111');
    expect(value(s.of('fallback').padding)).toEqual({ top: 4, right: 8, bottom: 4, left: 8 });
  });

  it('lets an element redefine a variable for its subtree, inline too, and keeps unknown what may or may not apply', () => {
    const s = setup(
      `const A = ({ dark }) => (
        <div className="theme" style={{ '--accent': '#b91c1c' }}>
          <p className="accent" id="inline">Accent</p>
          <div className={dark ? 'dark' : ''}><p className="accent" id="maybe">Maybe</p></div>
        </div>
      );`,
      { css: [':root { --accent: #2563eb } .dark { --accent: #93c5fd } .accent { color: var(--accent) }'] },
    );
    expect(hex(s.of('inline').color)).toBe('#b91c1c');
    expect(s.of('maybe').color).toMatchObject({ known: false, reason: 'css-variable' });
  });

  it('reads a theme the root switches to (an attribute or class on html) as a variant, not as the page', () => {
    // inbox-zero's globals.css: the Mail palette applies where a script stamps data-theme="mail" on <html>.
    const css = `
      :root { --muted-foreground: 215.4 16.3% 46.9%; --background: 0 0% 100%; }
      :root[data-theme="mail"]:not(.dark) { --muted-foreground: 0 0% 51.8%; --background: 0 0% 99.2%; }
      html.dark { --muted-foreground: 240 5% 64.9%; font-size: 20px; }
      :root:not(.high-contrast) { --ring: #2563eb; }
      .text-muted-foreground { color: hsl(var(--muted-foreground)); }
      .ring { border-color: var(--ring); }
    `;
    const s = setup(`const A = () => <div><p className="text-muted-foreground" id="p">Billed monthly</p><p className="ring" id="r">x</p></div>;`, { css: [css] });
    expect(hex(s.of('p').color)).toBe('#64748b');
    // `html.dark`'s font-size is not the page's either: rem stays 16px.
    expect(value(s.of('p').fontSize)).toBe(16);
    // A root rule that asks only for an absence matches the root as it renders.
    const ring = s.of('r').borderColor;
    expect(ring.known && ring.value ? toHex(ring.value) : ring).toBe('#2563eb');
  });

  it('does not follow a cycle', () => {
    const s = setup(`const A = () => <p className="t" id="p">x</p>;`, { css: [':root { --a: var(--b); --b: var(--a) } .t { color: var(--a) }'] });
    expect(s.of('p').color).toMatchObject({ known: false, reason: 'css-variable' });
  });
});

describe('absolute values stand on their own', () => {
  it('keeps a px, rem or keyword size, an explicit colour and an own opaque background under an unresolved component', () => {
    const s = setup(
      `import { Panel } from './Panel';
      const A = () => (
        <Panel>
          <p className="abs" id="abs">Fine print</p>
          <p className="rel" id="rel">Relative</p>
          <p id="plain">Inherited</p>
        </Panel>
      );`,
      { css: ['.abs { font-size: 0.75rem; color: #777777; background-color: #ffffff } .rel { font-size: 0.8em; color: inherit }'] },
    );
    expect(value(s.of('abs').fontSize)).toBe(12);
    expect(hex(s.of('abs').color)).toBe('#777777');
    expect(hex(s.of('abs').backdrop)).toBe('#ffffff');
    expect(value(s.of('abs').opacity)).toBe(1);
    expect(s.of('rel').fontSize).toMatchObject({ known: false, reason: 'unresolved-component' });
    expect(s.of('rel').color).toMatchObject({ known: false, reason: 'unresolved-component' });
    expect(s.of('plain').fontSize).toMatchObject({ known: false, reason: 'unresolved-component' });
  });
});

describe('unknowns', () => {
  it('does not resolve calc(), nor a var() that is not defined', () => {
    const s = setup(`const A = () => <p className="t" id="p">x</p>;`, { css: [':root { --muted: #999 } .t { color: var(--missing); font-size: calc(1rem + 2px) }'] });
    expect(s.of('p').color).toMatchObject({ known: false, reason: 'css-variable' });
    expect(s.of('p').fontSize).toMatchObject({ known: false, reason: 'unknown-value' });
  });

  it('treats a dynamic class as able to set what class rules in scope set', () => {
    const s = setup(`const A = ({ size }) => <div><p className={\`text-\${size}\`} id="dyn">x</p><p className={\`text-\${size}\`} id="dyn2" style={{ fontSize: 16 }}>y</p></div>;`, {
      css: ['.text-sm { font-size: 12px }'],
    });
    expect(s.of('dyn').fontSize).toMatchObject({ known: false, reason: 'dynamic-class' });
    // Nothing in scope sets colour through a class: that stays known.
    expect(s.of('dyn').color).toMatchObject({ known: true });
    // An inline declaration decides whatever the class is.
    expect(value(s.of('dyn2').fontSize)).toBe(16);
  });

  it('does not know what an unresolved component renders', () => {
    const s = setup(`const A = () => <div className="box"><Fancy id="f">x</Fancy><Fancy id="g" style={{ fontSize: 14 }}>y</Fancy><Box as="button" id="h">z</Box></div>;`, { css: ['.box { font-size: 18px; color: #333 }'] });
    expect(s.of('f').fontSize).toMatchObject({ known: false, reason: 'unresolved-component' });
    expect(s.of('f').color).toMatchObject({ known: false, reason: 'unresolved-component' });
    expect(value(s.of('g').fontSize)).toBe(14);
    // A polymorphic component rendering a <button> gets the button's browser defaults.
    expect(value(s.of('h').fontSize)).toBe(13.333);
  });

  it('treats a dynamic inline style as able to set anything', () => {
    const s = setup(`const A = ({ st }) => <p style={st} id="p">x</p>;`);
    expect(s.of('p').fontSize).toMatchObject({ known: false, reason: 'dynamic-expression' });
  });

  it('knows what a style object leaves alone when only some of its values are computed at run time', () => {
    const s = setup(
      `const Panel = ({ isMobile, accent, children }) => (
        <div className="panel" style={{ height: isMobile ? '100%' : 'calc(100% - 32px)' }} id="panel">
          <p id="note">{children}</p>
          <p id="accent" style={{ color: accent, fontSize: 14 }}>x</p>
          <p id="tinted" style={{ background: accent }}>y</p>
        </div>
      );`,
      { css: ['.panel { background-color: #1b1b1e; color: #e5e7eb }'] },
    );
    expect(hex(s.of('panel').backdrop)).toBe('#1b1b1e');
    expect(hex(s.of('note').color)).toBe('#e5e7eb');
    expect(value(s.of('panel').height)).toBe('unknown:dynamic-expression');
    // The computed value is what is unknown, in its longhands; the rest of the object still decides.
    expect(hex(s.of('accent').color)).toBe('unknown:dynamic-expression');
    expect(value(s.of('accent').fontSize)).toBe(14);
    expect(hex(s.of('tinted').backdrop)).toBe('unknown:dynamic-expression');
    expect(hex(s.of('tinted').color)).toBe('#e5e7eb');
  });

  it("gives a component's root what surrounds the component where the file renders it", () => {
    const s = setup(
      `export default function Page({ settings }) {
        return (
          <main className="page">
            <section className="panel"><Telemetry settings={settings} /></section>
          </main>
        );
      }
      function Telemetry({ settings }) {
        return <div id="section"><p id="note">We collect anonymous usage data.</p></div>;
      }
      function Unused() {
        return <p id="alone">Not rendered here.</p>;
      }`,
      { css: ['body { background: #ffffff; color: #111111 }', '.panel { background-color: #1b1b1e; color: #e5e7eb }'] },
    );
    expect(hex(s.of('note').backdrop)).toBe('#1b1b1e');
    expect(hex(s.of('note').color)).toBe('#e5e7eb');
    expect(hex(s.of('alone').backdrop)).toBe('#ffffff');
  });

  it('leaves unknown what use sites that draw a component differently disagree on, and stops at a component that renders itself', () => {
    const s = setup(
      `export default function Page() {
        return (
          <main>
            <section className="dark"><Note /></section>
            <section className="light"><Note /></section>
            <Tree />
          </main>
        );
      }
      function Note() {
        return <p id="note">We share usage data with partners.</p>;
      }
      function Tree() {
        return <ul className="dark" id="tree"><li><Tree /></li></ul>;
      }`,
      { css: ['body { background: #ffffff }', '.dark { background-color: #111111; font-size: 14px }', '.light { background-color: #fafafa; font-size: 14px }'] },
    );
    expect(hex(s.of('note').backdrop)).toBe('unknown:conditional');
    expect(value(s.of('note').fontSize)).toBe(14);
    expect(hex(s.of('tree').backdrop)).toBe('#111111');
  });

  it('does not know a rule whose ancestors would be above the root of the file, where the component is rendered', () => {
    const css = `
      .banner .reject { display: none }
      .banner > .actions { font-size: 20px }
      .page > .actions .reject { font-weight: 700 }
      .actions > .reject { color: #111111 }
      @media (max-width: 600px) { .banner .reject { visibility: hidden } }
    `;
    const s = setup(
      `const Actions = () => (
        <div className="actions" id="actions">
          <button className="reject" id="reject">Reject</button>
          <span><button className="reject" id="nested">Reject</button></span>
          <button className="reject kept" id="kept" style={{ display: 'flex' }}>Reject</button>
        </div>
      );`,
      { css: [css] },
    );
    expect(s.of('reject').display).toEqual({ known: false, reason: 'unresolved-component', detail: 'display from sheet0.css:2 .banner .reject (if ancestors outside this file match)' });
    // A child combinator reaching past the root: the parent is outside the file too.
    expect(s.of('actions').fontSize).toMatchObject({ known: false, reason: 'unresolved-component' });
    // `.page > .actions` needs .actions at the root, whose parent is outside; the rest is matched in the file.
    expect(s.of('reject').fontWeight).toMatchObject({ known: false, reason: 'unresolved-component' });
    // A selector that fails on a parent in the file does not apply, whatever is outside.
    expect(hex(s.of('reject').color)).toBe('#111111');
    expect(hex(s.of('nested').color)).toBe('#000000');
    expect(s.of('reject').conditional).toEqual([
      { property: 'visibility', value: 'hidden', condition: 'if ancestors outside this file match and @media (max-width: 600px)', source: 'sheet0.css:6 .banner .reject (if ancestors outside this file match)' },
    ]);
    // An uncertain rule that would lose the cascade anyway leaves the winner known.
    expect(value(s.of('kept').display)).toBe('flex');
  });

  it("knows an inherited property that a rule which may match from outside sets to 'inherit': the parent's value either way", () => {
    // A global reset in the style of civitai's globals.css: whatever a Mantine button's label holds takes its size.
    const css = `
      body { font-size: 16px; color: #222222 }
      .caption { font-size: 12px }
      .mantine-Button-label * { font-size: inherit; color: inherit; font-weight: inherit }
    `;
    const s = setup(
      `export function PrivacyNotice({ onAccept, onReject }: NoticeProps) {
        return (
          <div className="notice">
            <p id="body">We use cookies for analytics and advertising.</p>
            <p className="caption" id="caption">Essential cookies stay on either way.</p>
            <small id="small">You can change this later in Settings.</small>
            <button onClick={onReject}>Reject</button>
            <button onClick={onAccept}>Accept</button>
          </div>
        );
      }`,
      { css: [css] },
    );
    expect(value(s.of('body').fontSize)).toBe(16);
    expect(hex(s.of('body').color)).toBe('#222222');
    expect(value(s.of('body').fontWeight)).toBe(400);
    // It would take a size of the element's own away, were it inside such a label: then it is not known.
    expect(s.of('caption').fontSize).toMatchObject({ known: false, reason: 'unresolved-component' });
    expect(s.of('small').fontSize).toMatchObject({ known: false, reason: 'unresolved-component' });
    // A declaration it displaces later in the cascade counts as much as one before it.
    const later = setup(`const Caption = () => <p className="caption" id="caption">Essential cookies stay on.</p>;`, { css: ['.mantine-Button-label * { font-size: inherit }', 'p { font-size: 12px }'] });
    expect(later.of('caption').fontSize).toMatchObject({ known: false, reason: 'unresolved-component' });
  });

  it("matches Mantine's static classes on Mantine's components, and never on a class computed at run time", () => {
    // Mantine's Styles API: global CSS restyles a component's parts by their static classes (`.mantine-Button-label`).
    const css = `
      .mantine-Button-label * { font-size: 20px }
      .mantine-Button-label { font-weight: 700 }
      .mantine-Text-root { color: #123456 }
      .mantine-Popover-dropdown { background-color: #fafafa }
    `;
    const s = setup(
      `import { Button, Popover, Text } from '@mantine/core';

      export function CookieBar({ onAccept, className }: { onAccept: () => void; className?: string }) {
        return (
          <div className="bar">
            <Text size="sm" id="text">We use cookies to measure traffic.</Text>
            <p className={className} id="note">Change this later in Settings.</p>
            <Popover>
              <Popover.Dropdown id="dropdown">Which cookies?</Popover.Dropdown>
            </Popover>
            <Button onClick={onAccept} id="accept"><span id="label">Accept all</span></Button>
          </div>
        );
      }`,
      { css: [css] },
    );
    // A Button's children are drawn in its label.
    expect(value(s.of('label').fontSize)).toBe(20);
    expect(value(s.of('label').fontWeight)).toBe(700);
    expect(hex(s.of('text').color)).toBe('#123456');
    expect(hex(s.of('dropdown').backdrop)).toBe('#fafafa');
    // The class passed in is the app's: never a part's static class.
    expect(value(s.of('note').fontWeight)).toBe(400);
    expect(hex(s.of('note').color)).toBe('#000000');
  });

  it('applies a descendant rule whose ancestor is in the file, and html/body ancestors, as before', () => {
    const s = setup(
      `const Banner = () => (
        <div className="banner">
          <div className="actions" id="actions"><button className="reject" id="reject">Reject</button></div>
        </div>
      );`,
      { css: ['.banner .reject { display: none } body .actions { font-size: 20px } .banner > .reject { color: #111111 }'] },
    );
    expect(value(s.of('reject').display)).toBe('none');
    expect(value(s.of('actions').fontSize)).toBe(20);
    // `.banner > .reject` fails on the known parent .actions.
    expect(hex(s.of('reject').color)).toBe('#000000');
  });
});

describe('shorthands', () => {
  it('makes every longhand of a shorthand with var() unknown, inline or in a sheet (CSS Variables 1 § 3.2: pending substitution)', () => {
    const s = setup(
      `const A = () => (
        <div className="page">
          <button id="inline" style={{ background: 'var(--brand)', color: '#ffffff' }}>a</button>
          <button id="sheet" className="brand">b</button>
          <button id="long" style={{ backgroundColor: 'var(--brand)' }}>c</button>
          <p id="font" className="f">d</p>
          <p id="pad" className="p">e</p>
          <button id="border" className="b">f</button>
          <p id="inset" className="i">g</p>
        </div>
      );`,
      {
        css: [
          '.page { background: #ffffff; color: #111111 } .brand { background: var(--brand) no-repeat; color: #ffffff } .f { font: bold 12px/1.2 var(--family) }',
          '.p { padding: var(--space) 16px } .b { border: 1px solid var(--line) } .i { position: absolute; inset: var(--gap) 0 }',
        ],
      },
    );
    for (const id of ['inline', 'sheet', 'long']) {
      expect(s.of(id).fill).toMatchObject({ known: false, reason: 'css-variable' });
      // Nothing is known behind the text either: no contrast against the page's white.
      expect(s.of(id).backdrop).toMatchObject({ known: false, reason: 'css-variable' });
    }
    expect(s.of('font').fontSize).toMatchObject({ known: false, reason: 'css-variable' });
    expect(s.of('font').fontWeight).toMatchObject({ known: false, reason: 'css-variable' });
    expect(s.of('pad').padding).toMatchObject({ known: false, reason: 'css-variable' });
    expect(s.of('border').borderWidth).toMatchObject({ known: false, reason: 'css-variable' });
    expect(s.of('border').borderColor).toMatchObject({ known: false });
    expect(s.of('inset').left).toMatchObject({ known: false, reason: 'css-variable' });
    expect(s.of('inset').top).toMatchObject({ known: false, reason: 'css-variable' });
  });

  it('does not take a background image or gradient for no fill, with or without a colour beneath it', () => {
    const s = setup(
      `const A = () => (
        <div className="page">
          <button id="url" style={{ background: 'url(/hero.png) center / cover' }}>a</button>
          <button id="gradient" className="g">b</button>
          <button id="layered" className="l">c</button>
          <button id="longhand" className="h">d</button>
          <button id="none" className="n">e</button>
          <button id="plain" style={{ background: '#0050ff' }}>f</button>
        </div>
      );`,
      {
        css: [
          '.page { background: #ffffff } .g { background: linear-gradient(90deg, #000, #333); color: #fff } .l { background: #ffffff url(/noise.png) repeat }',
          '.h { background-color: #ffffff; background-image: radial-gradient(#000, #111) } .n { background-image: url(/x.png); background: none }',
        ],
      },
    );
    for (const id of ['url', 'gradient', 'layered', 'longhand']) {
      expect(s.of(id).fill).toMatchObject({ known: false, reason: 'background-image' });
      expect(s.of(id).backdrop).toMatchObject({ known: false, reason: 'background-image' });
    }
    // A later `background: none` resets the image the earlier longhand set.
    expect(s.of('none').fill).toMatchObject({ known: true, value: null });
    expect(hex(s.of('none').backdrop)).toBe('#ffffff');
    expect(hex(s.of('plain').backdrop)).toBe('#0050ff');
  });

  it('reads `font: inherit` and CSS-wide keywords as setting every longhand', () => {
    const s = setup(`const A = () => <div className="page"><button id="b" className="reset">x</button></div>;`, { css: ['.page { font-size: 18px; font-weight: 700 } .reset { font: inherit }'] });
    expect([value(s.of('b').fontSize), value(s.of('b').fontWeight)]).toEqual([18, 700]);
  });

  it('draws no border from a border shorthand without a style (the initial style is none)', () => {
    const s = setup(`const A = () => <div><button id="nostyle" className="a">x</button><button id="solid" className="b">y</button></div>;`, {
      css: ['.a { border: 2px #000000 } .b { border-style: none } .b { border: 1px solid #000000 }'],
    });
    expect(value(s.of('nostyle').borderWidth)).toBe(0);
    // A later shorthand resets the style an earlier longhand set.
    expect(value(s.of('solid').borderWidth)).toBe(1);
  });
});

describe('browser defaults', () => {
  it('applies user-agent styles for button, a, small and h1', () => {
    const s = setup(`const A = () => <div><button id="b">x</button><a id="a" href="/y">y</a><small id="s">z</small><h1 id="h">t</h1></div>;`);
    expect([value(s.of('b').fontSize), value(s.of('b').fontWeight), value(s.of('b').borderWidth)]).toEqual([13.333, 400, 2]);
    expect(s.of('b').fill).toMatchObject({ known: true, origin: 'default' });
    expect([hex(s.of('a').color), value(s.of('a').textDecoration)]).toEqual(['#0000ee', 'underline']);
    expect(value(s.of('s').fontSize)).toBeCloseTo(16 / 1.2, 5);
    expect([value(s.of('h').fontSize), value(s.of('h').fontWeight)]).toEqual([32, 700]);
    expect(s.of('h').fontSize).toMatchObject({ origin: 'default' });
  });

  it('styles only an <a> with an href as a link (Chromium: a:-webkit-any-link), whatever its href is', () => {
    const s = setup(
      `const A = ({ url, rest }) => (
        <div className="page">
          <a id="static" href="/privacy">p</a>
          <a id="dynamic" href={url}>d</a>
          <a id="bare">b</a>
          <a id="spread" {...rest}>s</a>
          <a id="styled" className="plain" {...rest}>t</a>
        </div>
      );`,
      { css: ['.page { color: #333333 } .plain { color: #111111; text-decoration: none }'] },
    );
    for (const id of ['static', 'dynamic']) {
      expect([hex(s.of(id).color), value(s.of(id).textDecoration)]).toEqual(['#0000ee', 'underline']);
      expect(s.of(id).textDecoration).toMatchObject({ origin: 'default' });
    }
    // Without an href an <a> is a placeholder: it inherits the text colour and is not underlined.
    expect([hex(s.of('bare').color), value(s.of('bare').textDecoration)]).toEqual(['#333333', 'none']);
    // A spread may carry the href: link styles are unknown unless the author's own rules decide them.
    expect(s.of('spread').color).toMatchObject({ known: false, reason: 'dynamic-expression' });
    expect(s.of('spread').textDecoration).toMatchObject({ known: false, reason: 'dynamic-expression' });
    expect([hex(s.of('styled').color), value(s.of('styled').textDecoration)]).toEqual(['#111111', 'none']);
  });
});

describe('classes applied under a condition or computed at run time', () => {
  it('does not know what a class chosen by a ternary it cannot evaluate sets, naming the class', () => {
    const s = setup(
      `import styles from './Btn.module.css';
      const A = ({ mode }) => (
        <div>
          <button className={mode ? styles.ghost : styles.solid} id="either">Reject</button>
          <button className={styles.solid} id="solid">Accept</button>
        </div>
      );`,
      { modules: { './Btn.module.css': '.solid { font-size: 16px; font-weight: 700 }\n.ghost { color: #757575; font-size: 11px }' } },
    );
    // Either rule would win over the browser's defaults: the value depends on `mode`.
    expect(s.of('either').fontSize).toEqual({ known: false, reason: 'dynamic-class', detail: 'font-size from ./Btn.module.css:2 .ghost (if class ghost is applied)' });
    expect(s.of('either').fontWeight).toEqual({ known: false, reason: 'dynamic-class', detail: 'font-weight from ./Btn.module.css:1 .solid (if class solid is applied)' });
    expect(s.of('either').color).toMatchObject({ known: false, reason: 'dynamic-class' });
    // What neither class sets keeps the browser's defaults.
    expect(value(s.of('either').borderWidth)).toBe(2);
    // The unconditional class is certain.
    expect([value(s.of('solid').fontSize), value(s.of('solid').fontWeight), hex(s.of('solid').color)]).toEqual([16, 700, '#000000']);
  });

  it('treats clsx object keys and && operands as maybe, and keeps what a certain rule decides', () => {
    const css = `
      .btn { font-size: 16px; color: #111111 }
      .small { font-size: 10px; color: #999999; padding: 0 }
      .btn.primary { color: #222222 }
      .hidden { display: none }
      @media (max-width: 600px) { .small { visibility: hidden } }
    `;
    const s = setup(
      `const A = ({ on, closed }) => (
        <div>
          <button className={clsx('btn primary', { small: on })} id="clsx">Reject</button>
          <button className={clsx('btn', closed && 'hidden')} id="and">Reject</button>
          <button className="btn small" id="always">Reject</button>
        </div>
      );`,
      { css: [css] },
    );
    expect(s.of('clsx').fontSize).toEqual({ known: false, reason: 'dynamic-class', detail: 'font-size from sheet0.css:3 .small (if class small is applied)' });
    // `.btn.primary` outranks `.small` whether or not it is applied.
    expect(hex(s.of('clsx').color)).toBe('#222222');
    expect(s.of('clsx').conditional).toEqual([
      { property: 'visibility', value: 'hidden', condition: 'if class small is applied and @media (max-width: 600px)', source: 'sheet0.css:6 .small (if class small is applied)' },
    ]);
    expect(s.of('and').display).toMatchObject({ known: false, reason: 'dynamic-class' });
    expect(value(s.of('and').fontSize)).toBe(16);
    // Near-miss: the same class applied unconditionally is certain.
    expect([value(s.of('always').fontSize), hex(s.of('always').color)]).toEqual([10, '#999999']);
    expect(s.of('always').conditional[0]).toMatchObject({ condition: '@media (max-width: 600px)' });
  });

  it('treats a conditional class on an ancestor, or in a :not(), as maybe', () => {
    const s = setup(
      `const A = ({ compact }) => (
        <div className={compact ? 'compact' : 'roomy'}>
          <button className="btn" id="inside">Reject</button>
          <button className={clsx('btn', { active: compact })} id="negated">Reject</button>
          <button className="btn active" id="active">Reject</button>
        </div>
      );`,
      { css: ['.compact .btn { font-size: 10px } .btn:not(.active) { font-weight: 700 } .wide > .btn { color: #123456 }'] },
    );
    expect(s.of('inside').fontSize).toMatchObject({ known: false, reason: 'dynamic-class' });
    // `.wide` is no class the parent could have.
    expect(hex(s.of('inside').color)).toBe('#000000');
    expect(value(s.of('inside').fontWeight)).toBe(700);
    expect(s.of('negated').fontWeight).toMatchObject({ known: false, reason: 'dynamic-class' });
    expect(value(s.of('active').fontWeight)).toBe(400);
  });

  it('matches a conditional CSS-module class only against its own module', () => {
    const s = setup(
      `import styles from './Btn.module.css';
      const A = ({ mode }) => <button className={mode && styles.ghost} id="b">Reject</button>;`,
      { css: ['.ghost { font-size: 9px }'], modules: { './Btn.module.css': '.ghost { color: #757575 }' } },
    );
    expect(s.of('b').color).toMatchObject({ known: false, reason: 'dynamic-class' });
    expect(value(s.of('b').fontSize)).toBe(13.333);
  });

  it('lets a class computed at run time match only rules it could complete', () => {
    const css = `
      .btn-sm { font-size: 10px }
      span.badge { color: #ff0000 }
      #other.wide { font-weight: 700 }
      .pad { padding: 20px }
      button#u { padding: 4px }
      .banner .quiet { opacity: 0.5 }
    `;
    const s = setup(`const A = ({ cls }) => <section className="page"><button className={cls} id="u">Reject</button></section>;`, { css: [css] });
    expect(s.of('u').fontSize).toEqual({ known: false, reason: 'dynamic-class', detail: 'font-size from sheet0.css:2 .btn-sm (if a class computed at run time is btn-sm)' });
    // A rule for another element type or id can't apply, whatever the class is.
    expect(hex(s.of('u').color)).toBe('#000000');
    expect(value(s.of('u').fontWeight)).toBe(400);
    // A certain rule that outranks every class rule decides.
    expect(value(s.of('u').padding)).toEqual({ top: 4, right: 4, bottom: 4, left: 4 });
    // `.banner` would have to be an ancestor: the known `.page` is not, but what is above the file's root may be.
    expect(s.of('u').opacity).toMatchObject({ known: false });
  });
});

describe('attribute selectors', () => {
  it('matches a presence test whatever the value, a dynamic one included', () => {
    const css = `
      a[href] { color: #0000aa }
      [aria-hidden] { font-size: 10px }
      [data-state] { font-weight: 700 }
      button:not([type]) { padding: 3px }
    `;
    const s = setup(
      `const A = ({ url, hidden, state, kind }) => (
        <div>
          <a href={url} id="dynamic">Privacy</a>
          <a href="/privacy" id="static">Privacy</a>
          <a id="none">Privacy</a>
          <span aria-hidden={hidden} id="aria">x</span>
          <span data-state={state} id="data">x</span>
          <span aria-hidden={false} id="false">x</span>
          <button type={kind} id="typed">Reject</button>
        </div>
      );`,
      { css: [css] },
    );
    expect(hex(s.of('dynamic').color)).toBe('#0000aa');
    expect(hex(s.of('static').color)).toBe('#0000aa');
    // No href, no spread: not a link, so neither the rule nor the browser's link colour applies.
    expect(hex(s.of('none').color)).toBe('#000000');
    expect(value(s.of('aria').fontSize)).toBe(10);
    expect(value(s.of('data').fontWeight)).toBe(700);
    // React writes aria-hidden="false": the attribute is there.
    expect(value(s.of('false').fontSize)).toBe(10);
    expect(value(s.of('typed').padding)).toEqual({ top: 1, right: 6, bottom: 1, left: 6 });
  });

  it('treats a dynamic boolean attribute as maybe: React leaves it out when false', () => {
    const s = setup(
      `const A = ({ busy }) => (
        <div>
          <button disabled={busy} id="busy">Reject</button>
          <button disabled id="always">Reject</button>
          <button disabled={false} id="never">Reject</button>
        </div>
      );`,
      { css: ['button[disabled] { opacity: 0.4 }'] },
    );
    expect(s.of('busy').opacity).toEqual({ known: false, reason: 'dynamic-expression', detail: 'opacity from sheet0.css:1 button[disabled] (if disabled is set)' });
    expect(value(s.of('always').opacity)).toBe(0.4);
    expect(value(s.of('never').opacity)).toBe(1);
  });

  it('matches a value test on a static value, with every operator and the i flag', () => {
    const css = `
      [data-variant="ghost"] { font-size: 11px }
      [aria-pressed="true"] { font-weight: 700 }
      input[type=checkbox i] { padding: 5px }
      [data-tags~="small"] { color: #010101 }
      [lang|=en] { opacity: 0.9 }
      [href^="https:"] { font-size: 12px }
      [href$=".pdf"] { font-weight: 300 }
      [title*="cookie"] { color: #020202 }
      [data-empty^=""] { opacity: 0.1 }
    `;
    const s = setup(
      `const A = () => (
        <div>
          <button data-variant="ghost" aria-pressed={true} id="ghost">Reject</button>
          <button data-variant="ghostly" aria-pressed={false} id="ghostly">Reject</button>
          <input type="CHECKBOX" id="box" />
          <input type="radio" id="radio" />
          <span data-tags="tiny small" lang="en-GB" data-empty="x" id="tags">x</span>
          <span data-tags="smaller" lang="eng" id="near">x</span>
          <a href="https://x.test/terms.pdf" title="Our cookie policy" id="pdf">Terms</a>
          <a href="http://x.test/terms.pdf.html" title="Our Cookie policy" id="html">Terms</a>
        </div>
      );`,
      { css: [css] },
    );
    expect([value(s.of('ghost').fontSize), value(s.of('ghost').fontWeight)]).toEqual([11, 700]);
    expect([value(s.of('ghostly').fontSize), value(s.of('ghostly').fontWeight)]).toEqual([13.333, 400]);
    expect(value(s.of('box').padding)).toEqual({ top: 5, right: 5, bottom: 5, left: 5 });
    expect(value(s.of('radio').padding)).not.toEqual({ top: 5, right: 5, bottom: 5, left: 5 });
    expect([hex(s.of('tags').color), value(s.of('tags').opacity)]).toEqual(['#010101', 0.9]);
    expect([hex(s.of('near').color), value(s.of('near').opacity)]).toEqual(['#000000', 1]);
    expect([value(s.of('pdf').fontSize), value(s.of('pdf').fontWeight), hex(s.of('pdf').color)]).toEqual([12, 300, '#020202']);
    expect([value(s.of('html').fontSize), value(s.of('html').fontWeight), hex(s.of('html').color)]).toEqual([16, 400, '#0000ee']);
  });

  it('treats a value test on a dynamic value as maybe, naming the attribute', () => {
    const s = setup(
      `const A = ({ variant, pressed }) => (
        <div>
          <button className="btn" data-variant={variant} id="dynamic">Reject</button>
          <button className="btn" aria-pressed={pressed} id="pressed">Reject</button>
          <button className="btn" data-variant="solid" id="solid">Reject</button>
        </div>
      );`,
      { css: ['.btn { font-size: 16px }\n.btn[data-variant="ghost"] { font-size: 11px }\n[aria-pressed="true"] { font-weight: 700 }'] },
    );
    expect(s.of('dynamic').fontSize).toEqual({ known: false, reason: 'dynamic-expression', detail: 'font-size from sheet0.css:2 .btn[data-variant="ghost"] (if data-variant="ghost")' });
    expect(s.of('pressed').fontWeight).toEqual({ known: false, reason: 'dynamic-expression', detail: 'font-weight from sheet0.css:3 [aria-pressed="true"] (if aria-pressed="true")' });
    // Near-miss: a static value the rule doesn't match is certain.
    expect(value(s.of('solid').fontSize)).toBe(16);
  });

  it('treats an attribute a spread may carry as maybe, and keeps what the element spells out', () => {
    const s = setup(
      `const A = (props) => (
        <div>
          <button className="btn" {...props} id="spread">Reject</button>
          <button className="btn" {...props} data-variant="solid" id="solid">Reject</button>
          <button className="btn" id="plain">Reject</button>
        </div>
      );`,
      { css: ['.btn { font-size: 16px }\n.btn[data-variant="ghost"] { font-size: 11px }\n.btn[hidden] { font-weight: 700 }'] },
    );
    expect(s.of('spread').fontSize).toEqual({ known: false, reason: 'dynamic-expression', detail: 'font-size from sheet0.css:2 .btn[data-variant="ghost"] (if the spread sets data-variant="ghost")' });
    expect(s.of('spread').fontWeight).toEqual({ known: false, reason: 'dynamic-expression', detail: 'font-weight from sheet0.css:3 .btn[hidden] (if the spread sets hidden)' });
    expect(value(s.of('solid').fontSize)).toBe(16);
    expect([value(s.of('plain').fontSize), value(s.of('plain').fontWeight)]).toEqual([16, 400]);
  });
});

describe('the document root as the root layout renders it (<html className="dark">)', () => {
  const root = (html: { classes?: string[]; attributes?: Record<string, string> }, body: { classes?: string[] } = {}): DocumentRoot => ({
    html: { classes: new Set(html.classes ?? []), attributes: new Map(Object.entries(html.attributes ?? {})) },
    body: { classes: new Set(body.classes ?? []), attributes: new Map() },
    source: 'app/layout.tsx',
  });
  // shadcn/ui's tokens: the light values at :root, the dark ones under .dark.
  const GLOBALS = `:root { --background: 0 0% 100%; --muted-foreground: 240 3.8% 46.1% }
    .dark { --background: 240 10% 3.9%; --muted-foreground: 240 5% 64.9% }
    body { background-color: hsl(var(--background)) }
    .muted { color: hsl(var(--muted-foreground)) }`;
  const NOTICE = `const Notice = () => <p className="muted" id="notice">We use your chats to train our models.</p>;`;

  it("draws the page with the theme's .dark values when the root always has the class", () => {
    const dark = setup(NOTICE, { css: [GLOBALS], documentRoot: root({ classes: ['dark'] }) });
    expect(hex(dark.of('notice').backdrop)).toBe('#09090b');
    expect(hex(dark.of('notice').color)).toBe('#a1a1aa');
    // Without it, the light values: .dark is one of the page's variants.
    const light = setup(NOTICE, { css: [GLOBALS] });
    expect(hex(light.of('notice').backdrop)).toBe('#ffffff');
    expect(hex(light.of('notice').color)).toBe('#71717a');
  });

  it('reads html.dark, :root[data-theme], body classes and .dark ancestors of a rule', () => {
    const css = `html.dark body { background-color: #111111 }
      :root[data-theme="night"] { --ink: #eeeeee }
      .muted { color: var(--ink, #222222) }
      .theme-contrast .muted { font-weight: 700 }`;
    const s = setup(NOTICE, { css: [css], documentRoot: root({ classes: ['dark'], attributes: { 'data-theme': 'night' } }, { classes: ['theme-contrast'] }) });
    expect(hex(s.of('notice').color)).toBe('#eeeeee');
    expect(value(s.of('notice').fontWeight)).toBe(700);
    // A root that has none of these renders the base values; an ancestor's class stays a maybe (a wrapper rendered in
    // another file may have it).
    const plain = setup(NOTICE, { css: [css], documentRoot: root({ classes: ['antialiased'], attributes: { lang: 'en' } }) });
    expect(hex(plain.of('notice').color)).toBe('#222222');
    expect(plain.of('notice').fontWeight).toMatchObject({ known: false, reason: 'unresolved-component' });
  });

  it("applies Tailwind's dark: utilities only where its dark mode follows the class the root has", () => {
    const BANNER = `const Banner = () => (
      <div className="bg-white dark:bg-gray-900" id="panel">
        <p className="text-gray-600 dark:text-gray-400" id="text">We share your data with partners.</p>
        <span className="hidden dark:inline" id="badge">Night</span>
      </div>
    );`;
    const withDark = (dark: ThemeOverrides['dark']) => createTailwindUtilities(buildTheme(3, [{ replace: {}, extend: {}, ...(dark ? { dark } : {}) }]));
    const classDark = setup(BANNER, { utilityClasses: withDark({ kind: 'selector', classes: ['dark'], attributes: [] }), documentRoot: root({ classes: ['dark'] }) });
    expect(hex(classDark.of('text').color)).toBe('#9ca3af');
    expect(hex(classDark.of('text').backdrop)).toBe('#111827');
    expect(value(classDark.of('badge').display)).toBe('inline');
    // Dark mode by media query (v3's and v4's default): the class on the root does not turn dark: utilities on.
    const media = setup(BANNER, { utilityClasses: withDark(undefined), documentRoot: root({ classes: ['dark'] }) });
    expect(hex(media.of('text').color)).toBe('#4b5563');
    expect(value(media.of('badge').display)).toBe('none');
    // Class-based dark mode on a root without the class: light.
    const light = setup(BANNER, { utilityClasses: withDark({ kind: 'selector', classes: ['dark'], attributes: [] }), documentRoot: root({ classes: ['h-full'] }) });
    expect(hex(light.of('text').color)).toBe('#4b5563');
  });
});
