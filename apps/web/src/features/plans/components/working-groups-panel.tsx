import { PLAN_LIMITS, WORKING_GROUP_KIND_LABELS, WORKING_GROUP_KINDS, type WorkingGroupKind } from '@common-ground/domain';
import { useState } from 'react';
import { errorMessage, type ProcessMember, type WorkingGroup, type WorkingGroupList } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { Badge, EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { createWorkingGroup, listMembers, listWorkingGroups, removeWorkingGroup, updateWorkingGroup } from '../api/plans';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

/** Working groups and task forces (Lesson 11 §6 "Getting organised"): mandate, lead, members. */
export function WorkingGroupsPanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const groups = useResource<WorkingGroupList>(`working-groups:${processRef.processId}`, (signal) => listWorkingGroups(processRef, signal));
  const [editing, setEditing] = useState<WorkingGroup | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const items = groups.data?.items ?? [];

  return (
    <section className="panel" aria-labelledby="working-groups-title">
      <h2 id="working-groups-title">Working groups</h2>
      <p className="muted">Working groups and task forces carry actions out between meetings.</p>
      <p role="status" className="form-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      <ResourceView resource={groups} loading="Loading working groups…" />
      {groups.data && items.length === 0 ? <EmptyState title="No working groups yet" /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label="Working groups">
          {items.map((group) => (
            <li key={group.id} className="row row-block">
              <div className="row-main">
                <span className="row-title">
                  {group.name} <Badge>{WORKING_GROUP_KIND_LABELS[group.kind]}</Badge>
                </span>
                {group.mandate ? <span>{group.mandate}</span> : null}
                <span className="muted">
                  Lead: {group.lead?.displayName ?? 'none yet'}
                  {group.members.length > 0 ? ` · Members: ${group.members.map((person) => person.displayName).join(', ')}` : ''} ·{' '}
                  {group.actions} action
                  {group.actions === 1 ? '' : 's'}
                </span>
              </div>
              {mayManage ? (
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-haspopup="dialog"
                    onClick={() => {
                      setEditing(group);
                    }}
                  >
                    Edit<span className="visually-hidden"> {group.name}</span>
                  </button>
                  <ConfirmButton
                    className="button button-small button-danger-quiet"
                    title={`Remove ${group.name}?`}
                    message="The group is deleted. A group that still owns actions cannot be removed: give its actions another owner first."
                    confirmLabel="Remove"
                    aria-label={`Remove ${group.name}`}
                    describeError={errorMessage}
                    onConfirm={async () => {
                      setError(null);
                      await removeWorkingGroup(processRef, group.id);
                      groups.reload();
                      setStatus(`${group.name} was removed.`);
                    }}
                  >
                    Remove
                  </ConfirmButton>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {mayManage ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-haspopup="dialog"
            onClick={() => {
              setEditing('new');
            }}
          >
            Form a working group
          </button>
        </div>
      ) : null}
      {editing ? (
        <WorkingGroupDialog
          processRef={processRef}
          group={editing === 'new' ? null : editing}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={(saved) => {
            setEditing(null);
            groups.reload();
            setStatus(`${saved.name} was saved.`);
          }}
          onConflict={() => {
            setEditing(null);
            groups.reload();
            setError('Someone changed this group meanwhile; the list has been reloaded. Edit it again.');
          }}
        />
      ) : null}
    </section>
  );
}

interface GroupValues {
  name: string;
  kind: WorkingGroupKind;
  mandate: string;
  leadUserId: string;
  memberIds: string[];
}

function WorkingGroupDialog({
  processRef,
  group,
  onClose,
  onSaved,
  onConflict,
}: {
  processRef: ProcessRef;
  group: WorkingGroup | null;
  onClose: () => void;
  onSaved: (group: WorkingGroup) => void;
  onConflict: () => void;
}) {
  const members = useResource<ProcessMember[]>(`members:${processRef.processId}`, (signal) => listMembers(processRef, signal));
  const { form, submit, formErrors } = useCgForm<GroupValues>({
    defaultValues: {
      name: group?.name ?? '',
      kind: group?.kind ?? 'working_group',
      mandate: group?.mandate ?? '',
      leadUserId: group?.lead?.id ?? '',
      memberIds: group?.members.map((person) => person.id) ?? [],
    },
    fields: ['name', 'kind', 'mandate', 'leadUserId', 'memberIds'],
    onConflict: () => {
      onConflict();
    },
    onSubmit: async (values) => {
      const input = {
        name: values.name.trim(),
        kind: values.kind,
        mandate: values.mandate.trim(),
        leadUserId: values.leadUserId || null,
        memberIds: values.memberIds.filter((id) => id !== values.leadUserId),
      };
      onSaved(
        group
          ? await updateWorkingGroup(processRef, group.id, { ...input, version: group.version })
          : await createWorkingGroup(processRef, input),
      );
    },
  });
  const people = members.data ?? [];
  return (
    <Dialog open onClose={onClose} title={group ? `Edit ${group.name}` : 'Form a working group'}>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label="Name"
          required
          maxLength={PLAN_LIMITS.workingGroupNameMax}
          error={form.formState.errors.name?.message}
          {...form.register('name', { validate: (value) => (value.trim() ? true : 'Name the group.') })}
        />
        <SelectField
          label="Kind"
          options={WORKING_GROUP_KINDS.map((kind) => ({ value: kind, label: WORKING_GROUP_KIND_LABELS[kind] }))}
          error={form.formState.errors.kind?.message}
          {...form.register('kind')}
        />
        <TextAreaField
          label="Mandate"
          hint="What the group is asked to do, and until when."
          rows={3}
          maxLength={PLAN_LIMITS.mandateMax}
          error={form.formState.errors.mandate?.message}
          {...form.register('mandate')}
        />
        <ResourceView resource={members} loading="Loading the people of the process…" />
        {members.data ? (
          <>
            <SelectField
              label="Lead"
              options={[
                { value: '', label: 'No lead yet' },
                ...people.map((person) => ({ value: person.userId, label: person.displayName })),
              ]}
              error={form.formState.errors.leadUserId?.message}
              {...form.register('leadUserId')}
            />
            <CheckboxGroup legend="Members" error={form.formState.errors.memberIds?.message}>
              {people.map((person) => (
                <Checkbox key={person.userId} label={person.displayName} value={person.userId} {...form.register('memberIds')} />
              ))}
            </CheckboxGroup>
          </>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>Save the group</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
