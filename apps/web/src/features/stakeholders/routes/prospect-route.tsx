import { PROSPECT_TRANSITIONS, prospectInvitationProblem, type ProspectStatus } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, type MessageDescriptor, useIntl } from 'react-intl';
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
import { personalDataHint } from '../components/options';
import { ProspectDialog } from '../components/prospect-dialog';
import { ProspectInvitation } from '../components/prospect-invitation';
import { useRegister } from '../components/use-register';
import { lower, prospectStatusLabels } from '../labels';
import { untyped } from '../../../i18n/untyped';
import { commonMessages } from '../../../i18n/common-messages';

const MOVE_LABELS = untyped(
  defineMessages({
    prospective: { id: 'stakeholders.prospect.move.prospective', defaultMessage: 'Approach again' },
    consulted: { id: 'stakeholders.prospect.move.consulted', defaultMessage: 'Mark as consulted' },
    invited: { id: 'stakeholders.prospect.move.invited', defaultMessage: 'Mark as invited' },
    active: { id: 'stakeholders.prospect.move.active', defaultMessage: 'Mark as taking part' },
    declined: { id: 'stakeholders.prospect.move.declined', defaultMessage: 'Mark as declined' },
    withdrawn: { id: 'stakeholders.prospect.move.withdrawn', defaultMessage: 'Mark as withdrawn' },
  }),
) satisfies Record<ProspectStatus, MessageDescriptor>;

const m = untyped(
  defineMessages({
    pageTitle: { id: 'stakeholders.prospect.pageTitle', defaultMessage: 'Prospect' },
    loading: { id: 'stakeholders.prospect.loading', defaultMessage: 'Loading the prospect…' },
    nowStatus: { id: 'stakeholders.prospect.nowStatus', defaultMessage: '{name} is now {status}.' },
    conflict: {
      id: 'stakeholders.prospect.conflict',
      defaultMessage: 'Someone changed this prospect meanwhile; here is their version. Try again.',
    },
    back: { id: 'stakeholders.prospect.back', defaultMessage: 'Prospective participants' },
    edit: { id: 'stakeholders.prospect.edit', defaultMessage: 'Edit' },
    removeTitle: { id: 'stakeholders.prospect.removeTitle', defaultMessage: 'Remove {name}?' },
    removeMessage: {
      id: 'stakeholders.prospect.removeMessage',
      defaultMessage: 'The prospect and the log of {count, plural, one {# consultation} other {# consultations}} are removed for good.',
    },
    remove: { id: 'stakeholders.prospect.remove', defaultMessage: 'Remove' },
    statusLabel: { id: 'stakeholders.prospect.statusLabel', defaultMessage: 'Status:' },
    since: { id: 'stakeholders.prospect.since', defaultMessage: 'since {date}' },
    organisation: { id: 'stakeholders.prospect.organisation', defaultMessage: 'Organisation' },
    represents: { id: 'stakeholders.prospect.represents', defaultMessage: 'Would represent' },
    email: { id: 'stakeholders.prospect.email', defaultMessage: 'E-mail address' },
    moves: { id: 'stakeholders.prospect.moves', defaultMessage: 'Change the status' },
    invited: { id: 'stakeholders.prospect.invited', defaultMessage: '{name} is invited; pass the link on to {email}.' },
    logged: { id: 'stakeholders.prospect.logged', defaultMessage: 'The consultation was logged.' },
    loggedAndMoved: { id: 'stakeholders.prospect.loggedAndMoved', defaultMessage: 'The consultation was logged; {name} is now {status}.' },
    saved: { id: 'stakeholders.prospect.saved', defaultMessage: '{name} was saved.' },
  }),
);

