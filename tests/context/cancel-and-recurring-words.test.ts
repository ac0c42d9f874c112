/**
 * "Cancel" and "recurring" name a term of an offer only with what is cancelled or what recurs: "Cancel anytime",
 * "You can cancel your subscription before the trial ends", "recurring payments". Alone they are everyday product
 * words: dyad's agent settings ("Let the agent list, wait for, cancel, and manage subagents") and trigger.dev's
 * plan features ("You can attach recurring schedules to tasks") read as a cancellation term and an auto-renewal
 * term, and were reported as fine print and as buried disclosures. The same holds for the verbs that cancel
 * anything in Spanish, Portuguese, French, Italian and Dutch, and for the adjectives that mean recurring.
 */
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../src/context/lexicon.js';

const lexicon = defaultLexicon();
const materialIn = (text: string): string[] => [...new Set(lexicon.material.matchAll(lexicon.clauses(text)).map((m) => m.value))].sort();
const subscriptionTopic = (text: string): boolean => lexicon.topics.matchAll(lexicon.clauses(text)).some((m) => m.value === 'subscription');

interface Case {
  language: string;
  /** Terms of an offer: each names cancellation. */
  terms: string[];
  /** Product copy that cancels or repeats something else. */
  everyday: string[];
}

const CANCELLATION: Case[] = [
  {
    language: 'en',
    terms: ['Cancel anytime.', 'You can cancel your Pro subscription before the trial ends.', 'To cancel, go to Billing.', 'Cancellation takes effect at the end of the period.'],
    everyday: ['Let the agent list, wait for, cancel, and manage subagents.', 'Cancel redundant builds on the same branch.', 'Runs you cancel stay in the log.'],
  },
  {
    language: 'es',
    terms: ['Puedes cancelar cuando quieras.', 'Para cancelar tu suscripción, ve a Facturación.', 'Cancelar en cualquier momento.'],
    everyday: ['Cancelar la subida del archivo.', 'El agente puede listar, esperar y cancelar tareas.'],
  },
  {
    language: 'pt',
    terms: ['Você pode cancelar a assinatura a qualquer momento.', 'Para cancelar, acesse Faturamento.'],
    everyday: ['Cancelar o envio do arquivo.', 'O agente pode listar e cancelar tarefas.'],
  },
  {
    language: 'fr',
    terms: ["Vous pouvez annuler votre abonnement à tout moment.", "Pour annuler, rendez-vous dans Facturation.", 'Résiliable à tout moment.'],
    everyday: ["Annuler l'envoi du fichier.", "L'agent peut lister, attendre et annuler des tâches."],
  },
  {
    language: 'it',
    terms: ["Puoi annullare l'abbonamento in qualsiasi momento.", 'Disdici in qualsiasi momento.'],
    everyday: ['Annullare il caricamento del file.', "L'agente può elencare e annullare le attività."],
  },
  {
    language: 'nl',
    terms: ['Je kunt je abonnement altijd annuleren.', 'Om te annuleren, ga naar Facturering.', 'Maandelijks opzegbaar.'],
    everyday: ['Upload van het bestand annuleren.', 'De agent kan taken tonen en annuleren.'],
  },
];

const RECURRING: Case[] = [
  { language: 'en', terms: ['Recurring payments are charged to your card.', 'Recurring card payments', 'Billed on a recurring basis.'], everyday: ['You can attach recurring schedules to tasks.', 'Recurring meetings appear in your calendar.'] },
  { language: 'de', terms: ['Wiederkehrende Zahlungen werden von deiner Karte abgebucht.'], everyday: ['Wiederkehrende Aufgaben erscheinen im Kalender.'] },
  { language: 'es', terms: ['El pago recurrente se carga a tu tarjeta.'], everyday: ['Las tareas recurrentes aparecen en el calendario.'] },
  { language: 'it', terms: ['Il pagamento ricorrente viene addebitato sulla carta.'], everyday: ['Le attività ricorrenti compaiono nel calendario.'] },
  { language: 'nl', terms: ['Terugkerende betalingen worden van je kaart afgeschreven.'], everyday: ['Terugkerende taken staan in je agenda.'] },
];

describe('cancellation is a term only with what is cancelled', () => {
  for (const { language, terms, everyday } of CANCELLATION) {
    it(`${language}: terms name cancellation`, () => {
      for (const text of terms) expect(materialIn(text), text).toContain('cancellation');
    });
    it(`${language}: near-miss, cancelling something else is no term`, () => {
      for (const text of everyday) expect(materialIn(text), text).not.toContain('cancellation');
    });
  }
});

describe('recurring is a renewal term only with what recurs', () => {
  for (const { language, terms, everyday } of RECURRING) {
    it(`${language}: recurring payments renew`, () => {
      for (const text of terms) expect(materialIn(text), text).toContain('renewal');
    });
    it(`${language}: near-miss, recurring tasks and schedules do not`, () => {
      for (const text of everyday) expect(materialIn(text), text).not.toContain('renewal');
    });
  }

  it('the subscription topic follows the same words', () => {
    expect(subscriptionTopic('Recurring payments are charged to your card.')).toBe(true);
    expect(subscriptionTopic('You can attach recurring schedules to tasks.')).toBe(false);
  });
});
