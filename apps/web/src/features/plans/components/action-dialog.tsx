import { ACTION_STATUSES, type ActionStatus, type OwnerKind, PLAN_LIMITS, WHEEL_AREAS, type WheelArea } from '@common-ground/domain';
import { useWatch } from 'react-hook-form';
import { defineMessages, type IntlShape, useIntl } from 'react-intl';
import { type PlanAction } from '../../../api';
import { Dialog } from '../../../components/dialog';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { addAction, getOwnerChoices, updateAction, type OwnerChoices } from '../api/plans';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import { ACTION_STATUS_MESSAGES, OWNER_KIND_MESSAGES, WHEEL_AREA_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    noOwner: { id: 'plans.actionDialog.noOwner', defaultMessage: 'No owner yet' },
    ownerOption: { id: 'plans.actionDialog.ownerOption', defaultMessage: '{kind}: {name}' },
    editTitle: { id: 'plans.actionDialog.editTitle', defaultMessage: 'Edit “{title}”' },
    addTitle: { id: 'plans.actionDialog.addTitle', defaultMessage: 'Add an action' },
    what: { id: 'plans.actionDialog.what', defaultMessage: 'What will be done' },
    whatRequired: { id: 'plans.actionDialog.whatRequired', defaultMessage: 'Say what will be done.' },
    how: { id: 'plans.actionDialog.how', defaultMessage: 'How' },
    loadingOwners: { id: 'plans.actionDialog.loadingOwners', defaultMessage: 'Loading people and groups…' },
    who: { id: 'plans.actionDialog.who', defaultMessage: 'Who (owner)' },
    whoHint: {
      id: 'plans.actionDialog.whoHint',
      defaultMessage: 'One person, one stakeholder group or one working group. Every action needs an owner before the plan is approved.',
    },
    start: { id: 'plans.actionDialog.start', defaultMessage: 'Start' },
    due: { id: 'plans.actionDialog.due', defaultMessage: 'Due' },
    dueHint: { id: 'plans.actionDialog.dueHint', defaultMessage: 'Needed before the plan is approved.' },
    dueBeforeStart: { id: 'plans.actionDialog.dueBeforeStart', defaultMessage: 'The due date cannot be before the start date.' },
    wheelArea: { id: 'plans.actionDialog.wheelArea', defaultMessage: 'Coordination Wheel area' },
    notSet: { id: 'plans.actionDialog.notSet', defaultMessage: 'Not set' },
    status: { id: 'plans.actionDialog.status', defaultMessage: 'Status' },
    dropReason: { id: 'plans.actionDialog.dropReason', defaultMessage: 'Why it is dropped' },
    dropReasonRequired: { id: 'plans.actionDialog.dropReasonRequired', defaultMessage: 'Say why the action is dropped.' },
    dependsOn: { id: 'plans.actionDialog.dependsOn', defaultMessage: 'Depends on' },
    dependsOnHint: { id: 'plans.actionDialog.dependsOnHint', defaultMessage: 'Actions that must come first.' },
    cancel: { id: 'plans.actionDialog.cancel', defaultMessage: 'Cancel' },
    save: { id: 'plans.actionDialog.save', defaultMessage: 'Save the action' },
    add: { id: 'plans.actionDialog.add', defaultMessage: 'Add the action' },
  }),
);

interface ActionValues {
  title: string;
  description: string;
  owner: string;
  startDate: string;
  dueDate: string;
  wheelArea: WheelArea | '';
  status: ActionStatus;
  dropReason: string;
  dependsOn: string[];
}

function ownerOptions(intl: IntlShape, choices: OwnerChoices) {
  const label = (kind: OwnerKind, name: string) =>
    intl.formatMessage(messages.ownerOption, { kind: intl.formatMessage(OWNER_KIND_MESSAGES[kind]), name });
  return [
    { value: '', label: intl.formatMessage(messages.noOwner) },
    ...choices.members.map((person) => ({ value: `member:${person.userId}`, label: label('member', person.displayName) })),
    ...choices.stakeholderGroups.map((group) => ({
      value: `stakeholder_group:${group.id}`,
      label: label('stakeholder_group', group.name),
    })),
    ...choices.workingGroups.map((group) => ({ value: `working_group:${group.id}`, label: label('working_group', group.name) })),
  ];
}

function parseOwner(value: string): { kind: OwnerKind; id: string } | null {
  if (!value) return null;
  const [kind, id] = value.split(':') as [OwnerKind, string];
  return { kind, id };
}

interface ActionDialogProps {
  processRef: ProcessRef;
  planId: string;
  /** The action to edit; null to add one. */
  action: PlanAction | null;
  /** The plan's other actions, which this one may depend on. */
  siblings: PlanAction[];
  onClose: () => void;
  onSaved: (action: PlanAction) => void;
  onConflict: () => void;
}

