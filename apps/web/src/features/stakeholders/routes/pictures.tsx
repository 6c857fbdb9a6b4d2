import { type ReactNode, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
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
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    tableView: { id: 'stakeholders.pictures.tableView', defaultMessage: 'Table view' },
    loading: { id: 'stakeholders.pictures.loading', defaultMessage: 'Loading the stakeholder map…' },
    notMapped: {
      id: 'stakeholders.pictures.notMapped',
      defaultMessage: '<strong>Not mapped yet:</strong> {groups}. Local ownership is broad when every group is in the picture (Lesson 10).',
    },
    gridTitle: { id: 'stakeholders.pictures.gridTitle', defaultMessage: 'Influence and interest' },
    gridIntro: {
      id: 'stakeholders.pictures.gridIntro',
      defaultMessage:
        'Where each stakeholder stands on power and stake, and the strategy that follows: manage closely, keep satisfied, keep informed or monitor. A score of 3 or more counts as high.',
    },
    noStakeholders: { id: 'stakeholders.pictures.noStakeholders', defaultMessage: 'No stakeholders mapped yet' },
    mapTitle: { id: 'stakeholders.pictures.mapTitle', defaultMessage: 'Relationship map' },
    mapIntro: {
      id: 'stakeholders.pictures.mapIntro',
      defaultMessage:
        'Alliances, tensions, conflicts and dependencies between stakeholders. Allies are drawn close together, adversaries further apart.',
    },
    noRelationships: {
      id: 'stakeholders.pictures.noRelationships',
      defaultMessage: 'No relationships recorded yet: add them on a stakeholder’s page',
    },
    groupSeparator: { id: 'stakeholders.pictures.groupSeparator', defaultMessage: '{first}, {next}' },
  }),
);

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
  const intl = useIntl();
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
            {intl.formatMessage(m.tableView)}
          </button>
        ) : null}
      </div>
      <p className="muted">{intro}</p>
      <ResourceView resource={map} loading={intl.formatMessage(m.loading)} />
      {map.data && map.data.unmappedGroups.length > 0 ? (
        <p className="alert alert-warning" role="note">
          {intl.formatMessage(m.notMapped, {
            strong: (chunks) => <strong>{chunks}</strong>,
            groups: map.data.unmappedGroups.reduce((first, next) => intl.formatMessage(m.groupSeparator, { first, next })),
          })}
        </p>
      ) : null}
      {emptyTitle ? <EmptyState title={emptyTitle} /> : null}
      {map.data && !emptyTitle ? children(map.data, tableView) : null}
    </section>
  );
}

/** `…/stakeholders/grid`: the influence/interest grid, or its table. */
export function GridRoute() {
  const intl = useIntl();
  const register = useRegister();
  const navigate = useNavigate();
  return (
    <PicturePanel
      title={intl.formatMessage(m.gridTitle)}
      intro={intl.formatMessage(m.gridIntro)}
      empty={(map) => (map.stakeholders.length === 0 ? intl.formatMessage(m.noStakeholders) : null)}
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
  const intl = useIntl();
  const register = useRegister();
  const navigate = useNavigate();
  return (
    <PicturePanel
      title={intl.formatMessage(m.mapTitle)}
      intro={intl.formatMessage(m.mapIntro)}
      empty={(map) =>
        map.stakeholders.length === 0
          ? intl.formatMessage(m.noStakeholders)
          : map.relationships.length === 0
            ? intl.formatMessage(m.noRelationships)
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
