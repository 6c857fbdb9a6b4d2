import { STANCES, type Stance } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
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
import { stanceOptions } from '../components/options';
import { kindLabels, quadrantLabels, stanceLabels } from '../labels';
import { untyped } from '../../../i18n/untyped';
import { commonMessages } from '../../../i18n/common-messages';
import { ADD_MARK } from '../../../components/marks';

const m = untyped(
  defineMessages({
    introPersonal: { id: 'stakeholders.register.introPersonal', defaultMessage: '{intro} {personal}' },
    title: { id: 'stakeholders.register.title', defaultMessage: 'Stakeholder register' },
    add: { id: 'stakeholders.register.add', defaultMessage: 'Add stakeholder' },
    intro: {
      id: 'stakeholders.register.intro',
      defaultMessage:
        'The organisations and individuals who can make the conflict worse or help end it (Lesson 11): their power, interests and stance.',
    },
    personalData: {
      id: 'stakeholders.register.personalData',
      defaultMessage: 'Contact points are personal data: only conveners and facilitators see them.',
    },
    search: { id: 'stakeholders.register.search', defaultMessage: 'Stakeholders' },
    searchField: { id: 'stakeholders.register.searchField', defaultMessage: 'Search by name' },
    group: { id: 'stakeholders.register.group', defaultMessage: 'Group' },
    allGroups: { id: 'stakeholders.register.allGroups', defaultMessage: 'All groups' },
    noGroup: { id: 'stakeholders.register.noGroup', defaultMessage: 'In no group' },
    stance: { id: 'stakeholders.register.stance', defaultMessage: 'Stance' },
    anyStance: { id: 'stakeholders.register.anyStance', defaultMessage: 'Any stance' },
    loading: { id: 'stakeholders.register.loading', defaultMessage: 'Loading the register…' },
    none: { id: 'stakeholders.register.none', defaultMessage: 'No stakeholders mapped yet' },
    noneHint: {
      id: 'stakeholders.register.noneHint',
      defaultMessage: 'Start with the groups and individuals who have power over the conflict or a stake in it.',
    },
    noMatch: { id: 'stakeholders.register.noMatch', defaultMessage: 'No stakeholders match these filters' },
    caption: { id: 'stakeholders.register.caption', defaultMessage: 'Stakeholders, page {page}' },
    name: { id: 'stakeholders.register.name', defaultMessage: 'Name' },
    kind: { id: 'stakeholders.register.kind', defaultMessage: 'Kind' },
    influence: { id: 'stakeholders.register.influence', defaultMessage: 'Influence' },
    interest: { id: 'stakeholders.register.interest', defaultMessage: 'Interest' },
    strategy: { id: 'stakeholders.register.strategy', defaultMessage: 'Strategy' },
    added: { id: 'stakeholders.register.added', defaultMessage: '{name} was added to the register.' },
  }),
);

const isStance = (value: string): value is Stance => (STANCES as readonly string[]).includes(value);

/** `…/stakeholders`: the stakeholder register, searchable, filtered and paged; add a stakeholder. */
export function RegisterRoute() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
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
        <h2 id="sm-register-title">{intl.formatMessage(m.title)}</h2>
        {register.mayManage ? (
          <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setAdding(true)}>
            <span aria-hidden="true">{ADD_MARK}</span>
            {intl.formatMessage(m.add)}
          </button>
        ) : null}
      </div>
      <p className="muted">
        {register.seesPersonalData
          ? intl.formatMessage(m.introPersonal, { intro: intl.formatMessage(m.intro), personal: intl.formatMessage(m.personalData) })
          : intl.formatMessage(m.intro)}
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <form role="search" aria-label={intl.formatMessage(m.search)} className="sm-toolbar" onSubmit={(event) => event.preventDefault()}>
        <SearchField label={intl.formatMessage(m.searchField)} value={q} onSearch={(value) => list.set({ q: value })} />
        <FilterField
          label={intl.formatMessage(m.group)}
          value={groupId}
          options={[
            { value: '', label: intl.formatMessage(m.allGroups) },
            { value: 'none', label: intl.formatMessage(m.noGroup) },
            ...(groups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name })),
          ]}
          onChange={(value) => list.set({ group: value })}
        />
        <FilterField
          label={intl.formatMessage(m.stance)}
          value={stance}
          options={[{ value: '', label: intl.formatMessage(m.anyStance) }, ...stanceOptions(intl)]}
          onChange={(value) => list.set({ stance: value })}
        />
      </form>
      <ResourceView resource={stakeholders} loading={intl.formatMessage(m.loading)} />
      {data && data.total === 0 && !filtered ? (
        <EmptyState title={intl.formatMessage(m.none)}>
          <p>{intl.formatMessage(m.noneHint)}</p>
        </EmptyState>
      ) : null}
      {data && data.total === 0 && filtered ? <EmptyState title={intl.formatMessage(m.noMatch)} /> : null}
      {data && data.items.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="sm-register-caption" tabIndex={0}>
          <table className="table" aria-busy={stakeholders.isLoading}>
            <caption id="sm-register-caption" className="visually-hidden">
              {intl.formatMessage(m.caption, { page: data.page })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(m.name)}</th>
                <th scope="col">{intl.formatMessage(m.kind)}</th>
                <th scope="col">{intl.formatMessage(m.group)}</th>
                <th scope="col">{intl.formatMessage(m.influence)}</th>
                <th scope="col">{intl.formatMessage(m.interest)}</th>
                <th scope="col">{intl.formatMessage(m.stance)}</th>
                <th scope="col">{intl.formatMessage(m.strategy)}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((stakeholder) => (
                <tr key={stakeholder.id}>
                  <th scope="row">
                    <Link to={register.stakeholderUrl(stakeholder.id)}>{stakeholder.name}</Link>
                  </th>
                  <td>{intl.formatMessage(kindLabels[stakeholder.kind])}</td>
                  <td>{stakeholder.group?.name ?? intl.formatMessage(commonMessages.none)}</td>
                  <td>{stakeholder.influence}</td>
                  <td>{stakeholder.interest}</td>
                  <td>{intl.formatMessage(stanceLabels[stakeholder.stance])}</td>
                  <td>{intl.formatMessage(quadrantLabels[stakeholder.quadrant])}</td>
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
          noun="stakeholders"
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
            setStatus(intl.formatMessage(m.added, { name: saved.name }));
            stakeholders.reload();
          }}
        />
      ) : null}
    </section>
  );
}
