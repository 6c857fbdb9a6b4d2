import { PROCESS_ROLES, type ProcessRole } from '@common-ground/domain';
import { useId, useState } from 'react';
import { defineMessages, type IntlShape, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
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
import { ROLE_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    notShown: { id: 'processes.members.notShown', defaultMessage: 'Your role in this process does not show its member list.' },
    title: { id: 'processes.members.title', defaultMessage: 'Members of this process' },
    loading: { id: 'processes.members.loading', defaultMessage: 'Loading members…' },
    empty: { id: 'processes.members.empty', defaultMessage: 'Nobody takes part yet' },
    listLabel: { id: 'processes.members.listLabel', defaultMessage: 'Process members' },
    nowAlternate: { id: 'processes.members.nowAlternate', defaultMessage: '{name} is now the alternate of {principal}.' },
    aParticipant: { id: 'processes.members.aParticipant', defaultMessage: 'a participant' },
    noLongerAlternate: { id: 'processes.members.noLongerAlternate', defaultMessage: '{name} is no longer an alternate.' },
    nowRepresents: { id: 'processes.members.nowRepresents', defaultMessage: '{name} now represents {group}.' },
    nowRepresentsNone: { id: 'processes.members.nowRepresentsNone', defaultMessage: '{name} now represents no group.' },
    roleChanged: {
      id: 'processes.members.roleChanged',
      defaultMessage:
        '{name} is now {role, select, convener {convener} facilitator {facilitator} secretariat {secretariat} participant {participant} observer {observer} other {{role}}}.',
    },
    removed: { id: 'processes.members.removed', defaultMessage: '{name} was removed from the process.' },
    addedAs: {
      id: 'processes.members.addedAs',
      defaultMessage:
        '{name} was added as {role, select, convener {convener} facilitator {facilitator} secretariat {secretariat} participant {participant} observer {observer} other {{role}}}.',
    },
    represents: { id: 'processes.members.represents', defaultMessage: 'Represents {group}' },
    alternateFor: { id: 'processes.members.alternateFor', defaultMessage: 'Alternate for {name}' },
    added: { id: 'processes.members.added', defaultMessage: 'Added {date}' },
    alternateOfLabel: { id: 'processes.members.alternateOfLabel', defaultMessage: '{name} is the alternate of' },
    notAlternate: { id: 'processes.members.notAlternate', defaultMessage: 'Not an alternate' },
    groupOfLabel: { id: 'processes.members.groupOfLabel', defaultMessage: 'Stakeholder group of {name}' },
    noGroup: { id: 'processes.members.noGroup', defaultMessage: 'No group' },
    roleOfLabel: { id: 'processes.members.roleOfLabel', defaultMessage: 'Role of {name}' },
    removeLabel: { id: 'processes.members.removeLabel', defaultMessage: 'Remove {name}' },
    removeTitle: { id: 'processes.members.removeTitle', defaultMessage: 'Remove {name}?' },
    removeText: {
      id: 'processes.members.removeText',
      defaultMessage: '{name} will no longer take part in this process. They stay a member of the workspace.',
    },
    remove: { id: 'processes.members.remove', defaultMessage: 'Remove' },
    addTitle: { id: 'processes.members.addTitle', defaultMessage: 'Add someone from the workspace' },
    loadingPeople: { id: 'processes.members.loadingPeople', defaultMessage: 'Loading workspace members…' },
    everyone: {
      id: 'processes.members.everyone',
      defaultMessage: 'Everyone in the workspace already takes part. Invite more people from the workspace settings.',
    },
    person: { id: 'processes.members.person', defaultMessage: 'Person' },
    choosePerson: { id: 'processes.members.choosePerson', defaultMessage: 'Choose a person…' },
    personWithEmail: { id: 'processes.members.personWithEmail', defaultMessage: '{name} ({email})' },
    personRequired: { id: 'processes.members.personRequired', defaultMessage: 'Choose the person to add.' },
    role: { id: 'processes.members.role', defaultMessage: 'Role in the process' },
    adding: { id: 'processes.members.adding', defaultMessage: 'Adding…' },
    add: { id: 'processes.members.add', defaultMessage: 'Add to process' },
  }),
);

const roleOptions = (intl: IntlShape) => PROCESS_ROLES.map((role) => ({ value: role, label: intl.formatMessage(ROLE_MESSAGES[role]) }));

