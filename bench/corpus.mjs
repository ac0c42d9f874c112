/**
 * A deterministic (seeded) corpus of React app code for the benchmark: mostly ordinary components (lists, forms,
 * tables, hooks, pages) with their CSS and CSS modules, and a few percent consent UIs, good and bad (cookie
 * banners, preference dialogs, checkout add-ons, newsletter sign-ups). The same seed and count always give the
 * same files, so two runs (or two machines) measure the same work.
 *
 * Files are spread over four parts (part-1 … part-4), each its own small app; the bench takes the first 25%, 50%
 * and 100% of the sorted file list to see whether time grows linearly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Share of the script files that are consent UIs: "a few percent", as in a real app. */
const CONSENT_SHARE = 0.04;

/** mulberry32: a tiny, well-mixed 32-bit PRNG; deterministic across platforms, unlike Math.random. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['order', 'invoice', 'customer', 'product', 'ticket', 'project', 'report', 'user', 'team', 'message', 'booking', 'payment', 'shipment', 'review', 'article', 'event', 'task', 'account', 'device', 'contract'];
const FEATURES = ['billing', 'catalog', 'dashboard', 'inbox', 'settings', 'admin', 'profile', 'search', 'analytics', 'support', 'onboarding', 'checkout', 'calendar', 'reports', 'inventory', 'shipping'];
const FIELDS = ['name', 'email', 'status', 'createdAt', 'total', 'owner', 'priority', 'country', 'quantity', 'reference', 'dueDate', 'category'];
const COLOURS = ['#1d4ed8', '#0f766e', '#7c3aed', '#b91c1c', '#334155', '#0369a1', '#15803d', '#9333ea'];

function pascal(word) {
  return word[0].toUpperCase() + word.slice(1);
}

function createPicker(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list, count) => {
    const copy = [...list];
    const out = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };
  return { pick, some, int: (min, max) => min + Math.floor(random() * (max - min + 1)) };
}

function moduleCss(p, classes) {
  return classes
    .map((name) => `.${name} {\n  display: flex;\n  gap: ${p.int(4, 16)}px;\n  padding: ${p.int(4, 24)}px ${p.int(8, 32)}px;\n  color: #1f2937;\n  font-size: ${p.int(13, 18)}px;\n}\n\n.${name}:hover {\n  background: #f3f4f6;\n}\n`)
    .join('\n');
}

function listComponent(p, name, noun) {
  const fields = p.some(FIELDS, 3);
  return {
    css: moduleCss(p, ['list', 'item', 'empty', 'toolbar']),
    cssName: `${name}.module.css`,
    code: `import { useEffect, useMemo, useState } from 'react';
import styles from './${name}.module.css';
import { fetchJson } from '../../lib/api';

interface ${pascal(noun)} {
  id: string;
${fields.map((f) => `  ${f}: string;`).join('\n')}
}

export function ${name}({ filter = '' }: { filter?: string }) {
  const [items, setItems] = useState<${pascal(noun)}[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetchJson<${pascal(noun)}[]>('/api/${noun}s')
      .then((data) => { if (!cancelled) setItems(data); })
      .catch((e: Error) => { if (!cancelled) setError(e.message); })
      .finally(() => { if (!cancelled) setLoading(false); });
    return () => { cancelled = true; };
  }, []);

  const visible = useMemo(
    () => items.filter((item) => item.${fields[0]}.toLowerCase().includes(filter.toLowerCase())),
    [items, filter],
  );

  if (loading) return <p className={styles.empty}>Loading ${noun}s…</p>;
  if (error) return <p role="alert">Could not load ${noun}s: {error}</p>;
  if (visible.length === 0) return <p className={styles.empty}>No ${noun}s match “{filter}”.</p>;

  return (
    <div>
      <div className={styles.toolbar}>
        <span>{visible.length} ${noun}s</span>
      </div>
      <ul className={styles.list}>
        {visible.map((item) => (
          <li key={item.id} className={styles.item}>
${fields.map((f) => `            <span data-field="${f}">{item.${f}}</span>`).join('\n')}
          </li>
        ))}
      </ul>
    </div>
  );
}
`,
  };
}

function formComponent(p, name, noun) {
  const fields = p.some(FIELDS, p.int(3, 5));
  const colour = p.pick(COLOURS);
  return {
    css: `.form {\n  display: grid;\n  gap: 12px;\n  max-width: 480px;\n}\n\n.form label {\n  font-size: 14px;\n  color: #374151;\n}\n\n.submit {\n  background: ${colour};\n  color: #ffffff;\n  padding: 8px 16px;\n  font-size: 15px;\n  border-radius: 6px;\n}\n`,
    cssName: `${name}.css`,
    code: `import { useState, type FormEvent } from 'react';
import './${name}.css';

type Values = {
${fields.map((f) => `  ${f}: string;`).join('\n')}
};

const initial: Values = { ${fields.map((f) => `${f}: ''`).join(', ')} };

export default function ${name}({ onSave }: { onSave: (values: Values) => Promise<void> }) {
  const [values, setValues] = useState<Values>(initial);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});

  function validate(next: Values) {
    const found: Partial<Record<keyof Values, string>> = {};
${fields.map((f) => `    if (!next.${f}.trim()) found.${f} = 'Please enter the ${f}.';`).join('\n')}
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await onSave(values);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      <h2>Edit ${noun}</h2>
${fields
  .map(
    (f) => `      <label htmlFor="${noun}-${f}">${pascal(f)}</label>
      <input id="${noun}-${f}" value={values.${f}} onChange={(e) => setValues({ ...values, ${f}: e.target.value })} />
      {errors.${f} && <span className="error">{errors.${f}}</span>}`,
  )
  .join('\n')}
      <button type="submit" className="submit" disabled={saving}>{saving ? 'Saving…' : 'Save ${noun}'}</button>
    </form>
  );
}
`,
  };
}

function tableComponent(p, name, noun) {
  const fields = p.some(FIELDS, p.int(4, 6));
  return {
    css: moduleCss(p, ['table', 'header', 'row', 'pager']),
    cssName: `${name}.module.css`,
    code: `import { useState } from 'react';
import styles from './${name}.module.css';

export interface Row {
  id: number;
${fields.map((f) => `  ${f}: string;`).join('\n')}
}

type SortKey = ${fields.map((f) => `'${f}'`).join(' | ')};
const PAGE_SIZE = ${p.pick([10, 20, 25, 50])};

export function ${name}({ rows }: { rows: Row[] }) {
  const [sortKey, setSortKey] = useState<SortKey>('${fields[0]}');
  const [ascending, setAscending] = useState(true);
  const [page, setPage] = useState(0);

  const sorted = [...rows].sort((a, b) => (ascending ? 1 : -1) * a[sortKey].localeCompare(b[sortKey]));
  const pageRows = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));

  const sortBy = (key: SortKey) => {
    if (key === sortKey) setAscending(!ascending);
    else { setSortKey(key); setAscending(true); }
  };

  return (
    <>
      <table className={styles.table}>
        <thead className={styles.header}>
          <tr>
${fields.map((f) => `            <th scope="col"><button type="button" onClick={() => sortBy('${f}')}>${pascal(f)}</button></th>`).join('\n')}
          </tr>
        </thead>
        <tbody>
          {pageRows.map((row) => (
            <tr key={row.id} className={styles.row}>
${fields.map((f) => `              <td>{row.${f}}</td>`).join('\n')}
            </tr>
          ))}
        </tbody>
      </table>
      <nav className={styles.pager} aria-label="${pascal(noun)} pages">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>Previous</button>
        <span>Page {page + 1} of {pages}</span>
        <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>Next</button>
      </nav>
    </>
  );
}
`,
  };
}

function hookModule(p, name, noun) {
  return {
    code: `import { useCallback, useEffect, useReducer } from 'react';

type State = { status: 'idle' | 'loading' | 'done' | 'failed'; data: unknown[]; error?: string };
type Action = { type: 'start' } | { type: 'done'; data: unknown[] } | { type: 'failed'; error: string };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'start':
      return { ...state, status: 'loading' };
    case 'done':
      return { status: 'done', data: action.data };
    case 'failed':
      return { ...state, status: 'failed', error: action.error };
    default:
      return state;
  }
}

/** Loads ${noun}s and refreshes them every ${p.int(10, 120)} seconds. */
export function ${name}(endpoint = '/api/${noun}s') {
  const [state, dispatch] = useReducer(reducer, { status: 'idle', data: [] });
  const load = useCallback(async () => {
    dispatch({ type: 'start' });
    try {
      const response = await fetch(endpoint);
      dispatch({ type: 'done', data: (await response.json()) as unknown[] });
    } catch (error) {
      dispatch({ type: 'failed', error: String(error) });
    }
  }, [endpoint]);
  useEffect(() => {
    void load();
    const timer = setInterval(load, ${p.int(10, 120)}_000);
    return () => clearInterval(timer);
  }, [load]);
  return { ...state, reload: load };
}
`,
  };
}

function pageComponent(p, name, noun, siblings) {
  const parts = siblings.slice(0, 3);
  return {
    code: `import { Suspense, lazy } from 'react';
