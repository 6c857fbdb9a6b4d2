import {
  QUADRANT_LABELS,
  quadrantOf,
  RELATIONSHIP_KIND_LABELS,
  STAKEHOLDER_KIND_LABELS,
  STANCE_LABELS,
  STRENGTH_LABELS,
} from '@common-ground/domain';
import { Link } from 'react-router';
import type { StakeholderMap } from '../api/register';
import { Pager, useClientPage } from './pager';

const ROWS_PER_PAGE = 100;

/** The grid as a table: every stakeholder with its scores, stance and strategy. */
export function GridTable({ map, stakeholderUrl }: { map: StakeholderMap; stakeholderUrl: (id: string) => string }) {
  const paging = useClientPage(map.stakeholders, ROWS_PER_PAGE);
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby="sm-grid-table-caption" tabIndex={0}>
        <table className="table">
          <caption id="sm-grid-table-caption">Stakeholders by influence and interest</caption>
          <thead>
            <tr>
              <th scope="col">Stakeholder</th>
              <th scope="col">Group</th>
              <th scope="col">Influence</th>
              <th scope="col">Interest</th>
              <th scope="col">Stance</th>
              <th scope="col">Strategy</th>
            </tr>
          </thead>
          <tbody>
            {paging.visible.map((stakeholder) => (
              <tr key={stakeholder.id}>
                <th scope="row">
                  <Link to={stakeholderUrl(stakeholder.id)}>{stakeholder.name}</Link>
                  <span className="visually-hidden">, {STAKEHOLDER_KIND_LABELS[stakeholder.kind].toLowerCase()}</span>
                </th>
                <td>{stakeholder.group === null ? '—' : map.groups[stakeholder.group].name}</td>
                <td>{stakeholder.influence}</td>
                <td>{stakeholder.interest}</td>
                <td>{STANCE_LABELS[stakeholder.stance]}</td>
                <td>{QUADRANT_LABELS[quadrantOf(stakeholder.influence, stakeholder.interest)]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={paging.page}
        pageSize={ROWS_PER_PAGE}
        total={map.stakeholders.length}
        noun={['stakeholder', 'stakeholders']}
        onPage={paging.setPage}
      />
    </>
  );
}

/** The relationship map as a table: who, which relationship with whom, how strong. */
export function RelationshipTable({ map, stakeholderUrl }: { map: StakeholderMap; stakeholderUrl: (id: string) => string }) {
  const paging = useClientPage(map.relationships, ROWS_PER_PAGE);
  const person = (index: number) => <Link to={stakeholderUrl(map.stakeholders[index].id)}>{map.stakeholders[index].name}</Link>;
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby="sm-relationship-table-caption" tabIndex={0}>
        <table className="table">
          <caption id="sm-relationship-table-caption">Relationships between stakeholders</caption>
          <thead>
            <tr>
              <th scope="col">Stakeholder</th>
              <th scope="col">Relationship</th>
              <th scope="col">With</th>
              <th scope="col">Strength</th>
            </tr>
          </thead>
          <tbody>
            {paging.visible.map((edge) => (
              <tr key={`${String(edge.from)}-${String(edge.to)}-${edge.kind}`}>
                <th scope="row">{person(edge.from)}</th>
                <td>{edge.kind === 'dependency' ? 'depends on' : RELATIONSHIP_KIND_LABELS[edge.kind]}</td>
                <td>{person(edge.to)}</td>
                <td>{STRENGTH_LABELS[edge.strength]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={paging.page}
        pageSize={ROWS_PER_PAGE}
        total={map.relationships.length}
        noun={['relationship', 'relationships']}
        onPage={paging.setPage}
      />
    </>
  );
}