/** `/w/:workspaceId/p/:processId/members`. */
export function ProcessMembersRoute() {
  const intl = useIntl();
  const { process, allowed, reloadProcess } = useProcessOutlet();
  const members = useResource<ProcessMember[]>(`process-members:${process.id}`, (signal) =>
    listProcessMembers(process.workspaceId, process.id, signal),
  );
  const mayManage = allowed('process.members.manage');
  const mayManageGroups = allowed('stakeholders.manage');
  const groups = useResource<StakeholderGroupList>(`stakeholder-groups:${process.id}`, (signal) =>
    listStakeholderGroups(process.workspaceId, process.id, signal),
  );
  const [status, setStatus] = useState('');

  if (!allowed('process.members.view')) {
    return <p className="panel">{intl.formatMessage(messages.notShown)}</p>;
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
        <h2 id="process-members-title">{intl.formatMessage(messages.title)}</h2>
        <p role="status" className="form-status">
          {status}
        </p>
        <ResourceView resource={members} loading={intl.formatMessage(messages.loading)} />
        {members.data?.length === 0 ? <EmptyState title={intl.formatMessage(messages.empty)} /> : null}
        {members.data && members.data.length > 0 ? (
          <ul className="rows" aria-label={intl.formatMessage(messages.listLabel)}>
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
                      ? intl.formatMessage(messages.nowAlternate, {
                          name: member.displayName,
                          principal:
                            members.data?.find((other) => other.userId === principalId)?.displayName ??
                            intl.formatMessage(messages.aParticipant),
                        })
                      : intl.formatMessage(messages.noLongerAlternate, { name: member.displayName }),
                  );
                }}
                onGroupChanged={(groupId) => {
                  upsert({ ...member, stakeholderGroupId: groupId });
                  groups.reload();
                  const group = groups.data?.items.find((item) => item.id === groupId)?.name;
                  setStatus(
                    group
                      ? intl.formatMessage(messages.nowRepresents, { name: member.displayName, group })
                      : intl.formatMessage(messages.nowRepresentsNone, { name: member.displayName }),
                  );
                }}
                onChanged={(changed) => {
                  upsert(changed);
                  setStatus(intl.formatMessage(messages.roleChanged, { name: changed.displayName, role: changed.role }));
                  reloadProcess();
                }}
                onRemove={async () => {
                  await removeProcessMember(process.workspaceId, process.id, member.userId);
                  members.setData((items) => items.filter((item) => item.userId !== member.userId));
                  setStatus(intl.formatMessage(messages.removed, { name: member.displayName }));
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
            setStatus(intl.formatMessage(messages.addedAs, { name: member.displayName, role: member.role }));
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
  const intl = useIntl();
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
        {groupName ? <span className="muted">{intl.formatMessage(messages.represents, { group: groupName })}</span> : null}
        {principalName ? <span className="muted">{intl.formatMessage(messages.alternateFor, { name: principalName })}</span> : null}
        <span className="muted">{intl.formatMessage(messages.added, { date: fmt.date(member.addedAt) })}</span>
      </div>
      {principals && member.role === 'participant' && (principals.length > 0 || member.alternateFor) ? (
        <div className="row-actions">
          <label htmlFor={alternateId} className="visually-hidden">
            {intl.formatMessage(messages.alternateOfLabel, { name: member.displayName })}
          </label>
          <select
            id={alternateId}
            value={member.alternateFor ?? ''}
            disabled={busy}
            onChange={(event) => {
              void changeAlternate(event.target.value || null);
            }}
          >
            <option value="">{intl.formatMessage(messages.notAlternate)}</option>
            {principals.map((other) => (
              <option key={other.userId} value={other.userId}>
                {intl.formatMessage(messages.alternateFor, { name: other.displayName })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {groups && groups.length > 0 && member.role === 'participant' ? (
        <div className="row-actions">
          <label htmlFor={groupId} className="visually-hidden">
            {intl.formatMessage(messages.groupOfLabel, { name: member.displayName })}
          </label>
          <select
            id={groupId}
            value={member.stakeholderGroupId ?? ''}
            disabled={busy}
            onChange={(event) => {
              void changeGroup(event.target.value || null);
            }}
          >
            <option value="">{intl.formatMessage(messages.noGroup)}</option>
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
            {intl.formatMessage(messages.roleOfLabel, { name: member.displayName })}
          </label>
          <select
            id={roleId}
            value={member.role}
            disabled={busy}
            onChange={(event) => {
              void changeRole(event.target.value as ProcessRole);
            }}
          >
            {roleOptions(intl).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <ConfirmButton
            className="button button-danger-quiet"
            aria-label={intl.formatMessage(messages.removeLabel, { name: member.displayName })}
            title={intl.formatMessage(messages.removeTitle, { name: member.displayName })}
            message={<p>{intl.formatMessage(messages.removeText, { name: member.displayName })}</p>}
            confirmLabel={intl.formatMessage(messages.remove)}
            describeError={errorMessage}
            onConfirm={onRemove}
          >
            {intl.formatMessage(messages.remove)}
          </ConfirmButton>
        </div>
      ) : (
        <div className="row-meta">{intl.formatMessage(ROLE_MESSAGES[member.role])}</div>
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
  const intl = useIntl();
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
      <h2 id="add-member-title">{intl.formatMessage(messages.addTitle)}</h2>
      <ResourceView resource={people} loading={intl.formatMessage(messages.loadingPeople)} />
      {people.data && candidates.length === 0 ? <p className="muted">{intl.formatMessage(messages.everyone)}</p> : null}
      {candidates.length > 0 ? (
        <form noValidate onSubmit={(event) => void submit(event)} className="form form-inline">
          <FormAlert messages={formErrors} />
          <SelectField
            label={intl.formatMessage(messages.person)}
            required
            options={[
              { value: '', label: intl.formatMessage(messages.choosePerson) },
              ...candidates.map((person) => ({
                value: person.userId,
                label: person.email
                  ? intl.formatMessage(messages.personWithEmail, { name: person.displayName, email: person.email })
                  : person.displayName,
              })),
            ]}
            error={errors.userId?.message}
            {...register('userId', { required: intl.formatMessage(messages.personRequired) })}
          />
          <SelectField
            label={intl.formatMessage(messages.role)}
            required
            options={roleOptions(intl)}
            error={errors.role?.message}
            {...register('role')}
          />
          <div className="form-actions">
            <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(messages.adding)}>
              {intl.formatMessage(messages.add)}
            </SubmitButton>
          </div>
        </form>
      ) : null}
    </section>
  );
}
