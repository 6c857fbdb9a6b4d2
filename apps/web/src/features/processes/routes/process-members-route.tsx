import { PROCESS_ROLES, ROLE_LABELS, type ProcessRole } from '@common-ground/domain';
import { useId, useState } from 'react';
import { errorMessage, type ProcessMember, type StakeholderGroup, type StakeholderGroupList } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import {
  addProcessMember,
  changeProcessMemberRole,
  listProcessMembers,
  listStakeholderGroups,
  listWorkspacePeople,
  removeProcessMember,
  setMemberAlternate,
  setMemberGroup,
} from '../api/processes';
import { StakeholderGroups } from '../components/stakeholder-groups';
import { useProcessOutlet } from '../api/process-context';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

const ROLE_OPTIONS = PROCESS_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** `/w/:workspaceId/p/:processId/members`. */
export function ProcessMembersRoute() {
  const { process, allowed, reloadProcess } = useProcessOutlet();
  const members = useResource<ProcessMember[]>(`process-members:${process.id}`, (signal) =>
    listProcessMembers(process.workspaceId, process.id, signal),
  );
  const mayManage = allowed('process.members.manage');
  const mayManageGroups = allowed('stakeholders.manage');
  const groups = useResource<StakeholderGroupList>(`stakeholder-groups:${process.id}`, (signal) => listStakeholderGroups(process.workspaceId, process.id, signal));
  const [status, setStatus] = useState('');

  if (!allowed('process.members.view')) {
    return <p className="panel">Your role in this process does not show its member list.</p>;
  }

  const upsert = (member: ProcessMember) => {
    members.setData((items) => {
      const exists = items.some((item) => item.userId === member.userId);
      return exists ? items.map((item) => (item.userId === member.userId ? member : item)) : [...items, member];
    });
  };

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="process-members-title">
        <h2 id="process-members-title">Members of this process</h2>
        <p role="status" className="form-status">
          {status}
        </p>
        <ResourceView resource={members} loading="Loading members…" />
        {members.data?.length === 0 ? <EmptyState title="Nobody takes part yet" /> : null}
        {members.data && members.data.length > 0 ? (
          <ul className="rows" aria-label="Process members">
            {members.data.map((member) => (
              <MemberRow
                key={member.userId}
                member={member}
                mayManage={mayManage}
                groups={mayManageGroups ? (groups.data?.items ?? []) : null}
                groupName={groups.data?.items.find((group) => group.id === member.stakeholderGroupId)?.name ?? null}
                principals={
                  mayManageGroups
                    ? (members.data ?? []).filter(
                        (other) => other.role === 'participant' && other.userId !== member.userId && !other.alternateFor,
                      )
                    : null
                }
                principalName={members.data?.find((other) => other.userId === member.alternateFor)?.displayName ?? null}
                onAlternateChanged={(principalId) => {
                  upsert({ ...member, alternateFor: principalId });
                  setStatus(
                    principalId
                      ? `${member.displayName} is now the alternate of ${members.data?.find((other) => other.userId === principalId)?.displayName ?? 'a participant'}.`
                      : `${member.displayName} is no longer an alternate.`,
                  );
                }}
                onGroupChanged={(groupId) => {
                  upsert({ ...member, stakeholderGroupId: groupId });
                  groups.reload();
                  setStatus(
                    `${member.displayName} now represents ${groups.data?.items.find((group) => group.id === groupId)?.name ?? 'no group'}.`,
                  );
                }}
                onChanged={(changed) => {
                  upsert(changed);
                  setStatus(`${changed.displayName} is now ${ROLE_LABELS[changed.role].toLowerCase()}.`);
                  reloadProcess();
                }}
                onRemove={async () => {
                  await removeProcessMember(process.workspaceId, process.id, member.userId);
                  members.setData((items) => items.filter((item) => item.userId !== member.userId));
                  setStatus(`${member.displayName} was removed from the process.`);
                  reloadProcess();
                }}
              />
            ))}
          </ul>
        ) : null}
      </section>
      <StakeholderGroups workspaceId={process.workspaceId} processId={process.id} groups={groups} mayManage={mayManageGroups} />
      {mayManage && members.data ? (
        <AddMemberSection
          workspaceId={process.workspaceId}
          processId={process.id}
          memberIds={members.data.map((member) => member.userId)}
          onAdded={(member) => {
            upsert(member);
            setStatus(`${member.displayName} was added as ${ROLE_LABELS[member.role].toLowerCase()}.`);
            reloadProcess();
          }}
        />
      ) : null}
    </div>
  );
}

interface MemberRowProps {
  member: ProcessMember;
  mayManage: boolean;
  /** The groups to choose from, or null when the viewer may not assign groups. */
  groups: StakeholderGroup[] | null;
  groupName: string | null;
  onGroupChanged: (groupId: string | null) => void;
  /** Participants this person may stand in for, or null when the viewer may not set alternates. */
  principals: ProcessMember[] | null;
  principalName: string | null;
  onAlternateChanged: (principalId: string | null) => void;
  onChanged: (member: ProcessMember) => void;
  onRemove: () => Promise<void>;
}

