import { memberChangeRefusal, ROLE_LABELS, WORKSPACE_ROLES, type WorkspaceRole } from '@common-ground/domain';
import { useId, useState } from 'react';
import { errorMessage, type WorkspaceMember } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { changeMemberRole, removeMember } from '../api/workspaces';

/**
 * A member's role select and remove button, for owners and admins. Roles the actor may not give or take
 * (an admin and the owner role) are not offered; the API refuses them anyway.
 */
export function MemberRowActions({
  workspaceId,
  actorRole,
  member,
  onChanged,
  onRemoved,
}: {
  workspaceId: string;
  actorRole: WorkspaceRole;
  member: WorkspaceMember;
  onChanged: (member: WorkspaceMember) => void;
  onRemoved: () => void;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const locked = memberChangeRefusal(actorRole, member.role, member.role === 'owner' ? 'admin' : member.role) !== null;
  if (locked) return null;
  const roles = WORKSPACE_ROLES.filter((role) => role === member.role || memberChangeRefusal(actorRole, member.role, role) === null);

  const change = async (role: WorkspaceRole) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await changeMemberRole(workspaceId, member.userId, role));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row-actions">
      <label htmlFor={`${id}-role`} className="visually-hidden">
        Role of {member.displayName}
      </label>
      <select id={`${id}-role`} value={member.role} disabled={busy} onChange={(event) => void change(event.target.value as WorkspaceRole)}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <ConfirmButton
        className="button button-danger-quiet"
        aria-label={`Remove ${member.displayName}`}
        title={`Remove ${member.displayName}?`}
        message={
          <p>
            {member.displayName} loses access to this workspace at once, on every device, and leaves its running processes. What they wrote,
            signed and decided stays in the record under their name.
          </p>
        }
        confirmLabel="Remove from workspace"
        describeError={errorMessage}
        onConfirm={async () => {
          await removeMember(workspaceId, member.userId);
          onRemoved();
        }}
      >
        Remove
      </ConfirmButton>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
