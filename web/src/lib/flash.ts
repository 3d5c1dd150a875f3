import { useSyncExternalStore } from 'react';
import type { MessageKey } from './i18n';
import { navigate } from './navigation';

/**
 * A one-off message for the next page ("Perubahan disimpan."), kept as a dictionary key so it
 * shows in the current language. It belongs to one path and is dropped when the user moves on.
 */
export interface Flash {
  path: string;
  key: MessageKey;
  vars?: Record<string, string | number>;
  tone?: 'success' | 'info';
}

let current: Flash | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function setFlash(flash: Flash | null): void {
  current = flash;
  emit();
}

export function navigateWithFlash(
  to: string,
  flash: Omit<Flash, 'path'>,
  options: { replace?: boolean } = {},
): void {
  // Navigate first: the message must never be seen (and dropped) on the page being left.
  navigate(to, options);
  setFlash({ ...flash, path: to.split('?')[0] ?? to });
}

export function useFlash(): Flash | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
