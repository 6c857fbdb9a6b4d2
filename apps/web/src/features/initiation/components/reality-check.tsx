import { AMOUNT_PATTERN, type CurrencyCode, FUNDING_STATUSES, type FundingStatus } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, type IntlShape, type MessageDescriptor, useIntl } from 'react-intl';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { Badge } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { costLinesApi, fundingSourcesApi, getRealityCheck, saveRealityCheck } from '../api/initiation';
import type { CostLine, CostLineInput, Funding, FundingSource, FundingSourceInput, RealityCheck } from '../api/types';
import { SavedStamp } from './document-form';
import { type FieldSpec, ItemList } from './item-list';
import { gapText } from './gap';
import { OUTLOOK_TONES } from './labels';
import { lastCurrency } from '../../../lib/last-currency';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import { COST_STATUS_MESSAGES, FUNDING_OUTLOOK_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    fundingLine: { id: 'initiation.funding.line', defaultMessage: '{amount} {status}' },
    amount: { id: 'initiation.money.amount', defaultMessage: 'Amount' },
    amountRequired: { id: 'initiation.money.amountRequired', defaultMessage: 'Give the amount.' },
    amountHint: { id: 'initiation.money.amountHint', defaultMessage: 'For example 1250 or 1250.50.' },
    amountInvalid: {
      id: 'initiation.money.amountInvalid',
      defaultMessage: 'Use a number of at most 12 digits with up to 2 decimals, such as 1250 or 1250.50.',
    },
    currency: { id: 'initiation.money.currency', defaultMessage: 'Currency' },
    title: { id: 'initiation.reality.title', defaultMessage: 'Reality check' },
    intro: {
      id: 'initiation.reality.intro',
      defaultMessage:
        'Calculate the cost of the process and explore whether sufficient funding, institutional resources and competencies can realistically be secured to see it through. Make contingency plans for how to proceed should expected resources fall short.',
    },
    loading: { id: 'initiation.reality.loading', defaultMessage: 'Loading the reality check…' },
    costsTitle: { id: 'initiation.costs.title', defaultMessage: 'Cost estimate' },
    costsDescription: {
      id: 'initiation.costs.description',
      defaultMessage: 'One line per cost: meetings, venues, travel, interpretation, facilitation.',
    },
    costsEmpty: { id: 'initiation.costs.empty', defaultMessage: 'No costs estimated yet' },
    costsEmptyHint: { id: 'initiation.costs.emptyHint', defaultMessage: 'Add the first cost line below.' },
    costsSearch: { id: 'initiation.costs.search', defaultMessage: 'Search cost lines' },
    costsLoading: { id: 'initiation.costs.loading', defaultMessage: 'Loading cost estimate…' },
    costsAddHeading: { id: 'initiation.costs.addHeading', defaultMessage: 'Add a cost line' },
    costsAddButton: { id: 'initiation.costs.addButton', defaultMessage: 'Add cost line' },
    costsAdded: { id: 'initiation.costs.added', defaultMessage: 'The cost line was added.' },
    costsRemoveTitle: { id: 'initiation.costs.removeTitle', defaultMessage: 'Remove this cost line?' },
    costsConflict: {
      id: 'initiation.costs.conflict',
      defaultMessage: 'Someone changed this cost line meanwhile. The list has been reloaded: check it and try again.',
    },
    item: { id: 'initiation.costs.item', defaultMessage: 'Item' },
    itemRequired: { id: 'initiation.costs.itemRequired', defaultMessage: 'Say what the cost is for.' },
    fundingTitle: { id: 'initiation.funding.title', defaultMessage: 'Funding sources' },
    fundingDescription: {
      id: 'initiation.funding.description',
      defaultMessage: 'Money secured or pledged. Consider how people view each funder: biased, neutral, with or without an agenda.',
    },
    fundingEmpty: { id: 'initiation.funding.empty', defaultMessage: 'No funding recorded yet' },
    fundingEmptyHint: { id: 'initiation.funding.emptyHint', defaultMessage: 'Add what is secured or pledged below.' },
    fundingSearch: { id: 'initiation.funding.search', defaultMessage: 'Search funding sources' },
    fundingLoading: { id: 'initiation.funding.loading', defaultMessage: 'Loading funding sources…' },
    fundingAddHeading: { id: 'initiation.funding.addHeading', defaultMessage: 'Add a funding source' },
    fundingAddButton: { id: 'initiation.funding.addButton', defaultMessage: 'Add funding source' },
    fundingAdded: { id: 'initiation.funding.added', defaultMessage: 'The funding source was added.' },
    fundingRemoveTitle: { id: 'initiation.funding.removeTitle', defaultMessage: 'Remove this funding source?' },
    fundingConflict: {
      id: 'initiation.funding.conflict',
      defaultMessage: 'Someone changed this funding source meanwhile. The list has been reloaded: check it and try again.',
    },
    funder: { id: 'initiation.funding.funder', defaultMessage: 'Funder' },
    funderRequired: { id: 'initiation.funding.funderRequired', defaultMessage: 'Name the funder.' },
    status: { id: 'initiation.funding.status', defaultMessage: 'Status' },
    contingencySaved: { id: 'initiation.contingency.saved', defaultMessage: 'The contingency plan was saved.' },
    positionLabel: { id: 'initiation.position.label', defaultMessage: 'Funding position' },
    positionCaption: { id: 'initiation.position.caption', defaultMessage: 'Funding position per currency' },
    positionCurrency: { id: 'initiation.position.currency', defaultMessage: 'Currency' },
    positionEstimate: { id: 'initiation.position.estimate', defaultMessage: 'Estimate' },
    positionSecured: { id: 'initiation.position.secured', defaultMessage: 'Secured' },
    positionPledged: { id: 'initiation.position.pledged', defaultMessage: 'Pledged' },
    positionGapNow: { id: 'initiation.position.gapNow', defaultMessage: 'Gap now' },
    positionGapIfPledged: { id: 'initiation.position.gapIfPledged', defaultMessage: 'Gap if pledges are honoured' },
    contingencyTitle: { id: 'initiation.contingency.title', defaultMessage: 'Contingency plan' },
    contingencyNone: { id: 'initiation.contingency.none', defaultMessage: 'No contingency plan is written yet.' },
    contingencyWhat: { id: 'initiation.contingency.what', defaultMessage: 'the contingency plan' },
    contingencyLabel: { id: 'initiation.contingency.label', defaultMessage: 'How to proceed should expected resources fall short' },
    tooLong: { id: 'initiation.contingency.tooLong', defaultMessage: 'Use at most {max} characters.' },
    contingencySave: { id: 'initiation.contingency.save', defaultMessage: 'Save the contingency plan' },
  }),
);

