import parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';
import rule from '../../rules/no-preselected-addon.js';

RuleTester.afterAll = afterAll;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describe = describe;

const ruleTester = new RuleTester({ languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } });

ruleTester.run('no-preselected-addon', rule, {
  valid: [
    // Near-miss: the same insurance add-on, unchecked: people opt in themselves.
    {
      code: `export const A = () => (
  <label><input type="checkbox" name="insurance" /> Add shipping insurance ($4.99)</label>
);`,
    },
    // Near-miss: the default plan in a plan picker: a radio group always has one plan selected.
    {
      code: `export const A = () => (
  <fieldset>
    <legend>Choose your plan</legend>
    <label><input type="radio" name="plan" value="basic" /> Basic $4.99/month</label>
    <label><input type="radio" name="plan" value="premium" defaultChecked /> Premium $9.99/month</label>
  </fieldset>
);`,
    },
    // Near-miss: "Save my card for next time" checked: a convenience with no price and no extra.
    {
      code: `export const A = () => (
  <label><input type="checkbox" defaultChecked /> Save my card for next time</label>
);`,
    },
    // Near-miss: free shipping selected by default costs nothing extra.
    {
      code: `export const A = () => (
  <label><input type="checkbox" defaultChecked /> Free standard shipping</label>
);`,
    },
    // Near-miss: an add-on word with a zero price: nothing is added to the bill.
    {
      code: `export const A = () => (
  <label><input type="checkbox" defaultChecked /> Gift wrap ($0.00)</label>
);`,
    },
    // Near-miss: a price on a credit the customer already holds is a saving, not an extra (addonExceptions).
    {
      code: `export const A = () => (
  <label><input type="checkbox" defaultChecked /> Use my $5.00 store credit</label>
);`,
    },
    // Near-miss: numbers that are not prices ("30 days") next to a checked box.
    {
      code: `export const A = () => (
  <label><input type="checkbox" defaultChecked /> Keep me signed in for 30 days</label>
);`,
    },
    // Near-miss: the checked state comes from the server: unknown, so no finding (a needs-review at most).
    {
      code: `export const A = ({ insured }: { insured: boolean }) => (
  <label><input type="checkbox" checked={insured} onChange={() => undefined} /> Shipping insurance $2.99</label>
);`,
    },
    // Near-miss: a disabled, checked box is a charge the shop always applies, not an extra one can pick.
    {
      code: `export const A = () => (
  <label><input type="checkbox" defaultChecked disabled /> Bottle deposit $0.25</label>
);`,
    },
    // Near-miss: a marketing opt-in that mentions deals is no-preselected-consent's to report, not this rule's.
    {
      code: `export const A = () => (
  <label><input type="checkbox" defaultChecked /> Email me deals worth $5 or more</label>
);`,
    },
    // Near-miss: a priced option the project declares not an extra through ignoreWords.
    {
      code: `export const A = () => (
  <label><input type="checkbox" defaultChecked /> Apply member pricing ($5 off)</label>
);`,
      options: [{ ignoreWords: ['member pricing'] }],
    },
  ],
  invalid: [
    {
      code: `export const A = () => (
  <label>
    <input type="checkbox" name="insurance" defaultChecked />
    Add shipping insurance ($4.99)
  </label>
);`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'checkbox', label: 'Add shipping insurance ($4.99)', addon: 'insurance for $4.99', via: 'defaultChecked' },
          line: 3,
          column: 5,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultChecked' },
              output: `export const A = () => (
  <label>
    <input type="checkbox" name="insurance" />
    Add shipping insurance ($4.99)
  </label>
);`,
            },
          ],
        },
      ],
    },
    {
      code: `export const A = () => <Switch checked={true} label="3-year protection plan +£3/month" />;`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'switch', label: '3-year protection plan +£3/month', addon: 'a protection plan for £3', via: 'checked={true}' },
          line: 1,
          column: 24,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'checked' }, output: `export const A = () => <Switch label="3-year protection plan +£3/month" />;` }],
        },
      ],
    },
    {
      code: `import { useState } from 'react';
export function Checkout() {
  const [roundUp, setRoundUp] = useState(true);
  return (
    <label>
      <input type="checkbox" checked={roundUp} onChange={(e) => setRoundUp(e.target.checked)} />
      Round up my order for charity
    </label>
  );
}`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'checkbox', label: 'Round up my order for charity', addon: 'a donation', via: 'checked={roundUp} starts true' },
          line: 6,
          column: 7,
          suggestions: [
            {
              messageId: 'initialiseOff',
              data: { binding: 'roundUp' },
              output: `import { useState } from 'react';
export function Checkout() {
  const [roundUp, setRoundUp] = useState(false);
  return (
    <label>
      <input type="checkbox" checked={roundUp} onChange={(e) => setRoundUp(e.target.checked)} />
      Round up my order for charity
    </label>
  );
}`,
            },
          ],
        },
      ],
    },
    {
      code: `export const A = () => (
  <div>
    <input type="checkbox" id="tip" defaultChecked />
    <label htmlFor="tip">Add a 15% tip for your driver</label>
  </div>
);`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'checkbox', label: 'Add a 15% tip for your driver', addon: 'a tip', via: 'defaultChecked' },
          line: 3,
          column: 5,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultChecked' },
              output: `export const A = () => (
  <div>
    <input type="checkbox" id="tip" />
    <label htmlFor="tip">Add a 15% tip for your driver</label>
  </div>
);`,
            },
          ],
        },
      ],
    },
    {
      code: `export const A = () => <label><input type="checkbox" defaultChecked /> Priority handling 2,50 €</label>;`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'checkbox', label: 'Priority handling 2,50 €', addon: 'a priority upgrade for 2,50 €', via: 'defaultChecked' },
          line: 1,
          column: 31,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: `export const A = () => <label><input type="checkbox" /> Priority handling 2,50 €</label>;` }],
        },
      ],
    },
    {
      // A price alone makes it an extra: the travel adapter is no insurance or donation, but it costs money.
      code: `export const A = () => <label><input type="checkbox" defaultChecked /> Travel adapter kit $12.99</label>;`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'checkbox', label: 'Travel adapter kit $12.99', addon: 'a paid extra for $12.99', via: 'defaultChecked' },
          line: 1,
          column: 31,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: `export const A = () => <label><input type="checkbox" /> Travel adapter kit $12.99</label>;` }],
        },
      ],
    },
    {
      // aria-checked tells assistive technology the state: no suggestion removes it.
      code: `export const A = () => (
  <button type="button" role="switch" aria-checked="true">Offset my flight's carbon +$1.20</button>
);`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'switch', label: "Offset my flight's carbon +$1.20", addon: 'a donation for $1.20', via: 'aria-checked="true"' },
          line: 2,
          column: 3,
        },
      ],
    },
    {
      code: `export const A = () => <input type="checkbox" aria-label="Extended warranty" defaultChecked />;`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'checkbox', label: 'Extended warranty', addon: 'a protection plan', via: 'defaultChecked' },
          line: 1,
          column: 24,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: `export const A = () => <input type="checkbox" aria-label="Extended warranty" />;` }],
        },
      ],
    },
    {
      // "Free for 30 days, then $4.99/month": the trial is free, the extra is not.
      code: `export const A = () => <label><input type="checkbox" defaultChecked /> Device protection: free for 30 days, then $4.99/month</label>;`,
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'checkbox', label: 'Device protection: free for 30 days, then $4.99/month', addon: 'a paid extra for $4.99', via: 'defaultChecked' },
          line: 1,
          column: 31,
          suggestions: [
            { messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: `export const A = () => <label><input type="checkbox" /> Device protection: free for 30 days, then $4.99/month</label>;` },
          ],
        },
      ],
    },
    {
      // The project's own add-on vocabulary, through the addonWords option.
      code: `export const A = () => <label><input type="checkbox" defaultChecked /> Include a travel kit</label>;`,
      options: [{ addonWords: ['travel kit'] }],
      errors: [
        {
          messageId: 'preselectedAddon',
          data: { control: 'checkbox', label: 'Include a travel kit', addon: 'a paid extra', via: 'defaultChecked' },
          line: 1,
          column: 31,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: `export const A = () => <label><input type="checkbox" /> Include a travel kit</label>;` }],
        },
      ],
    },
  ],
});
