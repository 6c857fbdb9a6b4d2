import { useId, useState } from 'react';
import { errorMessage, type StakeholderGroupList } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import type { Resource } from '../../../hooks/use-resource';
import { addStakeholderGroup, addStarterGroups, removeStakeholderGroup, setGroupIndispensable } from '../api/processes';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

interface StakeholderGroupsProps {
  workspaceId: string;
  processId: string;
  groups: Resource<StakeholderGroupList>;
  mayManage: boolean;
}

/** The stakeholder groups of the process; indispensable ones without a participant are called out. */
export function StakeholderGroups({ workspaceId, processId, groups, mayManage }: StakeholderGroupsProps) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { form, submit, formErrors } = useCgForm<{ name: string; indispensable: boolean }>({
    defaultValues: { name: '', indispensable: false },
    fields: ['name'],
    onSubmit: async ({ name, indispensable }) => {
      await addStakeholderGroup(workspaceId, processId, name.trim(), indispensable);
      form.reset();
      groups.reload();
      setStatus(`${name.trim()} was added.`);
    },
  });

  const run = async (work: () => Promise<void>, done: string) => {
    setError(null);
    try {
      await work();
      groups.reload();
      setStatus(done);
    } catch (caught) {
      setError(errorMessage(caught));
      groups.reload();
    }
  };

  const data = groups.data;
  return (
    <section className="panel" aria-labelledby="stakeholder-groups-title">
      <h2 id="stakeholder-groups-title">Stakeholder groups</h2>
      <p className="muted">Say whom each participant represents. A charter is in force only when every indispensable group has signed.</p>
      <p role="status" className="form-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <ResourceView resource={groups} loading="Loading stakeholder groups…" />
      {data && data.unrepresented.length > 0 ? (
        <div className="alert alert-warning" role="note">
          <p>
            <strong>Not represented:</strong> {data.unrepresented.join(', ')}. These groups are indispensable and have no participant yet.
          </p>
        </div>
      ) : null}
      {data?.items.length === 0 ? (
        <EmptyState title="No stakeholder groups yet">
          {mayManage ? <p>Start from the usual list, or add groups one by one.</p> : null}
        </EmptyState>
      ) : null}
      {mayManage && data?.items.length === 0 ? (
        <button
          type="button"
          className="button"
          onClick={() => void run(() => addStarterGroups(workspaceId, processId).then(() => undefined), 'The starter list was added.')}
        >
          Add the starter list
        </button>
      ) : null}
      {data && data.items.length > 0 ? (
        <ul className="rows" aria-label="Stakeholder groups">
          {data.items.map((group) => (
            <GroupRow
              key={group.id}
              name={group.name}
              participants={group.participants}
              indispensable={group.indispensable}
              mayManage={mayManage}
              onToggle={(value) => {
                // Show the change at once; the reload after saving brings the server's view (or the error undoes it).
                groups.setData((previous) => ({
                  ...previous,
                  items: previous.items.map((item) => (item.id === group.id ? { ...item, indispensable: value } : item)),
                }));
                void run(
                  () => setGroupIndispensable(workspaceId, processId, group.id, value).then(() => undefined),
                  `${group.name} is ${value ? 'now' : 'no longer'} indispensable.`,
                );
              }}
              onRemove={async () => {
                await removeStakeholderGroup(workspaceId, processId, group.id);
                groups.reload();
                setStatus(`${group.name} was removed.`);
              }}
            />
          ))}
        </ul>
      ) : null}
      {mayManage ? (
        <form noValidate onSubmit={(event) => void submit(event)} className="form form-inline">
          <FormAlert messages={formErrors} />
          <TextField
            label="New group"
            maxLength={120}
            error={form.formState.errors.name?.message}
            {...form.register('name', { required: 'Name the group.' })}
          />
          <label className="checkbox">
            <input type="checkbox" {...form.register('indispensable')} /> Indispensable
          </label>
          <div className="form-actions">
            <SubmitButton busy={form.formState.isSubmitting}>Add group</SubmitButton>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function GroupRow({
  name,
  participants,
  indispensable,
  mayManage,
  onToggle,
  onRemove,
}: {
  name: string;
  participants: number;
  indispensable: boolean;
  mayManage: boolean;
  onToggle: (value: boolean) => void;
  onRemove: () => Promise<void>;
}) {
  const checkboxId = useId();
  return (
    <li className="row">
      <div className="row-main">
        <span className="row-title">{name}</span>
        <span className="muted">
          {participants} participant{participants === 1 ? '' : 's'}
          {indispensable ? ' · indispensable' : ''}
        </span>
      </div>
      {mayManage ? (
        <div className="row-actions">
          <input
            id={checkboxId}
            type="checkbox"
            checked={indispensable}
            onChange={(event) => {
              onToggle(event.target.checked);
            }}
          />
          <label htmlFor={checkboxId}>
            Indispensable<span className="visually-hidden">: {name}</span>
          </label>
          <ConfirmButton
            className="button button-danger-quiet"
            aria-label={`Remove the group ${name}`}
            title={`Remove ${name}?`}
            message={<p>Participants who represent {name} will represent no group until you choose another.</p>}
            confirmLabel="Remove"
            describeError={errorMessage}
            onConfirm={onRemove}
          >
            Remove
          </ConfirmButton>
        </div>
      ) : null}
    </li>
  );
}