${parts.map((s) => `import { ${s.exportName} } from './${s.file}';`).join('\n')}
import '../../styles/layout.css';

const Help = lazy(() => import('../../lib/help'));

export function ${name}({ title = '${pascal(noun)}s' }) {
  return (
    <main className="page">
      <header className="page-header">
        <h1>{title}</h1>
        <a href="/${noun}s/new" className="primary-link">New ${noun}</a>
      </header>
      <section className="page-body">
${parts.map((s) => `        <${s.exportName} />`).join('\n') || '        <p>Nothing here yet.</p>'}
      </section>
      <Suspense fallback={<p>Loading help…</p>}>
        <Help topic="${noun}" />
      </Suspense>
    </main>
  );
}
`,
  };
}

function confirmDialog(p, name, noun) {
  // A near-miss for the consent rules: two buttons of unequal weight, but about deleting data, not consent.
  return {
    code: `import { useId } from 'react';

export function ${name}({ open, onConfirm, onCancel }: { open: boolean; onConfirm: () => void; onCancel: () => void }) {
  const titleId = useId();
  if (!open) return null;
  return (
    <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog">
      <h2 id={titleId}>Delete this ${noun}?</h2>
      <p>This cannot be undone.</p>
      <button type="button" onClick={onConfirm} style={{ background: '#b91c1c', color: '#ffffff', padding: '10px 20px' }}>Delete</button>
      <button type="button" onClick={onCancel} style={{ fontSize: 12 }}>Cancel</button>
    </div>
  );
}
`,
  };
}

const CONSENT_KINDS = ['banner-bad', 'banner-good', 'preferences-bad', 'preferences-good', 'addon-bad', 'addon-good', 'newsletter-bad', 'newsletter-good'];

function consentComponent(p, name, kind) {
  const accent = p.pick(COLOURS);
  switch (kind) {
    case 'banner-bad':
      return {
        css: `.banner {\n  background: #ffffff;\n  color: #1b1b1b;\n  font-size: 15px;\n}\n\n.accept {\n  background: ${accent};\n  color: #ffffff;\n  font-size: 16px;\n  padding: 12px 28px;\n}\n\n.reject {\n  background: #eeeeee;\n  color: #bdbdbd;\n  font-size: 11px;\n  padding: 2px 4px;\n}\n`,
        cssName: `${name}.module.css`,
        code: `import styles from './${name}.module.css';

export function ${name}({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {
  return (
    <aside className={styles.banner}>
      <p>We use cookies for analytics and personalised advertising.</p>
      <button className={styles.accept} onClick={onAccept}>Accept all cookies</button>
      <button className={styles.reject} onClick={onReject}>Reject cookies</button>
    </aside>
  );
}
`,
      };
    case 'banner-good':
      return {
        css: `.banner {\n  background: #ffffff;\n  color: #1b1b1b;\n}\n\n.choice {\n  background: ${accent};\n  color: #ffffff;\n  font-size: 16px;\n  padding: 10px 20px;\n}\n`,
        cssName: `${name}.css`,
        code: `import './${name}.css';

export function ${name}({ onAccept, onReject }: { onAccept: () => void; onReject: () => void }) {
  return (
    <aside className="banner">
      <p>We use cookies for analytics. You can change your mind at any time.</p>
      <button className="choice" onClick={onReject}>Reject cookies</button>
      <button className="choice" onClick={onAccept}>Accept cookies</button>
    </aside>
  );
}
`,
      };
    case 'preferences-bad':
    case 'preferences-good': {
      const checked = kind === 'preferences-bad' ? ' defaultChecked' : '';
      return {
        code: `export function ${name}({ onSave }: { onSave: (form: FormData) => void }) {
  return (
    <form role="dialog" aria-label="Privacy preferences" onSubmit={(e) => { e.preventDefault(); onSave(new FormData(e.currentTarget)); }}>
      <h2>Privacy preferences</h2>
      <label><input type="checkbox" name="necessary" checked disabled readOnly /> Strictly necessary cookies</label>
      <label><input type="checkbox" name="analytics"${checked} /> Analytics cookies</label>
      <label><input type="checkbox" name="marketing"${checked} /> Marketing cookies</label>
      <button type="submit">Save preferences</button>
    </form>
  );
}
`,
      };
    }
    case 'addon-bad':
    case 'addon-good': {
      const checked = kind === 'addon-bad' ? ' defaultChecked' : '';
      return {
        code: `export function ${name}({ total }: { total: number }) {
  return (
    <form className="checkout">
      <h2>Delivery</h2>
      <p>Order total: {total.toFixed(2)}</p>
      <label>
        <input type="checkbox" name="insurance"${checked} />
        Add shipping insurance ($4.99)
      </label>
      <button type="submit">Place order</button>
    </form>
  );
}
`,
      };
    }
    default: {
      const checked = kind === 'newsletter-bad' ? ' defaultChecked' : '';
      return {
        code: `import { useState } from 'react';

export function ${name}() {
  const [email, setEmail] = useState('');
  return (
    <form className="signup">
      <label htmlFor="signup-email">Email</label>
      <input id="signup-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label><input type="checkbox" name="newsletter"${checked} /> Send me the newsletter and partner offers</label>
      <button type="submit">Create account</button>
    </form>
  );
}
`,
      };
    }
  }
}

