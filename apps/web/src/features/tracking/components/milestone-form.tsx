import { INDICATOR_DIRECTIONS, type IndicatorDirection, MILESTONE_LIMITS } from '@common-ground/domain';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
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

/** Whether the indicator should go up or down (libs/domain's INDICATOR_DIRECTION_LABELS), keyed by direction. */
const DIRECTION_LABELS = untyped(
  defineMessages({
    increase: { id: 'tracking.direction.increase', defaultMessage: 'Should increase' },
    decrease: { id: 'tracking.direction.decrease', defaultMessage: 'Should decrease' },
  }),
) satisfies Record<IndicatorDirection, MessageDescriptor>;

const m = untyped(
  defineMessages({
    notFigure: { id: 'tracking.milestoneForm.notFigure', defaultMessage: 'Write a number, e.g. 40 or 12.5.' },
    milestone: { id: 'tracking.milestoneForm.milestone', defaultMessage: 'Milestone' },
    milestoneHint: {
      id: 'tracking.milestoneForm.milestoneHint',
      defaultMessage: 'The change or achievement expected, e.g. “Robberies on market roads halved”.',
    },
    milestoneRequired: { id: 'tracking.milestoneForm.milestoneRequired', defaultMessage: 'Say what the milestone is.' },
    due: { id: 'tracking.milestoneForm.due', defaultMessage: 'Due' },
    dueRequired: { id: 'tracking.milestoneForm.dueRequired', defaultMessage: 'Give the milestone a due date.' },
    indicator: { id: 'tracking.milestoneForm.indicator', defaultMessage: 'Indicator' },
    unit: { id: 'tracking.milestoneForm.unit', defaultMessage: 'Unit' },
    unitHint: {
      id: 'tracking.milestoneForm.unitHint',
      defaultMessage: 'What the indicator counts, e.g. “robberies a month” or “% of traders who feel safe”.',
    },
    unitRequired: { id: 'tracking.milestoneForm.unitRequired', defaultMessage: 'Say what the indicator counts.' },
    baseline: { id: 'tracking.milestoneForm.baseline', defaultMessage: 'Baseline' },
    target: { id: 'tracking.milestoneForm.target', defaultMessage: 'Target' },
    direction: { id: 'tracking.milestoneForm.direction', defaultMessage: 'Direction' },
    linkedAction: { id: 'tracking.milestoneForm.linkedAction', defaultMessage: 'Linked action' },
    linkedActionHint: {
      id: 'tracking.milestoneForm.linkedActionHint',
      defaultMessage: 'Its owners can then report values with their progress.',
    },
    none: { id: 'tracking.milestoneForm.none', defaultMessage: 'None' },
    quickWin: { id: 'tracking.milestoneForm.quickWin', defaultMessage: 'A quick win: an early, visible achievement' },
  }),
);

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
  const intl = useIntl();
  const isFigure = (value: string) => (value.trim() !== '' && Number.isFinite(Number(value)) ? true : intl.formatMessage(m.notFigure));
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
        label={intl.formatMessage(m.milestone)}
        hint={intl.formatMessage(m.milestoneHint)}
        required
        maxLength={MILESTONE_LIMITS.titleMax}
        error={errors.title?.message}
        {...form.register('title', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.milestoneRequired)) })}
      />
      <TextField
        label={intl.formatMessage(m.due)}
        type="date"
        required
        error={errors.dueDate?.message}
        {...form.register('dueDate', { required: intl.formatMessage(m.dueRequired) })}
      />
      <fieldset className="field-group">
        <legend>{intl.formatMessage(m.indicator)}</legend>
        <TextField
          label={intl.formatMessage(m.unit)}
          hint={intl.formatMessage(m.unitHint)}
          required
          maxLength={MILESTONE_LIMITS.unitMax}
          error={errors.unit?.message}
          {...form.register('unit', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.unitRequired)) })}
        />
        <div className="field-pair">
          <TextField
            label={intl.formatMessage(m.baseline)}
            inputMode="decimal"
            required
            error={errors.baseline?.message}
            {...form.register('baseline', { validate: isFigure })}
          />
          <TextField
            label={intl.formatMessage(m.target)}
            inputMode="decimal"
            required
            error={errors.target?.message}
            {...form.register('target', { validate: isFigure })}
          />
        </div>
        <SelectField
          label={intl.formatMessage(m.direction)}
          options={INDICATOR_DIRECTIONS.map((direction) => ({ value: direction, label: intl.formatMessage(DIRECTION_LABELS[direction]) }))}
          error={errors.direction?.message}
          {...form.register('direction')}
        />
      </fieldset>
      <SelectField
        label={intl.formatMessage(m.linkedAction)}
        hint={intl.formatMessage(m.linkedActionHint)}
        options={[
          { value: '', label: intl.formatMessage(m.none) },
          ...actions.map((action) => ({ value: action.id, label: action.title })),
        ]}
        error={errors.actionId?.message}
        {...form.register('actionId')}
      />
      <Checkbox label={intl.formatMessage(m.quickWin)} {...form.register('quickWin')} />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
