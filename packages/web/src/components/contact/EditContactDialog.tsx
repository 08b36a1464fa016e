/** Editing a contact's profile in the same form as adding one; nothing typed is lost on an error. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { settingsQuery, useUpdateContact } from '../../api/queries';
import type { ContactListItem } from '../../api/types';
import { ContactForm } from '../ContactForm';
import { Dialog } from '../Dialog';
import { contactBodyFromForm, formFromContact } from '../contact-form-state';
import { useUi } from '../ui-context';

interface Props {
  contact: ContactListItem;
  open: boolean;
  onClose: () => void;
}

export function EditContactDialog({ contact, open, onClose }: Props) {
  const { t } = useTranslation();
  const ui = useUi();
  const update = useUpdateContact();
  const settings = useQuery({ ...settingsQuery(), enabled: open });
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <Dialog open={open} title={t('form.editTitle', { name: contact.name })} onClose={close}>
      <ContactForm
        initial={formFromContact(contact)}
        submitLabel={t('app.save')}
        pending={update.isPending}
        error={update.error}
        tierCadence={(tier) => settings.data?.cadenceDays[tier]}
        onCancel={close}
        onSubmit={(state) =>
          update.mutate(
            { id: contact.id, patch: contactBodyFromForm(state) },
            {
              onSuccess: () => {
                ui.toast(t('form.updated'));
                close();
              },
            },
          )
        }
      />
    </Dialog>
  );
}
