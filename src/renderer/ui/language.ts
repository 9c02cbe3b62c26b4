/** The chosen language, Vietnamese unless the user switched; remembered in this browser. */
import { create } from 'zustand';
import { isLanguage, translate } from '../../shared/i18n/translate';
import type { Language, MessageKey } from '../../shared/i18n/translate';

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
    document.documentElement.lang = language;
    set({ language });
  },
}));

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The translate function for the current language; re-renders on a switch. */
export function useT(): Translate {
  const language = useLanguage((state) => state.language);
  return (key, params) => translate(language, key, params);
}