const ORDINARY = [listComponent, formComponent, tableComponent, hookModule, confirmDialog];

/**
 * Write `files` script files (plus their stylesheets and a few shared ones) under `dir`. Returns the script
 * files' paths relative to `dir`, sorted, and how many are consent UIs.
 */
export function generateCorpus(dir, { files, seed = 20240605 }) {
  const random = prng(seed);
  const p = createPicker(random);
  const written = [];
  let consent = 0;
  const write = (relative, text) => {
    const absolute = path.join(dir, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  };
  write('package.json', `${JSON.stringify({ name: 'bench-corpus', private: true, dependencies: { react: '^18.3.1' } }, null, 2)}\n`);
  const perPart = Math.ceil(files / 4);
  for (let part = 1; part <= 4; part += 1) {
    const root = `part-${part}/src`;
    write(`${root}/styles/layout.css`, `.page {\n  max-width: 1200px;\n  margin: 0 auto;\n  font-size: 16px;\n  color: #111827;\n}\n\n.page-header {\n  display: flex;\n  justify-content: space-between;\n}\n\n.primary-link {\n  color: #1d4ed8;\n}\n`);
    write(`${root}/lib/api.ts`, `export async function fetchJson<T>(url: string): Promise<T> {\n  const response = await fetch(url, { headers: { accept: 'application/json' } });\n  if (!response.ok) throw new Error(\`\${response.status} \${response.statusText}\`);\n  return (await response.json()) as T;\n}\n`);
    write(`${root}/lib/help.tsx`, `export default function Help({ topic }: { topic: string }) {\n  return <aside className="help">Need help with {topic}? Read the guide.</aside>;\n}\n`);
    written.push(`${root}/lib/api.ts`, `${root}/lib/help.tsx`);
    let index = 0;
    const partFiles = Math.min(perPart, files - (part - 1) * perPart) - 2;
    while (index < partFiles) {
      const feature = `${p.pick(FEATURES)}-${Math.floor(index / 12)}`;
      const siblings = [];
      // A feature folder of a dozen modules, then a page that composes some of them.
      for (let slot = 0; slot < 12 && index < partFiles; slot += 1, index += 1) {
        const noun = p.pick(NOUNS);
        const isPage = slot === 11;
        const isConsent = !isPage && random() < CONSENT_SHARE;
        let name;
        let module;
        if (isPage) {
          name = `${pascal(noun)}Page${index}`;
          module = pageComponent(p, name, noun, siblings);
        } else if (isConsent) {
          const kind = p.pick(CONSENT_KINDS);
          name = `${kind.split('-').map(pascal).join('')}${index}`;
          module = consentComponent(p, name, kind);
          consent += 1;
        } else {
          const make = p.pick(ORDINARY);
          name = make === hookModule ? `use${pascal(noun)}s${index}` : `${pascal(noun)}${make.name.replace(/Component|Module$/, '').replace(/^./, (c) => c.toUpperCase())}${index}`;
          module = make(p, name, noun);
          if (make !== hookModule && make !== formComponent) siblings.push({ exportName: name, file: name });
        }
        const file = `${root}/features/${feature}/${name}.${name.startsWith('use') ? 'ts' : 'tsx'}`;
        write(file, module.code);
        if (module.css) write(`${root}/features/${feature}/${module.cssName}`, module.css);
        written.push(file);
      }
    }
  }
  return { files: written.sort(), consent };
}
