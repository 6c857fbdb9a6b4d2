import { type ReactNode, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    navStakeholders: { id: 'stakeholders.pager.navStakeholders', defaultMessage: 'Pages of stakeholders' },
    navProspects: { id: 'stakeholders.pager.navProspects', defaultMessage: 'Pages of prospects' },
    navRelationships: { id: 'stakeholders.pager.navRelationships', defaultMessage: 'Pages of relationships' },
    stakeholders: {
      id: 'stakeholders.pager.stakeholders',
      defaultMessage: 'Page {page} of {pages} · {total, plural, one {# stakeholder} other {# stakeholders}}',
    },
    prospects: {
      id: 'stakeholders.pager.prospects',
      defaultMessage: 'Page {page} of {pages} · {total, plural, one {# prospect} other {# prospects}}',
    },
    relationships: {
      id: 'stakeholders.pager.relationships',
      defaultMessage: 'Page {page} of {pages} · {total, plural, one {# relationship} other {# relationships}}',
    },
    previous: { id: 'stakeholders.pager.previous', defaultMessage: 'Previous<hidden> page</hidden>' },
    next: { id: 'stakeholders.pager.next', defaultMessage: 'Next<hidden> page</hidden>' },
  }),
);

const NOUNS = {
  stakeholders: { nav: m.navStakeholders, summary: m.stakeholders },
  prospects: { nav: m.navProspects, summary: m.prospects },
  relationships: { nav: m.navRelationships, summary: m.relationships },
};

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

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
  noun: keyof typeof NOUNS;
  onPage: (page: number) => void;
}) {
  const intl = useIntl();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 1) return null;
  return (
    <nav className="sm-pager" aria-label={intl.formatMessage(NOUNS[noun].nav)}>
      <button
        type="button"
        className="button button-small"
        disabled={page <= 1}
        onClick={() => {
          onPage(page - 1);
        }}
      >
        {intl.formatMessage(m.previous, { hidden })}
      </button>
      <span>{intl.formatMessage(NOUNS[noun].summary, { page, pages, total })}</span>
      <button
        type="button"
        className="button button-small"
        disabled={page >= pages}
        onClick={() => {
          onPage(page + 1);
        }}
      >
        {intl.formatMessage(m.next, { hidden })}
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
