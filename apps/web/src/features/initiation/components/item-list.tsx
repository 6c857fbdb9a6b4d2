import { LIMITS } from '@common-ground/domain';
import { useId, useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { useController, type UseFormReturn } from 'react-hook-form';
import { ApiError, errorMessage } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { Checkbox, FormAlert, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '../../../components/fields';
import { EmptyState, ErrorState, Loading } from '../../../components/states';
import type { ListApi } from '../api/initiation';
import type { ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { usePagedList } from '../../../hooks/use-paged-list';
import { untyped } from '../../../i18n/untyped';

const messages = untyped(
  defineMessages({
    noMatch: { id: 'initiation.list.noMatch', defaultMessage: 'Nothing matches “{query}”' },
    tryAnother: { id: 'initiation.list.tryAnother', defaultMessage: 'Try another word, or clear the search.' },
    edit: { id: 'initiation.list.edit', defaultMessage: 'Edit<hidden> {title}</hidden>' },
    removeLabel: { id: 'initiation.list.removeLabel', defaultMessage: 'Remove {title}' },
    removeText: { id: 'initiation.list.removeText', defaultMessage: '“{title}” will be removed from the list. This cannot be undone.' },
    remove: { id: 'initiation.list.remove', defaultMessage: 'Remove' },
    removed: { id: 'initiation.list.removed', defaultMessage: '“{title}” was removed.' },
    editForm: { id: 'initiation.list.editForm', defaultMessage: 'Edit {title}' },
    saveChanges: { id: 'initiation.list.saveChanges', defaultMessage: 'Save changes' },
    saved: { id: 'initiation.list.saved', defaultMessage: 'Your changes to “{title}” were saved.' },
    loadingMore: { id: 'initiation.list.loadingMore', defaultMessage: 'Loading…' },
    loadMore: { id: 'initiation.list.loadMore', defaultMessage: 'Load more' },
    cancel: { id: 'initiation.list.cancel', defaultMessage: 'Cancel' },
  }),
);

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
import { MoneyInput } from '../../../components/money-input';

export type FieldValues = Record<string, string | boolean>;

/** One field of a list's add / edit form. */
export interface FieldSpec {
  name: string;
  label: string;
  /** 'money' is an amount (this field) with its currency (`currencyName`) beside it: the app's one money input. */
  kind: 'text' | 'textarea' | 'select' | 'checkbox' | 'money';
  currencyName?: string;
  /** The label of the currency beside a 'money' field. */
  currencyLabel?: string;
  options?: readonly Option[];
  hint?: string;
  /** The message when left empty; absent for optional fields. */
  required?: string;
  max?: number;
  /** An extra check of the (trimmed) text; returns the message or true. */
  check?: (value: string) => string | true;
  inputMode?: 'decimal' | 'text';
}

export interface ItemListTexts {
  /** "Loading process champions…" */
  loading: string;
  /** The add form's heading: "Add a champion". */
  addHeading: string;
  /** The add button: "Add champion". */
  addButton: string;
  /** "The champion was added." */
  added: string;
  /** The removal dialogue's title: "Remove this champion?" */
  removeTitle: string;
  /** After a 409: "Someone changed this champion meanwhile. …" */
  conflict: string;
}

interface Item {
  id: string;
  version: number;
}

export interface ItemListProps<T extends Item, Input> {
  processRef: ProcessRef;
  /** Used for element ids and the list's cache key, e.g. "champions". */
  name: string;
  title: string;
  headingLevel: 2 | 3;
  description: ReactNode;
  /** What the list says about one of its rows, in full sentences (a noun alone does not translate). */
  texts: ItemListTexts;
  emptyTitle: string;
  emptyHint?: ReactNode;
  searchLabel: string;
  listApi: ListApi<T, Input>;
  fields: readonly FieldSpec[];
  /** The form's values for an item, or the defaults for a new one. */
  toValues: (item?: T) => FieldValues;
  toInput: (values: FieldValues) => Input;
  /** The row's name and its other facts. */
  describe: (item: T) => { title: string; details: ReactNode };
  mayManage: boolean;
  /** After any change: e.g. to refresh totals shown elsewhere. */
  onChanged?: () => void;
}

/** A searchable, paged list whose rows a convener adds, edits (at their version) and removes. */
export function ItemList<T extends Item, Input>(props: ItemListProps<T, Input>) {
  const { processRef, name, title, headingLevel, description, texts, emptyTitle, emptyHint, searchLabel, listApi, mayManage } = props;
  const intl = useIntl();
  const list = usePagedList<T>(`${name}:${processRef.processId}`, (query, signal) => listApi.page(processRef, query, signal));
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const searchId = useId();
  const titleId = `${name}-title`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const changed = (message: string) => {
    setStatus(message);
    setEditing(null);
    list.reload();
    props.onChanged?.();
  };

  const describeError = (caught: unknown): string => {
    if (caught instanceof ApiError && caught.isVersionConflict) {
      list.reload();
      return texts.conflict;
    }
    return errorMessage(caught);
  };

  const items = list.items ?? [];
  const showSearch = list.query !== '' || list.search !== '' || items.length > 3 || list.hasMore;

  return (
    <section className={headingLevel === 2 ? 'panel' : 'stack'} aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      <div className="muted">{description}</div>
      <p role="status" className="form-status">
        {status}
      </p>
      {showSearch ? (
        <form
          role="search"
          aria-label={title}
          className="toolbar"
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <div className="field">
            <label htmlFor={searchId}>{searchLabel}</label>
            <input
              id={searchId}
              type="search"
              value={list.search}
              maxLength={LIMITS.searchMax}
              autoComplete="off"
              onChange={(event) => {
                list.setSearch(event.target.value);
              }}
            />
          </div>
        </form>
      ) : null}
      {list.error ? <ErrorState message={errorMessage(list.error)} onRetry={list.reload} /> : null}
      {!list.items && list.isLoading ? <Loading label={texts.loading} /> : null}
      {list.items?.length === 0 ? (
        list.query ? (
          <EmptyState title={intl.formatMessage(messages.noMatch, { query: list.query })}>
            <p>{intl.formatMessage(messages.tryAnother)}</p>
          </EmptyState>
        ) : (
          <EmptyState title={emptyTitle}>{mayManage && emptyHint ? <p>{emptyHint}</p> : null}</EmptyState>
        )
      ) : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label={title} aria-busy={list.isLoading}>
          {items.map((item) => {
            const { title: itemTitle, details } = props.describe(item);
            return (
              <li key={item.id} className="row row-block">
                <div className="row-main">
                  <span className="row-title">{itemTitle}</span>
                  {details}
                </div>
                {mayManage ? (
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-expanded={editing === item.id}
                      onClick={() => {
                        setEditing(editing === item.id ? null : item.id);
                      }}
                    >
                      <FormattedMessage {...messages.edit} values={{ title: itemTitle, hidden }} />
                    </button>
                    <ConfirmButton
                      className="button button-small button-danger-quiet"
                      aria-label={intl.formatMessage(messages.removeLabel, { title: itemTitle })}
                      title={texts.removeTitle}
                      message={<p>{intl.formatMessage(messages.removeText, { title: itemTitle })}</p>}
                      confirmLabel={intl.formatMessage(messages.remove)}
                      describeError={describeError}
                      onConfirm={async () => {
                        await listApi.remove(processRef, item.id);
                        changed(intl.formatMessage(messages.removed, { title: itemTitle }));
                      }}
                    >
                      {intl.formatMessage(messages.remove)}
                    </ConfirmButton>
                  </div>
                ) : null}
                {editing === item.id ? (
                  <ItemForm
                    {...props}
                    label={intl.formatMessage(messages.editForm, { title: itemTitle })}
                    submitLabel={intl.formatMessage(messages.saveChanges)}
                    initial={props.toValues(item)}
                    onCancel={() => {
                      setEditing(null);
                    }}
                    save={async (input) => {
                      await listApi.replace(processRef, item.id, { ...input, version: item.version });
                      changed(intl.formatMessage(messages.saved, { title: itemTitle }));
                    }}
                    describeError={describeError}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {list.hasMore && list.items ? (
        <div className="load-more">
          <button type="button" className="button" disabled={list.isLoadingMore} onClick={() => void list.loadMore()}>
            {list.isLoadingMore ? intl.formatMessage(messages.loadingMore) : intl.formatMessage(messages.loadMore)}
          </button>
          {list.loadMoreError ? <p role="alert">{errorMessage(list.loadMoreError)}</p> : null}
        </div>
      ) : null}
      {mayManage ? (
        <ItemForm
          {...props}
          label={texts.addHeading}
          submitLabel={texts.addButton}
          initial={props.toValues()}
          fresh={() => props.toValues()}
          heading={headingLevel === 2 ? 'h3' : 'h4'}
          resetAfterSave
          save={async (input) => {
            await listApi.add(processRef, input);
            changed(texts.added);
          }}
          describeError={errorMessage}
        />
      ) : null}
    </section>
  );
}

interface ItemFormProps<Input> {
  name: string;
  fields: readonly FieldSpec[];
  toInput: (values: FieldValues) => Input;
  label: string;
  submitLabel: string;
  initial: FieldValues;
  /** The add form has a heading (one level under the list's); an edit form is named by its label. */
  heading?: 'h3' | 'h4';
  resetAfterSave?: boolean;
  /** The values to start again from after a save (e.g. the currency just chosen); `initial` when absent. */
  fresh?: () => FieldValues;
  save: (input: Input) => Promise<void>;
  onCancel?: () => void;
  describeError: (error: unknown) => string;
}

function ItemForm<Input>({
  name,
  fields,
  toInput,
  label,
  submitLabel,
  initial,
  heading: Heading,
  resetAfterSave,
  fresh,
  save,
  onCancel,
  describeError,
}: ItemFormProps<Input>) {
  const intl = useIntl();
  const fieldNames = fields.flatMap((field) => (field.kind === 'money' ? [field.name, field.currencyName ?? 'currency'] : [field.name]));
  const schema: FormSchema<FieldValues> = Object.fromEntries(
    fields
      .filter((field) => field.kind === 'text' || field.kind === 'textarea' || field.kind === 'money')
      .map((field) => [
        field.name,
        [
          text({ required: field.required, max: field.max }),
          (value: unknown) => {
            const verdict = field.check && typeof value === 'string' && value.trim() ? field.check(value.trim()) : true;
            return verdict === true ? null : verdict;
          },
        ],
      ]),
  );
  const { form, submit, formErrors } = useCgForm<FieldValues>({
    defaultValues: initial,
    schema,
    fields: fieldNames,
    onConflict: describeError,
    onSubmit: async (values) => {
      await save(toInput(values));
      if (resetAfterSave) form.reset(fresh ? fresh() : initial);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form
      noValidate
      className="form subform"
      aria-label={Heading ? undefined : label}
      aria-labelledby={Heading ? `${name}-add-title` : undefined}
      onSubmit={(event) => void submit(event)}
    >
      {Heading ? <Heading id={`${name}-add-title`}>{label}</Heading> : null}
      <FormAlert messages={formErrors} />
      {fields.map((field) => {
        const error = errors[field.name]?.message;
        const common = { label: field.label, hint: field.hint, error, required: Boolean(field.required) };
        switch (field.kind) {
          case 'text':
            return <TextField key={field.name} {...common} inputMode={field.inputMode} {...register(field.name)} />;
          case 'textarea':
            return <TextAreaField key={field.name} {...common} rows={2} {...register(field.name)} />;
          case 'select':
            return <SelectField key={field.name} {...common} options={field.options ?? []} {...register(field.name)} />;
          case 'checkbox':
            return <Checkbox key={field.name} label={field.label} {...register(field.name)} />;
          case 'money':
            return <MoneyFields key={field.name} field={field} form={form} common={common} />;
        }
      })}
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} className={onCancel ? undefined : 'button'}>
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {intl.formatMessage(messages.cancel)}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** An amount and its searchable currency, as everywhere money is entered (components/money-input.tsx). */
function MoneyFields({
  field,
  form,
  common,
}: {
  field: FieldSpec;
  form: UseFormReturn<FieldValues>;
  common: { label: string; hint?: string; error?: string; required: boolean };
}) {
  const currencyName = field.currencyName ?? 'currency';
  const currency = useController({ control: form.control, name: currencyName });
  return (
    <MoneyInput
      amount={{ ...common, ...form.register(field.name) }}
      currency={{
        label: field.currencyLabel ?? field.label,
        name: currencyName,
        value: String(currency.field.value),
        onChange: currency.field.onChange,
        onBlur: currency.field.onBlur,
        error: form.formState.errors[currencyName]?.message,
      }}
    />
  );
}
