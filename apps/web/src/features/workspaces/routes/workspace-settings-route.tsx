import { can, type WorkspaceRole } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { InvitationMailStatus, useRecheckWhileQueued } from '../../../components/invitation-mail';
import { errorMessage, type Invitation } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { EmptyState } from '../../../components/states';
import { useCurrentWorkspace } from '../../../context/workspace-context';
import { useFormat } from '../../../lib/use-format';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { InviteForm } from '../components/invite-form';
import { RenameWorkspaceForm } from '../components/rename-workspace-form';
import { MemberRowActions } from '../components/member-row-actions';
import { SecurityForm } from '../components/security-form';
import { listInvitations, listWorkspaceMembers, revokeInvitation } from '../api/workspaces';
import { ResourceView } from '../../../components/resource-view';
import { untyped } from '../../../i18n/untyped';
import { ROLE_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    pageTitle: { id: 'workspaces.settings.pageTitle', defaultMessage: 'Settings of {name}' },
    title: { id: 'workspaces.settings.title', defaultMessage: 'Workspace settings' },
    name: { id: 'workspaces.settings.name', defaultMessage: 'Name' },
    renameOnly: { id: 'workspaces.settings.renameOnly', defaultMessage: '(only owners and admins can rename the workspace)' },
    security: { id: 'workspaces.settings.security', defaultMessage: 'Sign-in security' },
    members: { id: 'workspaces.settings.members', defaultMessage: 'Members' },
    loadingMembers: { id: 'workspaces.settings.loadingMembers', defaultMessage: 'Loading members…' },
    noMembers: { id: 'workspaces.settings.noMembers', defaultMessage: 'No members yet' },
    membersList: { id: 'workspaces.settings.membersList', defaultMessage: 'Workspace members' },
    joined: { id: 'workspaces.settings.joined', defaultMessage: 'Joined {date}' },
    invite: { id: 'workspaces.settings.invite', defaultMessage: 'Invite someone' },
    inviteHint: {
      id: 'workspaces.settings.inviteHint',
      defaultMessage:
        'We e-mail each invitation with its link. If an e-mail cannot be delivered, its link shows below to pass on another way.',
    },
    pending: { id: 'workspaces.settings.pending', defaultMessage: 'Pending invitations' },
    loadingInvitations: { id: 'workspaces.settings.loadingInvitations', defaultMessage: 'Loading invitations…' },
    noInvitations: { id: 'workspaces.settings.noInvitations', defaultMessage: 'No pending invitations.' },
    expires: { id: 'workspaces.settings.expires', defaultMessage: '{role} · expires {date}' },
    revokeLabel: { id: 'workspaces.settings.revokeLabel', defaultMessage: 'Revoke the invitation of {email}' },
    revokeTitle: { id: 'workspaces.settings.revokeTitle', defaultMessage: 'Revoke this invitation?' },
    revokeMessage: { id: 'workspaces.settings.revokeMessage', defaultMessage: 'The link sent to {email} will stop working.' },
    revokeConfirm: { id: 'workspaces.settings.revokeConfirm', defaultMessage: 'Revoke invitation' },
    revoke: { id: 'workspaces.settings.revoke', defaultMessage: 'Revoke' },
  }),
);

/** `/w/:workspaceId/settings`: name, members and invitations. */
export function WorkspaceSettingsRoute() {
  const intl = useIntl();
  const { workspace, setWorkspace, reload } = useCurrentWorkspace();
  usePageTitle(intl.formatMessage(m.pageTitle, { name: workspace.name }));
  const grants = { workspaceRole: workspace.role };
  const mayInvite = can(grants, 'workspace.members.invite');

  return (
    <div className="page">
      <h1 tabIndex={-1}>{intl.formatMessage(m.title)}</h1>
      <section className="panel" aria-labelledby="ws-name-title">
        <h2 id="ws-name-title">{intl.formatMessage(m.name)}</h2>
        {can(grants, 'workspace.rename') ? (
          <RenameWorkspaceForm workspace={workspace} onRenamed={setWorkspace} onReload={reload} />
        ) : (
          <p>
            {workspace.name} <span className="muted">{intl.formatMessage(m.renameOnly)}</span>
          </p>
        )}
      </section>
      {can(grants, 'workspace.security.manage') ? (
        <section className="panel" aria-labelledby="ws-security-title">
          <h2 id="ws-security-title">{intl.formatMessage(m.security)}</h2>
          <SecurityForm workspace={workspace} onSaved={setWorkspace} />
        </section>
      ) : null}
      {can(grants, 'workspace.members.view') ? (
        <MembersSection workspaceId={workspace.id} actorRole={can(grants, 'workspace.members.manage') ? workspace.role : null} />
      ) : null}
      {mayInvite ? <InvitationsSection workspaceId={workspace.id} /> : null}
    </div>
  );
}

