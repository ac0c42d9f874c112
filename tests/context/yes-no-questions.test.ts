/**
 * Yes/no questions (issue 13): two radios, or the two options of a segmented control, that answer a request for
 * consent are an accept/decline pair. Its default is checked by no-preselected-consent (or, for a priced extra, by
 * no-preselected-addon), its "no" label by no-confirmshaming, and its "yes" is weighed against its "no". A poll
 * ("Was this article helpful?", "Do you read our newsletter?") asks for no consent and stays clean. Through ESLint
 * and the checker.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('yes-no');

const FIELDSET = (question: string, yes: string, no: string, defaultAnswer: 'yes' | 'no' | undefined, style = '') => `
export function MarketingQuestion() {
  return (
    <form className="checkout-step">
      <fieldset>
        <legend>${question}</legend>
        <label><input type="radio" name="optin" value="yes"${defaultAnswer === 'yes' ? ' defaultChecked' : ''} /> ${yes}</label>
        <label${style}><input type="radio" name="optin" value="no"${defaultAnswer === 'no' ? ' defaultChecked' : ''} /> ${no}</label>
      </fieldset>
      <button type="submit">Continue</button>
    </form>
  );
}
`;

/** Per language: a request for consent to marketing, its yes and no, and a shaming no. */
const QUESTIONS: Record<string, { question: string; yes: string; no: string; shaming: string }> = {
  en: { question: 'Would you like to receive our newsletter with special offers?', yes: 'Yes', no: 'No', shaming: "No, I'd rather waste my money" },
  de: { question: 'Möchten Sie unseren Newsletter mit Sonderangeboten erhalten?', yes: 'Ja', no: 'Nein', shaming: 'Nein, ich verzichte auf Rabatte' },
  fr: { question: 'Souhaitez-vous recevoir notre newsletter et nos offres promotionnelles ?', yes: 'Oui', no: 'Non', shaming: "Non, je n'aime pas les bonnes affaires" },
  nl: { question: 'Wil je onze nieuwsbrief met aanbiedingen en acties ontvangen?', yes: 'Ja', no: 'Nee', shaming: 'Nee, ik haat korting' },
};

describe('a yes/no question that asks for consent', () => {
  it.each(Object.entries(QUESTIONS))('%s: "yes" selected by default is a preselected consent; "no" by default is fine', async (_language, q) => {
    const preselected = await both({ 'MarketingQuestion.tsx': FIELDSET(q.question, q.yes, q.no, 'yes') }, 'MarketingQuestion.tsx', ['no-preselected-consent']);
    expect(preselected.eslint).toEqual(['no-preselected-consent preselected 7:16']);
    expect(preselected.checker).toEqual(preselected.eslint);
    const refusal = await both({ 'MarketingQuestion.tsx': FIELDSET(q.question, q.yes, q.no, 'no') }, 'MarketingQuestion.tsx', ['no-preselected-consent']);
    expect(refusal).toEqual({ eslint: [], checker: [] });
  });

  it.each(Object.entries(QUESTIONS))('%s: a shaming "no" is confirmshaming', async (_language, q) => {
    const result = await both({ 'MarketingQuestion.tsx': FIELDSET(q.question, q.yes, q.shaming, undefined) }, 'MarketingQuestion.tsx', ['no-confirmshaming']);
    expect(result.eslint).toEqual(['no-confirmshaming shamingDecline 8:9']);
    expect(result.checker).toEqual(result.eslint);
  });

  it.each(Object.entries(QUESTIONS))('%s: a "no" drawn in tiny grey type is weighed against its "yes"', async (_language, q) => {
    const result = await both({ 'MarketingQuestion.tsx': FIELDSET(q.question, q.yes, q.no, undefined, " style={{ fontSize: 10, color: '#c0c0c0' }}") }, 'MarketingQuestion.tsx', ['no-unbalanced-choices']);
    expect(result.eslint).toEqual(['no-unbalanced-choices weakerDecline 8:9']);
    expect(result.checker).toEqual(result.eslint);
    const equal = await both({ 'MarketingQuestion.tsx': FIELDSET(q.question, q.yes, q.no, undefined) }, 'MarketingQuestion.tsx', ['no-unbalanced-choices']);
    expect(equal).toEqual({ eslint: [], checker: [] });
  });
});

describe('segmented controls and library radio groups', () => {
  const SEGMENTED = (question: string, yes: string, no: string) => `
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useState } from 'react';

export function AdsPreference() {
  const [choice, setChoice] = useState('${yes.toLowerCase()}');
  return (
    <div className="settings-card">
      <p>${question}</p>
      <ToggleButtonGroup exclusive value={choice} onChange={(_, value) => setChoice(value)}>
        <ToggleButton value="${yes.toLowerCase()}">${yes}</ToggleButton>
        <ToggleButton value="${no.toLowerCase()}">${no}</ToggleButton>
      </ToggleButtonGroup>
    </div>
  );
}
`;

  it.each([
    ['en', 'May we show you personalised ads?', 'Yes', 'No'],
    ['fr', 'Souhaitez-vous recevoir des publicités personnalisées ?', 'Oui', 'Non'],
    ['it', 'Vuoi ricevere pubblicità personalizzata?', 'Sì', 'No'],
  ])('%s: a segmented yes/no whose state starts at "yes" is a preselected consent', async (_language, question, yes, no) => {
    const result = await both({ 'AdsPreference.tsx': SEGMENTED(question, yes, no) }, 'AdsPreference.tsx', ['no-preselected-consent', 'require-decline-option']);
    expect(result.eslint).toEqual(['no-preselected-consent preselected 11:9']);
    expect(result.checker).toEqual(result.eslint);
  });

  it('MUI RadioGroup: the group default is the answer, and a "yes" to a priced extra is a preselected add-on', async () => {
    const insurance = `
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';

export function TravelInsurance({ price }: { price: string }) {
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">Add travel insurance for $24.99?</FormLabel>
      <RadioGroup name="insurance" defaultValue="yes">
        <FormControlLabel value="yes" control={<Radio />} label="Yes, protect my trip" />
        <FormControlLabel value="no" control={<Radio />} label="No, I'll risk it" />
      </RadioGroup>
    </FormControl>
  );
}
`;
    const result = await both({ 'TravelInsurance.tsx': insurance }, 'TravelInsurance.tsx', ['no-preselected-addon', 'no-confirmshaming']);
    expect(result.eslint).toEqual(['no-confirmshaming shamingDecline 10:9', 'no-preselected-addon preselectedAddon 9:48']);
    expect(result.checker).toEqual(result.eslint);
  });
});

describe('near-misses: polls and plan pickers', () => {
  it.each([
    ['en', 'Was this article helpful?', 'Yes', 'No'],
    ['en', 'Question 3 of 10: Do you read our newsletter?', 'Yes', 'No'],
    ['de', 'War dieser Artikel hilfreich?', 'Ja', 'Nein'],
    ['fr', 'Cet article vous a-t-il été utile ?', 'Oui', 'Non'],
    ['en', 'Do you already have travel insurance?', 'Yes', 'No'],
  ])('%s: "%s" with "yes" preselected asks for no consent', async (_language, question, yes, no) => {
    const result = await both({ 'MarketingQuestion.tsx': FIELDSET(question, yes, no, 'yes') }, 'MarketingQuestion.tsx');
    expect(result).toEqual({ eslint: [], checker: [] });
  });
});
