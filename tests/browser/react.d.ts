// The two React functions the fixture renderer calls. @types/react is not installed: its global JSX and DOM
// interfaces would leak into the whole project, which compiles without the DOM library on purpose.
declare module 'react' {
  export function createElement(type: unknown, props: Record<string, unknown> | null): unknown;
}
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: unknown): string;
}
