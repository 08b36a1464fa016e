// How the reviewer's context is built from a contact and its history (the rest is tested through the API and CLI).
import { describe, expect, it } from 'vitest';
import { stages } from '../coach/stage.js';
import { reviewMessage } from '../review/review.js';
import { reviewContextFor, reviewStageOf } from './review.js';

const contact = {
  name: 'Marta Ruiz',
  company: 'Cabify',
  role: 'Data engineer',
  sector: 'Mobility',
  notes: 'Gave a talk on Airflow at PyData Madrid',
  tags: ['airflow', 'climbing'],
  stage: 'first-contact' as const,
};

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('reviewContextFor', () => {
  it('maps nexo stages onto the reviewer’s three', () => {
    expect(stages.map(reviewStageOf)).toEqual([
      'first-contact',
      'first-contact',
      'second-contact',
      'established',
      'established',
      'established',
    ]);
  });

  it('describes the recipient from the contact, its interests and the notes of recent interactions', () => {
    const context = reviewContextFor(contact, [
      { direction: 'out', value: 'neutral', note: 'Asked about the Airflow migration', occurredAt: at(2) },
      { direction: 'both', value: 'neutral', note: null, occurredAt: at(1) },
    ]);
    expect(context).toEqual({
      stage: 'first-contact',
      recipient: {
        name: 'Marta Ruiz',
        company: 'Cabify',
        role: 'Data engineer',
        notes: [
          'Gave a talk on Airflow at PyData Madrid',
          'airflow, climbing',
          'Mobility',
          'Asked about the Airflow migration',
        ],
      },
      helpReceived: false,
    });
  });

  it('knows they helped since the user’s last message, and not when the user wrote after the help', () => {
    const helped = [
      { direction: 'out' as const, value: 'ask' as const, note: null, occurredAt: at(1) },
      { direction: 'in' as const, value: 'give' as const, note: null, occurredAt: at(3) },
      { direction: 'in' as const, value: 'neutral' as const, note: null, occurredAt: at(4) },
    ];
    expect(reviewContextFor(contact, helped).helpReceived).toBe(true);
    const thanked = [...helped, { direction: 'out' as const, value: 'thanks' as const, note: null, occurredAt: at(5) }];
    expect(reviewContextFor(contact, thanked).helpReceived).toBe(false);
  });

  it('lets the reviewer see a mention of their interests as personal', () => {
    const draft =
      'Hola Marta, vi que escalas los fines de semana y que usas Airflow en el trabajo. ¿Te apetece un café?';
    const rules = (c: ReturnType<typeof reviewContextFor> | undefined) =>
      reviewMessage(draft, c).findings.map((f) => f.rule);
    expect(rules({ stage: 'first-contact', recipient: { name: 'Marta' } })).toContain('no-personal-detail');
    expect(rules(reviewContextFor(contact, []))).not.toContain('no-personal-detail');
  });
});
