/** Questions for a first meeting (principle 10): the built-in bank and the user's own. */
import { z } from 'zod';
import { text } from '../shared/schema.js';

/** A question as the adapters show it: from the bank (in the reader's language) or written by the user. */
export interface Question {
  id: string;
  text: string;
  source: 'bank' | 'own';
}

/** A question the user added, stored as written. */
export interface OwnQuestion {
  id: string;
  text: string;
  createdAt: string;
}

/** What `questions.add` accepts. */
export const newQuestionSchema = z.object({ text: text(500) }).strict();
