/** Global keyboard shortcuts that stay out of the way while the user types in a field. */
import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** `KeyboardEvent.key`, compared case-insensitively. */
  key: string;
  /** Needs Ctrl (or Cmd on macOS). */
  mod?: boolean;
  handler: (event: KeyboardEvent) => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/** Registers shortcuts on window; single-key ones are ignored in fields and while a dialog is open. */
export function useShortcuts(shortcuts: Shortcut[]): void {
  const ref = useRef(shortcuts);
  useEffect(() => {
    ref.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      for (const s of ref.current) {
        if (event.key.toLowerCase() !== s.key.toLowerCase()) continue;
        const mod = event.ctrlKey || event.metaKey;
        if (s.mod) {
          if (!mod) continue;
        } else if (mod || event.altKey || isTyping(event.target) || dialogOpen()) {
          continue;
        }
        event.preventDefault();
        s.handler(event);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
