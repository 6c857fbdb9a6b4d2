import { describe, expect, it } from '@jest/globals';
import { deviceDescription, deviceParts } from './account';

describe('deviceDescription', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.28 Safari/537.36',
      'Chromium on Linux',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0',
      'Edge on Windows',
    ],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', 'Chrome on Windows'],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
      'Safari on macOS',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
      'Safari on iOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
      'Chrome on Android',
    ],
    ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0', 'Firefox on Linux'],
  ])('names %s as %s', (agent, expected) => {
    expect(deviceDescription(agent)).toBe(expected);
  });

  it('says little rather than guessing when the agent is unknown or missing', () => {
    expect(deviceDescription('curl/8.4.0')).toBe('An unknown device');
    expect(deviceDescription(undefined)).toBe('An unknown device');
    expect(deviceDescription('SomeBot (Linux)')).toBe('A browser on Linux');
  });

  it('never echoes the agent text itself', () => {
    const agent = 'Mozilla/5.0 (X11; Linux x86_64) <script>alert(1)</script>';
    expect(deviceDescription(agent)).toBe('A browser on Linux');
  });
});

describe('deviceParts', () => {
  it('reads back every kind of description deviceDescription writes, and nothing else', () => {
    expect(deviceParts(deviceDescription('Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0'))).toEqual({
      kind: 'browser_on_system',
      browser: 'Firefox',
      system: 'Linux',
    });
    expect(deviceParts(deviceDescription('SomeBot (Linux)'))).toEqual({ kind: 'system', system: 'Linux' });
    expect(deviceParts(deviceDescription('Mozilla/5.0 Firefox/120.0'))).toEqual({ kind: 'browser', browser: 'Firefox' });
    expect(deviceParts(deviceDescription('curl/8.4.0'))).toEqual({ kind: 'unknown' });
    expect(deviceParts('Samsung Internet on Android')).toEqual({
      kind: 'browser_on_system',
      browser: 'Samsung Internet',
      system: 'Android',
    });
    expect(deviceParts('My laptop on the table')).toBeNull();
  });
});