/** The amount with its searchable currency, shared by cost lines and funding sources. */
function moneyField(intl: IntlShape): FieldSpec {
  return {
    name: 'amount',
    label: intl.formatMessage(messages.amount),
    kind: 'money',
    currencyName: 'currency',
    currencyLabel: intl.formatMessage(messages.currency),
    required: intl.formatMessage(messages.amountRequired),
    hint: intl.formatMessage(messages.amountHint),
    check: (value) => (AMOUNT_PATTERN.test(value) ? true : intl.formatMessage(messages.amountInvalid)),
  };
}

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
  const intl = useIntl();
  const t = (message: MessageDescriptor) => intl.formatMessage(message);
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
      <h2 id="reality-check-title">{t(messages.title)}</h2>
      <p className="muted">{t(messages.intro)}</p>
      <ResourceView resource={resource} loading={t(messages.loading)} />
      {data ? <FundingTable funding={data.funding} /> : null}
      <ItemList<CostLine, CostLineInput>
        processRef={processRef}
        name="cost-lines"
        title={t(messages.costsTitle)}
        headingLevel={3}
        description={t(messages.costsDescription)}
        texts={{
          loading: t(messages.costsLoading),
          addHeading: t(messages.costsAddHeading),
          addButton: t(messages.costsAddButton),
          added: t(messages.costsAdded),
          removeTitle: t(messages.costsRemoveTitle),
          conflict: t(messages.costsConflict),
        }}
        emptyTitle={t(messages.costsEmpty)}
        emptyHint={t(messages.costsEmptyHint)}
        searchLabel={t(messages.costsSearch)}
        listApi={costLinesApi}
        mayManage={mayManage}
        onChanged={changed}
        fields={[{ name: 'item', label: t(messages.item), kind: 'text', required: t(messages.itemRequired), max: 300 }, moneyField(intl)]}
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
        title={t(messages.fundingTitle)}
        headingLevel={3}
        description={t(messages.fundingDescription)}
        texts={{
          loading: t(messages.fundingLoading),
          addHeading: t(messages.fundingAddHeading),
          addButton: t(messages.fundingAddButton),
          added: t(messages.fundingAdded),
          removeTitle: t(messages.fundingRemoveTitle),
          conflict: t(messages.fundingConflict),
        }}
        emptyTitle={t(messages.fundingEmpty)}
        emptyHint={t(messages.fundingEmptyHint)}
        searchLabel={t(messages.fundingSearch)}
        listApi={fundingSourcesApi}
        mayManage={mayManage}
        onChanged={changed}
        fields={[
          { name: 'funder', label: t(messages.funder), kind: 'text', required: t(messages.funderRequired), max: 200 },
          moneyField(intl),
          {
            name: 'status',
            label: t(messages.status),
            kind: 'select',
            options: FUNDING_STATUSES.map((value) => ({ value, label: t(COST_STATUS_MESSAGES[value]) })),
          },
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
              {intl.formatMessage(messages.fundingLine, {
                amount: fmt.money(source.amount, source.currency),
                status: <Badge tone={source.status === 'secured' ? 'accent' : 'neutral'}>{t(COST_STATUS_MESSAGES[source.status])}</Badge>,
              })}
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
            setStatus(t(messages.contingencySaved));
          }}
        />
      ) : null}
    </section>
  );
}

