/** App-wide UI actions (dialogs, toasts) that any page or shortcut can trigger. */
import { createContext, useContext } from 'react';

export interface LogTarget {
  id: string;
  name: string;
}

export interface LogPreset {
  value?: 'neutral' | 'give' | 'ask' | 'thanks';
}

export interface UiActions {
  openNewContact(): void;
  openLog(target?: LogTarget, preset?: LogPreset): void;
  openPalette(): void;
  toast(message: string): void;
}

export const UiContext = createContext<UiActions | null>(null);

export function useUi(): UiActions {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi must be used inside <UiProvider>');
  return ui;
}
