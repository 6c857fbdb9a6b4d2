import { PROSPECT_STATUSES, type ProspectStatus } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
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
import { prospectStatusOptions } from '../components/options';
import { prospectStatusLabels } from '../labels';
import { untyped } from '../../../i18n/untyped';
import { commonMessages } from '../../../i18n/common-messages';
import { ADD_MARK } from '../../../components/marks';

const m = untyped(
  defineMessages({
    title: { id: 'stakeholders.prospects.title', defaultMessage: 'Prospective participants' },
    add: { id: 'stakeholders.prospects.add', defaultMessage: 'Add prospect' },
    intro: {
      id: 'stakeholders.prospects.intro',
      defaultMessage:
        'People to approach before the process starts (Lesson 11): consult them on their interest and concerns, then invite them. Logging a first consultation marks a prospect as consulted.',
    },
    search: { id: 'stakeholders.prospects.search', defaultMessage: 'Prospects' },
    searchField: { id: 'stakeholders.prospects.searchField', defaultMessage: 'Search by name or organisation' },
    status: { id: 'stakeholders.prospects.status', defaultMessage: 'Status' },
    anyStatus: { id: 'stakeholders.prospects.anyStatus', defaultMessage: 'Any status' },
    loading: { id: 'stakeholders.prospects.loading', defaultMessage: 'Loading prospects…' },
    noMatch: { id: 'stakeholders.prospects.noMatch', defaultMessage: 'No prospects match these filters' },
    none: { id: 'stakeholders.prospects.none', defaultMessage: 'No prospective participants yet' },
    caption: { id: 'stakeholders.prospects.caption', defaultMessage: 'Prospective participants, page {page}' },
    name: { id: 'stakeholders.prospects.name', defaultMessage: 'Name' },
    organisation: { id: 'stakeholders.prospects.organisation', defaultMessage: 'Organisation' },
    represents: { id: 'stakeholders.prospects.represents', defaultMessage: 'Would represent' },
    consultations: { id: 'stakeholders.prospects.consultations', defaultMessage: 'Consultations' },
    lastConsulted: { id: 'stakeholders.prospects.lastConsulted', defaultMessage: 'Last consulted' },
  }),
);

const isStatus = (value: string): value is ProspectStatus => (PROSPECT_STATUSES as readonly string[]).includes(value);

/** `…/stakeholders/prospects`: prospective participants, searchable, filtered by status and paged. */
export function ProspectsRoute() {
  const intl = useIntl();
  const fmt = useFormat();
  usePageTitle(intl.formatMessage(m.title));
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
        <h2 id="sm-prospects-title">{intl.formatMessage(m.title)}</h2>
        {register.mayManageProspects ? (
          <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setAdding(true)}>
            <span aria-hidden="true">{ADD_MARK}</span>
            {intl.formatMessage(m.add)}
          </button>
        ) : null}
      </div>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <form role="search" aria-label={intl.formatMessage(m.search)} className="sm-toolbar" onSubmit={(event) => event.preventDefault()}>
        <SearchField label={intl.formatMessage(m.searchField)} value={q} onSearch={(value) => list.set({ q: value })} />
        <FilterField
          label={intl.formatMessage(m.status)}
          value={status}
          options={[{ value: '', label: intl.formatMessage(m.anyStatus) }, ...prospectStatusOptions(intl)]}
          onChange={(value) => list.set({ status: value })}
        />
      </form>
      <ResourceView resource={prospects} loading={intl.formatMessage(m.loading)} />
      {data && data.total === 0 ? <EmptyState title={intl.formatMessage(filtered ? m.noMatch : m.none)} /> : null}
      {data && data.items.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="sm-prospects-caption" tabIndex={0}>
          <table className="table" aria-busy={prospects.isLoading}>
            <caption id="sm-prospects-caption" className="visually-hidden">
              {intl.formatMessage(m.caption, { page: data.page })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(m.name)}</th>
                <th scope="col">{intl.formatMessage(m.organisation)}</th>
                <th scope="col">{intl.formatMessage(m.represents)}</th>
                <th scope="col">{intl.formatMessage(m.status)}</th>
                <th scope="col">{intl.formatMessage(m.consultations)}</th>
                <th scope="col">{intl.formatMessage(m.lastConsulted)}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((prospect) => (
                <tr key={prospect.id}>
                  <th scope="row">
                    <Link to={register.prospectUrl(prospect.id)}>{prospect.name}</Link>
                  </th>
                  <td>{prospect.organisation ?? intl.formatMessage(commonMessages.none)}</td>
                  <td>
                    {prospect.stakeholder ? (
                      <Link to={register.stakeholderUrl(prospect.stakeholder.id)}>{prospect.stakeholder.name}</Link>
                    ) : (
                      intl.formatMessage(commonMessages.none)
                    )}
                  </td>
                  <td>{intl.formatMessage(prospectStatusLabels[prospect.status])}</td>
                  <td>{prospect.consultations}</td>
                  <td>{prospect.lastConsultedOn ? fmt.day(prospect.lastConsultedOn) : intl.formatMessage(commonMessages.none)}</td>
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
          noun="prospects"
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
