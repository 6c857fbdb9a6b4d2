import { useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { NotFoundPage } from '../../../components/not-found';
import { Badge, ErrorState, Loading } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { deleteStakeholder, getStakeholder, getStakeholderMap, listGroups } from '../api/register';
import { personalDataHint } from '../components/options';
import { RelationshipsPanel } from '../components/relationships-panel';
import { StakeholderDialog } from '../components/stakeholder-dialog';
import { useRegister } from '../components/use-register';
import { contactKindLabels, kindLabels, prospectStatusLabels, quadrantLabels, stanceLabels } from '../labels';
import { untyped } from '../../../i18n/untyped';
import { commonMessages } from '../../../i18n/common-messages';

const m = untyped(
  defineMessages({
    contactNote: { id: 'stakeholders.stakeholder.contactNote', defaultMessage: '{kind}: {value}<muted> · {note}</muted>' },
    prospectStatus: { id: 'stakeholders.stakeholder.prospectStatus', defaultMessage: '{name} <muted>· {status}</muted>' },
    pageTitle: { id: 'stakeholders.stakeholder.pageTitle', defaultMessage: 'Stakeholder' },
    loading: { id: 'stakeholders.stakeholder.loading', defaultMessage: 'Loading the stakeholder…' },
    back: { id: 'stakeholders.stakeholder.back', defaultMessage: 'Stakeholder register' },
    edit: { id: 'stakeholders.stakeholder.edit', defaultMessage: 'Edit' },
    removeTitle: { id: 'stakeholders.stakeholder.removeTitle', defaultMessage: 'Remove {name}?' },
    removeMessage: {
      id: 'stakeholders.stakeholder.removeMessage',
      defaultMessage:
        '{count, plural, one {Its # relationship is} other {Its # relationships are}} removed with it. Prospects linked to it stay, linked to no stakeholder.',
    },
    remove: { id: 'stakeholders.stakeholder.remove', defaultMessage: 'Remove' },
    stance: { id: 'stakeholders.stakeholder.stance', defaultMessage: 'Stance: {stance}' },
    group: { id: 'stakeholders.stakeholder.group', defaultMessage: 'Group' },
    noGroup: { id: 'stakeholders.stakeholder.noGroup', defaultMessage: 'No group' },
    influence: { id: 'stakeholders.stakeholder.influence', defaultMessage: 'Influence' },
    interest: { id: 'stakeholders.stakeholder.interest', defaultMessage: 'Interest' },
    score: { id: 'stakeholders.stakeholder.score', defaultMessage: '{score} of 5' },
    notes: { id: 'stakeholders.stakeholder.notes', defaultMessage: 'Notes' },
    contactPoints: { id: 'stakeholders.stakeholder.contactPoints', defaultMessage: 'Contact points' },
    noContacts: { id: 'stakeholders.stakeholder.noContacts', defaultMessage: 'None recorded' },
    contact: { id: 'stakeholders.stakeholder.contact', defaultMessage: '{kind}: {value}' },
    prospects: { id: 'stakeholders.stakeholder.prospects', defaultMessage: 'Prospective participants' },
    noProspects: { id: 'stakeholders.stakeholder.noProspects', defaultMessage: 'Nobody is considered yet to represent {name}.' },
    saved: { id: 'stakeholders.stakeholder.saved', defaultMessage: '{name} was saved.' },
  }),
);

/** `…/stakeholders/:stakeholderId`: one stakeholder, its relationships and the prospects who would represent it. */
export function StakeholderRoute() {
  const intl = useIntl();
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
  usePageTitle(stakeholder?.name ?? intl.formatMessage(m.pageTitle));

  if (detail.error instanceof ApiError && (detail.error.isNotFound || detail.error.status === 400)) return <NotFoundPage />;
  if (detail.error) return <ErrorState message={errorMessage(detail.error)} onRetry={detail.reload} />;
  if (!stakeholder) return <Loading label={intl.formatMessage(m.loading)} />;

  const changed = (message: string) => {
    setStatus(message);
    detail.reload();
    map.reload();
  };

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="sm-stakeholder-title">
        <p className="eyebrow">
          <Link to={register.base}>{intl.formatMessage(m.back)}</Link>
        </p>
        <div className="sm-heading-row">
          <h2 id="sm-stakeholder-title" tabIndex={-1}>
            {stakeholder.name}
          </h2>
          {register.mayManage ? (
            <div className="button-row">
              <button type="button" className="button" aria-haspopup="dialog" onClick={() => setEditing(true)}>
                {intl.formatMessage(m.edit)}
              </button>
              <ConfirmButton
                className="button button-danger-quiet"
                title={intl.formatMessage(m.removeTitle, { name: stakeholder.name })}
                message={<p>{intl.formatMessage(m.removeMessage, { count: stakeholder.relationships.length })}</p>}
                confirmLabel={intl.formatMessage(m.remove)}
                describeError={errorMessage}
                onConfirm={async () => {
                  await deleteStakeholder(register.processRef, stakeholder.id);
                  await navigate(register.base);
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
          <Badge>{intl.formatMessage(kindLabels[stakeholder.kind])}</Badge>
          <Badge tone="accent">{intl.formatMessage(quadrantLabels[stakeholder.quadrant])}</Badge>
          <span className="muted">{intl.formatMessage(m.stance, { stance: intl.formatMessage(stanceLabels[stakeholder.stance]) })}</span>
        </p>
        <dl className="sm-facts">
          <dt>{intl.formatMessage(m.group)}</dt>
          <dd>{stakeholder.group?.name ?? intl.formatMessage(m.noGroup)}</dd>
          <dt>{intl.formatMessage(m.influence)}</dt>
          <dd>{intl.formatMessage(m.score, { score: stakeholder.influence })}</dd>
          <dt>{intl.formatMessage(m.interest)}</dt>
          <dd>{intl.formatMessage(m.score, { score: stakeholder.interest })}</dd>
          <dt>{intl.formatMessage(m.notes)}</dt>
          <dd className="prose">{stakeholder.notes ?? intl.formatMessage(commonMessages.none)}</dd>
          {stakeholder.contactPoints ? (
            <>
              <dt>{intl.formatMessage(m.contactPoints)}</dt>
              <dd>
                {stakeholder.contactPoints.length === 0 ? (
                  intl.formatMessage(m.noContacts)
                ) : (
                  <ul className="sm-plain-list">
                    {stakeholder.contactPoints.map((point, index) => (
                      <li key={index}>
                        {intl.formatMessage(point.note ? m.contactNote : m.contact, {
                          kind: intl.formatMessage(contactKindLabels[point.kind]),
                          value: point.value,
                          note: point.note,
                          muted: (chunks: ReactNode[]) => <span className="muted">{chunks}</span>,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="field-hint">{personalDataHint(intl)}</p>
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
        <h2 id="sm-linked-prospects-title">{intl.formatMessage(m.prospects)}</h2>
        {stakeholder.prospects.length === 0 ? (
          <p className="muted">{intl.formatMessage(m.noProspects, { name: stakeholder.name })}</p>
        ) : (
          <ul className="sm-plain-list">
            {stakeholder.prospects.map((prospect) => (
              <li key={prospect.id}>
                {intl.formatMessage(m.prospectStatus, {
                  name: <Link to={register.prospectUrl(prospect.id)}>{prospect.name}</Link>,
                  status: intl.formatMessage(prospectStatusLabels[prospect.status]),
                  muted: (chunks: ReactNode[]) => <span className="muted">{chunks}</span>,
                })}
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
            changed(intl.formatMessage(m.saved, { name: saved.name }));
          }}
        />
      ) : null}
    </div>
  );
}
