import { currentZoneName, formatOffset, formerZoneName, zoneOffsetMinutes } from '@common-ground/domain';
import { useMemo } from 'react';
import type { SearchableOption } from '../lib/options-search';
import { ComboboxField, type ComboboxFieldProps } from './combobox';

/**
 * Every IANA zone the browser knows (and UTC) under today's name, each with its offset now ("Asia/Kolkata",
 * "GMT+05:30"), also found by its former name ("Calcutta").
 */
export function timeZoneOptions(now: Date, selected?: string): SearchableOption[] {
  const zones = new Set((typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []).map(currentZoneName));
  zones.add('UTC');
  if (selected) zones.add(selected);
  return [...zones].sort().map((zone) => {
    let detail: string | undefined;
    try {
      detail = formatOffset(zoneOffsetMinutes(now, zone));
    } catch {
      detail = undefined;
    }
    return { value: zone, label: zone, detail, keywords: formerZoneName(zone) };
  });
}

/** The time zone of a process, searchable by city or region, with each zone's offset now. */
export function TimeZoneField(props: Omit<ComboboxFieldProps, 'options' | 'aside'>) {
  const { value } = props;
  const options = useMemo(() => timeZoneOptions(new Date(), value), [value]);
  const offset = options.find((option) => option.value === value)?.detail;
  return <ComboboxField {...props} options={options} aside={offset} />;
}
