import { type CostTotals } from '../../../api';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getPlanCosts } from '../api/tracking';
import { CurrencyTotalsTable } from './cost-totals';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

/** Costing the plan: totals per currency with the funding gap, and per funding source. Lines are kept on each action. */
export function PlanCostsPanel({ processRef, planId }: { processRef: ProcessRef; planId: string }) {
  const fmt = useFormat();
  const costs = useResource<CostTotals>(`plan-costs:${planId}`, (signal) => getPlanCosts(processRef, planId, signal));
  return (
    <section className="panel" aria-labelledby="plan-costs-title">
      <h2 id="plan-costs-title">Costs and funding</h2>
      <p className="muted">
        What the plan needs, per currency, and how much is secured, pledged or still needed. Cost lines are kept on each action’s page.
      </p>
      <ResourceView resource={costs} loading="Loading the costs…" />
      {costs.data && costs.data.byCurrency.length === 0 ? <EmptyState title="No costs recorded yet" /> : null}
      {costs.data && costs.data.byCurrency.length > 0 ? (
        <>
          <CurrencyTotalsTable totals={costs.data.byCurrency} caption="Totals per currency" />
          <div className="table-wrap" role="region" aria-label="Per funding source" tabIndex={0}>
            <table className="table money-table">
              <caption>Per funding source</caption>
              <thead>
                <tr>
                  <th scope="col">Funding source</th>
                  <th scope="col">Total</th>
                  <th scope="col">Secured</th>
                  <th scope="col">Pledged</th>
                  <th scope="col">Needed</th>
                </tr>
              </thead>
              <tbody>
                {costs.data.byFundingSource.map((row) => (
                  <tr key={`${row.currency}:${row.fundingSource}`}>
                    <th scope="row">{row.fundingSource || <span className="muted">Not known yet</span>}</th>
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
