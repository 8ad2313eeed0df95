/**
 * The popup's language: Chinese by default, English on request. Every string the popup shows comes
 * from `zh.ts` / `en.ts` through `t()`. Pure: the choice is stored by `lang-store.ts`.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Lang = 'zh' | 'en';
export type { MessageKey };

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `{name}` placeholders are filled from `params`; an unknown placeholder stays visible rather than vanish. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = MESSAGES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

export const LangContext = createContext<Lang>('zh');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): Translate {
  return translator(useContext(LangContext));
}

/** Anything stored that is not a known language means the default. */
export function parseLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'zh';
}
