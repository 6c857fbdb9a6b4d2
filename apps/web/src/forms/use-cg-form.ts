import { useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { defineMessages } from 'react-intl';
import { ApiError, applyFieldErrors } from '../api/client';
import { translate } from '../i18n/current-intl';
import { markSaving, useLeaveGuard } from './leave-guard';
import { schemaResolver, type FormSchema } from './rules';

/** What to do when the API answers 409 VERSION_CONFLICT with the object as it is now. */
export interface ConflictOptions<TValues, TCurrent> {
  /** Reads the 409's `current`; null when it is not the expected object (then the person is told to reload). */
  parse: (current: unknown) => TCurrent | null;
  /**
   * The form values showing the current object, for "take theirs". Omit it when `onTakeTheirs` shows
   * the current object by remounting the form (a form keyed by the object's version).
   */
  toValues?: (current: TCurrent) => TValues;
  /** Called after "take theirs", e.g. to show the current object in the page. */
  onTakeTheirs?: (current: TCurrent) => void;
}

export interface CgFormOptions<TValues extends FieldValues, TCurrent> {
  defaultValues?: DefaultValues<TValues>;
  /** Values that follow outside data (react-hook-form's `values`): the form resets when they change. */
  values?: TValues;
  /** The checks run before sending, built from the same limits as the API's DTOs. */
  schema?: FormSchema<TValues>;
  /**
   * Saves. `over` is set when the person chose to keep their text over a colleague's, or took the
   * colleague's version and edits on: send its version instead of the one the form was loaded with.
   */
  onSubmit: (values: TValues, context: { over: TCurrent | null }) => Promise<void>;
  /** Form fields that API field errors may name; by default the top-level fields of `defaultValues`. */
  fields?: readonly Path<TValues>[] | ((values: TValues) => readonly Path<TValues>[]);
  /** API field names that a form field of another name shows, e.g. `{ 'answers.3.notes': 'q4-notes' }`. */
  aliases?: Partial<Record<string, Path<TValues>>>;
  /** Offer "keep mine / take theirs" on a 409. Without it, `onConflict` is called, or the person is told to reload. */
  conflict?: ConflictOptions<TValues, TCurrent>;
  /** Handles a 409 without `conflict`; a returned sentence is shown at the top of the form. */
  onConflict?: (error: ApiError) => string | undefined | void;
  /** Ask before leaving the page with unsaved text (default on). */
  guard?: boolean;
}

export interface CgForm<TValues extends FieldValues, TCurrent> {
  form: UseFormReturn<TValues>;
  /** For `<form onSubmit>`. */
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** Messages for the top of the form (errors that name no field). */
  formErrors: string[];
  /** The colleague's version after a 409, while the person decides. */
  conflict: TCurrent | null;
  /** Saves the typed values over the colleague's version. */
  keepMine: () => Promise<void>;
  /** Drops the typed values and shows the colleague's version. */
  takeTheirs: () => void;
  /** The message under a field (`form.formState.errors` by path). */
  errorOf: (path: Path<TValues>) => string | undefined;
}

/** Thrown by `onSubmit` for a check that belongs to no field ("tick at least one rule"): shown at the top of the form. */
export class FormProblem extends Error {}

/** A 409's `current` when it is a versioned object, the usual shape of what the API sends back. */
export function versioned<T extends { version: number }>(current: unknown): T | null {
  return typeof current === 'object' && current !== null && typeof (current as { version?: unknown }).version === 'number'
    ? (current as T)
    : null;
}

/** What a failed save turns into: the conflict UI, sentences at the top of the form, or field errors. */
export type SaveFailure<TCurrent> = { kind: 'conflict'; current: TCurrent } | { kind: 'messages'; messages: string[] } | { kind: 'fields' };

export function failureOf<TCurrent>(
  error: unknown,
  options: { conflict?: { parse: (current: unknown) => TCurrent | null }; onConflict?: (error: ApiError) => string | undefined | void },
): SaveFailure<TCurrent> {
  if (error instanceof FormProblem) return { kind: 'messages', messages: [error.message] };
  if (!(error instanceof ApiError) || !error.isVersionConflict) return { kind: 'fields' };
  const parsed = options.conflict ? options.conflict.parse(error.current) : null;
  if (parsed !== null) return { kind: 'conflict', current: parsed };
  if (options.onConflict) {
    const message = options.onConflict(error);
    return { kind: 'messages', messages: message ? [message] : [] };
  }
  return { kind: 'messages', messages: [translate(m.reload)] };
}

const m = defineMessages({
  reload: {
    id: 'common.form.reload',
    defaultMessage: 'Someone else changed this meanwhile. Reload to see their version; copy your text somewhere safe first.',
  },
});

/** The sentence of a 409 that the form cannot resolve itself, in the screen's language. */
export function reloadMessage(): string {
  return translate(m.reload);
}

/**
 * The form kit: react-hook-form with a resolver from the shared limits, the API's field errors
 * (problem+json `errors[]`) next to their fields, the 409 conflict flow, and the leave-page guard
 * while the form holds unsaved text.
 */
export function useCgForm<TValues extends FieldValues, TCurrent = never>(
  options: CgFormOptions<TValues, TCurrent>,
): CgForm<TValues, TCurrent> {
  const form = useForm<TValues>({
    defaultValues: options.defaultValues,
    values: options.values,
    resolver: options.schema ? schemaResolver(options.schema) : undefined,
  });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<TCurrent | null>(null);
  // After "take theirs" in a form that stays mounted, the next save starts from their version.
  const [taken, setTaken] = useState<TCurrent | null>(null);
  const { isDirty } = form.formState;
  const guardId = useLeaveGuard((options.guard ?? true) && (isDirty || conflict !== null));

  const save = async (values: TValues, over: TCurrent | null) => {
    const current = options;
    setFormErrors([]);
    markSaving(guardId, true);
    try {
      await current.onSubmit(values, { over });
      setConflict(null);
      setTaken(null);
      // What was just saved is the new starting point: the form is no longer "unsaved", unless onSubmit reset it itself,
      // or stopped at a check of its own (it set a field error and returned without saving).
      const stoppedAtCheck = Object.keys(form.formState.errors).length > 0;
      if (form.formState.isDirty && !stoppedAtCheck) form.reset(form.getValues());
    } catch (error) {
      const outcome = failureOf(error, current);
      if (outcome.kind === 'conflict') {
        setConflict(outcome.current);
        return;
      }
      if (outcome.kind === 'messages') {
        setFormErrors(outcome.messages);
        return;
      }
      const fields =
        typeof current.fields === 'function'
          ? current.fields(values)
          : (current.fields ?? (Object.keys(current.defaultValues ?? current.values ?? {}) as Path<TValues>[]));
      setFormErrors(applyFieldErrors(error, form.setError, fields, current.aliases));
    } finally {
      markSaving(guardId, false);
    }
  };

  return {
    form,
    submit: form.handleSubmit((values) => save(values, taken)),
    formErrors,
    conflict,
    keepMine: async () => {
      if (conflict === null) return;
      await form.handleSubmit((values) => save(values, conflict))();
    },
    takeTheirs: () => {
      const current = options.conflict;
      if (conflict === null || !current) return;
      if (current.toValues) form.reset(current.toValues(conflict));
      else form.reset();
      setConflict(null);
      setTaken(conflict);
      current.onTakeTheirs?.(conflict);
    },
    errorOf: (path) => {
      const error: unknown = path
        .split('.')
        .reduce<unknown>(
          (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
          form.formState.errors,
        );
      return error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string'
        ? (error as { message: string }).message
        : undefined;
    },
  };
}
