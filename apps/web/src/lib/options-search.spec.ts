import { describe, expect, it } from '@jest/globals';
import { exactOption, searchOptions, searchText } from './options-search';

const zones = ['America/Sao_Paulo', 'Africa/Lagos', 'Europe/London', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh'].map((value) => ({
  value,
  label: value,
  detail: 'GMT+01:00',
}));

describe('searching the options of a picker', () => {
  it('reads accents, underscores and slashes as the words they separate', () => {
    expect(searchText('São_Paulo/Brazil')).toBe('sao paulo brazil');
  });

  it('finds options by the start of any of their words, in list order', () => {
    expect(searchOptions(zones, 'lo').map((zone) => zone.value)).toEqual(['Europe/London', 'America/Los_Angeles']);
    expect(searchOptions(zones, 'sao paulo').map((zone) => zone.value)).toEqual(['America/Sao_Paulo']);
    expect(searchOptions(zones, 'ho chi').map((zone) => zone.value)).toEqual(['Asia/Ho_Chi_Minh']);
    expect(searchOptions(zones, 'AFRICA/LAG').map((zone) => zone.value)).toEqual(['Africa/Lagos']);
  });

  it('offers everything for an empty search and nothing for a search that matches nothing', () => {
    expect(searchOptions(zones, '  ')).toHaveLength(zones.length);
    expect(searchOptions(zones, 'atlantis')).toEqual([]);
  });

  it('puts the exact value first', () => {
    const currencies = [
      { value: 'EUR', label: 'EUR — Euro' },
      { value: 'USD', label: 'USD — US Dollar' },
      { value: 'USN', label: 'USN — US Dollar (Next day)' },
    ];
    expect(searchOptions(currencies, 'usd').map((currency) => currency.value)).toEqual(['USD']);
    expect(searchOptions(currencies, 'dollar').map((currency) => currency.value)).toEqual(['USD', 'USN']);
    expect(searchOptions(currencies, 'euro')[0].value).toBe('EUR');
  });

  it('knows the option a typed text names exactly', () => {
    expect(exactOption(zones, 'africa/lagos')?.value).toBe('Africa/Lagos');
    expect(exactOption(zones, 'Africa')).toBeUndefined();
  });
});
