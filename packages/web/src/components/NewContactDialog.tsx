/** The "New contact" dialog (`n`): adds a person and says so; the form keeps its text on errors. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { settingsQuery, useCreateContact } from '../api/queries';
import { ContactForm } from './ContactForm';
import { Dialog } from './Dialog';
import { contactBodyFromForm, emptyContactForm } from './contact-form-state';
import { useUi } from './ui-context';

interface Props {
  open: boolean;
  onClose: () => void;
}

export function NewContactDialog({ open, onClose }: Props) {
  const { t } = useTranslation();
  const ui = useUi();
  const create = useCreateContact();
  const settings = useQuery({ ...settingsQuery(), enabled: open });

  const close = () => {
    create.reset();
    onClose();
  };

  return (
    <Dialog open={open} title={t('form.newTitle')} onClose={close}>
      <ContactForm
        initial={emptyContactForm}
        submitLabel={t('form.create')}
        pending={create.isPending}
        error={create.error}
        tierCadence={(tier) => settings.data?.cadenceDays[tier]}
        onCancel={close}
        onSubmit={(state) =>
          create.mutate(contactBodyFromForm(state), {
            onSuccess: (contact) => {
              ui.toast(t('form.created', { name: contact.name }));
              close();
            },
          })
        }
      />
    </Dialog>
  );
}
