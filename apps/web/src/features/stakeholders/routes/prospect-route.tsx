import { PROSPECT_STATUS_LABELS, PROSPECT_TRANSITIONS, prospectInvitationProblem, type ProspectStatus } from '@common-ground/domain';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { NotFoundPage } from '../../../components/not-found';
import { Badge, ErrorState, Loading } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { changeProspectStatus, deleteProspect, getProspect, getStakeholderMap } from '../api/register';
import { ConsultationLog } from '../components/consultation-log';
import { PERSONAL_DATA_HINT } from '../components/options';
import { ProspectDialog } from '../components/prospect-dialog';
import { ProspectInvitation } from '../components/prospect-invitation';
import { useRegister } from '../components/use-register';

const MOVE_LABELS: Record<ProspectStatus, string> = {
  prospective: 'Approach again',
  consulted: 'Mark as consulted',
  invited: 'Mark as invited',
  active: 'Mark as taking part',
  declined: 'Mark as declined',
  withdrawn: 'Mark as withdrawn',
};

/** `…/stakeholders/prospects/:prospectId`: a prospective participant, their status and the consultation log. */
export function ProspectRoute() {
  const fmt = useFormat();
  const register = useRegister();
  const navigate = useNavigate();
  const { prospectId = '' } = useParams();
  const detail = useResource(`prospect:${prospectId}`, (signal) => getProspect(register.processRef, prospectId, signal), {
    keepPreviousData: true,
  });
  const [editing, setEditing] = useState(false);
  const map = useResource(editing ? `map:${register.processRef.processId}` : null, (signal) =>
    getStakeholderMap(register.processRef, signal),
  );
  const [status, setStatus] = useState('');
  const [moveError, setMoveError] = useState<string | null>(null);
  const prospect = detail.data?.id === prospectId ? detail.data : undefined;
  usePageTitle(prospect?.name ?? 'Prospect');

  if (detail.error instanceof ApiError && (detail.error.isNotFound || detail.error.status === 400)) return <NotFoundPage />;
  if (detail.error) return <ErrorState message={errorMessage(detail.error)} onRetry={detail.reload} />;
  if (!prospect) return <Loading label="Loading the prospect…" />;

  const move = async (to: ProspectStatus) => {
    setMoveError(null);
    try {
      const saved = await changeProspectStatus(register.processRef, prospect.id, to, prospect.version);
      detail.setData(saved);
      setStatus(`${saved.name} is now ${PROSPECT_STATUS_LABELS[saved.status].toLowerCase()}.`);
    } catch (error) {
      setMoveError(
        error instanceof ApiError && error.isVersionConflict
          ? 'Someone changed this prospect meanwhile; here is their version. Try again.'
          : errorMessage(error),
      );
      detail.reload();
    }
  };

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="sm-prospect-title">
        <p className="eyebrow">
          <Link to={`${register.base}/prospects`}>Prospective participants</Link>
        </p>
        <div className="sm-heading-row">
          <h2 id="sm-prospect-title">{prospect.name}</h2>
          {register.mayManageProspects ? (
            <div className="button-row">
              <button type="button" className="button" aria-haspopup="dialog" onClick={() => setEditing(true)}>
                Edit
              </button>
              <ConfirmButton
                className="button button-danger-quiet"
                title={`Remove ${prospect.name}?`}
                message={<p>The prospect and the log of {prospect.consultations} consultation(s) are removed for good.</p>}
                confirmLabel="Remove"
                describeError={errorMessage}
                onConfirm={async () => {
                  await deleteProspect(register.processRef, prospect.id);
                  await navigate(`${register.base}/prospects`);
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
          <Badge tone="accent">
            <span className="visually-hidden">Status: </span>
            {PROSPECT_STATUS_LABELS[prospect.status]}
          </Badge>
          <span className="muted">since {fmt.date(prospect.statusChangedAt)}</span>
        </p>
        <dl className="sm-facts">
          <dt>Organisation</dt>
          <dd>{prospect.organisation ?? '—'}</dd>
          <dt>Would represent</dt>
          <dd>
            {prospect.stakeholder ? <Link to={register.stakeholderUrl(prospect.stakeholder.id)}>{prospect.stakeholder.name}</Link> : '—'}
          </dd>
          {prospect.email !== undefined ? (
            <>
              <dt>E-mail address</dt>
              <dd>
                {prospect.email ?? '—'}
                <p className="field-hint">{PERSONAL_DATA_HINT}</p>
              </dd>
            </>
          ) : null}
        </dl>
        {register.mayManageProspects ? (
          <div className="sm-moves" role="group" aria-label="Change the status">
            {PROSPECT_TRANSITIONS[prospect.status].map((to) => (
              <button key={to} type="button" className="button button-small" onClick={() => void move(to)}>
                {MOVE_LABELS[to]}
              </button>
            ))}
            {moveError ? (
              <p role="alert" className="field-error">
                {moveError}
              </p>
            ) : null}
          </div>
        ) : null}
      </section>
      {register.mayInvite && prospectInvitationProblem(prospect.status, false) === null ? (
        <ProspectInvitation
          processRef={register.processRef}
          prospect={prospect}
          onInvited={(invitation) => {
            setStatus(`${prospect.name} is invited; pass the link on to ${invitation.email}.`);
            detail.reload();
          }}
        />
      ) : null}
      <ConsultationLog
        processRef={register.processRef}
        prospect={prospect}
        mayManage={register.mayManageProspects}
        onLogged={(saved) => {
          detail.setData(saved);
          setStatus(
            `The consultation was logged${saved.status !== prospect.status ? `; ${saved.name} is now ${PROSPECT_STATUS_LABELS[saved.status].toLowerCase()}` : ''}.`,
          );
        }}
        onRemoved={(message) => {
          setStatus(message);
          detail.reload();
        }}
      />
      {editing ? (
        <ProspectDialog
          processRef={register.processRef}
          stakeholders={map.data?.stakeholders ?? []}
          prospect={prospect}
          withEmail={register.seesPersonalData}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            detail.setData(saved);
            setStatus(`${saved.name} was saved.`);
          }}
        />
      ) : null}
    </div>
  );
}