/** Estimate, secured, pledged and both gaps, one row per currency. */
export function FundingTable({ funding }: { funding: Funding }) {
  const intl = useIntl();
  const t = (message: MessageDescriptor) => intl.formatMessage(message);
  const fmt = useFormat();
  return (
    <div className="stack">
      <p>
        <Badge tone={OUTLOOK_TONES[funding.outlook]}>{t(FUNDING_OUTLOOK_MESSAGES[funding.outlook])}</Badge>
      </p>
      {funding.positions.length > 0 ? (
        <div className="table-wrap" role="region" aria-label={t(messages.positionLabel)} tabIndex={0}>
          <table className="table">
            <caption>{t(messages.positionCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(messages.positionCurrency)}</th>
                <th scope="col">{t(messages.positionEstimate)}</th>
                <th scope="col">{t(messages.positionSecured)}</th>
                <th scope="col">{t(messages.positionPledged)}</th>
                <th scope="col">{t(messages.positionGapNow)}</th>
                <th scope="col">{t(messages.positionGapIfPledged)}</th>
              </tr>
            </thead>
            <tbody>
              {funding.positions.map((position) => (
                <tr key={position.currency}>
                  <th scope="row">{position.currency}</th>
                  <td>{fmt.money(position.estimate, position.currency)}</td>
                  <td>{fmt.money(position.secured, position.currency)}</td>
                  <td>{fmt.money(position.pledged, position.currency)}</td>
                  <td>{gapText(intl, position.gapAfterSecured, position.currency, fmt.money)}</td>
                  <td>{gapText(intl, position.gapAfterPledged, position.currency, fmt.money)}</td>
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
  const intl = useIntl();
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
        <h3 id="contingency-title">{intl.formatMessage(messages.contingencyTitle)}</h3>
        <p className="prose">{data.contingencyPlan || <span className="muted">{intl.formatMessage(messages.contingencyNone)}</span>}</p>
      </section>
    );
  }

  return (
    <form noValidate className="form" aria-labelledby="contingency-title" onSubmit={(event) => void submit(event)}>
      <h3 id="contingency-title">{intl.formatMessage(messages.contingencyTitle)}</h3>
      <SavedStamp updatedAt={data.updatedAt} updatedBy={data.updatedBy} />
      {conflict ? (
        <ConflictNotice
          what={intl.formatMessage(messages.contingencyWhat)}
          busy={isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(messages.contingencyLabel)}
        rows={4}
        error={errors.contingencyPlan?.message}
        {...register('contingencyPlan', {
          validate: (value) => (value.length > 10000 ? intl.formatMessage(messages.tooLong, { max: '10000' }) : true),
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(messages.contingencySave)}</SubmitButton>
      </div>
    </form>
  );
}
