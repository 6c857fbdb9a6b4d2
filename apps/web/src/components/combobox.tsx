import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { exactOption, searchOptions, type SearchableOption } from '../lib/options-search';
import { RequiredMark, WARNING_MARK } from './fields';

const m = defineMessages<{ noMatch: { query: string }; matches: { count: number } }>({
  noMatch: { id: 'formats.noMatch', defaultMessage: 'Nothing matches “{query}”.' },
  matches: {
    id: 'formats.matches',
    defaultMessage: '{count, plural, one {# choice} other {# choices}}',
    description: 'How many choices of a searchable list match what was typed',
  },
});

/** The most options drawn at once; typing narrows the rest down. */
const MAX_SHOWN = 80;

export interface ComboboxFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  name?: string;
  /** The chosen option's value; the field shows it when not being typed in. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  options: readonly SearchableOption[];
  /** Shown after the field, e.g. the chosen zone's offset now. */
  aside?: ReactNode;
}

/**
 * A searchable choice among many (WAI-ARIA combobox with a listbox): type to narrow the list, Arrow keys to
 * move, Enter to choose, Escape to close and keep the previous choice. Leaving the field keeps a choice typed
 * out in full and otherwise goes back to the previous one, so the value is always one of the options.
 */
export function ComboboxField({ label, hint, error, required, name, value, onChange, onBlur, options, aside }: ComboboxFieldProps) {
  const intl = useIntl();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-list`;
  const labelId = `${id}-label`;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  const matches = useMemo(() => (query === null ? [...options] : searchOptions(options, query)), [options, query]);
  const shown = matches.slice(0, MAX_SHOWN);
  const activeOption = open ? shown[Math.min(active, shown.length - 1)] : undefined;

  useEffect(() => {
    if (!open || !activeOption) return;
    listRef.current?.querySelector(`[data-value="${CSS.escape(activeOption.value)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, activeOption]);

  const openList = (fromQuery: string | null) => {
    const list = fromQuery === null ? [...options] : searchOptions(options, fromQuery);
    const current = list.findIndex((option) => option.value === value);
    setActive(fromQuery === null && current >= 0 ? current : 0);
    setOpen(true);
  };
  const choose = (option: SearchableOption) => {
    onChange(option.value);
    setQuery(null);
    setOpen(false);
  };
  const cancel = () => {
    setQuery(null);
    setOpen(false);
  };

  return (
    <div className="field combobox">
      <label htmlFor={id} id={labelId}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <div className="combobox-control">
        <input
          id={id}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${listId}-${shown.indexOf(activeOption)}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={[hint !== undefined && hintId, error && errorId].filter(Boolean).join(' ') || undefined}
          value={query ?? value}
          onChange={(event) => {
            setQuery(event.target.value);
            openList(event.target.value);
          }}
          onClick={() => {
            if (!open) openList(null);
          }}
          onBlur={() => {
            const typed = query === null ? undefined : exactOption(options, query);
            if (typed) onChange(typed.value);
            cancel();
            onBlur?.();
          }}
          onKeyDown={(event) => {
            switch (event.key) {
              case 'ArrowDown':
              case 'ArrowUp': {
                event.preventDefault();
                if (!open) {
                  openList(query);
                  return;
                }
                const step = event.key === 'ArrowDown' ? 1 : -1;
                setActive((index) => Math.max(0, Math.min(shown.length - 1, index + step)));
                return;
              }
              case 'Home':
              case 'End':
                if (!open) return;
                event.preventDefault();
                setActive(event.key === 'Home' ? 0 : shown.length - 1);
                return;
              case 'Enter':
                // Enter chooses while the list is open; otherwise it submits the form as in any field.
                if (!open) return;
                event.preventDefault();
                if (activeOption) choose(activeOption);
                return;
              case 'Escape':
                if (!open && query === null) return;
                event.preventDefault();
                event.stopPropagation();
                cancel();
                return;
            }
          }}
        />
        {aside ? <span className="combobox-aside">{aside}</span> : null}
        {open && shown.length > 0 ? (
          <ul id={listId} ref={listRef} role="listbox" className="combobox-list" aria-labelledby={labelId}>
            {shown.map((option, index) => (
              <li
                key={option.value}
                id={`${listId}-${String(index)}`}
                data-value={option.value}
                role="option"
                aria-selected={option === activeOption}
                className={option.value === value ? 'combobox-option is-current' : 'combobox-option'}
                onMouseDown={(event) => {
                  // Keep the focus in the field, so choosing does not first blur it.
                  event.preventDefault();
                }}
                onClick={() => {
                  choose(option);
                }}
              >
                <span>{option.label}</span> {option.detail ? <span className="combobox-detail">{option.detail}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {open && query !== null && shown.length > 0 ? intl.formatMessage(m.matches, { count: matches.length }) : ''}
      </p>
      {open && shown.length === 0 && query !== null ? (
        <p className="field-hint" role="status">
          {intl.formatMessage(m.noMatch, { query })}
        </p>
      ) : null}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">{WARNING_MARK}</span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
