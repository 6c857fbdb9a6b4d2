import {
  CONSULTATION_CHANNEL_LABELS,
  type ConsultationChannel,
  INTEREST_LEVEL_LABELS,
  type InterestLevel,
  REGISTER_LIMITS,
} from '@common-ground/domain';
import { errorMessage } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { addConsultation, type Consultation, deleteConsultation, type ProspectDetail } from '../api/register';
import { CHANNEL_OPTIONS, INTEREST_LEVEL_OPTIONS } from './options';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { useFormat } from '../../../lib/use-format';

interface Values {
  heldOn: string;
  channel: ConsultationChannel;
  interest: InterestLevel;
  concerns: string;
  outcome: string;
}

/** The preliminary consultations with a prospect, newest first; those who manage log and remove them. */
export function ConsultationLog({
  processRef,
  prospect,
  mayManage,
  onLogged,
  onRemoved,
}: {
  processRef: ProcessRef;
  prospect: ProspectDetail;
  mayManage: boolean;
  onLogged: (prospect: ProspectDetail) => void;
  onRemoved: (message: string) => void;
}) {
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="sm-log-title">
      <h2 id="sm-log-title">Consultations</h2>
      {prospect.consultationLog.length === 0 ? (
        <EmptyState title="No consultation logged yet">
          <p>Lesson 11: ask whether the process meets their interests, what concerns them, and what would make them take part.</p>
        </EmptyState>
      ) : (
        <ol className="sm-log">
          {prospect.consultationLog.map((consultation) => (
            <ConsultationEntry
              key={consultation.id}
              consultation={consultation}
              mayManage={mayManage}
              onRemove={async () => {
                await deleteConsultation(processRef, prospect.id, consultation.id);
                onRemoved(`The consultation of ${fmt.day(consultation.heldOn)} was removed.`);
              }}
            />
          ))}
        </ol>
      )}
      {mayManage ? <ConsultationForm processRef={processRef} prospect={prospect} onLogged={onLogged} /> : null}
    </section>
  );
}

function ConsultationEntry({
  consultation,
  mayManage,
  onRemove,
}: {
  consultation: Consultation;
  mayManage: boolean;
  onRemove: () => Promise<void>;
}) {
  const fmt = useFormat();
  const when = fmt.day(consultation.heldOn);
  return (
    <li className="sm-log-entry">
      <h3>
        {when} · {CONSULTATION_CHANNEL_LABELS[consultation.channel]}
      </h3>
      <dl className="sm-facts">
        <dt>Interest in taking part</dt>
        <dd>{INTEREST_LEVEL_LABELS[consultation.interest]}</dd>
        <dt>Concerns</dt>
        <dd className="prose">{consultation.concerns ?? '—'}</dd>
        <dt>Outcome</dt>
        <dd className="prose">{consultation.outcome ?? '—'}</dd>
      </dl>
      <p className="muted">Logged by {consultation.recordedBy.displayName}</p>
      {mayManage ? (
        <ConfirmButton
          className="button button-small button-danger-quiet"
          aria-label={`Remove the consultation of ${when}`}
          title="Remove this consultation?"
          message={<p>The entry of {when} leaves the log for good.</p>}
          confirmLabel="Remove"
          describeError={errorMessage}
          onConfirm={onRemove}
        >
          Remove
        </ConfirmButton>
      ) : null}
    </li>
  );
}

function ConsultationForm({
  processRef,
  prospect,
  onLogged,
}: {
  processRef: ProcessRef;
  prospect: ProspectDetail;
  onLogged: (prospect: ProspectDetail) => void;
}) {
  const fmt = useFormat();
  const blank: Values = { heldOn: fmt.today(), channel: 'meeting', interest: 'moderate', concerns: '', outcome: '' };
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: blank,
    fields: ['heldOn', 'channel', 'interest', 'concerns', 'outcome'],
    onSubmit: async (values) => {
      const saved = await addConsultation(processRef, prospect.id, {
        heldOn: values.heldOn,
        channel: values.channel,
        interest: values.interest,
        concerns: values.concerns.trim() || null,
        outcome: values.outcome.trim() || null,
      });
      form.reset(blank);
      onLogged(saved);
    },
  });
  const errors = form.formState.errors;
  return (
    <form noValidate className="form sm-consultation-form" aria-labelledby="sm-log-form-title" onSubmit={(event) => void submit(event)}>
      <h3 id="sm-log-form-title">Log a consultation</h3>
      <FormAlert messages={formErrors} />
      <div className="field-pair">
        <TextField
          label="Date"
          type="date"
          required
          max={fmt.today()}
          error={errors.heldOn?.message}
          {...form.register('heldOn', {
            validate: (value) =>
              !value ? 'Enter the date it took place.' : value > fmt.today() ? 'The date cannot be in the future.' : true,
          })}
        />
        <SelectField label="How" options={CHANNEL_OPTIONS} error={errors.channel?.message} {...form.register('channel')} />
      </div>
      <SelectField
        label="Interest in taking part"
        options={INTEREST_LEVEL_OPTIONS}
        error={errors.interest?.message}
        {...form.register('interest')}
      />
      <TextAreaField
        label="Concerns"
        rows={3}
        maxLength={REGISTER_LIMITS.concernsMax}
        error={errors.concerns?.message}
        {...form.register('concerns')}
      />
      <TextAreaField
        label="Outcome"
        rows={3}
        maxLength={REGISTER_LIMITS.outcomeMax}
        error={errors.outcome?.message}
        {...form.register('outcome')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>Log consultation</SubmitButton>
      </div>
    </form>
  );
}