function MembersSection({ workspaceId, actorRole }: { workspaceId: string; actorRole: WorkspaceRole | null }) {
  const intl = useIntl();
  const fmt = useFormat();
  const members = useResource(`members:${workspaceId}`, (signal) => listWorkspaceMembers(workspaceId, signal));
  return (
    <section className="panel" aria-labelledby="ws-members-title">
      <h2 id="ws-members-title">{intl.formatMessage(m.members)}</h2>
      <ResourceView resource={members} loading={intl.formatMessage(m.loadingMembers)} />
      {members.data?.length === 0 ? <EmptyState title={intl.formatMessage(m.noMembers)} /> : null}
      {members.data && members.data.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(m.membersList)}>
          {members.data.map((member) => (
            <li key={member.userId} className="row">
              <div className="row-main">
                <span className="row-title">{member.displayName}</span>
                {member.email ? <span className="muted">{member.email}</span> : null}
              </div>
              <div className="row-meta">
                <span>{intl.formatMessage(ROLE_MESSAGES[member.role])}</span>
                <span className="muted">{intl.formatMessage(m.joined, { date: fmt.date(member.joinedAt) })}</span>
              </div>
              {actorRole ? (
                <MemberRowActions
                  workspaceId={workspaceId}
                  actorRole={actorRole}
                  member={member}
                  onChanged={(changed) =>
                    members.setData((items) => items.map((item) => (item.userId === changed.userId ? { ...item, ...changed } : item)))
                  }
                  onRemoved={() => members.setData((items) => items.filter((item) => item.userId !== member.userId))}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function InvitationsSection({ workspaceId }: { workspaceId: string }) {
  const intl = useIntl();
  const fmt = useFormat();
  const invitations = useResource(`invitations:${workspaceId}`, (signal) => listInvitations(workspaceId, signal));
  useRecheckWhileQueued(invitations.data, invitations.reload);

  const onInvited = (invitation: Invitation) => {
    invitations.setData((items) => [invitation, ...items.filter((item) => item.id !== invitation.id)]);
  };

  return (
    <>
      <section className="panel" aria-labelledby="ws-invite-title">
        <h2 id="ws-invite-title">{intl.formatMessage(m.invite)}</h2>
        <p className="muted">{intl.formatMessage(m.inviteHint)}</p>
        <InviteForm workspaceId={workspaceId} onInvited={onInvited} />
      </section>
      <section className="panel" aria-labelledby="ws-pending-title">
        <h2 id="ws-pending-title">{intl.formatMessage(m.pending)}</h2>
        <ResourceView resource={invitations} loading={intl.formatMessage(m.loadingInvitations)} />
        {invitations.data?.length === 0 ? <p className="muted">{intl.formatMessage(m.noInvitations)}</p> : null}
        {invitations.data && invitations.data.length > 0 ? (
          <ul className="rows" aria-label={intl.formatMessage(m.pending)}>
            {invitations.data.map((invitation) => (
              <li key={invitation.id} className="row">
                <div className="row-main">
                  <span className="row-title">{invitation.email}</span>
                  <span className="muted">
                    {intl.formatMessage(m.expires, {
                      role: intl.formatMessage(ROLE_MESSAGES[invitation.role]),
                      date: fmt.date(invitation.expiresAt),
                    })}
                  </span>
                  <InvitationMailStatus invitation={invitation} />
                </div>
                <div className="row-actions">
                  <ConfirmButton
                    className="button button-danger-quiet"
                    aria-label={intl.formatMessage(m.revokeLabel, { email: invitation.email })}
                    title={intl.formatMessage(m.revokeTitle)}
                    message={<p>{intl.formatMessage(m.revokeMessage, { email: invitation.email })}</p>}
                    confirmLabel={intl.formatMessage(m.revokeConfirm)}
                    describeError={errorMessage}
                    onConfirm={async () => {
                      await revokeInvitation(workspaceId, invitation.id);
                      invitations.setData((items) => items.filter((item) => item.id !== invitation.id));
                    }}
                  >
                    {intl.formatMessage(m.revoke)}
                  </ConfirmButton>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
