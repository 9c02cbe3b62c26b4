/**
 * A typed dictionary lookup with `{name}` placeholders. Kept this small on purpose:
 * the compiler checks that both languages carry every key, and Vietnamese needs no
 * plural rules, so an i18n library would add bundle weight to the iPad app for nothing.
 */
import { en } from './en';
import { vi } from './vi';
import type { MessageKey } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
