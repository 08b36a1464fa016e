/** The quick-log dialog (`l`): for a given person, or first pick one by name. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionValue, LoggedInteraction } from '../api/types';
import { ContactPicker } from './ContactPicker';
import { Dialog } from './Dialog';
import { QuickLogForm } from './QuickLogForm';
import type { LogTarget } from './ui-context';

interface Props {
  open: boolean;
  target: LogTarget | undefined;
  initialValue: InteractionValue | undefined;
  onClose: () => void;
  onSaved: (result: LoggedInteraction) => void;
}

export function QuickLogDialog({ open, target, initialValue, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<LogTarget | undefined>(undefined);
  const who = target ?? picked;
  const close = () => {
    setPicked(undefined);
    onClose();
  };
  return (
    <Dialog open={open} title={who ? t('log.titleWith', { name: who.name }) : t('log.title')} onClose={close}>
      {who ? (
        <QuickLogForm
          key={who.id}
          contactId={who.id}
          contactName={who.name}
          initialValue={initialValue}
          onCancel={close}
          onSaved={(result) => {
            setPicked(undefined);
            onSaved(result);
          }}
        />
      ) : (
        <ContactPicker label={t('log.who')} autoFocus onPick={(c) => setPicked({ id: c.id, name: c.name })} />
      )}
    </Dialog>
  );
}
