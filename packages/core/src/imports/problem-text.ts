/**
 * The words of import problems: each is a message of the `importProblem` catalogue, written in
 * English where it is found (io's parsers, `toContactFields`) and carried with its key and values,
 * so that the report can be said in the user's language (`runImport` translates the ones it keeps).
 */
import type { MessageParams } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';

/** The English message of `importProblem.<key>` with `params`, and the key and values it came from. */
export function importProblemText(
  key: string,
  params: MessageParams = {},
): { message: string; key: string; params: MessageParams } {
  const full = `importProblem.${key}`;
  return { message: translate('en', { key: full, params }), key: full, params };
}
