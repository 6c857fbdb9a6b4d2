import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, applyFieldErrors, errorMessage, type GrievanceProcedure } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { ErrorState, Loading } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { formatDateTime } from '../../../lib/format';
import { getGrievanceProcedure, saveGrievanceProcedure } from '../api/agreements';
import type { ProcessRef } from '../../../context/process-ref';

interface Values {
  handlers: string;
  acknowledgeDays: string;
  respondDays: string;
  escalationPath: string;
  appealProcedure: string;
  inactiveParticipantProcedure: string;
  underminingBehaviourProcedure: string;
}

function toValues(procedure: GrievanceProcedure): Values {
  return {
    handlers: procedure.handlers ?? '',
    acknowledgeDays: procedure.acknowledgeDays === null ? '' : String(procedure.acknowledgeDays),
    respondDays: procedure.respondDays === null ? '' : String(procedure.respondDays),
    escalationPath: procedure.escalationPath ?? '',
    appealProcedure: procedure.appealProcedure ?? '',
    inactiveParticipantProcedure: procedure.inactiveParticipantProcedure ?? '',
    underminingBehaviourProcedure: procedure.underminingBehaviourProcedure ?? '',
  };
}

const FIELDS: readonly (keyof Values)[] = [
  'handlers',
  'acknowledgeDays',
  'respondDays',
  'escalationPath',
  'appealProcedure',
  'inactiveParticipantProcedure',
  'underminingBehaviourProcedure',
];

/** The rules for handling grievances (handling them comes later). */
export function GrievanceProcedurePanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const procedure = useResource<GrievanceProcedure>(`grievance:${processRef.processId}`, (signal) =>
    getGrievanceProcedure(processRef, signal),
  );
  const data = procedure.data;
  const [status, setStatus] = useState('');

  return (
    <section className="panel" aria-labelledby="grievance-title">
      <h2 id="grievance-title">Grievance procedure</h2>
      <p className="muted">
        Who handles grievances, how fast, and what happens next; also for inactive participants and for behaviour that undermines the
        process.
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      {procedure.error ? <ErrorState message={errorMessage(procedure.error)} onRetry={procedure.reload} /> : null}
      {!data && procedure.isLoading ? <Loading label="Loading the grievance procedure…" /> : null}
      {data && mayManage ? (
        <GrievanceForm
          key={data.version}
          processRef={processRef}
          procedure={data}
          onSaved={(saved) => {
            procedure.setData(saved);
            setStatus('Grievance procedure saved.');
          }}
          onReload={procedure.reload}
          onEdit={() => {
            setStatus('');
          }}
        />
      ) : null}
      {data && !mayManage ? <GrievanceFacts procedure={data} /> : null}
    </section>
  );
}

function GrievanceFacts({ procedure }: { procedure: GrievanceProcedure }) {
  if (procedure.version === 0) return <p>No grievance procedure has been written yet.</p>;
  const rows: [string, string | null][] = [
    ['Who handles grievances', procedure.handlers],
    ['Acknowledged within', procedure.acknowledgeDays === null ? null : `${String(procedure.acknowledgeDays)} days`],
    ['Answered within', procedure.respondDays === null ? null : `${String(procedure.respondDays)} days`],
    ['Escalation path', procedure.escalationPath],
    ['Appeal', procedure.appealProcedure],
    ['Inactive participants', procedure.inactiveParticipantProcedure],
    ['Behaviour that undermines the process', procedure.underminingBehaviourProcedure],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd className="prose">{value?.trim() ? value : <span className="muted">Not written.</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

function GrievanceForm({
  processRef,
  procedure,
  onSaved,
  onReload,
  onEdit,
}: {
  processRef: ProcessRef;
  procedure: GrievanceProcedure;
  onSaved: (procedure: GrievanceProcedure) => void;
  onReload: () => void;
  /** A new attempt to save starts: the last "saved" message no longer applies. */
  onEdit: () => void;
}) {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: toValues(procedure) });

  const required = (what: string, max: number) => ({
    validate: (value: string) => (!value.trim() ? `Write ${what}.` : value.length > max ? `Use at most ${String(max)} characters.` : true),
  });
  const optional = (max: number) => ({
    validate: (value: string) => (value.length > max ? `Use at most ${String(max)} characters.` : true),
  });
  const days = (max: number) => ({
    validate: (value: string) => {
      const number = Number(value);
      if (!value.trim() || !Number.isInteger(number) || number < 1 || number > max)
        return `Use a whole number of days from 1 to ${String(max)}.`;
      return true;
    },
  });

  const submit = async (values: Values) => {
    setFormErrors([]);
    setConflict(false);
    onEdit();
    try {
      const saved = await saveGrievanceProcedure(processRef, {
        handlers: values.handlers.trim(),
        acknowledgeDays: Number(values.acknowledgeDays),
        respondDays: Number(values.respondDays),
        escalationPath: values.escalationPath.trim(),
        appealProcedure: values.appealProcedure.trim(),
        inactiveParticipantProcedure: values.inactiveParticipantProcedure.trim(),
        underminingBehaviourProcedure: values.underminingBehaviourProcedure.trim(),
        version: procedure.version,
      });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.isVersionConflict) {
        setConflict(true);
        return;
      }
      setFormErrors(applyFieldErrors(error, setError, FIELDS));
    }
  };

  return (
    <form noValidate className="form" aria-labelledby="grievance-title" onSubmit={(event) => void handleSubmit(submit)(event)}>
      {procedure.updatedAt ? <p className="muted">Last saved {formatDateTime(procedure.updatedAt)}.</p> : null}
      {conflict ? (
        <div className="alert alert-warning" role="alert">
          <p>Someone else saved the grievance procedure meanwhile. Reload to see their text; your text here will be replaced.</p>
          <button type="button" className="button" onClick={onReload}>
            Reload
          </button>
        </div>
      ) : null}
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="Who handles grievances"
        rows={2}
        required
        error={errors.handlers?.message}
        {...register('handlers', required('who handles grievances', 1000))}
      />
      <div className="field-pair">
        <TextField
          label="Days to acknowledge"
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          required
          error={errors.acknowledgeDays?.message}
          {...register('acknowledgeDays', days(90))}
        />
        <TextField
          label="Days to respond"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          required
          error={errors.respondDays?.message}
          {...register('respondDays', {
            validate: (value) => {
              const check = days(365).validate(value);
              if (check !== true) return check;
              return Number(value) >= Number(getValues('acknowledgeDays')) ? true : 'Responding cannot take less time than acknowledging.';
            },
          })}
        />
      </div>
      <TextAreaField
        label="Escalation path"
        rows={3}
        required
        error={errors.escalationPath?.message}
        {...register('escalationPath', required('the escalation path', 2000))}
      />
      <TextAreaField
        label="Appeal"
        rows={3}
        required
        error={errors.appealProcedure?.message}
        {...register('appealProcedure', required('how to appeal', 2000))}
      />
      <TextAreaField
        label="Inactive participants"
        hint="What happens when a participant stops taking part."
        rows={3}
        error={errors.inactiveParticipantProcedure?.message}
        {...register('inactiveParticipantProcedure', optional(2000))}
      />
      <TextAreaField
        label="Behaviour that undermines the process"
        rows={3}
        error={errors.underminingBehaviourProcedure?.message}
        {...register('underminingBehaviourProcedure', optional(2000))}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save grievance procedure</SubmitButton>
      </div>
    </form>
  );
}
