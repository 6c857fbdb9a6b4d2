import {
  AMOUNT_HINT,
  AMOUNT_PATTERN,
  type CurrencyCode,
  FUNDING_OUTLOOK_LABELS,
  FUNDING_STATUS_LABELS,
  FUNDING_STATUSES,
  type FundingStatus,
} from '@common-ground/domain';
import { useState } from 'react';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { Badge } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { costLinesApi, fundingSourcesApi, getRealityCheck, saveRealityCheck } from '../api/initiation';
import type { CostLine, CostLineInput, Funding, FundingSource, FundingSourceInput, RealityCheck } from '../api/types';
import { SavedStamp } from './document-form';
import { type FieldSpec, ItemList } from './item-list';
import { OUTLOOK_TONES } from './labels';
import { formatGap } from './money';
import { lastCurrency } from '../../../lib/last-currency';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';
import { useFormat } from '../../../lib/use-format';

const STATUS_OPTIONS = FUNDING_STATUSES.map((status) => ({ value: status, label: FUNDING_STATUS_LABELS[status] }));
const amountField: FieldSpec = {
  name: 'amount',
  label: 'Amount',
  kind: 'money',
  currencyName: 'currency',
  required: 'Give the amount.',
  hint: 'For example 1250 or 1250.50.',
  check: (value) => (AMOUNT_PATTERN.test(value) ? true : `Use ${AMOUNT_HINT}.`),
};

interface SectionProps {
  processRef: ProcessRef;
  mayManage: boolean;
  onChanged: () => void;
}

/**
 * The reality check (Lesson 11 §2): what the process will cost, whether the funding can realistically be
 * secured, and what happens if it falls short. Totals and gaps come from the API, exact per currency.
 */
export function RealityCheckPanel({ processRef, mayManage, onChanged }: SectionProps) {
  const fmt = useFormat();
  const resource = useResource<RealityCheck>(`reality-check:${processRef.processId}`, (signal) => getRealityCheck(processRef, signal));
  const data = resource.data;
  const [status, setStatus] = useState('');
  const changed = () => {
    resource.reload();
    onChanged();
  };

  return (
    <section className="panel stack-lg" aria-labelledby="reality-check-title">
      <h2 id="reality-check-title">Reality check</h2>
      <p className="muted">
        Calculate the cost of the process and explore whether sufficient funding, institutional resources and competencies can realistically
        be secured to see it through. Make contingency plans for how to proceed should expected resources fall short.
      </p>
      <ResourceView resource={resource} loading="Loading the reality check…" />
      {data ? <FundingTable funding={data.funding} /> : null}
      <ItemList<CostLine, CostLineInput>
        processRef={processRef}
        name="cost-lines"
        title="Cost estimate"
        headingLevel={3}
        description="One line per cost: meetings, venues, travel, interpretation, facilitation."
        noun="cost line"
        emptyTitle="No costs estimated yet"
        emptyHint="Add the first cost line below."
        searchLabel="Search cost lines"
        listApi={costLinesApi}
        mayManage={mayManage}
        onChanged={changed}
        fields={[{ name: 'item', label: 'Item', kind: 'text', required: 'Say what the cost is for.', max: 300 }, amountField]}
        toValues={(line) => ({ item: line?.item ?? '', amount: line?.amount ?? '', currency: line?.currency ?? lastCurrency() })}
        toInput={(values) => ({
          item: String(values.item).trim(),
          amount: String(values.amount).trim(),
          currency: values.currency as CurrencyCode,
        })}
        describe={(line) => ({ title: line.item, details: <span>{fmt.money(line.amount, line.currency)}</span> })}
      />
      <ItemList<FundingSource, FundingSourceInput>
        processRef={processRef}
        name="funding-sources"
        title="Funding sources"
        headingLevel={3}
        description="Money secured or pledged. Consider how people view each funder: biased, neutral, with or without an agenda."
        noun="funding source"
        emptyTitle="No funding recorded yet"
        emptyHint="Add what is secured or pledged below."
        searchLabel="Search funding sources"
        listApi={fundingSourcesApi}
        mayManage={mayManage}
        onChanged={changed}
        fields={[
          { name: 'funder', label: 'Funder', kind: 'text', required: 'Name the funder.', max: 200 },
          amountField,
          { name: 'status', label: 'Status', kind: 'select', options: STATUS_OPTIONS },
        ]}
        toValues={(source) => ({
          funder: source?.funder ?? '',
          amount: source?.amount ?? '',
          currency: source?.currency ?? lastCurrency(),
          status: source?.status ?? 'pledged',
        })}
        toInput={(values) => ({
          funder: String(values.funder).trim(),
          amount: String(values.amount).trim(),
          currency: values.currency as CurrencyCode,
          status: values.status as FundingStatus,
        })}
        describe={(source) => ({
          title: source.funder,
          details: (
            <span>
              {fmt.money(source.amount, source.currency)}{' '}
              <Badge tone={source.status === 'secured' ? 'accent' : 'neutral'}>{FUNDING_STATUS_LABELS[source.status]}</Badge>
            </span>
          ),
        })}
      />
      <p role="status" className="form-status">
        {status}
      </p>
      {data ? (
        <ContingencyPlan
          key={data.version}
          processRef={processRef}
          data={data}
          mayManage={mayManage}
          onSaved={(saved) => {
            resource.setData(saved);
            setStatus('The contingency plan was saved.');
          }}
        />
      ) : null}
    </section>
  );
}

