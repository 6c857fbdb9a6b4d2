import { COST_LIMITS, COST_STATUS_LABELS, COST_STATUSES, type CostStatus } from '@common-ground/domain';
import { useController } from 'react-hook-form';
import { useState } from 'react';
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

interface LineValues {
  item: string;
  amount: string;
  currency: string;
  fundingSource: string;
  status: CostStatus;
}

const FIELDS = ['item', 'amount', 'currency', 'fundingSource', 'status'] as const;
const STATUS_OPTIONS = COST_STATUSES.map((status) => ({ value: status, label: COST_STATUS_LABELS[status] }));

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
  const data = lines.data;
  const changed = (message: string) => {
    lines.reload();
    onChanged(message);
  };
  return (
    <section className="panel" aria-labelledby="costs-title">
      <h2 id="costs-title">Costs</h2>
      <ResourceView resource={lines} loading="Loading the costs…" />
      {data && data.items.length === 0 ? <EmptyState title="No cost lines yet" /> : null}
      {data && data.items.length > 0 ? (
        <>
          <div className="table-wrap" role="region" aria-label="Cost lines" tabIndex={0}>
            <table className="table money-table">
              <caption>Cost lines</caption>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Funding source</th>
                  <th scope="col">Status</th>
                  {data.mayManage ? (
                    <th scope="col">
                      <span className="visually-hidden">Change</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {data.items.map((line) => (
                  <tr key={line.id}>
                    <th scope="row">{line.item}</th>
                    <td>{fmt.money(line.amount, line.currency)}</td>
                    <td>{line.fundingSource || <span className="muted">Not known yet</span>}</td>
                    <td>{COST_STATUS_LABELS[line.status]}</td>
                    {data.mayManage ? (
                      <td className="row-actions">
                        <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setEditing(line)}>
                          Edit<span className="visually-hidden"> {line.item}</span>
                        </button>
                        <ConfirmButton
                          className="button button-small button-danger-quiet"
                          title={`Remove “${line.item}”?`}
                          message="The cost line is removed from the action and from the plan’s totals."
                          confirmLabel="Remove the line"
                          aria-label={`Remove ${line.item}`}
                          describeError={errorMessage}
                          onConfirm={async () => {
                            await removeCostLine(processRef, line.id);
                            changed(`“${line.item}” was removed.`);
                          }}
                        >
                          Remove
                        </ConfirmButton>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CurrencyTotalsTable totals={data.totals.byCurrency} caption="Totals of this action per currency" />
        </>
      ) : null}
      {data?.mayManage ? (
        <details className="inline-details">
          <summary>Add a cost line</summary>
          <CostLineForm
            line={null}
            submitLabel="Add the cost line"
            onSubmit={async (input) => {
              const added = await addCostLine(processRef, actionId, input);
              changed(`“${added.item}” was added.`);
            }}
          />
        </details>
      ) : null}
      {editing ? (
        <Dialog open onClose={() => setEditing(null)} title={`Edit “${editing.item}”`}>
          <CostLineForm
            line={editing}
            submitLabel="Save the cost line"
            onSubmit={async (input) => {
              try {
                const saved = await updateCostLine(processRef, editing.id, { ...input, version: editing.version });
                setEditing(null);
                changed(`“${saved.item}” was saved.`);
              } catch (caught) {
                if (caught instanceof ApiError && caught.isVersionConflict) {
                  setEditing(null);
                  changed('Someone changed this cost line meanwhile; the list has been reloaded. Edit it again.');
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
        label="Item"
        required
        maxLength={COST_LIMITS.itemMax}
        error={errors.item?.message}
        {...form.register('item', { validate: (value) => (value.trim() ? true : 'Say what the money is for.') })}
      />
      <MoneyInput
        amount={{
          label: 'Amount',
          hint: 'Not negative, at most two decimals, e.g. 1500.50.',
          required: true,
          error: errors.amount?.message,
          ...form.register('amount', { validate: (value) => (value.trim() ? true : 'Give the amount.') }),
        }}
        currency={{
          label: 'Currency',
          name: currency.field.name,
          value: currency.field.value,
          onChange: currency.field.onChange,
          onBlur: currency.field.onBlur,
          error: errors.currency?.message,
        }}
      />
      <TextField
        label="Funding source"
        hint="Who pays; leave empty while nobody is found yet."
        maxLength={COST_LIMITS.fundingSourceMax}
        error={errors.fundingSource?.message}
        {...form.register('fundingSource')}
      />
      <SelectField label="Funding status" options={STATUS_OPTIONS} error={errors.status?.message} {...form.register('status')} />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
