import type { ReactNode } from 'react';
import { isLocale } from '@common-ground/domain';
import { LocaleProvider } from '../i18n/locale-provider';
import { useSession } from './session-context';

/** The signed-in person's language (from the session) decides the screens'; before sign-in, the browser's. */
export function SessionLocale({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return <LocaleProvider locale={isLocale(user?.locale) ? user.locale : null}>{children}</LocaleProvider>;
}
