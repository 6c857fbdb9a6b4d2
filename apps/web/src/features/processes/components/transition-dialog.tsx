import { PHASES, REASON_MAX_LENGTH, REASON_MIN_LENGTH, failingGates, phaseIndex, type Phase } from '@common-ground/domain';
import { useWatch } from 'react-hook-form';
import { defineMessages, type IntlShape, type MessageDescriptor, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type Process, type Readiness, type TransitionResult } from '../../../api';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextAreaField } from '../../../components/fields';
import { createTransition, type TransitionInput } from '../api/processes';
import { GateList } from './gate-list';
import { useCgForm } from '../../../forms/use-cg-form';
import { PHASE_MESSAGES } from '../../../i18n/domain-labels';

export type TransitionMode = 'forward' | 'back';

interface Values {
  toPhase: Phase;
  text: string;
}

interface TransitionDialogProps {
  mode: TransitionMode;
  process: Process;
  readiness: Readiness;
  onClose: () => void;
  onDone: (result: TransitionResult) => void;
  /** Someone else changed the process meanwhile (409). */
  onConflict: () => void;
}

const messages = untyped(
  defineMessages({
    reasonTooShort: {
      id: 'processes.transition.reasonTooShort',
      defaultMessage: 'Write a reason of at least {min} characters.',
    },
    justificationTooShort: {
      id: 'processes.transition.justificationTooShort',
      defaultMessage: 'Write a justification of at least {min} characters.',
    },
    noteTooShort: { id: 'processes.transition.noteTooShort', defaultMessage: 'Write a note of at least {min} characters.' },
    tooLong: { id: 'processes.transition.tooLong', defaultMessage: 'Use at most {max} characters.' },
    forwardTitle: { id: 'processes.transition.forwardTitle', defaultMessage: 'Move to {phase}' },
    backTitle: { id: 'processes.transition.backTitle', defaultMessage: 'Step back to an earlier phase' },
    failing: {
      id: 'processes.transition.failing',
      defaultMessage:
        '{count, plural, one {One readiness check is} other {# readiness checks are}} not met. You can still move on, but you must explain why; the justification is recorded in the history.',
    },
    allMet: { id: 'processes.transition.allMet', defaultMessage: 'All measurable readiness checks are met.' },
    backIntro: {
      id: 'processes.transition.backIntro',
      defaultMessage: 'The steps of a dialogue are never linear. Say why the process goes back; the reason is recorded in the history.',
    },
    failingLabel: { id: 'processes.transition.failingLabel', defaultMessage: 'Checks that are not met' },
    moveBackTo: { id: 'processes.transition.moveBackTo', defaultMessage: 'Move back to' },
    reason: { id: 'processes.transition.reason', defaultMessage: 'Reason' },
    atLeast: { id: 'processes.transition.atLeast', defaultMessage: 'At least {min} characters.' },
    justification: { id: 'processes.transition.justification', defaultMessage: 'Justification for overriding' },
    note: { id: 'processes.transition.note', defaultMessage: 'Note (optional)' },
    cancel: { id: 'processes.transition.cancel', defaultMessage: 'Cancel' },
    moving: { id: 'processes.transition.moving', defaultMessage: 'Moving…' },
    stepBackTo: { id: 'processes.transition.stepBackTo', defaultMessage: 'Step back to {phase}' },
    overrideAndMove: { id: 'processes.transition.overrideAndMove', defaultMessage: 'Override and move to {phase}' },
    moveTo: { id: 'processes.transition.moveTo', defaultMessage: 'Move to {phase}' },
  }),
);

function lengthRules(intl: IntlShape, required: boolean, tooShort: MessageDescriptor) {
  return {
    validate: (value: string) => {
      const length = value.trim().length;
      if (length === 0 && !required) return true;
      if (length < REASON_MIN_LENGTH) return intl.formatMessage(tooShort, { min: String(REASON_MIN_LENGTH) });
      if (length > REASON_MAX_LENGTH) return intl.formatMessage(messages.tooLong, { max: String(REASON_MAX_LENGTH) });
      return true;
    },
  };
}

