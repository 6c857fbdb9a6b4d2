import { useState } from 'react';

/** "Page 2 of 13 · 312 stakeholders" with Previous and Next. */
export function Pager({
  page,
  pageSize,
  total,
  noun,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  noun: [string, string];
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 1) return null;
  return (
    <nav className="sm-pager" aria-label={`Pages of ${noun[1]}`}>
      <button
        type="button"
        className="button button-small"
        disabled={page <= 1}
        onClick={() => {
          onPage(page - 1);
        }}
      >
        Previous<span className="visually-hidden"> page</span>
      </button>
      <span>
        Page {page} of {pages} · {total} {total === 1 ? noun[0] : noun[1]}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={page >= pages}
        onClick={() => {
          onPage(page + 1);
        }}
      >
        Next<span className="visually-hidden"> page</span>
      </button>
    </nav>
  );
}

/** Pages of rows already in memory (the map's tables), so a 2,000-row table is not one long list. */
export function useClientPage<T>(rows: readonly T[], pageSize: number) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages);
  return { page: current, setPage, visible: rows.slice((current - 1) * pageSize, current * pageSize) };
}
