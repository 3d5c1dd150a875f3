import { useCallback, useSyncExternalStore } from 'react';
import { en } from './messages-en';
import { id, type MessageKey } from './messages-id';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

const STORAGE_KEY = 'sentra.lang';

export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * Every visible string of the web app. Indonesian is the reference: `en` must have exactly the
 * same keys (the type below makes a missing translation a compile error). `{name}` is filled in
 * by `t(key, { name })`.
 */
export const dictionary: Record<Lang, Record<MessageKey, string>> = { id, en };

function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

function readStored(): Lang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

let current: Lang = readStored() ?? 'id';
let chosenByUser = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLang(): Lang {
  return current;
}

/** True once the person picked a language with the switch during this page load. */
export function langChosenByUser(): boolean {
  return chosenByUser;
}

/** Makes `<html lang>` follow the interface language (screen readers, hyphenation, spelling). */
export function applyLangToDocument(): void {
  document.documentElement.lang = current;
}

export function setLang(lang: Lang, options: { byUser?: boolean } = {}): void {
  if (options.byUser) chosenByUser = true;
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage full: the choice lasts for this page only.
  }
  applyLangToDocument();
  for (const listener of listeners) listener();
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang);
}

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = dictionary[lang][key] ?? dictionary.id[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export function useT(): Translate {
  const lang = useLang();
  return useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
}
