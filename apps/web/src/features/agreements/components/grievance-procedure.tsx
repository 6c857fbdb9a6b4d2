import { useMemo, useState } from 'react';
import { defineMessages, useIntl, type IntlShape } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
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

const m = untyped(
  defineMessages({
    daysRequired: { id: 'agreements.grievance.daysRequired', defaultMessage: 'Use a whole number of days from 1 to {max}.' },
    handlersRequired: { id: 'agreements.grievance.handlersRequired', defaultMessage: 'Write who handles grievances.' },
    respondTooShort: {
      id: 'agreements.grievance.respondTooShort',
      defaultMessage: 'Responding cannot take less time than acknowledging.',
    },
    escalationRequired: { id: 'agreements.grievance.escalationRequired', defaultMessage: 'Write the escalation path.' },
    appealRequired: { id: 'agreements.grievance.appealRequired', defaultMessage: 'Write how to appeal.' },
    title: { id: 'agreements.grievance.title', defaultMessage: 'Grievance procedure' },
    intro: {
      id: 'agreements.grievance.intro',
      defaultMessage:
        'Who handles grievances, how fast, and what happens next; also for inactive participants and for behaviour that undermines the process.',
    },
    loading: { id: 'agreements.grievance.loading', defaultMessage: 'Loading the grievance procedure…' },
    saved: { id: 'agreements.grievance.saved', defaultMessage: 'Grievance procedure saved.' },
    none: { id: 'agreements.grievance.none', defaultMessage: 'No grievance procedure has been written yet.' },
    handlers: { id: 'agreements.grievance.handlers', defaultMessage: 'Who handles grievances' },
    acknowledgedWithin: { id: 'agreements.grievance.acknowledgedWithin', defaultMessage: 'Acknowledged within' },
    answeredWithin: { id: 'agreements.grievance.answeredWithin', defaultMessage: 'Answered within' },
    days: { id: 'agreements.grievance.days', defaultMessage: '{count, plural, one {# day} other {# days}}' },
    escalation: { id: 'agreements.grievance.escalation', defaultMessage: 'Escalation path' },
    appeal: { id: 'agreements.grievance.appeal', defaultMessage: 'Appeal' },
    inactive: { id: 'agreements.grievance.inactive', defaultMessage: 'Inactive participants' },
    inactiveHint: { id: 'agreements.grievance.inactiveHint', defaultMessage: 'What happens when a participant stops taking part.' },
    undermining: { id: 'agreements.grievance.undermining', defaultMessage: 'Behaviour that undermines the process' },
    notWritten: { id: 'agreements.grievance.notWritten', defaultMessage: 'Not written.' },
    lastSaved: { id: 'agreements.grievance.lastSaved', defaultMessage: 'Last saved {date}.' },
    what: { id: 'agreements.grievance.what', defaultMessage: 'the grievance procedure' },
    daysToAcknowledge: { id: 'agreements.grievance.daysToAcknowledge', defaultMessage: 'Days to acknowledge' },
    daysToRespond: { id: 'agreements.grievance.daysToRespond', defaultMessage: 'Days to respond' },
    save: { id: 'agreements.grievance.save', defaultMessage: 'Save grievance procedure' },
  }),
);

const L = AGREEMENT_LIMITS;

function schemaOf(intl: IntlShape): FormSchema<Values> {
  const days = (max: number) => integer({ required: intl.formatMessage(m.daysRequired, { max: String(max) }), min: 1, max });
  return {
    handlers: text({ required: intl.formatMessage(m.handlersRequired), max: L.handlersMax }),
    acknowledgeDays: days(L.acknowledgeDaysMax),
    respondDays: [
      days(L.respondDaysMax),
      (value, values) => (Number(value) >= Number(values.acknowledgeDays) ? null : intl.formatMessage(m.respondTooShort)),
    ],
    escalationPath: text({ required: intl.formatMessage(m.escalationRequired), max: L.procedureMax }),
    appealProcedure: text({ required: intl.formatMessage(m.appealRequired), max: L.procedureMax }),
    inactiveParticipantProcedure: text({ max: L.procedureMax }),
    underminingBehaviourProcedure: text({ max: L.procedureMax }),
  };
}

