/**
 * Turns API errors into text in the interface language: a summary for the error's code and, for
 * each form field, the translated message of the issue the server named.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

/** Fields with a specific translated message; others get a generic "not valid". */
const knownFields = new Set([
  'name',
  'emails',
  'phones',
  'linkedinUrl',
  'birthday',
  'photo',
  'tags',
  'cadenceDays',
  'tierTargets',
  'occurredAt',
  'followUpAt',
  'note',
  'knowsContactId',
]);

export function useErrorText() {
  const { t } = useTranslation();

  /** One sentence for the whole error. */
  const summary = useCallback(
    (error: unknown): string => {
      if (isApiError(error)) return t(`errors.${error.code}`);
      return t('errors.internal_error');
    },
    [t],
  );

  /** The message to show beside `field`, or undefined when the error is not about it. */
  const forField = useCallback(
    (error: unknown, field: string): string | undefined => {
      if (!isApiError(error)) return undefined;
      const issue = error.issuesFor(field)[0];
      if (!issue) return undefined;
      const root = field.split('.')[0] ?? field;
      return knownFields.has(root) ? t(`errors.field.${root}`) : t('errors.field.invalid');
    },
    [t],
  );

  /** Issues that name no field of the form being shown (shown in the banner instead). */
  const unplaced = useCallback((error: unknown, fields: readonly string[]): string[] => {
    if (!isApiError(error)) return [];
    return error.issues
      .filter((i) => !fields.some((f) => i.field === f || i.field.startsWith(`${f}.`)))
      .map((i) => `${i.field}: ${i.message}`);
  }, []);

  return { summary, forField, unplaced };
}
