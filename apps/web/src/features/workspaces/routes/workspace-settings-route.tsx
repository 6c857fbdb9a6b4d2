import { can, ROLE_LABELS, type WorkspaceRole } from '@common-ground/domain';
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

/** `/w/:workspaceId/settings`: name, members and invitations. */
export function WorkspaceSettingsRoute() {
  const { workspace, setWorkspace, reload } = useCurrentWorkspace();
  usePageTitle(`Settings of ${workspace.name}`);
  const grants = { workspaceRole: workspace.role };
  const mayInvite = can(grants, 'workspace.members.invite');

  return (
    <div className="page">
      <h1 tabIndex={-1}>Workspace settings</h1>
      <section className="panel" aria-labelledby="ws-name-title">
        <h2 id="ws-name-title">Name</h2>
        {can(grants, 'workspace.rename') ? (
          <RenameWorkspaceForm workspace={workspace} onRenamed={setWorkspace} onReload={reload} />
        ) : (
          <p>
            {workspace.name} <span className="muted">(only owners and admins can rename the workspace)</span>
          </p>
        )}
      </section>
      {can(grants, 'workspace.security.manage') ? (
        <section className="panel" aria-labelledby="ws-security-title">
          <h2 id="ws-security-title">Sign-in security</h2>
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
  const fmt = useFormat();
  const members = useResource(`members:${workspaceId}`, (signal) => listWorkspaceMembers(workspaceId, signal));
  return (
    <section className="panel" aria-labelledby="ws-members-title">
      <h2 id="ws-members-title">Members</h2>
      <ResourceView resource={members} loading="Loading members…" />
      {members.data?.length === 0 ? <EmptyState title="No members yet" /> : null}
      {members.data && members.data.length > 0 ? (
        <ul className="rows" aria-label="Workspace members">
          {members.data.map((member) => (
            <li key={member.userId} className="row">
              <div className="row-main">
                <span className="row-title">{member.displayName}</span>
                {member.email ? <span className="muted">{member.email}</span> : null}
              </div>
              <div className="row-meta">
                <span>{ROLE_LABELS[member.role]}</span>
                <span className="muted">Joined {fmt.date(member.joinedAt)}</span>
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
  const fmt = useFormat();
  const invitations = useResource(`invitations:${workspaceId}`, (signal) => listInvitations(workspaceId, signal));

  const onInvited = (invitation: Invitation) => {
    invitations.setData((items) => [invitation, ...items.filter((item) => item.id !== invitation.id)]);
  };

  return (
    <>
      <section className="panel" aria-labelledby="ws-invite-title">
        <h2 id="ws-invite-title">Invite someone</h2>
        <p className="muted">Invitations are not e-mailed yet: you get a link to send yourself.</p>
        <InviteForm workspaceId={workspaceId} onInvited={onInvited} />
      </section>
      <section className="panel" aria-labelledby="ws-pending-title">
        <h2 id="ws-pending-title">Pending invitations</h2>
        <ResourceView resource={invitations} loading="Loading invitations…" />
        {invitations.data?.length === 0 ? <p className="muted">No pending invitations.</p> : null}
        {invitations.data && invitations.data.length > 0 ? (
          <ul className="rows" aria-label="Pending invitations">
            {invitations.data.map((invitation) => (
              <li key={invitation.id} className="row">
                <div className="row-main">
                  <span className="row-title">{invitation.email}</span>
                  <span className="muted">
                    {ROLE_LABELS[invitation.role]} · expires {fmt.date(invitation.expiresAt)}
                  </span>
                </div>
                <div className="row-actions">
                  <ConfirmButton
                    className="button button-danger-quiet"
                    aria-label={`Revoke the invitation of ${invitation.email}`}
                    title="Revoke this invitation?"
                    message={<p>The link sent to {invitation.email} will stop working.</p>}
                    confirmLabel="Revoke invitation"
                    describeError={errorMessage}
                    onConfirm={async () => {
                      await revokeInvitation(workspaceId, invitation.id);
                      invitations.setData((items) => items.filter((item) => item.id !== invitation.id));
                    }}
                  >
                    Revoke
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
