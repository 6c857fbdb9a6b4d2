import { INDICATOR_DIRECTION_LABELS, INDICATOR_DIRECTIONS, type IndicatorDirection, MILESTONE_LIMITS } from '@common-ground/domain';
import { type CreateMilestoneInput, type MilestoneDetail, type PlanAction } from '../../../api';
import { Checkbox, FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { useCgForm } from '../../../forms/use-cg-form';

interface MilestoneValues {
  title: string;
  dueDate: string;
  unit: string;
  baseline: string;
  target: string;
  direction: IndicatorDirection;
  quickWin: boolean;
  actionId: string;
}

const FIELDS = ['title', 'dueDate', 'unit', 'baseline', 'target', 'direction', 'quickWin', 'actionId'] as const;

const isFigure = (value: string) => (value.trim() !== '' && Number.isFinite(Number(value)) ? true : 'Write a number, e.g. 40 or 12.5.');

interface MilestoneFormProps {
  /** The milestone to edit; null to add one. */
  milestone: MilestoneDetail | null;
  /** The plan's actions, one of which the milestone may be linked to. */
  actions: readonly PlanAction[];
  submitLabel: string;
  onSubmit: (input: CreateMilestoneInput) => Promise<void>;
  /** The milestone changed elsewhere meanwhile. */
  onConflict?: () => void;
}

/** The fields of a milestone and its indicator; the API's checks (target side, linked action) show next to their field. */
export function MilestoneForm({ milestone, actions, submitLabel, onSubmit, onConflict }: MilestoneFormProps) {
  const { form, submit, formErrors } = useCgForm<MilestoneValues>({
    defaultValues: {
      title: milestone?.title ?? '',
      dueDate: milestone?.dueDate ?? '',
      unit: milestone?.indicator.unit ?? '',
      baseline: milestone ? String(milestone.indicator.baseline) : '',
      target: milestone ? String(milestone.indicator.target) : '',
      direction: milestone?.indicator.direction ?? 'increase',
      quickWin: milestone?.quickWin ?? false,
      actionId: milestone?.actionId ?? '',
    },
    fields: FIELDS,
    onConflict,
    onSubmit: async (values) => {
      await onSubmit({
        title: values.title.trim(),
        dueDate: values.dueDate,
        unit: values.unit.trim(),
        baseline: Number(values.baseline),
        target: Number(values.target),
        direction: values.direction,
        quickWin: values.quickWin,
        actionId: values.actionId || null,
      });
      if (!milestone) form.reset();
    },
  });
  const { errors } = form.formState;
  return (
    <form noValidate className="form" onSubmit={(event) => void submit(event)}>
      <FormAlert messages={formErrors} />
      <TextField
        label="Milestone"
        hint="The change or achievement expected, e.g. “Robberies on market roads halved”."
        required
        maxLength={MILESTONE_LIMITS.titleMax}
        error={errors.title?.message}
        {...form.register('title', { validate: (value) => (value.trim() ? true : 'Say what the milestone is.') })}
      />
      <TextField
        label="Due"
        type="date"
        required
        error={errors.dueDate?.message}
        {...form.register('dueDate', { required: 'Give the milestone a due date.' })}
      />
      <fieldset className="field-group">
        <legend>Indicator</legend>
        <TextField
          label="Unit"
          hint="What the indicator counts, e.g. “robberies a month” or “% of traders who feel safe”."
          required
          maxLength={MILESTONE_LIMITS.unitMax}
          error={errors.unit?.message}
          {...form.register('unit', { validate: (value) => (value.trim() ? true : 'Say what the indicator counts.') })}
        />
        <div className="field-pair">
          <TextField
            label="Baseline"
            inputMode="decimal"
            required
            error={errors.baseline?.message}
            {...form.register('baseline', { validate: isFigure })}
          />
          <TextField
            label="Target"
            inputMode="decimal"
            required
            error={errors.target?.message}
            {...form.register('target', { validate: isFigure })}
          />
        </div>
        <SelectField
          label="Direction"
          options={INDICATOR_DIRECTIONS.map((direction) => ({ value: direction, label: INDICATOR_DIRECTION_LABELS[direction] }))}
          error={errors.direction?.message}
          {...form.register('direction')}
        />
      </fieldset>
      <SelectField
        label="Linked action"
        hint="Its owners can then report values with their progress."
        options={[{ value: '', label: 'None' }, ...actions.map((action) => ({ value: action.id, label: action.title }))]}
        error={errors.actionId?.message}
        {...form.register('actionId')}
      />
      <Checkbox label="A quick win: an early, visible achievement" {...form.register('quickWin')} />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
