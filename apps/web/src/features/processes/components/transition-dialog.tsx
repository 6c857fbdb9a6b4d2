import { PHASE_LABELS, PHASES, REASON_MAX_LENGTH, REASON_MIN_LENGTH, failingGates, phaseIndex, type Phase } from '@common-ground/domain';
import { useWatch } from 'react-hook-form';
import { type Process, type Readiness, type TransitionResult } from '../../../api';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextAreaField } from '../../../components/fields';
import { createTransition, type TransitionInput } from '../api/processes';
import { GateList } from './gate-list';
import { useCgForm } from '../../../forms/use-cg-form';

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

function lengthRules(required: boolean, what: string) {
  return {
    validate: (value: string) => {
      const length = value.trim().length;
      if (length === 0 && !required) return true;
      if (length < REASON_MIN_LENGTH) return `Write ${what} of at least ${String(REASON_MIN_LENGTH)} characters.`;
      if (length > REASON_MAX_LENGTH) return `Use at most ${String(REASON_MAX_LENGTH)} characters.`;
      return true;
    },
  };
}

/** Moves a process one phase forward (overriding failing checks with a justification) or back (with a reason). */
export function TransitionDialog({ mode, process, readiness, onClose, onDone, onConflict }: TransitionDialogProps) {
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

  const title = mode === 'forward' ? `Move to ${next ? PHASE_LABELS[next] : ''}` : 'Step back to an earlier phase';

  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      description={
        mode === 'forward' ? (
          failing.length > 0 ? (
            <p>
              {failing.length === 1 ? 'One readiness check is' : `${String(failing.length)} readiness checks are`} not met. You can still
              move on, but you must explain why; the justification is recorded in the history.
            </p>
          ) : (
            <p>All measurable readiness checks are met.</p>
          )
        ) : (
          <p>The steps of a dialogue are never linear. Say why the process goes back; the reason is recorded in the history.</p>
        )
      }
    >
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <FormAlert messages={formErrors} />
        {mode === 'forward' && failing.length > 0 ? <GateList gates={failing} label="Checks that are not met" /> : null}
        {mode === 'back' ? (
          <SelectField
            label="Move back to"
            options={earlier.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] }))}
            error={errors.toPhase?.message}
            {...register('toPhase')}
          />
        ) : null}
        {mode === 'back' ? (
          <TextAreaField
            label="Reason"
            rows={4}
            required
            autoFocus
            hint={`At least ${String(REASON_MIN_LENGTH)} characters.`}
            error={errors.text?.message}
            {...register('text', lengthRules(true, 'a reason'))}
          />
        ) : failing.length > 0 ? (
          <TextAreaField
            label="Justification for overriding"
            rows={4}
            required
            autoFocus
            hint={`At least ${String(REASON_MIN_LENGTH)} characters.`}
            error={errors.text?.message}
            {...register('text', lengthRules(true, 'a justification'))}
          />
        ) : (
          <TextAreaField
            label="Note (optional)"
            rows={3}
            error={errors.text?.message}
            {...register('text', lengthRules(false, 'a note'))}
          />
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton
            busy={isSubmitting}
            busyLabel="Moving…"
            className={failing.length > 0 ? 'button button-warning' : 'button button-primary'}
          >
            {mode === 'back'
              ? `Step back to ${PHASE_LABELS[target]}`
              : failing.length > 0
                ? `Override and move to ${PHASE_LABELS[target]}`
                : `Move to ${PHASE_LABELS[target]}`}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
