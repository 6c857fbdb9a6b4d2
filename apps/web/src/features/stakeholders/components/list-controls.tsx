import { LIMITS } from '@common-ground/domain';
import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Option } from '../../../components/fields';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';

const SEARCH_DELAY_MS = 300;

/** A list's search, filters and page live in the URL, so a reload or a shared link shows the same page. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const get = (name: string) => params.get(name) ?? '';
  /** Changing a filter goes back to the first page. */
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  return { page, get, set };
}

/** The search box: what is typed shows at once, the list follows once typing pauses. */
export function SearchField({ label, value, onSearch }: { label: string; value: string; onSearch: (q: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, SEARCH_DELAY_MS);
  // Only typing searches: the effect follows the typed text, and reads the current value when it runs.
  const search = useEffectEvent((typed: string) => {
    if (typed !== value) onSearch(typed);
  });
  useEffect(() => {
    search(debounced.trim());
  }, [debounced]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={LIMITS.searchMax}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
    </div>
  );
}

export function FilterField({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