/** Estimate, secured, pledged and both gaps, one row per currency. */
export function FundingTable({ funding }: { funding: Funding }) {
  const fmt = useFormat();
  return (
    <div className="stack">
      <p>
        <Badge tone={OUTLOOK_TONES[funding.outlook]}>{FUNDING_OUTLOOK_LABELS[funding.outlook]}</Badge>
      </p>
      {funding.positions.length > 0 ? (
        <div className="table-wrap" role="region" aria-label="Funding position" tabIndex={0}>
          <table className="table">
            <caption>Funding position per currency</caption>
            <thead>
              <tr>
                <th scope="col">Currency</th>
                <th scope="col">Estimate</th>
                <th scope="col">Secured</th>
                <th scope="col">Pledged</th>
                <th scope="col">Gap now</th>
                <th scope="col">Gap if pledges are honoured</th>
              </tr>
            </thead>
            <tbody>
              {funding.positions.map((position) => (
                <tr key={position.currency}>
                  <th scope="row">{position.currency}</th>
                  <td>{fmt.money(position.estimate, position.currency)}</td>
                  <td>{fmt.money(position.secured, position.currency)}</td>
                  <td>{fmt.money(position.pledged, position.currency)}</td>
                  <td>{formatGap(position.gapAfterSecured, position.currency, fmt.money)}</td>
                  <td>{formatGap(position.gapAfterPledged, position.currency, fmt.money)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function ContingencyPlan({
  processRef,
  data,
  mayManage,
  onSaved,
}: {
  processRef: ProcessRef;
  data: RealityCheck;
  mayManage: boolean;
  onSaved: (saved: RealityCheck) => void;
}) {
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<{ contingencyPlan: string }, RealityCheck>({
    defaultValues: { contingencyPlan: data.contingencyPlan },
    fields: ['contingencyPlan'],
    conflict: { parse: versioned<RealityCheck>, onTakeTheirs: onSaved },
    onSubmit: async ({ contingencyPlan }, { over }) => {
      onSaved(await saveRealityCheck(processRef, { contingencyPlan: contingencyPlan.trim(), version: (over ?? data).version }));
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  if (!mayManage) {
    return (
      <section className="stack" aria-labelledby="contingency-title">
        <h3 id="contingency-title">Contingency plan</h3>
        <p className="prose">{data.contingencyPlan || <span className="muted">No contingency plan is written yet.</span>}</p>
      </section>
    );
  }

  return (
    <form noValidate className="form" aria-labelledby="contingency-title" onSubmit={(event) => void submit(event)}>
      <h3 id="contingency-title">Contingency plan</h3>
      <SavedStamp updatedAt={data.updatedAt} updatedBy={data.updatedBy} />
      {conflict ? (
        <ConflictNotice what="the contingency plan" busy={isSubmitting} onKeepMine={() => void keepMine()} onTakeTheirs={takeTheirs} />
      ) : null}
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="How to proceed should expected resources fall short"
        rows={4}
        error={errors.contingencyPlan?.message}
        {...register('contingencyPlan', { validate: (value) => (value.length > 10000 ? 'Use at most 10000 characters.' : true) })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save the contingency plan</SubmitButton>
      </div>
    </form>
  );
}
