import {
  CONTACT_KIND_LABELS,
  PROSPECT_STATUS_LABELS,
  QUADRANT_LABELS,
  STAKEHOLDER_KIND_LABELS,
  STANCE_LABELS,
} from '@common-ground/domain';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { NotFoundPage } from '../../../components/not-found';
import { Badge, ErrorState, Loading } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { deleteStakeholder, getStakeholder, getStakeholderMap, listGroups } from '../api/register';
import { PERSONAL_DATA_HINT } from '../components/options';
import { RelationshipsPanel } from '../components/relationships-panel';
import { StakeholderDialog } from '../components/stakeholder-dialog';
import { useRegister } from '../components/use-register';

/** `…/stakeholders/:stakeholderId`: one stakeholder, its relationships and the prospects who would represent it. */
export function StakeholderRoute() {
  const register = useRegister();
  const navigate = useNavigate();
  const { stakeholderId = '' } = useParams();
  const detail = useResource(`stakeholder:${stakeholderId}`, (signal) => getStakeholder(register.processRef, stakeholderId, signal), {
    keepPreviousData: true,
  });
  // Only those who manage need the others (to relate to) and the groups (to edit).
  const map = useResource(register.mayManage ? `map:${register.processRef.processId}` : null, (signal) =>
    getStakeholderMap(register.processRef, signal),
  );
  const groups = useResource(register.mayManage ? `groups:${register.processRef.processId}` : null, (signal) =>
    listGroups(register.processRef, signal),
  );
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const stakeholder = detail.data?.id === stakeholderId ? detail.data : undefined;
  usePageTitle(stakeholder?.name ?? 'Stakeholder');

  if (detail.error instanceof ApiError && (detail.error.isNotFound || detail.error.status === 400)) return <NotFoundPage />;
  if (detail.error) return <ErrorState message={errorMessage(detail.error)} onRetry={detail.reload} />;
  if (!stakeholder) return <Loading label="Loading the stakeholder…" />;

  const changed = (message: string) => {
    setStatus(message);
    detail.reload();
    map.reload();
  };

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="sm-stakeholder-title">
        <p className="eyebrow">
          <Link to={register.base}>Stakeholder register</Link>
        </p>
        <div className="sm-heading-row">
          <h2 id="sm-stakeholder-title" tabIndex={-1}>
            {stakeholder.name}
          </h2>
          {register.mayManage ? (
            <div className="button-row">
              <button type="button" className="button" aria-haspopup="dialog" onClick={() => setEditing(true)}>
                Edit
              </button>
              <ConfirmButton
                className="button button-danger-quiet"
                title={`Remove ${stakeholder.name}?`}
                message={
                  <p>
                    Its {stakeholder.relationships.length} relationship(s) are removed with it. Prospects linked to it stay, linked to no
                    stakeholder.
                  </p>
                }
                confirmLabel="Remove"
                describeError={errorMessage}
                onConfirm={async () => {
                  await deleteStakeholder(register.processRef, stakeholder.id);
                  await navigate(register.base);
                }}
              >
                Remove
              </ConfirmButton>
            </div>
          ) : null}
        </div>
        <p role="status" className="form-status">
          {status}
        </p>
        <p className="process-facts">
          <Badge>{STAKEHOLDER_KIND_LABELS[stakeholder.kind]}</Badge>
          <Badge tone="accent">{QUADRANT_LABELS[stakeholder.quadrant]}</Badge>
          <span className="muted">Stance: {STANCE_LABELS[stakeholder.stance]}</span>
        </p>
        <dl className="sm-facts">
          <dt>Group</dt>
          <dd>{stakeholder.group?.name ?? 'No group'}</dd>
          <dt>Influence</dt>
          <dd>{stakeholder.influence} of 5</dd>
          <dt>Interest</dt>
          <dd>{stakeholder.interest} of 5</dd>
          <dt>Notes</dt>
          <dd className="prose">{stakeholder.notes ?? '—'}</dd>
          {stakeholder.contactPoints ? (
            <>
              <dt>Contact points</dt>
              <dd>
                {stakeholder.contactPoints.length === 0 ? (
                  'None recorded'
                ) : (
                  <ul className="sm-plain-list">
                    {stakeholder.contactPoints.map((point, index) => (
                      <li key={index}>
                        {CONTACT_KIND_LABELS[point.kind]}: {point.value}
                        {point.note ? <span className="muted"> · {point.note}</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="field-hint">{PERSONAL_DATA_HINT}</p>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <RelationshipsPanel
        processRef={register.processRef}
        stakeholder={stakeholder}
        relationships={stakeholder.relationships}
        others={map.data?.stakeholders ?? []}
        mayManage={register.mayManage}
        stakeholderUrl={register.stakeholderUrl}
        onChanged={changed}
      />
      <section className="panel" aria-labelledby="sm-linked-prospects-title">
        <h2 id="sm-linked-prospects-title">Prospective participants</h2>
        {stakeholder.prospects.length === 0 ? (
          <p className="muted">Nobody is considered yet to represent {stakeholder.name}.</p>
        ) : (
          <ul className="sm-plain-list">
            {stakeholder.prospects.map((prospect) => (
              <li key={prospect.id}>
                <Link to={register.prospectUrl(prospect.id)}>{prospect.name}</Link>{' '}
                <span className="muted">· {PROSPECT_STATUS_LABELS[prospect.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {editing ? (
        <StakeholderDialog
          processRef={register.processRef}
          groups={groups.data?.items ?? []}
          stakeholder={stakeholder}
          withContacts={register.seesPersonalData}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            changed(`${saved.name} was saved.`);
          }}
        />
      ) : null}
    </div>
  );
}
