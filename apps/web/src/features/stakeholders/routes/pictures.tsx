import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { getStakeholderMap, type StakeholderMap } from '../api/register';
import { InfluenceGrid } from '../components/influence-grid';
import { GridTable, RelationshipTable } from '../components/map-tables';
import { RelationshipMap } from '../components/relationship-map';
import { useRegister } from '../components/use-register';
import { ResourceView } from '../../../components/resource-view';

/** The map data, the "Table view" toggle and the shared states of both pictures. */
function PicturePanel({
  title,
  intro,
  empty,
  children,
}: {
  title: string;
  intro: string;
  empty: (map: StakeholderMap) => string | null;
  children: (map: StakeholderMap, tableView: boolean) => ReactNode;
}) {
  usePageTitle(title);
  const register = useRegister();
  const map = useResource(`map:${register.processRef.processId}`, (signal) => getStakeholderMap(register.processRef, signal));
  const [tableView, setTableView] = useState(false);
  const emptyTitle = map.data ? empty(map.data) : null;
  return (
    <section className="panel" aria-labelledby="sm-picture-title">
      <div className="sm-heading-row">
        <h2 id="sm-picture-title">{title}</h2>
        {map.data && !emptyTitle ? (
          <button type="button" className="button" aria-pressed={tableView} onClick={() => setTableView((value) => !value)}>
            Table view
          </button>
        ) : null}
      </div>
      <p className="muted">{intro}</p>
      <ResourceView resource={map} loading="Loading the stakeholder map…" />
      {map.data && map.data.unmappedGroups.length > 0 ? (
        <p className="alert alert-warning" role="note">
          <strong>Not mapped yet:</strong> {map.data.unmappedGroups.join(', ')}. Local ownership is broad when every group is in the picture
          (Lesson 10).
        </p>
      ) : null}
      {emptyTitle ? <EmptyState title={emptyTitle} /> : null}
      {map.data && !emptyTitle ? children(map.data, tableView) : null}
    </section>
  );
}

/** `…/stakeholders/grid`: the influence/interest grid, or its table. */
export function GridRoute() {
  const register = useRegister();
  const navigate = useNavigate();
  return (
    <PicturePanel
      title="Influence and interest"
      intro="Where each stakeholder stands on power and stake, and the strategy that follows: manage closely, keep satisfied, keep informed or monitor. A score of 3 or more counts as high."
      empty={(map) => (map.stakeholders.length === 0 ? 'No stakeholders mapped yet' : null)}
    >
      {(map, tableView) =>
        tableView ? (
          <GridTable map={map} stakeholderUrl={register.stakeholderUrl} />
        ) : (
          <InfluenceGrid
            stakeholders={map.stakeholders}
            stakeholderUrl={register.stakeholderUrl}
            onOpen={(id) => void navigate(register.stakeholderUrl(id))}
          />
        )
      }
    </PicturePanel>
  );
}

/** `…/stakeholders/map`: the relationship map, or its table. */
export function MapRoute() {
  const register = useRegister();
  const navigate = useNavigate();
  return (
    <PicturePanel
      title="Relationship map"
      intro="Alliances, tensions, conflicts and dependencies between stakeholders. Allies are drawn close together, adversaries further apart."
      empty={(map) =>
        map.stakeholders.length === 0
          ? 'No stakeholders mapped yet'
          : map.relationships.length === 0
            ? 'No relationships recorded yet: add them on a stakeholder’s page'
            : null
      }
    >
      {(map, tableView) => (
        <>
          {/* Hidden, not unmounted, behind the table: the layout is computed once. */}
          <div hidden={tableView}>
            <RelationshipMap map={map} onOpen={(id) => void navigate(register.stakeholderUrl(id))} />
          </div>
          {tableView ? <RelationshipTable map={map} stakeholderUrl={register.stakeholderUrl} /> : null}
        </>
      )}
    </PicturePanel>
  );
}
