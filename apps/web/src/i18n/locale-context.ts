import { createContext, useContext } from 'react';
import type { Locale } from '@common-ground/domain';

export interface LocaleState {
  locale: Locale;
  /** Switches the screens at once; the account's stored choice is saved by the caller. */
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleState | null>(null);

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside <LocaleProvider>.');
  return state;
}
