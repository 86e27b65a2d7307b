/** Renders a component inside the I18nProvider the entry points wrap the views in. */
import { render } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import { I18nProvider } from '../../components/i18n';
import type { Locale } from '../../core/locale';

export function renderWithI18n(ui: () => JSX.Element, locale: Locale = 'fr') {
  return render(() => <I18nProvider locale={locale}>{ui()}</I18nProvider>);
}
