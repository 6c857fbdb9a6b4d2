import { formattingLocale } from '@common-ground/domain';
import { useContext, useMemo } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { ProcessTimeZoneContext } from '../context/time-zone-context';
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
 * day-month order) and, inside a process, the process's time zone.
 */
export function useFormat(): Formatters {
  const intl = useIntl();
  const timeZone = useContext(ProcessTimeZoneContext);
  return useMemo(
    () =>
      makeFormatters({
        locale: formattingLocale(intl.locale, typeof navigator === 'undefined' ? [] : navigator.languages),
        timeZone,
        viewerTimeZone: viewerTimeZone(),
        withViewerTime: (time, viewer) => intl.formatMessage(m.withViewerTime, { time, viewer }),
      }),
    [intl, timeZone],
  );
}
