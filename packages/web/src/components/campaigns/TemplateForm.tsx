/** The form that adds a template: kind (general e-mail or personal request), language, subject and body. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { draftLangs, templateKinds, useAddTemplate, type DraftLang, type TemplateKind } from '../../api/campaigns';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorBanner } from '../ErrorBanner';
import { Field } from '../Field';
import { Icon } from '../Icon';
import { useUi } from '../ui-context';

const fields = ['name', 'kind', 'lang', 'subject', 'body'];
const fieldList = ['firstName', 'lastName', 'name', 'company', 'role', 'sector', 'location', 'personal']
  .map((f) => `{{${f}}}`)
  .join(' ');

export function TemplateForm() {
  const { t, i18n } = useTranslation();
  const ui = useUi();
  const { forField } = useErrorText();
  const add = useAddTemplate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TemplateKind>('general');
  const [lang, setLang] = useState<DraftLang>(
    (draftLangs as readonly string[]).includes(i18n.language) ? (i18n.language as DraftLang) : 'en',
  );
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const err = (f: string) => forField(add.error, f);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { name, kind, lang, subject, body },
      {
        onSuccess: (template) => {
          ui.toast(t('campaigns.template.added', { name: template.name }));
          setName('');
          setSubject('');
          setBody('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('campaigns.template.addTitle')}>
      <ErrorBanner error={add.error} fields={fields} />
      <div className="field-row">
        <Field label={t('campaigns.template.name')} error={err('name')}>
          {(p) => <input {...p} className="input" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('campaigns.template.kind')} hint={t(`campaigns.kindHint.${kind}`)} error={err('kind')}>
          {(p) => (
            <select {...p} className="select" value={kind} onChange={(e) => setKind(e.target.value as TemplateKind)}>
              {templateKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`campaigns.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('campaigns.template.lang')} error={err('lang')}>
          {(p) => (
            <select {...p} className="select" value={lang} onChange={(e) => setLang(e.target.value as DraftLang)}>
              {draftLangs.map((l) => (
                <option key={l} value={l}>
                  {t(`campaigns.langName.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('campaigns.template.subject')} error={err('subject')}>
        {(p) => <input {...p} className="input" value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field
        label={t('campaigns.template.body')}
        hint={t('campaigns.template.fieldsHint', { fields: fieldList, personal: '{{personal}}' })}
        error={err('body')}
      >
        {(p) => (
          <textarea {...p} className="textarea" rows={7} value={body} onChange={(e) => setBody(e.target.value)} />
        )}
      </Field>
      <div className="dialog-actions">
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          <Icon name="plus" /> {add.isPending ? t('app.saving') : t('campaigns.template.add')}
        </button>
      </div>
    </form>
  );
}
