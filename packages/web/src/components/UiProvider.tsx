/**
 * Holds the app-wide dialogs (new contact, quick log, command palette), the toasts and the global
 * shortcuts: Ctrl/Cmd+K palette, `n` new contact, `l` log (for the open contact when there is one).
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { InteractionValue, LoggedInteraction } from '../api/types';
import { useShortcuts } from '../hooks/useShortcut';
import { CommandPalette } from './CommandPalette';
import { NewContactDialog } from './NewContactDialog';
import { QuickLogDialog } from './QuickLogDialog';
import { Toasts, type ToastItem } from './Toasts';
import { UiContext, type LogPreset, type LogTarget, type UiActions } from './ui-context';

interface Props {
  children: ReactNode;
  /** The contact whose page is open, so `l` logs with them. */
  currentContact: () => LogTarget | undefined;
}

export function UiProvider({ children, currentContact }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [newOpen, setNewOpen] = useState(false);
  const [log, setLog] = useState<{ open: boolean; target?: LogTarget; value?: InteractionValue }>({ open: false });
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const toast = useCallback((message: string) => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-1), { id, message }]);
    setTimeout(() => setToasts((list) => list.filter((x) => x.id !== id)), 4000);
  }, []);

  const actions = useMemo<UiActions>(
    () => ({
      openNewContact: () => setNewOpen(true),
      openLog: (target?: LogTarget, preset?: LogPreset) => setLog({ open: true, target, value: preset?.value }),
      openPalette: () => setPaletteOpen(true),
      toast,
    }),
    [toast],
  );

  useShortcuts([
    { key: 'k', mod: true, handler: () => setPaletteOpen((open) => !open) },
    { key: 'n', handler: () => setNewOpen(true) },
    { key: 'l', handler: () => setLog({ open: true, target: currentContact() }) },
  ]);

  const onLogged = (result: LoggedInteraction) => {
    setLog({ open: false });
    toast(result.warnings.length > 0 ? t('log.savedWithWarnings') : t('log.saved'));
  };

  return (
    <UiContext.Provider value={actions}>
      {children}
      <NewContactDialog open={newOpen} onClose={() => setNewOpen(false)} />
      <QuickLogDialog
        open={log.open}
        target={log.target}
        initialValue={log.value}
        onClose={() => setLog({ open: false })}
        onSaved={onLogged}
      />
      {paletteOpen && (
        <CommandPalette
          onClose={() => setPaletteOpen(false)}
          onNavigate={(to) => {
            setPaletteOpen(false);
            navigate(to);
          }}
          onNewContact={() => {
            setPaletteOpen(false);
            setNewOpen(true);
          }}
          onLog={() => {
            setPaletteOpen(false);
            setLog({ open: true, target: currentContact() });
          }}
        />
      )}
      <Toasts items={toasts} />
    </UiContext.Provider>
  );
}
