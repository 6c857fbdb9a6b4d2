import { formattingLocale } from '@common-ground/domain';
import { useContext, useMemo } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { ProcessTimeZoneContext } from '../context/time-zone-context';
import { SessionContext } from '../session/session-context';
import { type Formatters, makeFormatters, viewerTimeZone } from './format';

const m = defineMessages<{ withViewerTime: { time: string; viewer: string } }>({
  withViewerTime: {
    id: 'formats.withViewerTime',
    defaultMessage: '{time} ({viewer} your time)',
    description: 'A time in the process’s time zone, then the same moment on the reader’s own clock',
  },
});

/**
 * Formatters for this screen: the reader's language (refined by their browser's region, so en-GB readers get
 * day-month order), inside a process the process's time zone, and the reader's own zone (chosen on their
 * account, else the browser's) for "your time" beside it and for times outside a process.
 */
export function useFormat(): Formatters {
  const intl = useIntl();
  const timeZone = useContext(ProcessTimeZoneContext);
  // The zone chosen on the account, else the browser's; outside a signed-in page there is no session.
  const chosenZone = useContext(SessionContext)?.user?.timeZone ?? null;
  return useMemo(
    () =>
      makeFormatters({
        locale: formattingLocale(intl.locale, typeof navigator === 'undefined' ? [] : navigator.languages),
        timeZone,
        viewerTimeZone: viewerTimeZone(chosenZone),
        withViewerTime: (time, viewer) => intl.formatMessage(m.withViewerTime, { time, viewer }),
      }),
    [intl, timeZone, chosenZone],
  );
}
