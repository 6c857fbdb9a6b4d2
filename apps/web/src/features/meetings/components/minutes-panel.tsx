import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { MEETING_LIMITS, minutesKeepStatements, numberAgenda } from '@common-ground/domain';
import { errorMessage, type Meeting, type Minutes, type MinutesStatement } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { ResourceView } from '../../../components/resource-view';
import { Badge } from '../../../components/states';
import type { ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { useResource } from '../../../hooks/use-resource';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import { addActionPoint, addStatement, deleteStatement, getMinutes, moveMinutes, quoteMe, review } from '../api/meetings';
import { MINUTES_STATUS_LABELS } from '../messages';

const m = untyped(
  defineMessages({
    title: { id: 'meetings.minutes.title', defaultMessage: 'Minutes' },
    loading: { id: 'meetings.minutes.loading', defaultMessage: 'Loading the minutes…' },
    onRecord: {
      id: 'meetings.minutes.onRecord',
      defaultMessage:
        'This meeting is on the record: a statement may name its speaker. Invitees read the minutes once they are submitted for review.',
    },
    chatham: {
      id: 'meetings.minutes.chatham',
      defaultMessage:
        'This meeting is under the Chatham House Rule: statements carry no names and are kept in agenda order. Attendees read them only once the minutes are approved. A speaker may agree to be quoted by name for one statement.',
    },
    offRecord: {
      id: 'meetings.minutes.offRecord',
      defaultMessage: 'This meeting is off the record: the minutes keep only who attended and the agreed action points.',
    },
    hidden: {
      id: 'meetings.minutes.hidden',
      defaultMessage: 'The statements are published to the attendees when the minutes are approved.',
    },
    statements: { id: 'meetings.minutes.statements', defaultMessage: 'Statements' },
    noStatements: { id: 'meetings.minutes.noStatements', defaultMessage: 'No statement yet.' },
    general: { id: 'meetings.minutes.general', defaultMessage: 'Not under an agenda item' },
    under: { id: 'meetings.minutes.under', defaultMessage: 'Item {number}' },
    underTitled: { id: 'meetings.minutes.underTitled', defaultMessage: 'Item {number}: {title}' },
    said: { id: 'meetings.minutes.said', defaultMessage: '{name} said:' },
    deleteStatement: { id: 'meetings.minutes.deleteStatement', defaultMessage: 'Delete' },
    deleteLabel: { id: 'meetings.minutes.deleteLabel', defaultMessage: 'Delete statement {ordinal}' },
    deleteTitle: { id: 'meetings.minutes.deleteTitle', defaultMessage: 'Delete this statement?' },
    deleteMessage: { id: 'meetings.minutes.deleteMessage', defaultMessage: 'It is removed from the draft minutes.' },
    quoteMe: { id: 'meetings.minutes.quoteMe', defaultMessage: 'Quote me' },
    quoteMeLabel: { id: 'meetings.minutes.quoteMeLabel', defaultMessage: 'Quote me by name for statement {ordinal}' },
    quoteMeTitle: { id: 'meetings.minutes.quoteMeTitle', defaultMessage: 'Be named for this statement?' },
    quoteMeMessage: {
      id: 'meetings.minutes.quoteMeMessage',
      defaultMessage: 'Your name will be shown beside this one statement, to everyone who reads the minutes. This cannot be undone.',
    },
    newStatement: { id: 'meetings.minutes.newStatement', defaultMessage: 'Add a statement' },
    agendaItem: { id: 'meetings.minutes.agendaItem', defaultMessage: 'Agenda item' },
    statementText: { id: 'meetings.minutes.statementText', defaultMessage: 'What was said' },
    speaker: { id: 'meetings.minutes.speaker', defaultMessage: 'Speaker (optional)' },
    add: { id: 'meetings.minutes.add', defaultMessage: 'Add the statement' },
    adding: { id: 'meetings.minutes.adding', defaultMessage: 'Adding…' },
    textRequired: { id: 'meetings.minutes.textRequired', defaultMessage: 'Write what was said.' },
    actionPoints: { id: 'meetings.minutes.actionPoints', defaultMessage: 'Action points' },
    noActionPoints: { id: 'meetings.minutes.noActionPoints', defaultMessage: 'No action point yet.' },
    newActionPoint: { id: 'meetings.minutes.newActionPoint', defaultMessage: 'New action point' },
    addActionPoint: { id: 'meetings.minutes.addActionPoint', defaultMessage: 'Add the action point' },
    actionRequired: { id: 'meetings.minutes.actionRequired', defaultMessage: 'Write the action point.' },
    submit: { id: 'meetings.minutes.submit', defaultMessage: 'Submit for review' },
    submitTitle: { id: 'meetings.minutes.submitTitle', defaultMessage: 'Submit the minutes for review?' },
    submitMessage: {
      id: 'meetings.minutes.submitMessage',
      defaultMessage: 'The attendees are asked to approve them or object. Statements can no longer be changed unless you reopen the draft.',
    },
    reopen: { id: 'meetings.minutes.reopen', defaultMessage: 'Reopen the draft' },
    reopenTitle: { id: 'meetings.minutes.reopenTitle', defaultMessage: 'Reopen the draft?' },
    reopenMessage: { id: 'meetings.minutes.reopenMessage', defaultMessage: 'The reviews given so far are set aside.' },
    reviews: { id: 'meetings.minutes.reviews', defaultMessage: 'Reviews' },
    noReviews: { id: 'meetings.minutes.noReviews', defaultMessage: 'No review yet.' },
    approvedBy: { id: 'meetings.minutes.approvedBy', defaultMessage: '{name} approves' },
    objectedBy: { id: 'meetings.minutes.objectedBy', defaultMessage: '{name} objects: {comment}' },
    objectedNoComment: { id: 'meetings.minutes.objectedNoComment', defaultMessage: '{name} objects' },
    verdict: { id: 'meetings.minutes.verdict', defaultMessage: 'Your verdict' },
    yourReview: { id: 'meetings.minutes.yourReview', defaultMessage: 'Your review' },
    approve: { id: 'meetings.minutes.approve', defaultMessage: 'Approve the minutes' },
    object: { id: 'meetings.minutes.object', defaultMessage: 'Object' },
    comment: { id: 'meetings.minutes.comment', defaultMessage: 'Comment' },
    commentHint: { id: 'meetings.minutes.commentHint', defaultMessage: 'Say what should change (needed to object).' },
    commentRequired: { id: 'meetings.minutes.commentRequired', defaultMessage: 'Say what should change.' },
    sendReview: { id: 'meetings.minutes.sendReview', defaultMessage: 'Send my review' },
    sending: { id: 'meetings.minutes.sending', defaultMessage: 'Sending…' },
    reviewSent: { id: 'meetings.minutes.reviewSent', defaultMessage: 'Your review is recorded.' },
    approvedAt: { id: 'meetings.minutes.approvedAt', defaultMessage: 'Approved on {time}. The minutes can no longer be changed.' },
    quoted: { id: 'meetings.minutes.quoted', defaultMessage: 'You are now named for this statement.' },
  }),
);

const MODE_NOTES = { on_the_record: m.onRecord, chatham_house: m.chatham, off_the_record: m.offRecord } as const;

/** The minutes under the meeting's mode: drafting, review by attendees, approval, then read-only. */
export function MinutesPanel({
  processRef,
  meeting,
  mayDraft,
  mayReview,
  mayQuote,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  mayDraft: boolean;
  mayReview: boolean;
  mayQuote: boolean;
}) {
  const intl = useIntl();
  const format = useFormat();
  const minutes = useResource<Minutes>(`meeting-minutes:${meeting.id}`, (signal) => getMinutes(processRef, meeting.id, signal));
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const data = minutes.data;
  const lines = numberAgenda(meeting.agenda);
  const titleOf = (number: string | null) => lines.find((line) => line.number === number)?.title ?? null;

  return (
    <section id="minutes" className="panel stack" aria-labelledby="minutes-title">
      <div className="page-header">
        <h3 id="minutes-title">{intl.formatMessage(m.title)}</h3>
        {data ? (
          <Badge tone={data.status === 'approved' ? 'accent' : 'neutral'}>{intl.formatMessage(MINUTES_STATUS_LABELS[data.status])}</Badge>
        ) : null}
      </div>
      <p className="muted">{intl.formatMessage(MODE_NOTES[meeting.effectiveMode])}</p>
      {notice ? (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      ) : null}
      <FormAlert messages={errors} />
      <ResourceView resource={minutes} loading={intl.formatMessage(m.loading)}>
        {(current: Minutes) => {
          const drafting = mayDraft && current.status === 'draft';
          const change = (next: Minutes) => {
            minutes.setData(next);
          };
          return (
            <>
              {current.status === 'approved' && current.approvedAt ? (
                <p className="alert alert-success">{intl.formatMessage(m.approvedAt, { time: format.dateTime(current.approvedAt) })}</p>
              ) : null}
              {minutesKeepStatements(current.effectiveMode) ? (
                <section className="stack" aria-labelledby="statements-title">
                  <h4 id="statements-title">{intl.formatMessage(m.statements)}</h4>
                  {!current.statementsVisible ? (
                    <p className="muted">{intl.formatMessage(m.hidden)}</p>
                  ) : current.statements.length === 0 ? (
                    <p className="muted">{intl.formatMessage(m.noStatements)}</p>
                  ) : (
                    <ol className="plain-list" aria-label={intl.formatMessage(m.statements)}>
                      {current.statements.map((statement) => (
                        <StatementItem
                          key={statement.id}
                          statement={statement}
                          agendaTitle={titleOf(statement.agendaNumber)}
                          mayDelete={drafting}
                          mayQuote={
                            mayQuote &&
                            meeting.attended &&
                            current.effectiveMode === 'chatham_house' &&
                            current.status !== 'draft' &&
                            !statement.quotedName
                          }
                          onDelete={async () => {
                            await deleteStatement(processRef, meeting.id, statement.id);
                            minutes.reload();
                          }}
                          onQuote={async () => {
                            const quoted = await quoteMe(processRef, meeting.id, statement.id);
                            change({ ...current, statements: current.statements.map((one) => (one.id === quoted.id ? quoted : one)) });
                            setNotice(intl.formatMessage(m.quoted));
                          }}
                        />
                      ))}
                    </ol>
                  )}
                  {drafting ? (
                    <StatementForm
                      key={String(meeting.version)}
                      processRef={processRef}
                      meeting={meeting}
                      named={current.effectiveMode === 'on_the_record'}
                      onAdded={() => {
                        minutes.reload();
                      }}
                    />
                  ) : null}
                </section>
              ) : null}
              <section className="stack" aria-labelledby="action-points-title">
                <h4 id="action-points-title">{intl.formatMessage(m.actionPoints)}</h4>
                {current.actionPoints.length === 0 ? (
                  <p className="muted">{intl.formatMessage(m.noActionPoints)}</p>
                ) : (
                  <ol aria-label={intl.formatMessage(m.actionPoints)}>
                    {current.actionPoints.map((point) => (
                      <li key={point.id}>{point.text}</li>
                    ))}
                  </ol>
                )}
                {drafting ? <ActionPointForm processRef={processRef} meeting={meeting} onAdded={change} /> : null}
              </section>
              {mayDraft && current.status === 'draft' ? (
                <ConfirmButton
                  className="button button-primary"
                  confirmClassName="button button-primary"
                  title={intl.formatMessage(m.submitTitle)}
                  message={intl.formatMessage(m.submitMessage)}
                  confirmLabel={intl.formatMessage(m.submit)}
                  describeError={errorMessage}
                  onConfirm={async () => {
                    change(await moveMinutes(processRef, meeting.id, 'submit', current.version));
                  }}
                >
                  {intl.formatMessage(m.submit)}
                </ConfirmButton>
              ) : null}
              {current.status === 'in_review' || current.reviews.length > 0 ? <Reviews minutes={current} /> : null}
              {mayReview && meeting.attended && current.status === 'in_review' ? (
                <ReviewForm
                  processRef={processRef}
                  meeting={meeting}
                  onReviewed={(next) => {
                    change(next);
                    setErrors([]);
                    setNotice(intl.formatMessage(m.reviewSent));
                  }}
                />
              ) : null}
              {mayDraft && current.status === 'in_review' ? (
                <ConfirmButton
                  className="button"
                  title={intl.formatMessage(m.reopenTitle)}
                  message={intl.formatMessage(m.reopenMessage)}
                  confirmLabel={intl.formatMessage(m.reopen)}
                  describeError={errorMessage}
                  onConfirm={async () => {
                    change(await moveMinutes(processRef, meeting.id, 'reopen', current.version));
                  }}
                >
                  {intl.formatMessage(m.reopen)}
                </ConfirmButton>
              ) : null}
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}

function StatementItem({
  statement,
  agendaTitle,
  mayDelete,
  mayQuote,
  onDelete,
  onQuote,
}: {
  statement: MinutesStatement;
  agendaTitle: string | null;
  mayDelete: boolean;
  mayQuote: boolean;
  onDelete: () => Promise<void>;
  onQuote: () => Promise<void>;
}) {
  const intl = useIntl();
  return (
    <li className="statement stack">
      <p className="muted">
        {statement.agendaNumber
          ? agendaTitle
            ? intl.formatMessage(m.underTitled, { number: statement.agendaNumber, title: agendaTitle })
            : intl.formatMessage(m.under, { number: statement.agendaNumber })
          : intl.formatMessage(m.general)}
      </p>
      {statement.quotedName ? <p>{intl.formatMessage(m.said, { name: statement.quotedName })}</p> : null}
      <p className="prose">{statement.text}</p>
      {mayDelete || mayQuote ? (
        <div className="form-actions">
          {mayDelete ? (
            <ConfirmButton
              className="button button-small"
              aria-label={intl.formatMessage(m.deleteLabel, { ordinal: statement.ordinal })}
              title={intl.formatMessage(m.deleteTitle)}
              message={intl.formatMessage(m.deleteMessage)}
              confirmLabel={intl.formatMessage(m.deleteStatement)}
              describeError={errorMessage}
              onConfirm={onDelete}
            >
              {intl.formatMessage(m.deleteStatement)}
            </ConfirmButton>
          ) : null}
          {mayQuote ? (
            <ConfirmButton
              className="button button-small"
              confirmClassName="button button-primary"
              aria-label={intl.formatMessage(m.quoteMeLabel, { ordinal: statement.ordinal })}
              title={intl.formatMessage(m.quoteMeTitle)}
              message={intl.formatMessage(m.quoteMeMessage)}
              confirmLabel={intl.formatMessage(m.quoteMe)}
              describeError={errorMessage}
              onConfirm={onQuote}
            >
              {intl.formatMessage(m.quoteMe)}
            </ConfirmButton>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

interface StatementValues {
  agendaNumber: string;
  text: string;
  quotedName: string;
}

function StatementForm({
  processRef,
  meeting,
  named,
  onAdded,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  named: boolean;
  onAdded: () => void;
}) {
  const intl = useIntl();
  const id = useId();
  const lines = numberAgenda(meeting.agenda);
  const schema: FormSchema<StatementValues> = {
    text: text({ required: m.textRequired, max: MEETING_LIMITS.statementTextMax }),
    quotedName: text({ max: 200 }),
  };
  const { form, submit, formErrors, errorOf } = useCgForm<StatementValues>({
    defaultValues: { agendaNumber: lines[0]?.number ?? '', text: '', quotedName: '' },
    schema,
    onSubmit: async (values) => {
      await addStatement(processRef, meeting.id, {
        text: values.text.trim(),
        agendaNumber: values.agendaNumber || null,
        // Under the Chatham House Rule and off the record there is no speaker field at all.
        ...(named && values.quotedName.trim() ? { quotedName: values.quotedName.trim() } : {}),
      });
      form.reset({ agendaNumber: values.agendaNumber, text: '', quotedName: '' });
      onAdded();
    },
  });
  return (
    <form noValidate className="form card stack" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h5 id={`${id}-title`}>{intl.formatMessage(m.newStatement)}</h5>
      <FormAlert messages={formErrors} />
      {lines.length > 0 ? (
        <SelectField
          label={intl.formatMessage(m.agendaItem)}
          options={[
            ...lines.map((line) => ({
              value: line.number,
              label: intl.formatMessage(m.underTitled, { number: line.number, title: line.title }),
            })),
            { value: '', label: intl.formatMessage(m.general) },
          ]}
          {...form.register('agendaNumber')}
        />
      ) : null}
      <TextAreaField label={intl.formatMessage(m.statementText)} rows={3} required error={errorOf('text')} {...form.register('text')} />
      {named ? <TextField label={intl.formatMessage(m.speaker)} error={errorOf('quotedName')} {...form.register('quotedName')} /> : null}
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel={intl.formatMessage(m.adding)}>
          {intl.formatMessage(m.add)}
        </SubmitButton>
      </div>
    </form>
  );
}

function ActionPointForm({
  processRef,
  meeting,
  onAdded,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  onAdded: (minutes: Minutes) => void;
}) {
  const intl = useIntl();
  const schema: FormSchema<{ text: string }> = { text: text({ required: m.actionRequired, max: MEETING_LIMITS.statementTextMax }) };
  const { form, submit, formErrors, errorOf } = useCgForm<{ text: string }>({
    defaultValues: { text: '' },
    schema,
    onSubmit: async (values) => {
      onAdded(await addActionPoint(processRef, meeting.id, values.text.trim()));
      form.reset({ text: '' });
    },
  });
  return (
    <form noValidate className="form stack" onSubmit={(event) => void submit(event)}>
      <FormAlert messages={formErrors} />
      <TextField label={intl.formatMessage(m.newActionPoint)} error={errorOf('text')} {...form.register('text')} />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel={intl.formatMessage(m.adding)}>
          {intl.formatMessage(m.addActionPoint)}
        </SubmitButton>
      </div>
    </form>
  );
}

function Reviews({ minutes }: { minutes: Minutes }) {
  const intl = useIntl();
  return (
    <section className="stack" aria-labelledby="reviews-title">
      <h4 id="reviews-title">{intl.formatMessage(m.reviews)}</h4>
      {minutes.reviews.length === 0 ? (
        <p className="muted">{intl.formatMessage(m.noReviews)}</p>
      ) : (
        <ul className="plain-list" aria-label={intl.formatMessage(m.reviews)}>
          {minutes.reviews.map((one) => (
            <li key={one.member.id}>
              {one.verdict === 'approve'
                ? intl.formatMessage(m.approvedBy, { name: one.member.displayName })
                : one.comment
                  ? intl.formatMessage(m.objectedBy, { name: one.member.displayName, comment: one.comment })
                  : intl.formatMessage(m.objectedNoComment, { name: one.member.displayName })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface ReviewValues {
  verdict: 'approve' | 'object';
  comment: string;
}

function ReviewForm({
  processRef,
  meeting,
  onReviewed,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  onReviewed: (minutes: Minutes) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const schema: FormSchema<ReviewValues> = {
    comment: [
      text({ max: MEETING_LIMITS.commentTextMax }),
      (value, values) => (values.verdict === 'object' && String(value).trim() === '' ? intl.formatMessage(m.commentRequired) : null),
    ],
  };
  const { form, submit, formErrors, errorOf } = useCgForm<ReviewValues>({
    defaultValues: { verdict: 'approve', comment: '' },
    schema,
    onSubmit: async (values) => {
      onReviewed(await review(processRef, meeting.id, { verdict: values.verdict, comment: values.comment.trim() || null }));
    },
  });
  return (
    <form noValidate className="form card stack" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h4 id={`${id}-title`}>{intl.formatMessage(m.yourReview)}</h4>
      <FormAlert messages={formErrors} />
      <fieldset className="field radio-group">
        <legend>{intl.formatMessage(m.verdict)}</legend>
        {(['approve', 'object'] as const).map((value) => (
          <div key={value} className="radio">
            <input id={`${id}-${value}`} type="radio" value={value} {...form.register('verdict')} />
            <label htmlFor={`${id}-${value}`}>{intl.formatMessage(value === 'approve' ? m.approve : m.object)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        label={intl.formatMessage(m.comment)}
        hint={intl.formatMessage(m.commentHint)}
        rows={3}
        error={errorOf('comment')}
        {...form.register('comment')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel={intl.formatMessage(m.sending)}>
          {intl.formatMessage(m.sendReview)}
        </SubmitButton>
      </div>
    </form>
  );
}
