/**
 * The ESLint rules on MUI code, with a filename inside fixtures/projects/mui-app: the built-in MUI preset (keyed on
 * the `@mui/material` import) supplies the buttons' emphasis and the switch's semantics without any setting.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preselected from '../../rules/no-preselected-consent.js';
import unbalanced from '../../rules/no-unbalanced-choices.js';
import { ruleTester } from './rule-tester.js';

const filename = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/projects/mui-app/src/Consent.tsx');

const dialog = (imports: string, reject: string, accept: string): string => `
${imports}
export function Consent() {
  return (
    <div role="dialog" aria-label="Cookie consent">
      <p>We use cookies for analytics and personalised advertising.</p>
      ${reject}
      ${accept}
    </div>
  );
}`;

const MUI = "import { Button } from '@mui/material';";

ruleTester().run('no-unbalanced-choices (MUI preset)', unbalanced, {
  valid: [
    { filename, code: dialog(MUI, '<Button variant="contained">Reject all</Button>', '<Button variant="contained">Accept all</Button>') },
    // Outlined vs contained is one step apart: a secondary button, not a buried one.
    { filename, code: dialog(MUI, '<Button variant="outlined">Reject all</Button>', '<Button variant="contained">Accept all</Button>') },
    // A variant computed at run time is unknown, not MUI's default.
    { filename, code: dialog(MUI, '<Button variant={rejectVariant}>Reject all</Button>', '<Button variant="contained">Accept all</Button>') },
    // A local Button that isn't MUI's: its variant means nothing honest-ui knows.
    { filename, code: dialog("import { Button } from './Button';", '<Button variant="text">Reject all</Button>', '<Button variant="contained">Accept all</Button>') },
  ],
  invalid: [
    {
      filename,
      code: dialog(MUI, '<Button variant="text">Reject all</Button>', '<Button variant="contained">Accept all</Button>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button' }, line: 7, column: 7 }],
    },
    {
      // No variant: MUI's default is `text`.
      filename,
      code: dialog("import Button from '@mui/material/Button';", '<Button>Reject all</Button>', '<Button variant="contained">Accept all</Button>'),
      errors: [{ messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: 'plain text vs filled button' }, line: 7, column: 7 }],
    },
  ],
});

ruleTester().run('no-preselected-consent (MUI preset)', preselected, {
  valid: [
    {
      filename,
      code: `import { FormControlLabel, Switch } from '@mui/material';
const x = <FormControlLabel control={<Switch />} label="Send me marketing emails" />;`,
    },
  ],
  invalid: [
    {
      filename,
      code: `import { FormControlLabel, Switch } from '@mui/material';
const x = <FormControlLabel control={<Switch defaultChecked />} label="Send me marketing emails" />;`,
      errors: [
        {
          messageId: 'preselected',
          data: { control: 'switch', label: 'Send me marketing emails', purpose: 'marketing', via: 'defaultChecked' },
          line: 2,
          column: 38,
          suggestions: [{ messageId: 'removeDefault', data: { attribute: 'defaultChecked' }, output: `import { FormControlLabel, Switch } from '@mui/material';
const x = <FormControlLabel control={<Switch />} label="Send me marketing emails" />;` }],
        },
      ],
    },
  ],
});
