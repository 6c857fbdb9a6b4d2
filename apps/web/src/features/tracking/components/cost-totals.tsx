import { defineMessages, useIntl } from 'react-intl';
import type { CostTotals } from '../../../api';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';

const m = untyped(
  defineMessages({
    currency: { id: 'tracking.totals.currency', defaultMessage: 'Currency' },
    total: { id: 'tracking.totals.total', defaultMessage: 'Total' },
    secured: { id: 'tracking.totals.secured', defaultMessage: 'Secured' },
    pledged: { id: 'tracking.totals.pledged', defaultMessage: 'Pledged' },
    gap: { id: 'tracking.totals.gap', defaultMessage: 'Funding gap (needed)' },
    notSecured: { id: 'tracking.totals.notSecured', defaultMessage: 'Not yet secured' },
  }),
);

/** Totals per currency with the funding gap: each currency on its own row, never added to another. */
export function CurrencyTotalsTable({ totals, caption }: { totals: CostTotals['byCurrency']; caption: string }) {
  const intl = useIntl();
  const fmt = useFormat();
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table money-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(m.currency)}</th>
            <th scope="col">{intl.formatMessage(m.total)}</th>
            <th scope="col">{intl.formatMessage(m.secured)}</th>
            <th scope="col">{intl.formatMessage(m.pledged)}</th>
            <th scope="col">{intl.formatMessage(m.gap)}</th>
            <th scope="col">{intl.formatMessage(m.notSecured)}</th>
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