/** The rules for handling grievances (handling them comes later). */
export function GrievanceProcedurePanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const procedure = useResource<GrievanceProcedure>(`grievance:${processRef.processId}`, (signal) =>
    getGrievanceProcedure(processRef, signal),
  );
  const data = procedure.data;
  const intl = useIntl();
  const [status, setStatus] = useState('');

  return (
    <section className="panel" aria-labelledby="grievance-title">
      <h2 id="grievance-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={procedure} loading={intl.formatMessage(m.loading)} />
      {data && mayManage ? (
        <GrievanceForm
          key={data.version}
          processRef={processRef}
          procedure={data}
          onSaved={(saved) => {
            procedure.setData(saved);
            setStatus(intl.formatMessage(m.saved));
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
  const intl = useIntl();
  if (procedure.version === 0) return <p>{intl.formatMessage(m.none)}</p>;
  const days = (count: number | null) => (count === null ? null : intl.formatMessage(m.days, { count }));
  const rows: [string, string | null][] = [
    [intl.formatMessage(m.handlers), procedure.handlers],
    [intl.formatMessage(m.acknowledgedWithin), days(procedure.acknowledgeDays)],
    [intl.formatMessage(m.answeredWithin), days(procedure.respondDays)],
    [intl.formatMessage(m.escalation), procedure.escalationPath],
    [intl.formatMessage(m.appeal), procedure.appealProcedure],
    [intl.formatMessage(m.inactive), procedure.inactiveParticipantProcedure],
    [intl.formatMessage(m.undermining), procedure.underminingBehaviourProcedure],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd className="prose">{value?.trim() ? value : <span className="muted">{intl.formatMessage(m.notWritten)}</span>}</dd>
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
  const intl = useIntl();
  const schema = useMemo(() => schemaOf(intl), [intl]);
  const fmt = useFormat();
  const { form, submit, formErrors, conflict, keepMine, takeTheirs, errorOf } = useCgForm<Values, GrievanceProcedure>({
    defaultValues: toValues(procedure),
    schema,
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
      {procedure.updatedAt ? <p className="muted">{intl.formatMessage(m.lastSaved, { date: fmt.dateTime(procedure.updatedAt) })}</p> : null}
      {conflict ? (
        <ConflictNotice
          what={intl.formatMessage(m.what)}
          busy={formState.isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      <TextAreaField label={intl.formatMessage(m.handlers)} rows={2} required error={errorOf('handlers')} {...register('handlers')} />
      <div className="field-pair">
        <TextField
          label={intl.formatMessage(m.daysToAcknowledge)}
          type="number"
          inputMode="numeric"
          min={1}
          max={AGREEMENT_LIMITS.acknowledgeDaysMax}
          required
          error={errorOf('acknowledgeDays')}
          {...register('acknowledgeDays')}
        />
        <TextField
          label={intl.formatMessage(m.daysToRespond)}
          type="number"
          inputMode="numeric"
          min={1}
          max={AGREEMENT_LIMITS.respondDaysMax}
          required
          error={errorOf('respondDays')}
          {...register('respondDays')}
        />
      </div>
      <TextAreaField
        label={intl.formatMessage(m.escalation)}
        rows={3}
        required
        error={errorOf('escalationPath')}
        {...register('escalationPath')}
      />
      <TextAreaField
        label={intl.formatMessage(m.appeal)}
        rows={3}
        required
        error={errorOf('appealProcedure')}
        {...register('appealProcedure')}
      />
      <TextAreaField
        label={intl.formatMessage(m.inactive)}
        hint={intl.formatMessage(m.inactiveHint)}
        rows={3}
        error={errorOf('inactiveParticipantProcedure')}
        {...register('inactiveParticipantProcedure')}
      />
      <TextAreaField
        label={intl.formatMessage(m.undermining)}
        rows={3}
        error={errorOf('underminingBehaviourProcedure')}
        {...register('underminingBehaviourProcedure')}
      />
      <div className="form-actions">
        <SubmitButton busy={formState.isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
      </div>
    </form>
  );
}
