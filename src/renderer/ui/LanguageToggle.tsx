import { useLanguage, useT } from './language';

/** One button that switches between Vietnamese and English; it is labelled in the other language. */
export function LanguageToggle() {
  const t = useT();
  const toggle = useLanguage((state) => state.toggle);
  return (
    <button type="button" className="button button-quiet language-toggle" onClick={toggle} aria-label={t('language.label')}>
      {t('language.switch')}
    </button>
  );
}
