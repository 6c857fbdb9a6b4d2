import { deviceParts } from '@common-ground/domain';
import { defineMessages, type IntlShape } from 'react-intl';
import { untyped } from '../../i18n/untyped';

const m = untyped(
  defineMessages({
    browserOnSystem: { id: 'account.device.browserOnSystem', defaultMessage: '{browser} on {system}' },
    anyBrowserOnSystem: { id: 'account.device.anyBrowserOnSystem', defaultMessage: 'A browser on {system}' },
    unknown: { id: 'account.device.unknown', defaultMessage: 'An unknown device' },
  }),
);

/**
 * A session's or an event's device in the reader's language. The API stores libs/domain's English description
 * ("Chromium on Linux"); browser and system names stay as they are. Words it did not write are shown unchanged.
 */
export function deviceText(intl: IntlShape, device: string): string {
  const parts = deviceParts(device);
  switch (parts?.kind) {
    case 'browser_on_system':
      return intl.formatMessage(m.browserOnSystem, { browser: parts.browser, system: parts.system });
    case 'system':
      return intl.formatMessage(m.anyBrowserOnSystem, { system: parts.system });
    case 'unknown':
      return intl.formatMessage(m.unknown);
    case 'browser':
    case undefined:
      return device;
  }
}
