import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { RawIntlProvider } from 'react-intl';
import { isLocale, type Locale, localeDirection, negotiateLocale } from '@common-ground/domain';
import { loadMessages, type Messages } from './catalogs';
import { makeCurrentIntl } from './current-intl';
import { LocaleContext, type LocaleState } from './locale-context';

const STORAGE_KEY = 'cg.locale';

/** Before sign-in: the language picked on this browser, else the browser's own languages. */
export function browserLocale(): Locale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : negotiateLocale(navigator.languages ?? [navigator.language]);
}

/**
 * Puts every screen in one language: loads its catalog, sets `lang` and `dir` on the document (Arabic lays the
 * whole app out right to left through CSS logical properties), and provides react-intl. `locale` given by the
 * caller (the account's language) wins over the browser's.
 */
export function LocaleProvider({ locale: chosen, children }: { locale?: Locale | null; children: ReactNode }) {
  const [fromBrowser] = useState<Locale>(browserLocale);
  const [picked, setPicked] = useState<Locale | null>(null);
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages } | null>(null);
  // When the account's language arrives or changes (sign-in, a save on the account page, another device), it
  // replaces a pick made on this page; an account without a language keeps the pick.
  const [lastChosen, setLastChosen] = useState(chosen);
  if (chosen !== lastChosen) {
    setLastChosen(chosen);
    if (chosen) setPicked(null);
  }
  // A pick on this page wins at once; then the account's language; before sign-in, the browser's.
  const locale = picked ?? chosen ?? fromBrowser;

  useEffect(() => {
    let live = true;
    void loadMessages(locale).then((messages) => {
      if (live) setLoaded({ locale, messages });
    });
    return () => {
      live = false;
    };
  }, [locale]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.locale;
    document.documentElement.dir = localeDirection(loaded.locale);
  }, [loaded]);

  const intl = useMemo(() => (loaded ? makeCurrentIntl(loaded.locale, loaded.messages) : null), [loaded]);

  const value = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale: (next) => {
        window.localStorage.setItem(STORAGE_KEY, next);
        setPicked(next);
      },
    }),
    [locale],
  );

  // The first paint waits for one small JSON file; after that a switch keeps the old language until the new one is in.
  if (!intl) return null;
  return (
    <LocaleContext value={value}>
      <RawIntlProvider value={intl}>{children}</RawIntlProvider>
    </LocaleContext>
  );
}
