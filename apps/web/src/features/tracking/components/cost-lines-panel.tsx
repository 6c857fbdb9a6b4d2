import { COST_LIMITS, COST_STATUSES, type CostStatus } from '@common-ground/domain';
import { useController } from 'react-hook-form';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { useState, type ReactNode } from 'react';
import { ApiError, errorMessage, type CostLine, type CostLineList } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { addCostLine, listCostLines, removeCostLine, updateCostLine } from '../api/tracking';
import { CurrencyTotalsTable } from './cost-totals';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { MoneyInput } from '../../../components/money-input';
import { lastCurrency } from '../../../lib/last-currency';
import { COST_STATUS_MESSAGES } from '../../../i18n/domain-labels';

interface LineValues {
  item: string;
  amount: string;
  currency: string;
  fundingSource: string;
  status: CostStatus;
}

const FIELDS = ['item', 'amount', 'currency', 'fundingSource', 'status'] as const;

const m = untyped(
  defineMessages({
    title: { id: 'tracking.costs.title', defaultMessage: 'Costs' },
    loading: { id: 'tracking.costs.loading', defaultMessage: 'Loading the costs…' },
    none: { id: 'tracking.costs.none', defaultMessage: 'No cost lines yet' },
    lines: { id: 'tracking.costs.lines', defaultMessage: 'Cost lines' },
    item: { id: 'tracking.costs.item', defaultMessage: 'Item' },
    amount: { id: 'tracking.costs.amount', defaultMessage: 'Amount' },
    source: { id: 'tracking.costs.source', defaultMessage: 'Funding source' },
    status: { id: 'tracking.costs.status', defaultMessage: 'Status' },
    change: { id: 'tracking.costs.change', defaultMessage: 'Change' },
    notKnown: { id: 'tracking.costs.notKnown', defaultMessage: 'Not known yet' },
    edit: { id: 'tracking.costs.edit', defaultMessage: 'Edit<hidden> {item}</hidden>' },
    removeTitle: { id: 'tracking.costs.removeTitle', defaultMessage: 'Remove “{item}”?' },
    removeMessage: {
      id: 'tracking.costs.removeMessage',
      defaultMessage: 'The cost line is removed from the action and from the plan’s totals.',
    },
    removeConfirm: { id: 'tracking.costs.removeConfirm', defaultMessage: 'Remove the line' },
    removeLabel: { id: 'tracking.costs.removeLabel', defaultMessage: 'Remove {item}' },
    removed: { id: 'tracking.costs.removed', defaultMessage: '“{item}” was removed.' },
    remove: { id: 'tracking.costs.remove', defaultMessage: 'Remove' },
    totals: { id: 'tracking.costs.totals', defaultMessage: 'Totals of this action per currency' },
    add: { id: 'tracking.costs.add', defaultMessage: 'Add a cost line' },
    addSubmit: { id: 'tracking.costs.addSubmit', defaultMessage: 'Add the cost line' },
    added: { id: 'tracking.costs.added', defaultMessage: '“{item}” was added.' },
    editTitle: { id: 'tracking.costs.editTitle', defaultMessage: 'Edit “{item}”' },
    saveSubmit: { id: 'tracking.costs.saveSubmit', defaultMessage: 'Save the cost line' },
    saved: { id: 'tracking.costs.saved', defaultMessage: '“{item}” was saved.' },
    conflict: {
      id: 'tracking.costs.conflict',
      defaultMessage: 'Someone changed this cost line meanwhile; the list has been reloaded. Edit it again.',
    },
    itemRequired: { id: 'tracking.costs.itemRequired', defaultMessage: 'Say what the money is for.' },
    amountHint: { id: 'tracking.costs.amountHint', defaultMessage: 'Not negative, at most two decimals, e.g. 1500.50.' },
    amountRequired: { id: 'tracking.costs.amountRequired', defaultMessage: 'Give the amount.' },
    currency: { id: 'tracking.costs.currency', defaultMessage: 'Currency' },
    sourceHint: { id: 'tracking.costs.sourceHint', defaultMessage: 'Who pays; leave empty while nobody is found yet.' },
    fundingStatus: { id: 'tracking.costs.fundingStatus', defaultMessage: 'Funding status' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

/** What the action costs: its lines, totals per currency with the gap, and for plan managers adding, editing and removing lines. */
export function CostLinesPanel({
  processRef,
  actionId,
  onChanged,
}: {
  processRef: ProcessRef;
  actionId: string;
  onChanged: (message: string) => void;
}) {
  const fmt = useFormat();
  const lines = useResource<CostLineList>(`cost-lines:${actionId}`, (signal) => listCostLines(processRef, actionId, signal));
  const [editing, setEditing] = useState<CostLine | null>(null);
  const intl = useIntl();
  const data = lines.data;
  const changed = (message: string) => {
    lines.reload();
    onChanged(message);
  };
  return (
    <section className="panel" aria-labelledby="costs-title">
      <h2 id="costs-title">{intl.formatMessage(m.title)}</h2>
      <ResourceView resource={lines} loading={intl.formatMessage(m.loading)} />
      {data && data.items.length === 0 ? <EmptyState title={intl.formatMessage(m.none)} /> : null}
      {data && data.items.length > 0 ? (
        <>
          <div className="table-wrap" role="region" aria-label={intl.formatMessage(m.lines)} tabIndex={0}>
            <table className="table money-table">
              <caption>{intl.formatMessage(m.lines)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(m.item)}</th>
                  <th scope="col">{intl.formatMessage(m.amount)}</th>
                  <th scope="col">{intl.formatMessage(m.source)}</th>
                  <th scope="col">{intl.formatMessage(m.status)}</th>
                  {data.mayManage ? (
                    <th scope="col">
                      <span className="visually-hidden">{intl.formatMessage(m.change)}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {data.items.map((line) => (
                  <tr key={line.id}>
                    <th scope="row">{line.item}</th>
                    <td>{fmt.money(line.amount, line.currency)}</td>
                    <td>{line.fundingSource || <span className="muted">{intl.formatMessage(m.notKnown)}</span>}</td>
                    <td>{intl.formatMessage(COST_STATUS_MESSAGES[line.status])}</td>
                    {data.mayManage ? (
                      <td className="row-actions">
                        <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setEditing(line)}>
                          {intl.formatMessage(m.edit, { item: line.item, hidden })}
                        </button>
                        <ConfirmButton
                          className="button button-small button-danger-quiet"
                          title={intl.formatMessage(m.removeTitle, { item: line.item })}
                          message={intl.formatMessage(m.removeMessage)}
                          confirmLabel={intl.formatMessage(m.removeConfirm)}
                          aria-label={intl.formatMessage(m.removeLabel, { item: line.item })}
                          describeError={errorMessage}
                          onConfirm={async () => {
                            await removeCostLine(processRef, line.id);
                            changed(intl.formatMessage(m.removed, { item: line.item }));
                          }}
                        >
                          {intl.formatMessage(m.remove)}
                        </ConfirmButton>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CurrencyTotalsTable totals={data.totals.byCurrency} caption={intl.formatMessage(m.totals)} />
        </>
      ) : null}
      {data?.mayManage ? (
        <details className="inline-details">
          <summary>{intl.formatMessage(m.add)}</summary>
          <CostLineForm
            line={null}
            submitLabel={intl.formatMessage(m.addSubmit)}
            onSubmit={async (input) => {
              const added = await addCostLine(processRef, actionId, input);
              changed(intl.formatMessage(m.added, { item: added.item }));
            }}
          />
        </details>
      ) : null}
      {editing ? (
        <Dialog open onClose={() => setEditing(null)} title={intl.formatMessage(m.editTitle, { item: editing.item })}>
          <CostLineForm
            line={editing}
            submitLabel={intl.formatMessage(m.saveSubmit)}
            onSubmit={async (input) => {
              try {
                const saved = await updateCostLine(processRef, editing.id, { ...input, version: editing.version });
                setEditing(null);
                changed(intl.formatMessage(m.saved, { item: saved.item }));
              } catch (caught) {
                if (caught instanceof ApiError && caught.isVersionConflict) {
                  setEditing(null);
                  changed(intl.formatMessage(m.conflict));
                  return;
                }
                throw caught;
              }
            }}
          />
        </Dialog>
      ) : null}
    </section>
  );
}

function CostLineForm({
  line,
  submitLabel,
  onSubmit,
}: {
  line: CostLine | null;
  submitLabel: string;
  onSubmit: (input: LineValues) => Promise<void>;
}) {
  const intl = useIntl();
  const statusOptions = COST_STATUSES.map((status) => ({ value: status, label: intl.formatMessage(COST_STATUS_MESSAGES[status]) }));
  const { form, submit, formErrors } = useCgForm<LineValues>({
    defaultValues: {
      item: line?.item ?? '',
      amount: line?.amount ?? '',
      currency: line?.currency ?? lastCurrency(),
      fundingSource: line?.fundingSource ?? '',
      status: line?.status ?? 'needed',
    },
    fields: FIELDS,
    onSubmit: async (values) => {
      await onSubmit({ ...values, item: values.item.trim(), amount: values.amount.trim(), fundingSource: values.fundingSource.trim() });
      if (!line) form.reset({ ...values, item: '', amount: '' });
    },
  });
  const { errors } = form.formState;
  const currency = useController({ control: form.control, name: 'currency' });
  return (
    <form noValidate className="form" onSubmit={(event) => void submit(event)}>
      <FormAlert messages={formErrors} />
      <TextField
        label={intl.formatMessage(m.item)}
        required
        maxLength={COST_LIMITS.itemMax}
        error={errors.item?.message}
        {...form.register('item', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.itemRequired)) })}
      />
      <MoneyInput
        amount={{
          label: intl.formatMessage(m.amount),
          hint: intl.formatMessage(m.amountHint),
          required: true,
          error: errors.amount?.message,
          ...form.register('amount', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.amountRequired)) }),
        }}
        currency={{
          label: intl.formatMessage(m.currency),
          name: currency.field.name,
          value: currency.field.value,
          onChange: currency.field.onChange,
          onBlur: currency.field.onBlur,
          error: errors.currency?.message,
        }}
      />
      <TextField
        label={intl.formatMessage(m.source)}
        hint={intl.formatMessage(m.sourceHint)}
        maxLength={COST_LIMITS.fundingSourceMax}
        error={errors.fundingSource?.message}
        {...form.register('fundingSource')}
      />
      <SelectField
        label={intl.formatMessage(m.fundingStatus)}
        options={statusOptions}
        error={errors.status?.message}
        {...form.register('status')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