/** Moves a process one phase forward (overriding failing checks with a justification) or back (with a reason). */
export function TransitionDialog({ mode, process, readiness, onClose, onDone, onConflict }: TransitionDialogProps) {
  const intl = useIntl();
  const phaseName = (phase: Phase) => intl.formatMessage(PHASE_MESSAGES[phase]);
  const currentIndex = phaseIndex(process.phase);
  const earlier = PHASES.slice(0, currentIndex);
  const next = readiness.nextPhase;
  const failing = mode === 'forward' ? failingGates(readiness.gates) : [];
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: { toPhase: mode === 'forward' ? (next ?? process.phase) : (earlier.at(-1) ?? process.phase), text: '' },
    fields: ['toPhase', 'text'],
    aliases: { justification: 'text', reason: 'text' },
    onConflict: () => {
      onConflict();
    },
    onSubmit: async (values) => {
      const text = values.text.trim();
      const input: TransitionInput = { toPhase: values.toPhase, version: process.version };
      if (mode === 'back') input.reason = text;
      else if (text) input.justification = text;
      onDone(await createTransition(process.workspaceId, process.id, input));
    },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const target = useWatch({ control, name: 'toPhase' });

  const title =
    mode === 'forward'
      ? intl.formatMessage(messages.forwardTitle, { phase: next ? phaseName(next) : '' })
      : intl.formatMessage(messages.backTitle);

  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      description={
        mode === 'forward' ? (
          failing.length > 0 ? (
            <p>{intl.formatMessage(messages.failing, { count: failing.length })}</p>
          ) : (
            <p>{intl.formatMessage(messages.allMet)}</p>
          )
        ) : (
          <p>{intl.formatMessage(messages.backIntro)}</p>
        )
      }
    >
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <FormAlert messages={formErrors} />
        {mode === 'forward' && failing.length > 0 ? <GateList gates={failing} label={intl.formatMessage(messages.failingLabel)} /> : null}
        {mode === 'back' ? (
          <SelectField
            label={intl.formatMessage(messages.moveBackTo)}
            options={earlier.map((phase) => ({ value: phase, label: phaseName(phase) }))}
            error={errors.toPhase?.message}
            {...register('toPhase')}
          />
        ) : null}
        {mode === 'back' ? (
          <TextAreaField
            label={intl.formatMessage(messages.reason)}
            rows={4}
            required
            autoFocus
            hint={intl.formatMessage(messages.atLeast, { min: String(REASON_MIN_LENGTH) })}
            error={errors.text?.message}
            {...register('text', lengthRules(intl, true, messages.reasonTooShort))}
          />
        ) : failing.length > 0 ? (
          <TextAreaField
            label={intl.formatMessage(messages.justification)}
            rows={4}
            required
            autoFocus
            hint={intl.formatMessage(messages.atLeast, { min: String(REASON_MIN_LENGTH) })}
            error={errors.text?.message}
            {...register('text', lengthRules(intl, true, messages.justificationTooShort))}
          />
        ) : (
          <TextAreaField
            label={intl.formatMessage(messages.note)}
            rows={3}
            error={errors.text?.message}
            {...register('text', lengthRules(intl, false, messages.noteTooShort))}
          />
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(messages.cancel)}
          </button>
          <SubmitButton
            busy={isSubmitting}
            busyLabel={intl.formatMessage(messages.moving)}
            className={failing.length > 0 ? 'button button-warning' : 'button button-primary'}
          >
            {mode === 'back'
              ? intl.formatMessage(messages.stepBackTo, { phase: phaseName(target) })
              : failing.length > 0
                ? intl.formatMessage(messages.overrideAndMove, { phase: phaseName(target) })
                : intl.formatMessage(messages.moveTo, { phase: phaseName(target) })}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