function MemberRow({
  member,
  mayManage,
  groups,
  groupName,
  onGroupChanged,
  principals,
  principalName,
  onAlternateChanged,
  onChanged,
  onRemove,
}: MemberRowProps) {
  const fmt = useFormat();
  const { process } = useProcessOutlet();
  const roleId = useId();
  const groupId = useId();
  const alternateId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const changeRole = async (role: ProcessRole) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await changeProcessMemberRole(process.workspaceId, process.id, member.userId, role));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const changeGroup = async (value: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await setMemberGroup(process.workspaceId, process.id, member.userId, value);
      onGroupChanged(value);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const changeAlternate = async (value: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await setMemberAlternate(process.workspaceId, process.id, member.userId, value);
      onAlternateChanged(value);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="row">
      <div className="row-main">
        <span className="row-title">{member.displayName}</span>
        {member.email ? <span className="muted">{member.email}</span> : null}
        {groupName ? <span className="muted">Represents {groupName}</span> : null}
        {principalName ? <span className="muted">Alternate for {principalName}</span> : null}
        <span className="muted">Added {fmt.date(member.addedAt)}</span>
      </div>
      {principals && member.role === 'participant' && (principals.length > 0 || member.alternateFor) ? (
        <div className="row-actions">
          <label htmlFor={alternateId} className="visually-hidden">
            {member.displayName} is the alternate of
          </label>
          <select
            id={alternateId}
            value={member.alternateFor ?? ''}
            disabled={busy}
            onChange={(event) => {
              void changeAlternate(event.target.value || null);
            }}
          >
            <option value="">Not an alternate</option>
            {principals.map((other) => (
              <option key={other.userId} value={other.userId}>
                Alternate for {other.displayName}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {groups && groups.length > 0 && member.role === 'participant' ? (
        <div className="row-actions">
          <label htmlFor={groupId} className="visually-hidden">
            Stakeholder group of {member.displayName}
          </label>
          <select
            id={groupId}
            value={member.stakeholderGroupId ?? ''}
            disabled={busy}
            onChange={(event) => {
              void changeGroup(event.target.value || null);
            }}
          >
            <option value="">No group</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {mayManage ? (
        <div className="row-actions">
          <label htmlFor={roleId} className="visually-hidden">
            Role of {member.displayName}
          </label>
          <select
            id={roleId}
            value={member.role}
            disabled={busy}
            onChange={(event) => {
              void changeRole(event.target.value as ProcessRole);
            }}
          >
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <ConfirmButton
            className="button button-danger-quiet"
            aria-label={`Remove ${member.displayName}`}
            title={`Remove ${member.displayName}?`}
            message={<p>{member.displayName} will no longer take part in this process. They stay a member of the workspace.</p>}
            confirmLabel="Remove"
            describeError={errorMessage}
            onConfirm={onRemove}
          >
            Remove
          </ConfirmButton>
        </div>
      ) : (
        <div className="row-meta">{ROLE_LABELS[member.role]}</div>
      )}
      {error ? (
        <p role="alert" className="field-error row-error">
          {error}
        </p>
      ) : null}
    </li>
  );
}

interface AddValues {
  userId: string;
  role: ProcessRole;
}

function AddMemberSection({
  workspaceId,
  processId,
  memberIds,
  onAdded,
}: {
  workspaceId: string;
  processId: string;
  memberIds: string[];
  onAdded: (member: ProcessMember) => void;
}) {
  const people = useResource(`workspace-people:${workspaceId}`, (signal) => listWorkspacePeople(workspaceId, signal));
  const { form, submit, formErrors } = useCgForm<AddValues>({
    defaultValues: { userId: '', role: 'participant' },
    fields: ['userId', 'role'],
    onSubmit: async (values) => {
      onAdded(await addProcessMember(workspaceId, processId, values.userId, values.role));
      form.reset({ userId: '', role: values.role });
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const candidates = (people.data ?? []).filter((person) => !memberIds.includes(person.userId));

  return (
    <section className="panel" aria-labelledby="add-member-title">
      <h2 id="add-member-title">Add someone from the workspace</h2>
      <ResourceView resource={people} loading="Loading workspace members…" />
      {people.data && candidates.length === 0 ? (
        <p className="muted">Everyone in the workspace already takes part. Invite more people from the workspace settings.</p>
      ) : null}
      {candidates.length > 0 ? (
        <form noValidate onSubmit={(event) => void submit(event)} className="form form-inline">
          <FormAlert messages={formErrors} />
          <SelectField
            label="Person"
            required
            options={[
              { value: '', label: 'Choose a person…' },
              ...candidates.map((person) => ({
                value: person.userId,
                label: person.email ? `${person.displayName} (${person.email})` : person.displayName,
              })),
            ]}
            error={errors.userId?.message}
            {...register('userId', { required: 'Choose the person to add.' })}
          />
          <SelectField label="Role in the process" required options={ROLE_OPTIONS} error={errors.role?.message} {...register('role')} />
          <div className="form-actions">
            <SubmitButton busy={isSubmitting} busyLabel="Adding…">
              Add to process
            </SubmitButton>
          </div>
        </form>
      ) : null}
    </section>
  );
}
