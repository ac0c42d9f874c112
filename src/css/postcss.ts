/** The postcss packages, each loaded the first time a stylesheet or a style value is read (issue 14, start-up). */
import type Postcss from 'postcss';
import type PostcssScss from 'postcss-scss';
import type SelectorParser from 'postcss-selector-parser';
import type ValueParser from 'postcss-value-parser';
import { lazyRequire } from '../lazy-require.js';

export const postcssLib = lazyRequire<typeof Postcss>('postcss');
export const scssSyntax = lazyRequire<typeof PostcssScss>('postcss-scss');
export const selectorParserLib = lazyRequire<typeof SelectorParser>('postcss-selector-parser');
export const valueParserLib = lazyRequire<typeof ValueParser>('postcss-value-parser');
