/**
 * vanilla-cookieconsent (v3): the consent and preferences modals the library draws from `run()`'s configuration
 * (src/model/vanilla-cookieconsent.ts builds them), styled by the library's default theme, in scope wherever the
 * project depends on the package or imports its stylesheet. A project's own overrides (`#cc-main { --cc-btn-primary-bg:
 * ... }`, `.cm__btn--secondary { ... }`) load after it and win ties.
 *
 * Source: github.com/orestbida/cookieconsent v3.1.0 (MIT licence, Copyright (c) 2020-2024 Orest Bida), src/scss/:
 * abstracts/_light-color-scheme.scss (the colours), core/_base.scss (`#cc-main`: 16px, weight 400),
 * core/components/_consent-modal.scss (`.cm`, `.cm__body`, `.cm__texts`, `.cm__title` 1.05em, `.cm__desc` .9em in
 * the secondary colour, `.cm__btns` a column, `.cm__btn-group` a grid, `.cm__btn` 0.82em weight 600 in the primary
 * colours, `.cm__btn--secondary` in the secondary ones) and core/components/_preferences-modal.scss (`.pm`,
 * `.pm__title` weight 600, `.pm__btn` as `.cm__btn`). Only the declarations honest-ui reads are kept: layout, sizes,
 * weights and colours, not radii, shadows, transitions or the layouts' positions.
 */
import type { LibraryModule } from './types.js';

/** The package's name, as its imports name it. */
export const VANILLA_COOKIECONSENT = 'vanilla-cookieconsent';

export const VANILLA_COOKIECONSENT_CSS = [
  ':root { --cc-bg: #ffffff; --cc-primary-color: #2c2f31; --cc-secondary-color: #5e6266; --cc-btn-primary-bg: #30363c; --cc-btn-primary-color: #ffffff; --cc-btn-primary-border-color: var(--cc-btn-primary-bg); --cc-btn-secondary-bg: #eaeff2; --cc-btn-secondary-color: var(--cc-primary-color); --cc-btn-secondary-border-color: var(--cc-btn-secondary-bg); --cc-link-color: var(--cc-btn-primary-bg); }',
  '#cc-main { color: var(--cc-primary-color); font-size: 16px; font-weight: 400; line-height: 1.15; }',
  '#cc-main .cm { display: flex; flex-direction: column; background: var(--cc-bg); }',
  '#cc-main .cm__body { display: flex; flex-direction: column; }',
  '#cc-main .cm__texts { display: flex; flex-direction: column; }',
  '#cc-main .cm__title { font-size: 1.05em; }',
  '#cc-main .cm__desc { color: var(--cc-secondary-color); font-size: .9em; line-height: 1.5; }',
  '#cc-main .cm__btns { display: flex; flex-direction: column; }',
  '#cc-main .cm__btn-group { display: grid; grid-auto-columns: minmax(0, 1fr); }',
  '#cc-main .cm__btn { color: var(--cc-btn-primary-color); background: var(--cc-btn-primary-bg); border: 1px solid var(--cc-btn-primary-border-color); text-align: center; font-weight: 600; font-size: .82em; min-height: 42px; padding: .5em 1em; }',
  '#cc-main .cm__btn--secondary { color: var(--cc-btn-secondary-color); background: var(--cc-btn-secondary-bg); border-color: var(--cc-btn-secondary-border-color); }',
  '#cc-main .pm { display: flex; flex-direction: column; background: var(--cc-bg); }',
  '#cc-main .pm__header { display: flex; }',
  '#cc-main .pm__title { font-weight: 600; }',
  '#cc-main .pm__btn { color: var(--cc-btn-primary-color); background: var(--cc-btn-primary-bg); border: 1px solid var(--cc-btn-primary-border-color); text-align: center; font-weight: 600; font-size: 0.82em; min-height: 42px; padding: .5em 1.5em; }',
  '#cc-main .pm__btn--secondary { color: var(--cc-btn-secondary-color); background: var(--cc-btn-secondary-bg); border-color: var(--cc-btn-secondary-border-color); }',
].join('\n');

export const vanillaCookieConsent: LibraryModule = {
  id: VANILLA_COOKIECONSENT,
  // No components: the modals are drawn from `run()`'s configuration, not rendered in JSX.
  matches: () => undefined,
  components: {},
  stylesheet: {
    packages: [VANILLA_COOKIECONSENT],
    imports: /^vanilla-cookieconsent(?:\/|$)/,
    css: VANILLA_COOKIECONSENT_CSS,
    file: 'vanilla-cookieconsent@3.1 (built into honest-ui)',
  },
};
