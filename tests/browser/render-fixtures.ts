/**
 * The bundled fixtures as the pages they render: each fixture module is loaded through Vite's SSR loader (which
 * compiles TSX with React's automatic JSX runtime), every exported component is rendered with react-dom/server
 * with no props, and the stylesheets the module imports (with those of the local modules it imports) are inlined.
 * CSS modules keep their class names as written (`generateScopedName: '[local]'`), so a module's CSS applies as is.
 *
 * Only tests render: the checker never executes what it analyses. Fixtures that import packages other than React
 * (MUI, styled-components, i18n) or SCSS are left out, with the reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer, type ViteDevServer } from 'vite';

export interface RenderedFixture {
  /** Relative to fixtures/, with forward slashes. */
  file: string;
  html: string;
}

export interface Rendering {
  pages: RenderedFixture[];
  skipped: Array<{ file: string; reason: string }>;
}

const IMPORT = /(?:import|export)\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1] as string);
}

/** Why a module can't be rendered here, or undefined; and the stylesheets it brings in, in import order. */
function inspect(file: string, seen = new Set<string>()): { reason?: string; stylesheets: string[] } {
  if (seen.has(file)) return { stylesheets: [] };
  seen.add(file);
  const stylesheets: string[] = [];
  for (const specifier of importsOf(file)) {
    if (specifier === 'react') continue;
    if (!specifier.startsWith('.')) return { reason: `imports ${specifier}`, stylesheets };
    const target = path.resolve(path.dirname(file), specifier);
    if (/\.s[ac]ss$/.test(target)) return { reason: `imports SCSS (${specifier})`, stylesheets };
    if (target.endsWith('.css')) {
      stylesheets.push(target);
      continue;
    }
    const module = ['.tsx', '.ts', '.jsx', '.js'].map((extension) => `${target}${extension}`).find((candidate) => {
      try {
        return readFileSync(candidate) !== undefined;
      } catch {
        return false;
      }
    });
    if (!module) return { reason: `imports ${specifier}, which is not there`, stylesheets };
    const nested = inspect(module, seen);
    if (nested.reason) return nested;
    stylesheets.push(...nested.stylesheets);
  }
  return { stylesheets };
}

export async function renderFixtures(repo: string, files: readonly string[]): Promise<Rendering> {
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: repo,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    css: { modules: { generateScopedName: '[local]' } },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const pages: RenderedFixture[] = [];
  const skipped: Rendering['skipped'] = [];
  try {
    for (const file of files) {
      const absolute = path.join(repo, 'fixtures', file);
      const { reason, stylesheets } = inspect(absolute);
      if (reason) {
        skipped.push({ file, reason });
        continue;
      }
      try {
        const module = (await server.ssrLoadModule(`/fixtures/${file}`)) as Record<string, unknown>;
        const components = Object.entries(module).filter(([name, value]) => typeof value === 'function' && /^[A-Z]/.test(name));
        if (components.length === 0) {
          skipped.push({ file, reason: 'exports no component' });
          continue;
        }
        const markup = components.map(([, component]) => renderToStaticMarkup(createElement(component as () => null, {}))).join('\n');
        const css = [...new Set(stylesheets)].map((sheet) => readFileSync(sheet, 'utf8')).join('\n');
        pages.push({ file, html: `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${file}</title><style>${css}</style></head><body>${markup}</body></html>\n` });
      } catch (error) {
        skipped.push({ file, reason: `does not render without props: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
      }
    }
  } finally {
    await server.close();
  }
  return { pages, skipped };
}
