import { createContext, useContext, type JSX } from 'solid-js';
import { messagesFor, type Locale, type Messages } from '../core/i18n/messages';

// The locale and its messages reach every component through context rather than a `t` prop
// threaded through each view; code that needs the language asks for it instead of guessing it
// from which message set it was given.
const I18nContext = createContext<{ locale: Locale; t: Messages }>();

export function I18nProvider(props: { locale: Locale; children: JSX.Element }) {
  // The locale is fixed for a page's life (read once from the browser), so it is read once here.
  const value = { locale: props.locale, t: messagesFor(props.locale) };
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

function useI18n(): { locale: Locale; t: Messages } {
  const value = useContext(I18nContext);
  if (!value) throw new Error('Moderato: a component needs its I18nProvider (render it inside one)');
  return value;
}

/** The messages of the page's locale. Call it while the component is set up, not in a handler. */
export function useT(): Messages {
  return useI18n().t;
}

/** The page's locale. Call it while the component is set up, not in a handler. */
export function useLocale(): Locale {
  return useI18n().locale;
}
