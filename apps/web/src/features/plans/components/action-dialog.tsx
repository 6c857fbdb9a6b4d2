import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  type ActionStatus,
  type OwnerKind,
  PLAN_LIMITS,
  WHEEL_AREA_LABELS,
  WHEEL_AREAS,
  type WheelArea,
} from '@common-ground/domain';
import { useWatch } from 'react-hook-form';
import { type PlanAction } from '../../../api';
import { Dialog } from '../../../components/dialog';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { addAction, getOwnerChoices, updateAction, type OwnerChoices } from '../api/plans';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

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

const OWNER_KIND_LABELS: Record<OwnerKind, string> = {
  member: 'Person',
  stakeholder_group: 'Stakeholder group',
  working_group: 'Working group',
};

function ownerOptions(choices: OwnerChoices) {
  return [
    { value: '', label: 'No owner yet' },
    ...choices.members.map((person) => ({ value: `member:${person.userId}`, label: `${OWNER_KIND_LABELS.member}: ${person.displayName}` })),
    ...choices.stakeholderGroups.map((group) => ({
      value: `stakeholder_group:${group.id}`,
      label: `${OWNER_KIND_LABELS.stakeholder_group}: ${group.name}`,
    })),
    ...choices.workingGroups.map((group) => ({
      value: `working_group:${group.id}`,
      label: `${OWNER_KIND_LABELS.working_group}: ${group.name}`,
    })),
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
    <Dialog open onClose={onClose} title={action ? `Edit “${action.title}”` : 'Add an action'}>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label="What will be done"
          required
          autoFocus
          maxLength={PLAN_LIMITS.titleMax}
          error={errors.title?.message}
          {...form.register('title', { validate: (value) => (value.trim() ? true : 'Say what will be done.') })}
        />
        <TextAreaField
          label="How"
          rows={3}
          maxLength={PLAN_LIMITS.descriptionMax}
          error={errors.description?.message}
          {...form.register('description')}
        />
        <ResourceView resource={choices} loading="Loading people and groups…" />
        {choices.data ? (
          <SelectField
            label="Who (owner)"
            hint="One person, one stakeholder group or one working group. Every action needs an owner before the plan is approved."
            options={ownerOptions(choices.data)}
            error={errors.owner?.message}
            {...form.register('owner')}
          />
        ) : null}
        <div className="field-pair">
          <TextField label="Start" type="date" error={errors.startDate?.message} {...form.register('startDate')} />
          <TextField
            label="Due"
            type="date"
            hint="Needed before the plan is approved."
            error={errors.dueDate?.message}
            {...form.register('dueDate', {
              validate: (value, values) =>
                value && values.startDate && value < values.startDate ? 'The due date cannot be before the start date.' : true,
            })}
          />
        </div>
        <SelectField
          label="Coordination Wheel area"
          options={[{ value: '', label: 'Not set' }, ...WHEEL_AREAS.map((area) => ({ value: area, label: WHEEL_AREA_LABELS[area] }))]}
          error={errors.wheelArea?.message}
          {...form.register('wheelArea')}
        />
        <SelectField
          label="Status"
          options={ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }))}
          error={errors.status?.message}
          {...form.register('status')}
        />
        {status === 'dropped' ? (
          <TextAreaField
            label="Why it is dropped"
            required
            rows={2}
            maxLength={PLAN_LIMITS.dropReasonMax}
            error={errors.dropReason?.message}
            {...form.register('dropReason', { validate: (value) => (value.trim() ? true : 'Say why the action is dropped.') })}
          />
        ) : null}
        {dependencyOptions.length > 0 ? (
          <CheckboxGroup legend="Depends on" hint="Actions that must come first." error={errors.dependsOn?.message}>
            {dependencyOptions.map((option) => (
              <Checkbox key={option.id} label={option.title} value={option.id} {...form.register('dependsOn')} />
            ))}
          </CheckboxGroup>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{action ? 'Save the action' : 'Add the action'}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
