import rule from '../../rules/neutral-age-gate.js';
import { ruleTester } from './rule-tester.js';

ruleTester().run('neutral-age-gate', rule, {
  valid: [
    {
      // Near-miss: an empty default is a neutral start.
      code: `export const Gate = () => <label>Your age <input type="number" name="age" defaultValue="" /></label>;`,
    },
    {
      // Near-miss: a placeholder is a hint, not a value.
      code: `export const Gate = () => <input type="number" name="birthYear" placeholder="e.g. 1990" />;`,
    },
    {
      // Near-miss: the selected option is a disabled "Year" placeholder.
      code: `export const Gate = () => (
  <select name="birthYear">
    <option value="" disabled selected>Year</option>
    <option value="2010">2010</option>
    <option value="1990">1990</option>
  </select>
);`,
    },
    {
      // Near-miss: a quantity input defaulting to 1 asks nothing about age.
      code: `export const Cart = () => <label>Quantity <input type="number" name="quantity" defaultValue={1} min={1} /></label>;`,
    },
    {
      // Near-miss: a "years of experience" select with a default.
      code: `export const Job = () => (
  <label>
    Years of experience
    <select name="experience" defaultValue="3">
      <option value="1">1</option>
      <option value="3">3</option>
    </select>
  </label>
);`,
    },
    {
      // Near-miss: the value comes from props: its initial value is unknown, so silence.
      code: `export const Profile = ({ age }: { age: number }) => <input type="number" name="age" value={age} readOnly />;`,
    },
    {
      // Near-miss: state initialised from a prop of unknown value.
      code: `import { useState } from 'react';
export function Gate({ initialYear }: { initialYear: string }) {
  const [year, setYear] = useState(initialYear);
  return <input name="birthYear" value={year} onChange={(e) => setYear(e.target.value)} />;
}`,
    },
    {
      // Near-miss: the select's default is its own disabled placeholder option.
      code: `export const Gate = () => (
  <select name="dob-year" defaultValue="none">
    <option value="none" disabled>Year of birth</option>
    <option value="2001">2001</option>
  </select>
);`,
    },
    {
      // Near-miss: a hidden input is not a question people answer.
      code: `export const Verified = () => <input type="hidden" name="age" value="21" />;`,
    },
    {
      // Near-miss: an admin's "minimum age" setting with a default is not an age gate.
      code: `export const EventSettings = () => <label>Minimum age <input type="number" name="minAge" defaultValue={18} /></label>;`,
    },
    {
      // Near-miss: a date picker filled from the saved profile: the call may return nothing.
      code: `import { DatePicker } from '@mui/x-date-pickers';
export const Profile = ({ load }: { load: () => Date }) => <DatePicker label="Date of birth" defaultValue={load()} />;`,
    },
    {
      // Near-miss: a card's expiry year with a default is no birth year.
      code: `export const Card = () => <label>Expiry year <input name="expYear" defaultValue="2030" /></label>;`,
    },
    {
      // Near-miss: a pension calculator's retirement age and a hotel search's child age are not the user's own age.
      code: `export const Planner = () => (
  <form>
    <label>Retirement age <input type="number" name="retirementAge" defaultValue={67} /></label>
    <label>Age of child 1 <select defaultValue="5"><option value="0">0</option><option value="5">5</option></select></label>
  </form>
);`,
    },
    {
      // Near-miss: a store's age-rating filter, and a pet insurance quote's pet age.
      code: `export const Filters = () => (
  <aside>
    <label>Age rating <select defaultValue="all"><option value="all">All ages</option><option value="12">12+</option></select></label>
    <label>Pet's age <input type="number" defaultValue={1} /></label>
  </aside>
);`,
    },
    {
      // Near-miss: a profile page shows the saved birth date in a read-only field; nothing is asked.
      code: `export const Profile = () => (
  <form>
    <label>Date of birth <input type="date" readOnly value="1990-04-12" /></label>
    <Input aria-label="Your age" isReadOnly defaultValue="34" />
  </form>
);`,
    },
  ],
  invalid: [
    {
      code: `export const Gate = () => (
  <label>
    Your age
    <input type="number" name="age" defaultValue="18" />
  </label>
);`,
      errors: [
        {
          messageId: 'presetAge',
          data: { control: 'input', label: 'Your age', value: '"18"', via: 'defaultValue="18"' },
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultValue' },
              output: `export const Gate = () => (
  <label>
    Your age
    <input type="number" name="age" />
  </label>
);`,
            },
          ],
        },
      ],
    },
    {
      code: `export const Gate = () => (
  <div>
    <label htmlFor="by">Year of birth</label>
    <select id="by" name="birthYear">
      <option value="" disabled>Year</option>
      <option value="1990" selected>1990</option>
      <option value="2010">2010</option>
    </select>
  </div>
);`,
      errors: [{ messageId: 'presetAge', data: { control: 'select', label: 'Year of birth', value: '"1990"', via: 'a selected option' }, line: 4, column: 5 }],
    },
    {
      code: `import { useState } from 'react';
export function Gate() {
  const [age, setAge] = useState(21);
  return <input type="number" aria-label="Age" value={age} onChange={(e) => setAge(Number(e.target.value))} />;
}`,
      errors: [{ messageId: 'presetAge', data: { control: 'input', label: 'Age', value: '21', via: 'value={age} starts 21' }, line: 4, column: 10 }],
    },
    {
      code: `import { DatePicker } from '@mui/x-date-pickers';
import dayjs from 'dayjs';
export const Gate = () => <DatePicker label="Date of birth" defaultValue={dayjs('2000-01-01')} />;`,
      errors: [
        {
          messageId: 'presetAge',
          data: { control: 'date picker', label: 'Date of birth', value: 'dayjs(…)', via: 'defaultValue={dayjs(…)}' },
          line: 3,
          column: 27,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultValue' },
              output: `import { DatePicker } from '@mui/x-date-pickers';
import dayjs from 'dayjs';
export const Gate = () => <DatePicker label="Date of birth" />;`,
            },
          ],
        },
      ],
    },
    {
      code: `export const Gate = () => <DatePicker label="Birthday" value={new Date(2000, 0, 1)} />;`,
      errors: [{ messageId: 'presetAge', data: { control: 'date picker', label: 'Birthday', value: 'new Date(…)', via: 'value={new Date(…)}' }, line: 1, column: 27 }],
    },
    {
      code: `export const Gate = () => <input type="date" name="dateOfBirth" defaultValue="2000-01-01" />;`,
      errors: [
        {
          messageId: 'presetAge',
          data: { control: 'input', label: 'date of birth', value: '"2000-01-01"', via: 'defaultValue="2000-01-01"' },
          line: 1,
          column: 27,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultValue' }, output: `export const Gate = () => <input type="date" name="dateOfBirth" />;` }],
        },
      ],
    },
    {
      code: `export const Gate = () => <label>Geburtsjahr <input type="number" defaultValue={1990} /></label>;`,
      errors: [
        {
          messageId: 'presetAge',
          data: { control: 'input', label: 'Geburtsjahr', value: '1990', via: 'defaultValue={1990}' },
          line: 1,
          column: 46,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultValue' }, output: `export const Gate = () => <label>Geburtsjahr <input type="number" /></label>;` }],
        },
      ],
    },
    {
      // A default from a constant is described as written, with the value it holds.
      code: `const DEFAULT_YEAR = 2008;
export const Gate = () => <label>Year of birth <input type="number" defaultValue={DEFAULT_YEAR} /></label>;`,
      errors: [
        {
          messageId: 'presetAge',
          data: { control: 'input', label: 'Year of birth', value: '2008', via: 'defaultValue={DEFAULT_YEAR} (DEFAULT_YEAR = 2008)' },
          line: 2,
          column: 48,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultValue' }, output: `const DEFAULT_YEAR = 2008;
export const Gate = () => <label>Year of birth <input type="number" /></label>;` }],
        },
      ],
    },
    {
      code: `export const Gate = () => (
  <select aria-label="Your age" name="ageRange" defaultValue="25-34">
    <option value="">Select</option>
    <option value="18-24">18-24</option>
    <option value="25-34">25-34</option>
  </select>
);`,
      errors: [
        {
          messageId: 'presetAge',
          data: { control: 'select', label: 'Your age', value: '"25-34"', via: 'defaultValue="25-34"' },
          line: 2,
          column: 3,
          suggestions: [
            {
              messageId: 'removeDefault',
              data: { attribute: 'defaultValue' },
              output: `export const Gate = () => (
  <select aria-label="Your age" name="ageRange">
    <option value="">Select</option>
    <option value="18-24">18-24</option>
    <option value="25-34">25-34</option>
  </select>
);`,
            },
          ],
        },
      ],
    },
    {
      code: `export const Gate = () => <input placeholder="Votre âge" defaultValue="25" />;`,
      errors: [
        {
          messageId: 'presetAge',
          data: { control: 'input', label: 'Votre âge', value: '"25"', via: 'defaultValue="25"' },
          line: 1,
          column: 27,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultValue' }, output: `export const Gate = () => <input placeholder="Votre âge" />;` }],
        },
      ],
    },
    {
      code: `import { TextField } from '@mui/material';
export const Gate = () => <TextField label="Edad" type="number" defaultValue={18} />;`,
      errors: [
        {
          messageId: 'presetAge',
          data: { control: 'input', label: 'Edad', value: '18', via: 'defaultValue={18}' },
          line: 2,
          column: 27,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultValue' }, output: `import { TextField } from '@mui/material';
export const Gate = () => <TextField label="Edad" type="number" />;` }],
        },
      ],
    },
    {
      // A native select without its default would show its first option, a real year: no suggestion there.
      code: `export const Gate = () => (
  <select name="birth_year" defaultValue="1995">
    <option value="2012">2012</option>
    <option value="1995">1995</option>
  </select>
);`,
      errors: [{ messageId: 'presetAge', data: { control: 'select', label: 'birth year', value: '"1995"', via: 'defaultValue="1995"' }, line: 2, column: 3 }],
    },
  ],
});
