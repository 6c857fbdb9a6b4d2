import { quadrantOf } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { kindLabels, lower, quadrantLabels, relationshipKindLabels, stanceLabels, strengthLabels } from '../labels';
import type { StakeholderMap } from '../api/register';
import { Pager, useClientPage } from './pager';
import { untyped } from '../../../i18n/untyped';
import { commonMessages } from '../../../i18n/common-messages';

const ROWS_PER_PAGE = 100;

const m = untyped(
  defineMessages({
    kindSpoken: { id: 'stakeholders.tables.kindSpoken', defaultMessage: ', {kind}' },
    gridCaption: { id: 'stakeholders.tables.gridCaption', defaultMessage: 'Stakeholders by influence and interest' },
    stakeholder: { id: 'stakeholders.tables.stakeholder', defaultMessage: 'Stakeholder' },
    group: { id: 'stakeholders.tables.group', defaultMessage: 'Group' },
    influence: { id: 'stakeholders.tables.influence', defaultMessage: 'Influence' },
    interest: { id: 'stakeholders.tables.interest', defaultMessage: 'Interest' },
    stance: { id: 'stakeholders.tables.stance', defaultMessage: 'Stance' },
    strategy: { id: 'stakeholders.tables.strategy', defaultMessage: 'Strategy' },
    relationshipCaption: { id: 'stakeholders.tables.relationshipCaption', defaultMessage: 'Relationships between stakeholders' },
    relationship: { id: 'stakeholders.tables.relationship', defaultMessage: 'Relationship' },
    with: { id: 'stakeholders.tables.with', defaultMessage: 'With' },
    strength: { id: 'stakeholders.tables.strength', defaultMessage: 'Strength' },
    dependsOn: { id: 'stakeholders.tables.dependsOn', defaultMessage: 'depends on' },
  }),
);

/** The grid as a table: every stakeholder with its scores, stance and strategy. */
export function GridTable({ map, stakeholderUrl }: { map: StakeholderMap; stakeholderUrl: (id: string) => string }) {
  const intl = useIntl();
  const paging = useClientPage(map.stakeholders, ROWS_PER_PAGE);
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby="sm-grid-table-caption" tabIndex={0}>
        <table className="table">
          <caption id="sm-grid-table-caption">{intl.formatMessage(m.gridCaption)}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.stakeholder)}</th>
              <th scope="col">{intl.formatMessage(m.group)}</th>
              <th scope="col">{intl.formatMessage(m.influence)}</th>
              <th scope="col">{intl.formatMessage(m.interest)}</th>
              <th scope="col">{intl.formatMessage(m.stance)}</th>
              <th scope="col">{intl.formatMessage(m.strategy)}</th>
            </tr>
          </thead>
          <tbody>
            {paging.visible.map((stakeholder) => (
              <tr key={stakeholder.id}>
                <th scope="row">
                  <Link to={stakeholderUrl(stakeholder.id)}>{stakeholder.name}</Link>
                  <span className="visually-hidden">
                    {intl.formatMessage(m.kindSpoken, { kind: lower(intl, intl.formatMessage(kindLabels[stakeholder.kind])) })}
                  </span>
                </th>
                <td>{stakeholder.group === null ? intl.formatMessage(commonMessages.none) : map.groups[stakeholder.group].name}</td>
                <td>{stakeholder.influence}</td>
                <td>{stakeholder.interest}</td>
                <td>{intl.formatMessage(stanceLabels[stakeholder.stance])}</td>
                <td>{intl.formatMessage(quadrantLabels[quadrantOf(stakeholder.influence, stakeholder.interest)])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={paging.page} pageSize={ROWS_PER_PAGE} total={map.stakeholders.length} noun="stakeholders" onPage={paging.setPage} />
    </>
  );
}

/** The relationship map as a table: who, which relationship with whom, how strong. */
export function RelationshipTable({ map, stakeholderUrl }: { map: StakeholderMap; stakeholderUrl: (id: string) => string }) {
  const intl = useIntl();
  const paging = useClientPage(map.relationships, ROWS_PER_PAGE);
  const person = (index: number) => <Link to={stakeholderUrl(map.stakeholders[index].id)}>{map.stakeholders[index].name}</Link>;
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby="sm-relationship-table-caption" tabIndex={0}>
        <table className="table">
          <caption id="sm-relationship-table-caption">{intl.formatMessage(m.relationshipCaption)}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.stakeholder)}</th>
              <th scope="col">{intl.formatMessage(m.relationship)}</th>
              <th scope="col">{intl.formatMessage(m.with)}</th>
              <th scope="col">{intl.formatMessage(m.strength)}</th>
            </tr>
          </thead>
          <tbody>
            {paging.visible.map((edge) => (
              <tr key={`${String(edge.from)}-${String(edge.to)}-${edge.kind}`}>
                <th scope="row">{person(edge.from)}</th>
                <td>{intl.formatMessage(edge.kind === 'dependency' ? m.dependsOn : relationshipKindLabels[edge.kind])}</td>
                <td>{person(edge.to)}</td>
                <td>{intl.formatMessage(strengthLabels[edge.strength])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={paging.page} pageSize={ROWS_PER_PAGE} total={map.relationships.length} noun="relationships" onPage={paging.setPage} />
    </>
  );
}
