/** Switches the interface language; the choice is kept in this browser and in the account settings. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateSettings } from '../api/queries';
import { locales, type Locale } from '../api/types';
import { languageNames, saveLocale } from '../i18n/languages';

export function LanguageSwitcher({ id: givenId, showLabel = false }: { id?: string; showLabel?: boolean }) {
  const { t, i18n } = useTranslation();
  const fallbackId = useId();
  const id = givenId ?? fallbackId;
  const update = useUpdateSettings();
  const change = (locale: Locale) => {
    saveLocale(locale);
    void i18n.changeLanguage(locale);
    update.mutate({ locale });
  };
  return (
    <>
      <label htmlFor={id} className={showLabel ? 'field-label' : 'visually-hidden'}>
        {t('language.label')}
      </label>
      <select
        id={id}
        className="select"
        style={{ width: 'auto' }}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => change(e.target.value as Locale)}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </>
  );
}
