/**
 * Storybook: the stories a Storybook publishes in its index, as pages to audit. Storybook 7 and later write
 * `index.json` (`{ v: 4 | 5, entries: { [id]: { id, title, name, type: 'story' | 'docs' } } }`); Storybook 6 wrote
 * `stories.json` (`{ v: 3, stories: { [id]: { id, title | kind, name } } }`). Each story renders alone in
 * `iframe.html?id=<id>&viewMode=story`, which is the page audited.
 */
import type { AuditTarget } from './audit.js';

export class StorybookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorybookError';
  }
}

export interface Story {
  id: string;
  title: string;
  name: string;
}

/** The stories of an index.json or stories.json document; docs entries are not stories. */
export function storiesOf(index: unknown): Story[] {
  if (typeof index !== 'object' || index === null) throw new StorybookError('the index is not a JSON object');
  const record = index as { entries?: unknown; stories?: unknown };
  const entries = record.entries ?? record.stories;
  if (typeof entries !== 'object' || entries === null) throw new StorybookError('the index has neither "entries" (Storybook 7+) nor "stories" (Storybook 6)');
  const stories: Story[] = [];
  for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const entry = value as { id?: unknown; title?: unknown; kind?: unknown; name?: unknown; type?: unknown };
    if (record.entries !== undefined && entry.type !== 'story') continue;
    const id = typeof entry.id === 'string' ? entry.id : key;
    const title = typeof entry.title === 'string' ? entry.title : typeof entry.kind === 'string' ? entry.kind : '';
    stories.push({ id, title, name: typeof entry.name === 'string' ? entry.name : id });
  }
  return stories;
}

/**
 * `--stories <glob>`: matched against the story id (`consent-banner--default`) and its path as the sidebar shows
 * it (`Consent/Banner/Default`), case-insensitively. `*` matches within a path segment, `**` across segments.
 */
export function storyMatcher(glob: string): (story: Story) => boolean {
  const source = glob
    .split(/(\*\*|\*|\?)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '.' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const pattern = new RegExp(`^${source}$`, 'i');
  return (story) => pattern.test(story.id) || pattern.test(`${story.title}/${story.name}`);
}

/** The iframe URL of a story, from the Storybook's base URL. */
export function storyUrl(base: string, id: string): string {
  const url = new URL('iframe.html', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('id', id);
  url.searchParams.set('viewMode', 'story');
  return url.href;
}

/** The stories to audit: index.json, or stories.json where it is missing, read with `fetchText`. */
export async function storybookTargets(base: string, fetchText: (url: string) => Promise<string | undefined>, glob: string | undefined): Promise<AuditTarget[]> {
  const root = base.endsWith('/') ? base : `${base}/`;
  let text: string | undefined;
  let tried = '';
  for (const file of ['index.json', 'stories.json']) {
    tried = new URL(file, root).href;
    text = await fetchText(tried);
    if (text !== undefined) break;
  }
  if (text === undefined) throw new StorybookError(`no index.json or stories.json at ${root} (is it a Storybook build or a running Storybook?)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StorybookError(`${tried} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const matches = glob === undefined ? () => true : storyMatcher(glob);
  const stories = storiesOf(parsed).filter(matches);
  if (stories.length === 0) throw new StorybookError(glob === undefined ? `${tried} lists no stories` : `no story matches --stories ${glob}`);
  return stories.map((story) => ({ url: storyUrl(root, story.id), name: `${story.title}/${story.name}` }));
}
