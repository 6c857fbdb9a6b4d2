import type { CostTotals } from '../../../api';
import { useFormat } from '../../../lib/use-format';

/** Totals per currency with the funding gap: each currency on its own row, never added to another. */
export function CurrencyTotalsTable({ totals, caption }: { totals: CostTotals['byCurrency']; caption: string }) {
  const fmt = useFormat();
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table money-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Total</th>
            <th scope="col">Secured</th>
            <th scope="col">Pledged</th>
            <th scope="col">Funding gap (needed)</th>
            <th scope="col">Not yet secured</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.currency}>
              <th scope="row">{row.currency}</th>
              <td>{fmt.money(row.total, row.currency)}</td>
              <td>{fmt.money(row.secured, row.currency)}</td>
              <td>{fmt.money(row.pledged, row.currency)}</td>
              <td className={Number(row.gap) > 0 ? 'money-gap' : undefined}>{fmt.money(row.gap, row.currency)}</td>
              <td>{fmt.money(row.notSecured, row.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
