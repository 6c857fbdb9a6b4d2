import { defineMessages, useIntl } from 'react-intl';
import { type CostTotals } from '../../../api';
import { untyped } from '../../../i18n/untyped';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getPlanCosts } from '../api/tracking';
import { CurrencyTotalsTable } from './cost-totals';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

const m = untyped(
  defineMessages({
    title: { id: 'tracking.planCosts.title', defaultMessage: 'Costs and funding' },
    intro: {
      id: 'tracking.planCosts.intro',
      defaultMessage:
        'What the plan needs, per currency, and how much is secured, pledged or still needed. Cost lines are kept on each action’s page.',
    },
    loading: { id: 'tracking.planCosts.loading', defaultMessage: 'Loading the costs…' },
    none: { id: 'tracking.planCosts.none', defaultMessage: 'No costs recorded yet' },
    totals: { id: 'tracking.planCosts.totals', defaultMessage: 'Totals per currency' },
    perSource: { id: 'tracking.planCosts.perSource', defaultMessage: 'Per funding source' },
    source: { id: 'tracking.planCosts.source', defaultMessage: 'Funding source' },
    total: { id: 'tracking.planCosts.total', defaultMessage: 'Total' },
    secured: { id: 'tracking.planCosts.secured', defaultMessage: 'Secured' },
    pledged: { id: 'tracking.planCosts.pledged', defaultMessage: 'Pledged' },
    needed: { id: 'tracking.planCosts.needed', defaultMessage: 'Needed' },
    notKnown: { id: 'tracking.planCosts.notKnown', defaultMessage: 'Not known yet' },
  }),
);

/** Costing the plan: totals per currency with the funding gap, and per funding source. Lines are kept on each action. */
export function PlanCostsPanel({ processRef, planId }: { processRef: ProcessRef; planId: string }) {
  const fmt = useFormat();
  const costs = useResource<CostTotals>(`plan-costs:${planId}`, (signal) => getPlanCosts(processRef, planId, signal));
  const intl = useIntl();
  return (
    <section className="panel" aria-labelledby="plan-costs-title">
      <h2 id="plan-costs-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <ResourceView resource={costs} loading={intl.formatMessage(m.loading)} />
      {costs.data && costs.data.byCurrency.length === 0 ? <EmptyState title={intl.formatMessage(m.none)} /> : null}
      {costs.data && costs.data.byCurrency.length > 0 ? (
        <>
          <CurrencyTotalsTable totals={costs.data.byCurrency} caption={intl.formatMessage(m.totals)} />
          <div className="table-wrap" role="region" aria-label={intl.formatMessage(m.perSource)} tabIndex={0}>
            <table className="table money-table">
              <caption>{intl.formatMessage(m.perSource)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(m.source)}</th>
                  <th scope="col">{intl.formatMessage(m.total)}</th>
                  <th scope="col">{intl.formatMessage(m.secured)}</th>
                  <th scope="col">{intl.formatMessage(m.pledged)}</th>
                  <th scope="col">{intl.formatMessage(m.needed)}</th>
                </tr>
              </thead>
              <tbody>
                {costs.data.byFundingSource.map((row) => (
                  <tr key={`${row.currency}:${row.fundingSource}`}>
                    <th scope="row">{row.fundingSource || <span className="muted">{intl.formatMessage(m.notKnown)}</span>}</th>
                    <td>{fmt.money(row.total, row.currency)}</td>
                    <td>{fmt.money(row.secured, row.currency)}</td>
                    <td>{fmt.money(row.pledged, row.currency)}</td>
                    <td>{fmt.money(row.needed, row.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
