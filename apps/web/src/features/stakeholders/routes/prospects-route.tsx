import { PROSPECT_STATUS_LABELS, PROSPECT_STATUSES, type ProspectStatus } from '@common-ground/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getStakeholderMap, listProspects, PAGE_SIZE } from '../api/register';
import { FilterField, SearchField, useListParams } from '../components/list-controls';
import { Pager } from '../components/pager';
import { ProspectDialog } from '../components/prospect-dialog';
import { useRegister } from '../components/use-register';
import { ResourceView } from '../../../components/resource-view';

const isStatus = (value: string): value is ProspectStatus => (PROSPECT_STATUSES as readonly string[]).includes(value);

/** `…/stakeholders/prospects`: prospective participants, searchable, filtered by status and paged. */
export function ProspectsRoute() {
  const fmt = useFormat();
  usePageTitle('Prospective participants');
  const register = useRegister();
  const navigate = useNavigate();
  const list = useListParams();
  const q = list.get('q');
  const status = list.get('status');
  const query = { q: q || undefined, status: isStatus(status) ? status : undefined, page: list.page };
  const prospects = useResource(
    `prospects:${register.processRef.processId}:${JSON.stringify(query)}`,
    (signal) => listProspects(register.processRef, query, signal),
    {
      keepPreviousData: true,
    },
  );
  const [adding, setAdding] = useState(false);
  const map = useResource(adding ? `map:${register.processRef.processId}` : null, (signal) =>
    getStakeholderMap(register.processRef, signal),
  );
  const data = prospects.data;
  const filtered = Boolean(q || status);

  return (
    <section className="panel" aria-labelledby="sm-prospects-title">
      <div className="sm-heading-row">
        <h2 id="sm-prospects-title">Prospective participants</h2>
        {register.mayManageProspects ? (
          <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setAdding(true)}>
            <span aria-hidden="true">+ </span>Add prospect
          </button>
        ) : null}
      </div>
      <p className="muted">
        People to approach before the process starts (Lesson 11): consult them on their interest and concerns, then invite them. Logging a
        first consultation marks a prospect as consulted.
      </p>
      <form role="search" aria-label="Prospects" className="sm-toolbar" onSubmit={(event) => event.preventDefault()}>
        <SearchField label="Search by name or organisation" value={q} onSearch={(value) => list.set({ q: value })} />
        <FilterField
          label="Status"
          value={status}
          options={[
            { value: '', label: 'Any status' },
            ...PROSPECT_STATUSES.map((value) => ({ value, label: PROSPECT_STATUS_LABELS[value] })),
          ]}
          onChange={(value) => list.set({ status: value })}
        />
      </form>
      <ResourceView resource={prospects} loading="Loading prospects…" />
      {data && data.total === 0 ? (
        <EmptyState title={filtered ? 'No prospects match these filters' : 'No prospective participants yet'} />
      ) : null}
      {data && data.items.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="sm-prospects-caption" tabIndex={0}>
          <table className="table" aria-busy={prospects.isLoading}>
            <caption id="sm-prospects-caption" className="visually-hidden">
              Prospective participants, page {data.page}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Would represent</th>
                <th scope="col">Status</th>
                <th scope="col">Consultations</th>
                <th scope="col">Last consulted</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((prospect) => (
                <tr key={prospect.id}>
                  <th scope="row">
                    <Link to={register.prospectUrl(prospect.id)}>{prospect.name}</Link>
                  </th>
                  <td>{prospect.organisation ?? '—'}</td>
                  <td>
                    {prospect.stakeholder ? (
                      <Link to={register.stakeholderUrl(prospect.stakeholder.id)}>{prospect.stakeholder.name}</Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{PROSPECT_STATUS_LABELS[prospect.status]}</td>
                  <td>{prospect.consultations}</td>
                  <td>{prospect.lastConsultedOn ? fmt.day(prospect.lastConsultedOn) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data ? (
        <Pager
          page={data.page}
          pageSize={PAGE_SIZE}
          total={data.total}
          noun={['prospect', 'prospects']}
          onPage={(page) => list.set({ page: String(page) })}
        />
      ) : null}
      {adding ? (
        <ProspectDialog
          processRef={register.processRef}
          stakeholders={map.data?.stakeholders ?? []}
          prospect={null}
          withEmail={register.seesPersonalData}
          onClose={() => setAdding(false)}
          onSaved={(saved) => void navigate(register.prospectUrl(saved.id))}
        />
      ) : null}
    </section>
  );
}
