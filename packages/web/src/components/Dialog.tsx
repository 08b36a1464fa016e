/** A modal dialog on the native <dialog> element: focus trap, Esc and inert background for free. */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Hide the visible heading (it still labels the dialog). */
  hideTitle?: boolean;
  className?: string;
}

export function Dialog({ open, title, onClose, children, hideTitle = false, className }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element (the close button); start in the first field instead.
      const field = dialog.querySelector<HTMLElement>(
        '.dialog-body input:not([type="hidden"]):not([type="file"]):not([type="radio"]), .dialog-body input[type="radio"]:checked, .dialog-body select, .dialog-body textarea',
      );
      field?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, [onClose]);

  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby={titleId}>
      {open && (
        <>
          <div className="dialog-head">
            <h2 id={titleId} className={hideTitle ? 'visually-hidden' : undefined}>
              {title}
            </h2>
            <button type="button" className="btn btn-ghost btn-small" onClick={onClose} aria-label={t('app.close')}>
              <Icon name="close" />
            </button>
          </div>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
