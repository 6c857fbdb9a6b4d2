import { PLAN_LIMITS, WORKING_GROUP_KINDS, type WorkingGroupKind } from '@common-ground/domain';
import { type ReactNode, useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { errorMessage, type ProcessMember, type WorkingGroup, type WorkingGroupList } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { Badge, EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { createWorkingGroup, listMembers, listWorkingGroups, removeWorkingGroup, updateWorkingGroup } from '../api/plans';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import { joinParts } from '../../../i18n/common-messages';
import { WORKING_GROUP_KIND_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    title: { id: 'plans.groups.title', defaultMessage: 'Working groups' },
    intro: { id: 'plans.groups.intro', defaultMessage: 'Working groups and task forces carry actions out between meetings.' },
    loading: { id: 'plans.groups.loading', defaultMessage: 'Loading working groups…' },
    empty: { id: 'plans.groups.empty', defaultMessage: 'No working groups yet' },
    lead: { id: 'plans.groups.lead', defaultMessage: 'Lead: {name}' },
    noLead: { id: 'plans.groups.noLead', defaultMessage: 'Lead: none yet' },
    members: { id: 'plans.groups.members', defaultMessage: 'Members: {names}' },
    actions: { id: 'plans.groups.actions', defaultMessage: '{count, plural, one {# action} other {# actions}}' },
    edit: { id: 'plans.groups.edit', defaultMessage: 'Edit<hidden> {name}</hidden>' },
    removeTitle: { id: 'plans.groups.removeTitle', defaultMessage: 'Remove {name}?' },
    removeText: {
      id: 'plans.groups.removeText',
      defaultMessage: 'The group is deleted. A group that still owns actions cannot be removed: give its actions another owner first.',
    },
    remove: { id: 'plans.groups.remove', defaultMessage: 'Remove' },
    removeLabel: { id: 'plans.groups.removeLabel', defaultMessage: 'Remove {name}' },
    removed: { id: 'plans.groups.removed', defaultMessage: '{name} was removed.' },
    form: { id: 'plans.groups.form', defaultMessage: 'Form a working group' },
    saved: { id: 'plans.groups.saved', defaultMessage: '{name} was saved.' },
    conflict: {
      id: 'plans.groups.conflict',
      defaultMessage: 'Someone changed this group meanwhile; the list has been reloaded. Edit it again.',
    },
    editTitle: { id: 'plans.groups.editTitle', defaultMessage: 'Edit {name}' },
    name: { id: 'plans.groups.name', defaultMessage: 'Name' },
    nameRequired: { id: 'plans.groups.nameRequired', defaultMessage: 'Name the group.' },
    kind: { id: 'plans.groups.kind', defaultMessage: 'Kind' },
    mandate: { id: 'plans.groups.mandate', defaultMessage: 'Mandate' },
    mandateHint: { id: 'plans.groups.mandateHint', defaultMessage: 'What the group is asked to do, and until when.' },
    loadingPeople: { id: 'plans.groups.loadingPeople', defaultMessage: 'Loading the people of the process…' },
    leadLabel: { id: 'plans.groups.leadLabel', defaultMessage: 'Lead' },
    noLeadOption: { id: 'plans.groups.noLeadOption', defaultMessage: 'No lead yet' },
    membersLegend: { id: 'plans.groups.membersLegend', defaultMessage: 'Members' },
    cancel: { id: 'plans.groups.cancel', defaultMessage: 'Cancel' },
    save: { id: 'plans.groups.save', defaultMessage: 'Save the group' },
  }),
);

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** Working groups and task forces (Lesson 11 §6 "Getting organised"): mandate, lead, members. */
export function WorkingGroupsPanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const intl = useIntl();
  const groups = useResource<WorkingGroupList>(`working-groups:${processRef.processId}`, (signal) => listWorkingGroups(processRef, signal));
  const [editing, setEditing] = useState<WorkingGroup | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const items = groups.data?.items ?? [];

  return (
    <section className="panel" aria-labelledby="working-groups-title">
      <h2 id="working-groups-title">{intl.formatMessage(messages.title)}</h2>
      <p className="muted">{intl.formatMessage(messages.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      <ResourceView resource={groups} loading={intl.formatMessage(messages.loading)} />
      {groups.data && items.length === 0 ? <EmptyState title={intl.formatMessage(messages.empty)} /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(messages.title)}>
          {items.map((group) => (
            <li key={group.id} className="row row-block">
              <div className="row-main">
                <span className="row-title">
                  {group.name} <Badge>{intl.formatMessage(WORKING_GROUP_KIND_MESSAGES[group.kind])}</Badge>
                </span>
                {group.mandate ? <span>{group.mandate}</span> : null}
                <span className="muted">
                  {joinParts(intl, [
                    group.lead ? intl.formatMessage(messages.lead, { name: group.lead.displayName }) : intl.formatMessage(messages.noLead),
                    group.members.length > 0
                      ? intl.formatMessage(messages.members, {
                          names: intl.formatList(
                            group.members.map((person) => person.displayName),
                            { type: 'unit' },
                          ),
                        })
                      : null,
                    intl.formatMessage(messages.actions, { count: group.actions }),
                  ])}
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
                    <FormattedMessage {...messages.edit} values={{ name: group.name, hidden }} />
                  </button>
                  <ConfirmButton
                    className="button button-small button-danger-quiet"
                    title={intl.formatMessage(messages.removeTitle, { name: group.name })}
                    message={intl.formatMessage(messages.removeText)}
                    confirmLabel={intl.formatMessage(messages.remove)}
                    aria-label={intl.formatMessage(messages.removeLabel, { name: group.name })}
                    describeError={errorMessage}
                    onConfirm={async () => {
                      setError(null);
                      await removeWorkingGroup(processRef, group.id);
                      groups.reload();
                      setStatus(intl.formatMessage(messages.removed, { name: group.name }));
                    }}
                  >
                    {intl.formatMessage(messages.remove)}
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
            {intl.formatMessage(messages.form)}
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
            setStatus(intl.formatMessage(messages.saved, { name: saved.name }));
          }}
          onConflict={() => {
            setEditing(null);
            groups.reload();
            setError(intl.formatMessage(messages.conflict));
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
  const intl = useIntl();
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
    <Dialog
      open
      onClose={onClose}
      title={group ? intl.formatMessage(messages.editTitle, { name: group.name }) : intl.formatMessage(messages.form)}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label={intl.formatMessage(messages.name)}
          required
          maxLength={PLAN_LIMITS.workingGroupNameMax}
          error={form.formState.errors.name?.message}
          {...form.register('name', { validate: (value) => (value.trim() ? true : intl.formatMessage(messages.nameRequired)) })}
        />
        <SelectField
          label={intl.formatMessage(messages.kind)}
          options={WORKING_GROUP_KINDS.map((kind) => ({ value: kind, label: intl.formatMessage(WORKING_GROUP_KIND_MESSAGES[kind]) }))}
          error={form.formState.errors.kind?.message}
          {...form.register('kind')}
        />
        <TextAreaField
          label={intl.formatMessage(messages.mandate)}
          hint={intl.formatMessage(messages.mandateHint)}
          rows={3}
          maxLength={PLAN_LIMITS.mandateMax}
          error={form.formState.errors.mandate?.message}
          {...form.register('mandate')}
        />
        <ResourceView resource={members} loading={intl.formatMessage(messages.loadingPeople)} />
        {members.data ? (
          <>
            <SelectField
              label={intl.formatMessage(messages.leadLabel)}
              options={[
                { value: '', label: intl.formatMessage(messages.noLeadOption) },
                ...people.map((person) => ({ value: person.userId, label: person.displayName })),
              ]}
              error={form.formState.errors.leadUserId?.message}
              {...form.register('leadUserId')}
            />
            <CheckboxGroup legend={intl.formatMessage(messages.membersLegend)} error={form.formState.errors.memberIds?.message}>
              {people.map((person) => (
                <Checkbox key={person.userId} label={person.displayName} value={person.userId} {...form.register('memberIds')} />
              ))}
            </CheckboxGroup>
          </>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(messages.cancel)}
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(messages.save)}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
