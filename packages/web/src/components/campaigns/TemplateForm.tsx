/**
 * The template form: kind (general e-mail or personal request), language, subject and body. Adds a
 * new template, or edits one (`template`) with the same checks and messages: a `{{field}}` the
 * server does not know is named beside the subject or text.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  draftLangs,
  templateKinds,
  useAddTemplate,
  useUpdateTemplate,
  type DraftLang,
  type Template,
  type TemplateKind,
} from '../../api/campaigns';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorBanner } from '../ErrorBanner';
import { Field } from '../Field';
import { Icon } from '../Icon';
import { useUi } from '../ui-context';

const fields = ['name', 'kind', 'lang', 'subject', 'body'];
const templateFields = ['firstName', 'lastName', 'name', 'company', 'role', 'sector', 'location', 'personal'];
const fieldList = templateFields.map((f) => `{{${f}}}`).join(' ');

/** The `{{fields}}` of a text that templates do not have. */
function unknownFields(text: string): string[] {
  const found = [...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/gu)].map((m) => m[1] ?? '');
  return [...new Set(found.filter((f) => !templateFields.includes(f)))];
}

interface Props {
  /** The template to edit; without it the form adds a new one. */
  template?: Template;
  /** After saving an edit, or on cancel. */
  onDone?: () => void;
}

export function TemplateForm({ template, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const ui = useUi();
  const { forField } = useErrorText();
  const add = useAddTemplate();
  const update = useUpdateTemplate();
  const save = template ? update : add;
  const [name, setName] = useState(template?.name ?? '');
  const [kind, setKind] = useState<TemplateKind>(template?.kind ?? 'general');
  const [lang, setLang] = useState<DraftLang>(
    template?.lang ?? ((draftLangs as readonly string[]).includes(i18n.language) ? (i18n.language as DraftLang) : 'en'),
  );
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');

  /** The server's verdict on a text field, naming unknown `{{fields}}` when that is what it refused. */
  const textError = (field: 'subject' | 'body', value: string): string | undefined => {
    const generic = forField(save.error, field);
    if (!generic) return undefined;
    const unknown = unknownFields(value);
    return unknown.length > 0
      ? t('campaigns.template.unknownField', {
          count: unknown.length,
          fields: unknown.map((f) => `{{${f}}}`).join(', '),
          known: fieldList,
        })
      : generic;
  };
  const err = (f: string) => forField(save.error, f);
  const title = template
    ? t('campaigns.template.editTitle', { name: template.name })
    : t('campaigns.template.addTitle');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { name, kind, lang, subject, body };
    if (template) {
      update.mutate(
        { id: template.id, patch: values },
        {
          onSuccess: (saved) => {
            ui.toast(t('campaigns.template.updated', { name: saved.name }));
            onDone?.();
          },
        },
      );
      return;
    }
    add.mutate(values, {
      onSuccess: (saved) => {
        ui.toast(t('campaigns.template.added', { name: saved.name }));
        setName('');
        setSubject('');
        setBody('');
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={title} className={template ? 'template-edit' : undefined}>
      <ErrorBanner error={save.error} fields={fields} />
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
      <Field label={t('campaigns.template.subject')} error={textError('subject', subject)}>
        {(p) => <input {...p} className="input" value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field
        label={t('campaigns.template.body')}
        hint={t('campaigns.template.fieldsHint', { fields: fieldList, personal: '{{personal}}' })}
        error={textError('body', body)}
      >
        {(p) => (
          <textarea {...p} className="textarea" rows={7} value={body} onChange={(e) => setBody(e.target.value)} />
        )}
      </Field>
      {template && <p className="small muted">{t('campaigns.template.editNote')}</p>}
      <div className="dialog-actions">
        {template && (
          <button type="button" className="btn" onClick={onDone}>
            {t('app.cancel')}
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {!template && <Icon name="plus" />}{' '}
          {save.isPending ? t('app.saving') : template ? t('campaigns.template.saveEdit') : t('campaigns.template.add')}
        </button>
      </div>
    </form>
  );
}
