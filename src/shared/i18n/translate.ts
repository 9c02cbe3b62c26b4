/**
 * A typed dictionary lookup with `{name}` placeholders. Kept this small on purpose:
 * the compiler checks that both languages carry every key, and Vietnamese needs no
 * plural rules, so an i18n library would add bundle weight to the iPad app for nothing.
 */
import { en } from './en';
import type { ParamsArgument } from './placeholders';
import { vi } from './vi';
import type { MessageKey } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };
export type { MessageParams, ParamsArgument, PlainMessageKey } from './placeholders';

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** The message in the language, its placeholders filled; the compiler asks for exactly the values the message names. */
export function translate<Key extends MessageKey>(language: Language, key: Key, ...[params]: ParamsArgument<Key>): string {
  return fillPlaceholders(dictionaries[language][key], params ?? {});
}

/** Puts the values into a message's `{name}` placeholders; a missing value leaves its placeholder visible. */
export function fillPlaceholders(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
