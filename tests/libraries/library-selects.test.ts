/**
 * The selects of the component libraries honest-ui knows: their options (MUI's \`MenuItem\`s, a React-Bootstrap
 * \`Form.Select\`'s \`<option>\`s) are values to pick, not price terms stated beside the subscribe button.
 */
import { describe, expect, it } from 'vitest';
import { checkerReport } from '../helpers/report.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('library-selects');

const MUI_DIALOG = `import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { useStartSubscription } from '../api/billing';

export function PlanDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [seats, setSeats] = useState('5');
  const { start, loading } = useStartSubscription();
  return (
    <Dialog open={open} onClose={onClose}>
      <DialogTitle>Start your Team subscription</DialogTitle>
      <DialogContent>
        <DialogContentText>Your subscription renews every month at $12 per seat until you cancel.</DialogContentText>
        <FormControl fullWidth sx={{ mt: 2 }}>
          <InputLabel id="seats-label">Seats</InputLabel>
          <Select labelId="seats-label" value={seats} label="Seats" onChange={(e) => setSeats(e.target.value)}>
            <MenuItem value="5">5 seats, $60 per month</MenuItem>
            <MenuItem value="10">10 seats, $120 per month</MenuItem>
          </Select>
        </FormControl>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={loading} onClick={() => start({ seats }).then(onClose)}>
          Subscribe
        </Button>
      </DialogActions>
    </Dialog>
  );
}
`;

const BOOTSTRAP_FORM = `import { useState } from 'react';
import { Button, Form } from 'react-bootstrap';
import { startTrial } from '../api/billing';

export function TrialForm() {
  const [plan, setPlan] = useState('monthly');
  return (
    <Form onSubmit={(event) => { event.preventDefault(); startTrial(plan); }}>
      <h2>Try Pro free for 14 days</h2>
      <p>After your trial, Pro renews automatically at the price below until you cancel.</p>
      <Form.Group className="mb-3" controlId="plan">
        <Form.Label>Billing</Form.Label>
        <Form.Select size="sm" className="text-muted" value={plan} onChange={(event) => setPlan(event.target.value)}>
          <option value="monthly">$9.99 per month</option>
          <option value="yearly">$99 per year</option>
        </Form.Select>
      </Form.Group>
      <Button type="submit" variant="primary">Start free trial</Button>
    </Form>
  );
}
`;

const mui = (dialog: string): Record<string, string> => ({ 'package.json': JSON.stringify({ name: 'acme-team', private: true, dependencies: { '@mui/material': '6.3.0', react: '19.0.0' } }), 'src/PlanDialog.tsx': dialog });

describe("a library select's options", () => {
  it("are no disclosures in MUI's Select: nothing to report or review", async () => {
    expect(await checkerReport(project(mui(MUI_DIALOG)))).toEqual({ findings: [], reviews: [] });
  });

  it("are no disclosures in a React-Bootstrap Form.Select: only the form's own paragraph is left to review", async () => {
    const files = { 'package.json': JSON.stringify({ name: 'acme-pro', private: true, dependencies: { 'react-bootstrap': '2.10.7', react: '19.0.0' } }), 'src/TrialForm.tsx': BOOTSTRAP_FORM };
    const { findings, reviews } = await checkerReport(project(files));
    expect(findings).toEqual([]);
    expect(reviews.map((r) => [r.rule, r.line])).toEqual([['no-fine-print', 10]]);
  });
});

/** A trial form whose billing select lists priced options, written with each library's select. */
const trialForm = (imports: string, select: string): string => `${imports}
import { startTrial } from '../api/billing';

export function TrialForm() {
  return (
    <form action={startTrial}>
      <h2>Try Pro free for 14 days</h2>
      <p style={{ fontSize: 16 }}>After your trial, Pro renews automatically at the price you pick until you cancel.</p>
${select}
      <button type="submit" style={{ fontSize: 16 }}>Start free trial</button>
    </form>
  );
}
`;

const SELECTS: Array<[string, string, Record<string, string>, string]> = [
  ['antd', "import { Select } from 'antd';", { antd: '5.22.0' }, '      <Select defaultValue="monthly">\n        <Select.Option value="monthly">$9.99 per month</Select.Option>\n        <Select.Option value="yearly">$99 per year</Select.Option>\n      </Select>'],
  ['Chakra UI v2', "import { Select } from '@chakra-ui/react';", { '@chakra-ui/react': '2.10.4' }, '      <Select size="sm" name="plan">\n        <option value="monthly">$9.99 per month</option>\n        <option value="yearly">$99 per year</option>\n      </Select>'],
  ['Headless UI', "import { Listbox, ListboxButton, ListboxOption, ListboxOptions } from '@headlessui/react';", { '@headlessui/react': '2.2.0' }, '      <Listbox name="plan" defaultValue="monthly">\n        <ListboxButton>Billing</ListboxButton>\n        <ListboxOptions>\n          <ListboxOption value="monthly">$9.99 per month</ListboxOption>\n          <ListboxOption value="yearly">$99 per year</ListboxOption>\n        </ListboxOptions>\n      </Listbox>'],
  ['Mantine', "import { Combobox } from '@mantine/core';", { '@mantine/core': '7.15.0' }, '      <Combobox>\n        <Combobox.Options>\n          <Combobox.Option value="monthly">$9.99 per month</Combobox.Option>\n          <Combobox.Option value="yearly">$99 per year</Combobox.Option>\n        </Combobox.Options>\n      </Combobox>'],
];

describe.each(SELECTS)("%s's select", (_library, imports, dependencies, select) => {
  it('holds options that are no disclosures: nothing about them to report or review', async () => {
    const files = { 'package.json': JSON.stringify({ name: 'acme-pro', private: true, dependencies: { react: '19.0.0', ...dependencies } }), 'src/TrialForm.tsx': trialForm(imports, select) };
    const { findings, reviews } = await checkerReport(project(files));
    expect([...findings, ...reviews].filter((r) => /per (?:month|year)'/.test(r.text) || r.line > 10)).toEqual([]);
  });
});
