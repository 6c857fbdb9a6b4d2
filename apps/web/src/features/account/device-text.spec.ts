import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { deviceDescription } from '@common-ground/domain';
import { createIntl } from 'react-intl';
import { deviceText } from './device-text';

const catalog = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'apps/web/src/i18n/catalogs', locale, 'account.json'), 'utf8'));

const agents = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.28 Safari/537.36',
  'SomeBot (Linux)',
  'Mozilla/5.0 Firefox/120.0',
  'curl/8.4.0',
];

describe('deviceText', () => {
  it('says in English what the server stored', () => {
    const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
    for (const agent of agents) expect(deviceText(english, deviceDescription(agent))).toBe(deviceDescription(agent));
  });

  it('says the device in the reader’s language, keeping browser and system names', () => {
    const french = createIntl({ locale: 'fr', messages: catalog('fr') });
    const arabic = createIntl({ locale: 'ar', messages: catalog('ar') });
    expect(agents.map((agent) => deviceText(french, deviceDescription(agent)))).toEqual([
      'Chromium sous Linux',
      'Un navigateur sous Linux',
      'Firefox',
      'Un appareil inconnu',
    ]);
    expect(deviceText(arabic, 'Chrome on Android')).toBe('Chrome على Android');
    expect(deviceText(french, 'Something else entirely')).toBe('Something else entirely');
  });
});