/** `…/stakeholders/prospects/:prospectId`: a prospective participant, their status and the consultation log. */
export function ProspectRoute() {
  const intl = useIntl();
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
  usePageTitle(prospect?.name ?? intl.formatMessage(m.pageTitle));

  if (detail.error instanceof ApiError && (detail.error.isNotFound || detail.error.status === 400)) return <NotFoundPage />;
  if (detail.error) return <ErrorState message={errorMessage(detail.error)} onRetry={detail.reload} />;
  if (!prospect) return <Loading label={intl.formatMessage(m.loading)} />;

  const statusWord = (value: ProspectStatus) => lower(intl, intl.formatMessage(prospectStatusLabels[value]));

  const move = async (to: ProspectStatus) => {
    setMoveError(null);
    try {
      const saved = await changeProspectStatus(register.processRef, prospect.id, to, prospect.version);
      detail.setData(saved);
      setStatus(intl.formatMessage(m.nowStatus, { name: saved.name, status: statusWord(saved.status) }));
    } catch (error) {
      setMoveError(error instanceof ApiError && error.isVersionConflict ? intl.formatMessage(m.conflict) : errorMessage(error));
      detail.reload();
    }
  };

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="sm-prospect-title">
        <p className="eyebrow">
          <Link to={`${register.base}/prospects`}>{intl.formatMessage(m.back)}</Link>
        </p>
        <div className="sm-heading-row">
          <h2 id="sm-prospect-title">{prospect.name}</h2>
          {register.mayManageProspects ? (
            <div className="button-row">
              <button type="button" className="button" aria-haspopup="dialog" onClick={() => setEditing(true)}>
                {intl.formatMessage(m.edit)}
              </button>
              <ConfirmButton
                className="button button-danger-quiet"
                title={intl.formatMessage(m.removeTitle, { name: prospect.name })}
                message={<p>{intl.formatMessage(m.removeMessage, { count: prospect.consultations })}</p>}
                confirmLabel={intl.formatMessage(m.remove)}
                describeError={errorMessage}
                onConfirm={async () => {
                  await deleteProspect(register.processRef, prospect.id);
                  await navigate(`${register.base}/prospects`);
                }}
              >
                {intl.formatMessage(m.remove)}
              </ConfirmButton>
            </div>
          ) : null}
        </div>
        <p role="status" className="form-status">
          {status}
        </p>
        <p className="process-facts">
          <Badge tone="accent">
            <span className="visually-hidden">{intl.formatMessage(m.statusLabel)} </span>
            {intl.formatMessage(prospectStatusLabels[prospect.status])}
          </Badge>
          <span className="muted">{intl.formatMessage(m.since, { date: fmt.date(prospect.statusChangedAt) })}</span>
        </p>
        <dl className="sm-facts">
          <dt>{intl.formatMessage(m.organisation)}</dt>
          <dd>{prospect.organisation ?? intl.formatMessage(commonMessages.none)}</dd>
          <dt>{intl.formatMessage(m.represents)}</dt>
          <dd>
            {prospect.stakeholder ? (
              <Link to={register.stakeholderUrl(prospect.stakeholder.id)}>{prospect.stakeholder.name}</Link>
            ) : (
              intl.formatMessage(commonMessages.none)
            )}
          </dd>
          {prospect.email !== undefined ? (
            <>
              <dt>{intl.formatMessage(m.email)}</dt>
              <dd>
                {prospect.email ?? intl.formatMessage(commonMessages.none)}
                <p className="field-hint">{personalDataHint(intl)}</p>
              </dd>
            </>
          ) : null}
        </dl>
        {register.mayManageProspects ? (
          <div className="sm-moves" role="group" aria-label={intl.formatMessage(m.moves)}>
            {PROSPECT_TRANSITIONS[prospect.status].map((to) => (
              <button key={to} type="button" className="button button-small" onClick={() => void move(to)}>
                {intl.formatMessage(MOVE_LABELS[to])}
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
            setStatus(intl.formatMessage(m.invited, { name: prospect.name, email: invitation.email }));
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
            saved.status !== prospect.status
              ? intl.formatMessage(m.loggedAndMoved, { name: saved.name, status: statusWord(saved.status) })
              : intl.formatMessage(m.logged),
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
            setStatus(intl.formatMessage(m.saved, { name: saved.name }));
          }}
        />
      ) : null}
    </div>
  );
}
