/** The chosen language, Vietnamese unless the user switched; remembered in this browser. */
import { create } from 'zustand';
import { isLanguage, translate } from '../../shared/i18n/translate';
import type { Language, MessageKey, ParamsArgument } from '../../shared/i18n/translate';

const STORAGE_KEY = 'chamber.language';

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

interface LanguageState {
  language: Language;
  toggle(): void;
}

export const useLanguage = create<LanguageState>((set, get) => ({
  language: initialLanguage(),
  toggle() {
    const language: Language = get().language === 'vi' ? 'en' : 'vi';
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      /* not remembered, still switched */
    }
    set({ language });
  },
}));

/** Screen readers and hyphenation follow `<html lang>`: it names the stored language from the first paint, and every switch after. */
function markDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}
markDocumentLanguage(useLanguage.getState().language);
useLanguage.subscribe((state) => markDocumentLanguage(state.language));

/** Translates a key; a message with `{name}` placeholders needs exactly those values. */
export type Translate = <Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>) => string;

/** The translate function for the current language; re-renders on a switch. */
export function useT(): Translate {
  const language = useLanguage((state) => state.language);
  return (key, ...params) => translate(language, key, ...params);
}
