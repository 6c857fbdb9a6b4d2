import { memberChangeRefusal, WORKSPACE_ROLES, type WorkspaceRole } from '@common-ground/domain';
import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { errorMessage, type WorkspaceMember } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { changeMemberRole, removeMember } from '../api/workspaces';
import { untyped } from '../../../i18n/untyped';
import { ROLE_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    roleOf: { id: 'workspaces.member.roleOf', defaultMessage: 'Role of {name}' },
    removeLabel: { id: 'workspaces.member.removeLabel', defaultMessage: 'Remove {name}' },
    removeTitle: { id: 'workspaces.member.removeTitle', defaultMessage: 'Remove {name}?' },
    removeMessage: {
      id: 'workspaces.member.removeMessage',
      defaultMessage:
        '{name} loses access to this workspace at once, on every device, and leaves its running processes. What they wrote, signed and decided stays in the record under their name.',
    },
    confirm: { id: 'workspaces.member.confirm', defaultMessage: 'Remove from workspace' },
    remove: { id: 'workspaces.member.remove', defaultMessage: 'Remove' },
  }),
);

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
  const intl = useIntl();
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
        {intl.formatMessage(m.roleOf, { name: member.displayName })}
      </label>
      <select id={`${id}-role`} value={member.role} disabled={busy} onChange={(event) => void change(event.target.value as WorkspaceRole)}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {intl.formatMessage(ROLE_MESSAGES[role])}
          </option>
        ))}
      </select>
      <ConfirmButton
        className="button button-danger-quiet"
        aria-label={intl.formatMessage(m.removeLabel, { name: member.displayName })}
        title={intl.formatMessage(m.removeTitle, { name: member.displayName })}
        message={<p>{intl.formatMessage(m.removeMessage, { name: member.displayName })}</p>}
        confirmLabel={intl.formatMessage(m.confirm)}
        describeError={errorMessage}
        onConfirm={async () => {
          await removeMember(workspaceId, member.userId);
          onRemoved();
        }}
      >
        {intl.formatMessage(m.remove)}
      </ConfirmButton>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
