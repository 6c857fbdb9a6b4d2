import { QUADRANT_LABELS, STAKEHOLDER_KIND_LABELS, STANCE_LABELS, STANCES, type Stance } from '@common-ground/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { listGroups, listStakeholders, PAGE_SIZE } from '../api/register';
import { FilterField, SearchField, useListParams } from '../components/list-controls';
import { Pager } from '../components/pager';
import { StakeholderDialog } from '../components/stakeholder-dialog';
import { useRegister } from '../components/use-register';
import { ResourceView } from '../../../components/resource-view';

const isStance = (value: string): value is Stance => (STANCES as readonly string[]).includes(value);

/** `…/stakeholders`: the stakeholder register, searchable, filtered and paged; add a stakeholder. */
export function RegisterRoute() {
  usePageTitle('Stakeholder register');
  const register = useRegister();
  const list = useListParams();
  const q = list.get('q');
  const groupId = list.get('group');
  const stance = list.get('stance');
  const query = { q: q || undefined, groupId: groupId || undefined, stance: isStance(stance) ? stance : undefined, page: list.page };
  const stakeholders = useResource(
    `stakeholders:${register.processRef.processId}:${JSON.stringify(query)}`,
    (signal) => listStakeholders(register.processRef, query, signal),
    {
      keepPreviousData: true,
    },
  );
  const groups = useResource(`groups:${register.processRef.processId}`, (signal) => listGroups(register.processRef, signal));
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const data = stakeholders.data;
  const filtered = Boolean(q || groupId || stance);

  return (
    <section className="panel" aria-labelledby="sm-register-title">
      <div className="sm-heading-row">
        <h2 id="sm-register-title">Stakeholder register</h2>
        {register.mayManage ? (
          <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setAdding(true)}>
            <span aria-hidden="true">+ </span>Add stakeholder
          </button>
        ) : null}
      </div>
      <p className="muted">
        The organisations and individuals who can make the conflict worse or help end it (Lesson 11): their power, interests and stance.
        {register.seesPersonalData ? ' Contact points are personal data: only conveners and facilitators see them.' : ''}
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <form role="search" aria-label="Stakeholders" className="sm-toolbar" onSubmit={(event) => event.preventDefault()}>
        <SearchField label="Search by name" value={q} onSearch={(value) => list.set({ q: value })} />
        <FilterField
          label="Group"
          value={groupId}
          options={[
            { value: '', label: 'All groups' },
            { value: 'none', label: 'In no group' },
            ...(groups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name })),
          ]}
          onChange={(value) => list.set({ group: value })}
        />
        <FilterField
          label="Stance"
          value={stance}
          options={[{ value: '', label: 'Any stance' }, ...STANCES.map((value) => ({ value, label: STANCE_LABELS[value] }))]}
          onChange={(value) => list.set({ stance: value })}
        />
      </form>
      <ResourceView resource={stakeholders} loading="Loading the register…" />
      {data && data.total === 0 && !filtered ? (
        <EmptyState title="No stakeholders mapped yet">
          <p>Start with the groups and individuals who have power over the conflict or a stake in it.</p>
        </EmptyState>
      ) : null}
      {data && data.total === 0 && filtered ? <EmptyState title="No stakeholders match these filters" /> : null}
      {data && data.items.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="sm-register-caption" tabIndex={0}>
          <table className="table" aria-busy={stakeholders.isLoading}>
            <caption id="sm-register-caption" className="visually-hidden">
              Stakeholders, page {data.page}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Group</th>
                <th scope="col">Influence</th>
                <th scope="col">Interest</th>
                <th scope="col">Stance</th>
                <th scope="col">Strategy</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((stakeholder) => (
                <tr key={stakeholder.id}>
                  <th scope="row">
                    <Link to={register.stakeholderUrl(stakeholder.id)}>{stakeholder.name}</Link>
                  </th>
                  <td>{STAKEHOLDER_KIND_LABELS[stakeholder.kind]}</td>
                  <td>{stakeholder.group?.name ?? '—'}</td>
                  <td>{stakeholder.influence}</td>
                  <td>{stakeholder.interest}</td>
                  <td>{STANCE_LABELS[stakeholder.stance]}</td>
                  <td>{QUADRANT_LABELS[stakeholder.quadrant]}</td>
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
          noun={['stakeholder', 'stakeholders']}
          onPage={(page) => list.set({ page: String(page) })}
        />
      ) : null}
      {adding ? (
        <StakeholderDialog
          processRef={register.processRef}
          groups={groups.data?.items ?? []}
          stakeholder={null}
          withContacts={register.seesPersonalData}
          onClose={() => setAdding(false)}
          onSaved={(saved) => {
            setAdding(false);
            setStatus(`${saved.name} was added to the register.`);
            stakeholders.reload();
          }}
        />
      ) : null}
    </section>
  );
}