/** Adds or edits an action: what, how, who, when, its Coordination Wheel area, status and dependencies. */
export function ActionDialog({ processRef, planId, action, siblings, onClose, onSaved, onConflict }: ActionDialogProps) {
  const intl = useIntl();
  const choices = useResource<OwnerChoices>(`owner-choices:${processRef.processId}`, (signal) => getOwnerChoices(processRef, signal));
  const { form, submit, formErrors } = useCgForm<ActionValues>({
    defaultValues: {
      title: action?.title ?? '',
      description: action?.description ?? '',
      owner: action?.owner ? `${action.owner.kind}:${action.owner.id}` : '',
      startDate: action?.startDate ?? '',
      dueDate: action?.dueDate ?? '',
      wheelArea: action?.wheelArea ?? '',
      status: action?.status ?? 'planned',
      dropReason: action?.dropReason ?? '',
      dependsOn: action?.dependsOn.map((dependency) => dependency.id) ?? [],
    },
    fields: ['title', 'description', 'owner', 'startDate', 'dueDate', 'wheelArea', 'status', 'dropReason', 'dependsOn'],
    onConflict: () => {
      onConflict();
    },
    onSubmit: async (values) => {
      const input = {
        title: values.title.trim(),
        description: values.description.trim(),
        owner: parseOwner(values.owner),
        startDate: values.startDate || null,
        dueDate: values.dueDate || null,
        wheelArea: values.wheelArea || null,
        status: values.status,
        dropReason: values.status === 'dropped' ? values.dropReason.trim() : null,
        dependsOn: values.dependsOn,
      };
      onSaved(
        action
          ? await updateAction(processRef, action.id, { ...input, version: action.version })
          : await addAction(processRef, planId, input),
      );
    },
  });
  const { errors } = form.formState;
  const status = useWatch({ control: form.control, name: 'status' });
  // Dependencies on actions of other plans are kept and shown with the plan's own actions.
  const dependencyOptions = [
    ...siblings.filter((sibling) => sibling.id !== action?.id).map((sibling) => ({ id: sibling.id, title: sibling.title })),
    ...(action?.dependsOn.filter((dependency) => !siblings.some((sibling) => sibling.id === dependency.id)) ?? []),
  ];

  return (
    <Dialog
      open
      onClose={onClose}
      title={action ? intl.formatMessage(messages.editTitle, { title: action.title }) : intl.formatMessage(messages.addTitle)}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label={intl.formatMessage(messages.what)}
          required
          autoFocus
          maxLength={PLAN_LIMITS.titleMax}
          error={errors.title?.message}
          {...form.register('title', { validate: (value) => (value.trim() ? true : intl.formatMessage(messages.whatRequired)) })}
        />
        <TextAreaField
          label={intl.formatMessage(messages.how)}
          rows={3}
          maxLength={PLAN_LIMITS.descriptionMax}
          error={errors.description?.message}
          {...form.register('description')}
        />
        <ResourceView resource={choices} loading={intl.formatMessage(messages.loadingOwners)} />
        {choices.data ? (
          <SelectField
            label={intl.formatMessage(messages.who)}
            hint={intl.formatMessage(messages.whoHint)}
            options={ownerOptions(intl, choices.data)}
            error={errors.owner?.message}
            {...form.register('owner')}
          />
        ) : null}
        <div className="field-pair">
          <TextField
            label={intl.formatMessage(messages.start)}
            type="date"
            error={errors.startDate?.message}
            {...form.register('startDate')}
          />
          <TextField
            label={intl.formatMessage(messages.due)}
            type="date"
            hint={intl.formatMessage(messages.dueHint)}
            error={errors.dueDate?.message}
            {...form.register('dueDate', {
              validate: (value, values) =>
                value && values.startDate && value < values.startDate ? intl.formatMessage(messages.dueBeforeStart) : true,
            })}
          />
        </div>
        <SelectField
          label={intl.formatMessage(messages.wheelArea)}
          options={[
            { value: '', label: intl.formatMessage(messages.notSet) },
            ...WHEEL_AREAS.map((area) => ({ value: area, label: intl.formatMessage(WHEEL_AREA_MESSAGES[area]) })),
          ]}
          error={errors.wheelArea?.message}
          {...form.register('wheelArea')}
        />
        <SelectField
          label={intl.formatMessage(messages.status)}
          options={ACTION_STATUSES.map((value) => ({ value, label: intl.formatMessage(ACTION_STATUS_MESSAGES[value]) }))}
          error={errors.status?.message}
          {...form.register('status')}
        />
        {status === 'dropped' ? (
          <TextAreaField
            label={intl.formatMessage(messages.dropReason)}
            required
            rows={2}
            maxLength={PLAN_LIMITS.dropReasonMax}
            error={errors.dropReason?.message}
            {...form.register('dropReason', {
              validate: (value) => (value.trim() ? true : intl.formatMessage(messages.dropReasonRequired)),
            })}
          />
        ) : null}
        {dependencyOptions.length > 0 ? (
          <CheckboxGroup
            legend={intl.formatMessage(messages.dependsOn)}
            hint={intl.formatMessage(messages.dependsOnHint)}
            error={errors.dependsOn?.message}
          >
            {dependencyOptions.map((option) => (
              <Checkbox key={option.id} label={option.title} value={option.id} {...form.register('dependsOn')} />
            ))}
          </CheckboxGroup>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(messages.cancel)}
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>
            {action ? intl.formatMessage(messages.save) : intl.formatMessage(messages.add)}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
