import { useState } from 'react';
import { AGREEMENT_LIMITS } from '@common-ground/domain';
import { type GrievanceProcedure } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getGrievanceProcedure, saveGrievanceProcedure } from '../api/agreements';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { integer, text, type FormSchema } from '../../../forms/rules';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

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

const L = AGREEMENT_LIMITS;
const days = (max: number) => integer({ required: `Use a whole number of days from 1 to ${String(max)}.`, min: 1, max });
const SCHEMA: FormSchema<Values> = {
  handlers: text({ required: 'Write who handles grievances.', max: L.handlersMax }),
  acknowledgeDays: days(L.acknowledgeDaysMax),
  respondDays: [
    days(L.respondDaysMax),
    (value, values) => (Number(value) >= Number(values.acknowledgeDays) ? null : 'Responding cannot take less time than acknowledging.'),
  ],
  escalationPath: text({ required: 'Write the escalation path.', max: L.procedureMax }),
  appealProcedure: text({ required: 'Write how to appeal.', max: L.procedureMax }),
  inactiveParticipantProcedure: text({ max: L.procedureMax }),
  underminingBehaviourProcedure: text({ max: L.procedureMax }),
};

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
      <ResourceView resource={procedure} loading="Loading the grievance procedure…" />
      {data && mayManage ? (
        <GrievanceForm
          key={data.version}
          processRef={processRef}
          procedure={data}
          onSaved={(saved) => {
            procedure.setData(saved);
            setStatus('Grievance procedure saved.');
          }}
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
  onEdit,
}: {
  processRef: ProcessRef;
  procedure: GrievanceProcedure;
  onSaved: (procedure: GrievanceProcedure) => void;
  /** A new attempt to save starts: the last "saved" message no longer applies. */
  onEdit: () => void;
}) {
  const fmt = useFormat();
  const { form, submit, formErrors, conflict, keepMine, takeTheirs, errorOf } = useCgForm<Values, GrievanceProcedure>({
    defaultValues: toValues(procedure),
    schema: SCHEMA,
    fields: FIELDS,
    conflict: { parse: versioned<GrievanceProcedure>, onTakeTheirs: onSaved },
    onSubmit: async (values, { over }) => {
      onEdit();
      const saved = await saveGrievanceProcedure(processRef, {
        handlers: values.handlers.trim(),
        acknowledgeDays: Number(values.acknowledgeDays),
        respondDays: Number(values.respondDays),
        escalationPath: values.escalationPath.trim(),
        appealProcedure: values.appealProcedure.trim(),
        inactiveParticipantProcedure: values.inactiveParticipantProcedure.trim(),
        underminingBehaviourProcedure: values.underminingBehaviourProcedure.trim(),
        version: (over ?? procedure).version,
      });
      onSaved(saved);
    },
  });
  const { register, formState } = form;

  return (
    <form noValidate className="form" aria-labelledby="grievance-title" onSubmit={(event) => void submit(event)}>
      {procedure.updatedAt ? <p className="muted">Last saved {fmt.dateTime(procedure.updatedAt)}.</p> : null}
      {conflict ? (
        <ConflictNotice
          what="the grievance procedure"
          busy={formState.isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      <TextAreaField label="Who handles grievances" rows={2} required error={errorOf('handlers')} {...register('handlers')} />
      <div className="field-pair">
        <TextField
          label="Days to acknowledge"
          type="number"
          inputMode="numeric"
          min={1}
          max={AGREEMENT_LIMITS.acknowledgeDaysMax}
          required
          error={errorOf('acknowledgeDays')}
          {...register('acknowledgeDays')}
        />
        <TextField
          label="Days to respond"
          type="number"
          inputMode="numeric"
          min={1}
          max={AGREEMENT_LIMITS.respondDaysMax}
          required
          error={errorOf('respondDays')}
          {...register('respondDays')}
        />
      </div>
      <TextAreaField label="Escalation path" rows={3} required error={errorOf('escalationPath')} {...register('escalationPath')} />
      <TextAreaField label="Appeal" rows={3} required error={errorOf('appealProcedure')} {...register('appealProcedure')} />
      <TextAreaField
        label="Inactive participants"
        hint="What happens when a participant stops taking part."
        rows={3}
        error={errorOf('inactiveParticipantProcedure')}
        {...register('inactiveParticipantProcedure')}
      />
      <TextAreaField
        label="Behaviour that undermines the process"
        rows={3}
        error={errorOf('underminingBehaviourProcedure')}
        {...register('underminingBehaviourProcedure')}
      />
      <div className="form-actions">
        <SubmitButton busy={formState.isSubmitting}>Save grievance procedure</SubmitButton>
      </div>
    </form>
  );
}
