import { type ReactNode, useId, useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { errorMessage, type StakeholderGroupList } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import type { Resource } from '../../../hooks/use-resource';
import { addStakeholderGroup, addStarterGroups, removeStakeholderGroup, setGroupIndispensable } from '../api/processes';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

const messages = untyped(
  defineMessages({
    added: { id: 'processes.groups.added', defaultMessage: '{name} was added.' },
    title: { id: 'processes.groups.title', defaultMessage: 'Stakeholder groups' },
    intro: {
      id: 'processes.groups.intro',
      defaultMessage: 'Say whom each participant represents. A charter is in force only when every indispensable group has signed.',
    },
    loading: { id: 'processes.groups.loading', defaultMessage: 'Loading stakeholder groups…' },
    unrepresented: {
      id: 'processes.groups.unrepresented',
      defaultMessage: '<strong>Not represented:</strong> {groups}. These groups are indispensable and have no participant yet.',
    },
    empty: { id: 'processes.groups.empty', defaultMessage: 'No stakeholder groups yet' },
    emptyHint: { id: 'processes.groups.emptyHint', defaultMessage: 'Start from the usual list, or add groups one by one.' },
    starterAdded: { id: 'processes.groups.starterAdded', defaultMessage: 'The starter list was added.' },
    addStarter: { id: 'processes.groups.addStarter', defaultMessage: 'Add the starter list' },
    listLabel: { id: 'processes.groups.listLabel', defaultMessage: 'Stakeholder groups' },
    nowIndispensable: { id: 'processes.groups.nowIndispensable', defaultMessage: '{name} is now indispensable.' },
    noLongerIndispensable: { id: 'processes.groups.noLongerIndispensable', defaultMessage: '{name} is no longer indispensable.' },
    removed: { id: 'processes.groups.removed', defaultMessage: '{name} was removed.' },
    newGroup: { id: 'processes.groups.newGroup', defaultMessage: 'New group' },
    nameRequired: { id: 'processes.groups.nameRequired', defaultMessage: 'Name the group.' },
    indispensable: { id: 'processes.groups.indispensable', defaultMessage: 'Indispensable' },
    addGroup: { id: 'processes.groups.addGroup', defaultMessage: 'Add group' },
    participants: {
      id: 'processes.groups.participants',
      defaultMessage: '{count, plural, one {# participant} other {# participants}}{indispensable, select, yes { · indispensable} other {}}',
    },
    indispensableOf: { id: 'processes.groups.indispensableOf', defaultMessage: 'Indispensable<hidden>: {name}</hidden>' },
    removeLabel: { id: 'processes.groups.removeLabel', defaultMessage: 'Remove the group {name}' },
    removeTitle: { id: 'processes.groups.removeTitle', defaultMessage: 'Remove {name}?' },
    removeText: {
      id: 'processes.groups.removeText',
      defaultMessage: 'Participants who represent {name} will represent no group until you choose another.',
    },
    remove: { id: 'processes.groups.remove', defaultMessage: 'Remove' },
  }),
);

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

interface StakeholderGroupsProps {
  workspaceId: string;
  processId: string;
  groups: Resource<StakeholderGroupList>;
  mayManage: boolean;
}

/** The stakeholder groups of the process; indispensable ones without a participant are called out. */
export function StakeholderGroups({ workspaceId, processId, groups, mayManage }: StakeholderGroupsProps) {
  const intl = useIntl();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { form, submit, formErrors } = useCgForm<{ name: string; indispensable: boolean }>({
    defaultValues: { name: '', indispensable: false },
    fields: ['name'],
    onSubmit: async ({ name, indispensable }) => {
      await addStakeholderGroup(workspaceId, processId, name.trim(), indispensable);
      form.reset();
      groups.reload();
      setStatus(intl.formatMessage(messages.added, { name: name.trim() }));
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
      <h2 id="stakeholder-groups-title">{intl.formatMessage(messages.title)}</h2>
      <p className="muted">{intl.formatMessage(messages.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <ResourceView resource={groups} loading={intl.formatMessage(messages.loading)} />
      {data && data.unrepresented.length > 0 ? (
        <div className="alert alert-warning" role="note">
          <p>
            <FormattedMessage
              {...messages.unrepresented}
              values={{ strong, groups: intl.formatList(data.unrepresented, { type: 'unit' }) }}
            />
          </p>
        </div>
      ) : null}
      {data?.items.length === 0 ? (
        <EmptyState title={intl.formatMessage(messages.empty)}>
          {mayManage ? <p>{intl.formatMessage(messages.emptyHint)}</p> : null}
        </EmptyState>
      ) : null}
      {mayManage && data?.items.length === 0 ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(() => addStarterGroups(workspaceId, processId).then(() => undefined), intl.formatMessage(messages.starterAdded))
          }
        >
          {intl.formatMessage(messages.addStarter)}
        </button>
      ) : null}
      {data && data.items.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(messages.listLabel)}>
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
                  intl.formatMessage(value ? messages.nowIndispensable : messages.noLongerIndispensable, { name: group.name }),
                );
              }}
              onRemove={async () => {
                await removeStakeholderGroup(workspaceId, processId, group.id);
                groups.reload();
                setStatus(intl.formatMessage(messages.removed, { name: group.name }));
              }}
            />
          ))}
        </ul>
      ) : null}
      {mayManage ? (
        <form noValidate onSubmit={(event) => void submit(event)} className="form form-inline">
          <FormAlert messages={formErrors} />
          <TextField
            label={intl.formatMessage(messages.newGroup)}
            maxLength={120}
            error={form.formState.errors.name?.message}
            {...form.register('name', { required: intl.formatMessage(messages.nameRequired) })}
          />
          <label className="checkbox">
            <input type="checkbox" {...form.register('indispensable')} /> {intl.formatMessage(messages.indispensable)}
          </label>
          <div className="form-actions">
            <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(messages.addGroup)}</SubmitButton>
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
  const intl = useIntl();
  const checkboxId = useId();
  return (
    <li className="row">
      <div className="row-main">
        <span className="row-title">{name}</span>
        <span className="muted">
          {intl.formatMessage(messages.participants, { count: participants, indispensable: indispensable ? 'yes' : 'no' })}
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
            <FormattedMessage {...messages.indispensableOf} values={{ name, hidden }} />
          </label>
          <ConfirmButton
            className="button button-danger-quiet"
            aria-label={intl.formatMessage(messages.removeLabel, { name })}
            title={intl.formatMessage(messages.removeTitle, { name })}
            message={<p>{intl.formatMessage(messages.removeText, { name })}</p>}
            confirmLabel={intl.formatMessage(messages.remove)}
            describeError={errorMessage}
            onConfirm={onRemove}
          >
            {intl.formatMessage(messages.remove)}
          </ConfirmButton>
        </div>
      ) : null}
    </li>
  );
}
