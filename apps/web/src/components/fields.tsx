import { useId, type ComponentProps, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  required: { id: 'common.field.required', defaultMessage: '(required)' },
  saving: { id: 'common.saving', defaultMessage: 'Saving…' },
});
export const WARNING_MARK = '⚠ ';
export const REQUIRED_MARK = ' *';

interface FieldChrome {
  label: ReactNode;
  /** A sentence under the label that helps fill the field in. */
  hint?: ReactNode;
  /** The validation message, shown under the field and announced with it. */
  error?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function FieldMessages({ hintId, hint, errorId, error }: { hintId: string; hint?: ReactNode; errorId: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

export function TextField({ label, hint, error, required, ...input }: FieldChrome & ComponentProps<'input'>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
        aria-required={required ? true : undefined}
        {...input}
      />
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

export function TextAreaField({ label, hint, error, required, ...input }: FieldChrome & ComponentProps<'textarea'>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
        aria-required={required ? true : undefined}
        {...input}
      />
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  hint,
  error,
  options,
  required,
  ...select
}: FieldChrome & ComponentProps<'select'> & { options: readonly Option[] }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
        aria-required={required ? true : undefined}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

/** A group of checkboxes under one legend; `children` are the `<Checkbox>`es. */
export function CheckboxGroup({
  legend,
  hint,
  error,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="checkbox-list">{children}</div>
      {error ? (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">{WARNING_MARK}</span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Checkbox({ label, ...input }: { label: ReactNode } & Omit<ComponentProps<'input'>, 'type'>) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function RequiredMark() {
  const intl = useIntl();
  return (
    <span className="required">
      <span aria-hidden="true">{REQUIRED_MARK}</span>
      <span className="visually-hidden"> {intl.formatMessage(m.required)}</span>
    </span>
  );
}

/** Errors about the whole form, e.g. wrong credentials; announced when they appear. */
export function FormAlert({ messages }: { messages: readonly string[] }) {
  return (
    <div role="alert" className={messages.length ? 'alert alert-error' : undefined}>
      {messages.length === 1 ? <p>{messages[0]}</p> : null}
      {messages.length > 1 ? (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function SubmitButton({
  busy,
  children,
  busyLabel,
  className,
}: {
  busy: boolean;
  children: ReactNode;
  busyLabel?: ReactNode;
  className?: string;
}) {
  const intl = useIntl();
  return (
    <button type="submit" className={className ?? 'button button-primary'} disabled={busy} aria-disabled={busy || undefined}>
      {busy ? (busyLabel ?? intl.formatMessage(m.saving)) : children}
    </button>
  );
}
