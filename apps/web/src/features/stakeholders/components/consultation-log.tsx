import { type ConsultationChannel, type InterestLevel, REGISTER_LIMITS } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { errorMessage } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { addConsultation, type Consultation, deleteConsultation, type ProspectDetail } from '../api/register';
import { channelOptions, interestLevelOptions } from './options';
import { channelLabels, interestLevelLabels } from '../labels';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    whenChannel: { id: 'stakeholders.consultations.whenChannel', defaultMessage: '{when} · {channel}' },
    title: { id: 'stakeholders.consultations.title', defaultMessage: 'Consultations' },
    emptyTitle: { id: 'stakeholders.consultations.emptyTitle', defaultMessage: 'No consultation logged yet' },
    emptyHint: {
      id: 'stakeholders.consultations.emptyHint',
      defaultMessage: 'Lesson 11: ask whether the process meets their interests, what concerns them, and what would make them take part.',
    },
    removed: { id: 'stakeholders.consultations.removed', defaultMessage: 'The consultation of {date} was removed.' },
    interest: { id: 'stakeholders.consultations.interest', defaultMessage: 'Interest in taking part' },
    concerns: { id: 'stakeholders.consultations.concerns', defaultMessage: 'Concerns' },
    outcome: { id: 'stakeholders.consultations.outcome', defaultMessage: 'Outcome' },
    loggedBy: { id: 'stakeholders.consultations.loggedBy', defaultMessage: 'Logged by {name}' },
    removeLabel: { id: 'stakeholders.consultations.removeLabel', defaultMessage: 'Remove the consultation of {date}' },
    removeTitle: { id: 'stakeholders.consultations.removeTitle', defaultMessage: 'Remove this consultation?' },
    removeMessage: { id: 'stakeholders.consultations.removeMessage', defaultMessage: 'The entry of {date} leaves the log for good.' },
    remove: { id: 'stakeholders.consultations.remove', defaultMessage: 'Remove' },
    formTitle: { id: 'stakeholders.consultations.formTitle', defaultMessage: 'Log a consultation' },
    date: { id: 'stakeholders.consultations.date', defaultMessage: 'Date' },
    dateMissing: { id: 'stakeholders.consultations.dateMissing', defaultMessage: 'Enter the date it took place.' },
    dateFuture: { id: 'stakeholders.consultations.dateFuture', defaultMessage: 'The date cannot be in the future.' },
    how: { id: 'stakeholders.consultations.how', defaultMessage: 'How' },
    submit: { id: 'stakeholders.consultations.submit', defaultMessage: 'Log consultation' },
  }),
);
import { useFormat } from '../../../lib/use-format';
import { commonMessages } from '../../../i18n/common-messages';

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
  const intl = useIntl();
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="sm-log-title">
      <h2 id="sm-log-title">{intl.formatMessage(m.title)}</h2>
      {prospect.consultationLog.length === 0 ? (
        <EmptyState title={intl.formatMessage(m.emptyTitle)}>
          <p>{intl.formatMessage(m.emptyHint)}</p>
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
                onRemoved(intl.formatMessage(m.removed, { date: fmt.day(consultation.heldOn) }));
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
  const intl = useIntl();
  const fmt = useFormat();
  const when = fmt.day(consultation.heldOn);
  return (
    <li className="sm-log-entry">
      <h3>{intl.formatMessage(m.whenChannel, { when, channel: intl.formatMessage(channelLabels[consultation.channel]) })}</h3>
      <dl className="sm-facts">
        <dt>{intl.formatMessage(m.interest)}</dt>
        <dd>{intl.formatMessage(interestLevelLabels[consultation.interest])}</dd>
        <dt>{intl.formatMessage(m.concerns)}</dt>
        <dd className="prose">{consultation.concerns ?? intl.formatMessage(commonMessages.none)}</dd>
        <dt>{intl.formatMessage(m.outcome)}</dt>
        <dd className="prose">{consultation.outcome ?? intl.formatMessage(commonMessages.none)}</dd>
      </dl>
      <p className="muted">{intl.formatMessage(m.loggedBy, { name: consultation.recordedBy.displayName })}</p>
      {mayManage ? (
        <ConfirmButton
          className="button button-small button-danger-quiet"
          aria-label={intl.formatMessage(m.removeLabel, { date: when })}
          title={intl.formatMessage(m.removeTitle)}
          message={<p>{intl.formatMessage(m.removeMessage, { date: when })}</p>}
          confirmLabel={intl.formatMessage(m.remove)}
          describeError={errorMessage}
          onConfirm={onRemove}
        >
          {intl.formatMessage(m.remove)}
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
  const intl = useIntl();
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
      <h3 id="sm-log-form-title">{intl.formatMessage(m.formTitle)}</h3>
      <FormAlert messages={formErrors} />
      <div className="field-pair">
        <TextField
          label={intl.formatMessage(m.date)}
          type="date"
          required
          max={fmt.today()}
          error={errors.heldOn?.message}
          {...form.register('heldOn', {
            validate: (value) =>
              !value ? intl.formatMessage(m.dateMissing) : value > fmt.today() ? intl.formatMessage(m.dateFuture) : true,
          })}
        />
        <SelectField
          label={intl.formatMessage(m.how)}
          options={channelOptions(intl)}
          error={errors.channel?.message}
          {...form.register('channel')}
        />
      </div>
      <SelectField
        label={intl.formatMessage(m.interest)}
        options={interestLevelOptions(intl)}
        error={errors.interest?.message}
        {...form.register('interest')}
      />
      <TextAreaField
        label={intl.formatMessage(m.concerns)}
        rows={3}
        maxLength={REGISTER_LIMITS.concernsMax}
        error={errors.concerns?.message}
        {...form.register('concerns')}
      />
      <TextAreaField
        label={intl.formatMessage(m.outcome)}
        rows={3}
        maxLength={REGISTER_LIMITS.outcomeMax}
        error={errors.outcome?.message}
        {...form.register('outcome')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.submit)}</SubmitButton>
      </div>
    </form>
  );
}
