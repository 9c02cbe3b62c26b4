/**
 * The `{name}` placeholders of a message, read from its Vietnamese text at
 * compile time, so that a call that forgets a value, or passes one the text
 * does not use, fails to type-check.
 */
import type { MessageKey, vi } from './vi';

/** The names between braces in a literal string: 'Trang {page}/{pages}' → 'page' | 'pages'. */
export type PlaceholderNames<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;

/** A value for each placeholder of a message, and no others. */
export type MessageParams<Key extends MessageKey> = { readonly [Name in PlaceholderNames<(typeof vi)[Key]>]: string | number };

/** What follows the key in a call: the values when the message has placeholders, nothing when it has none. */
export type ParamsArgument<Key extends MessageKey> = [PlaceholderNames<(typeof vi)[Key]>] extends [never] ? [] : [params: MessageParams<Key>];

/** The keys whose messages have no placeholders, for code that picks a key at run time (an error code, a status). */
export type PlainMessageKey = { [Key in MessageKey]: [PlaceholderNames<(typeof vi)[Key]>] extends [never] ? Key : never }[MessageKey];
