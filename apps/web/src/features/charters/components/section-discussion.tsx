import { CHARTER_LIMITS, type CharterSectionKey } from '@common-ground/domain';
import { useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type CharterAmendment, type CharterComment } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useFormat } from '../../../lib/use-format';
import { addComment, proposeAmendment } from '../api/charters';
import type { ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';

export const AMENDMENT_STATUS_MESSAGES = untyped(
  defineMessages({
    open: { id: 'charters.amendmentStatus.open', defaultMessage: 'Open' },
    accepted: { id: 'charters.amendmentStatus.accepted', defaultMessage: 'Accepted' },
    rejected: { id: 'charters.amendmentStatus.rejected', defaultMessage: 'Rejected' },
  }),
) satisfies Record<CharterAmendment['status'], MessageDescriptor>;

const m = untyped(
  defineMessages({
    amendmentMeta: { id: 'charters.discussion.amendmentMeta', defaultMessage: '{author} {status}' },
    summaryComments: { id: 'charters.discussion.summaryComments', defaultMessage: '{count, plural, one {# comment} other {# comments}}' },
    summaryAmendments: {
      id: 'charters.discussion.summaryAmendments',
      defaultMessage: '{count, plural, one {# amendment} other {# amendments}}, {open} open',
    },
    discuss: { id: 'charters.discussion.discuss', defaultMessage: 'Discuss “{section}” <muted>({summary})</muted>' },
    commentsOn: { id: 'charters.discussion.commentsOn', defaultMessage: 'Comments on {section}' },
    noComments: { id: 'charters.discussion.noComments', defaultMessage: 'No comments on this section yet.' },
    amendmentsTo: { id: 'charters.discussion.amendmentsTo', defaultMessage: 'Amendments to {section}' },
    amendmentBy: { id: 'charters.discussion.amendmentBy', defaultMessage: 'Amendment by {author}' },
    removeText: { id: 'charters.discussion.removeText', defaultMessage: '(remove the section’s text)' },
    why: { id: 'charters.discussion.why', defaultMessage: 'Why: {rationale}' },
    decided: {
      id: 'charters.discussion.decided',
      defaultMessage:
        '{status, select, accepted {Accepted} rejected {Rejected} other {Open}} by {name}{hasDate, select, yes { on {date}} other {}}{hasReason, select, yes {: {reason}} other {.}}',
    },
    commentForm: { id: 'charters.discussion.commentForm', defaultMessage: 'Comment on {section}' },
    yourComment: { id: 'charters.discussion.yourComment', defaultMessage: 'Your comment on “{section}”' },
    commentRequired: { id: 'charters.discussion.commentRequired', defaultMessage: 'Write a comment first.' },
    tooLong: { id: 'charters.discussion.tooLong', defaultMessage: 'Use at most {max} characters.' },
    posting: { id: 'charters.discussion.posting', defaultMessage: 'Posting…' },
    post: { id: 'charters.discussion.post', defaultMessage: 'Post comment' },
    amendmentProposed: {
      id: 'charters.discussion.amendmentProposed',
      defaultMessage: 'Amendment proposed. The facilitator will accept or reject it.',
    },
    amendForm: { id: 'charters.discussion.amendForm', defaultMessage: 'Propose an amendment to {section}' },
    amendTitle: { id: 'charters.discussion.amendTitle', defaultMessage: 'Propose an amendment' },
    suggested: { id: 'charters.discussion.suggested', defaultMessage: 'Suggested text for “{section}”' },
    suggestedHint: { id: 'charters.discussion.suggestedHint', defaultMessage: 'The whole section as you would like it to read.' },
    whyOptional: { id: 'charters.discussion.whyOptional', defaultMessage: 'Why (optional)' },
    proposing: { id: 'charters.discussion.proposing', defaultMessage: 'Proposing…' },
    propose: { id: 'charters.discussion.propose', defaultMessage: 'Propose amendment' },
  }),
);

interface SectionDiscussionProps {
  processRef: ProcessRef;
  versionId: string;
  sectionKey: CharterSectionKey;
  sectionLabel: string;
  /** The section's current text, offered as the start of an amendment. */
  currentText: string;
  comments: CharterComment[];
  amendments: CharterAmendment[];
  mayComment: boolean;
  /** Amendments can be proposed only on a draft. */
  mayAmend: boolean;
  onCommented: (comment: CharterComment) => void;
  onAmended: (amendment: CharterAmendment) => void;
}

/** Comments and amendments on one section, behind a disclosure so the charter stays readable. */
export function SectionDiscussion(props: SectionDiscussionProps) {
  const fmt = useFormat();
  const { sectionLabel, comments, amendments, mayComment, mayAmend } = props;
  const intl = useIntl();
  const open = amendments.filter((amendment) => amendment.status === 'open').length;
  const summary = [
    intl.formatMessage(m.summaryComments, { count: comments.length }),
    amendments.length ? intl.formatMessage(m.summaryAmendments, { count: amendments.length, open }) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <details className="discussion">
      <summary>
        <FormattedMessage
          {...m.discuss}
          values={{ section: sectionLabel, summary, muted: (chunks: ReactNode) => <span className="muted">{chunks}</span> }}
        />
      </summary>
      <div className="discussion-body stack">
        {comments.length > 0 ? (
          <ul className="comments" aria-label={intl.formatMessage(m.commentsOn, { section: sectionLabel })}>
            {comments.map((comment) => (
              <li key={comment.id} className="comment">
                <p className="comment-meta">
                  <strong>{comment.author.displayName}</strong> <span className="muted">{fmt.dateTime(comment.createdAt)}</span>
                </p>
                <p className="prose">{comment.body}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{intl.formatMessage(m.noComments)}</p>
        )}
        {amendments.length > 0 ? (
          <ul className="comments" aria-label={intl.formatMessage(m.amendmentsTo, { section: sectionLabel })}>
            {amendments.map((amendment) => (
              <li key={amendment.id} className="comment">
                <p className="comment-meta">
                  {intl.formatMessage(m.amendmentMeta, {
                    author: <strong>{intl.formatMessage(m.amendmentBy, { author: amendment.author.displayName })}</strong>,
                    status: (
                      <span className={`badge badge-${amendment.status === 'open' ? 'warning' : 'neutral'}`}>
                        {intl.formatMessage(AMENDMENT_STATUS_MESSAGES[amendment.status])}
                      </span>
                    ),
                  })}
                </p>
                <blockquote className="prose quote">{amendment.proposedText || <em>{intl.formatMessage(m.removeText)}</em>}</blockquote>
                {amendment.rationale ? <p className="prose">{intl.formatMessage(m.why, { rationale: amendment.rationale })}</p> : null}
                {amendment.decidedBy ? (
                  <p className="muted">
                    {intl.formatMessage(m.decided, {
                      status: amendment.status,
                      name: amendment.decidedBy.displayName,
                      hasDate: amendment.decidedAt ? 'yes' : 'no',
                      date: amendment.decidedAt ? fmt.dateTime(amendment.decidedAt) : '',
                      hasReason: amendment.decisionReason ? 'yes' : 'no',
                      reason: amendment.decisionReason ?? '',
                    })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {mayComment ? <CommentForm {...props} /> : null}
        {mayComment && mayAmend ? <AmendmentForm {...props} /> : null}
      </div>
    </details>
  );
}

function CommentForm({ processRef, versionId, sectionKey, sectionLabel, onCommented }: SectionDiscussionProps) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ body: string }>({
    defaultValues: { body: '' },
    fields: ['body'],
    onSubmit: async ({ body }) => {
      onCommented(await addComment(processRef, versionId, sectionKey, body.trim()));
      form.reset({ body: '' });
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form
      noValidate
      className="form"
      aria-label={intl.formatMessage(m.commentForm, { section: sectionLabel })}
      onSubmit={(event) => void submit(event)}
    >
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.yourComment, { section: sectionLabel })}
        rows={2}
        error={errors.body?.message}
        {...register('body', {
          validate: (value) =>
            !value.trim()
              ? intl.formatMessage(m.commentRequired)
              : value.length > 4000
                ? intl.formatMessage(m.tooLong, { max: '4000' })
                : true,
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.posting)} className="button">
          {intl.formatMessage(m.post)}
        </SubmitButton>
      </div>
    </form>
  );
}

interface AmendmentValues {
  proposedText: string;
  rationale: string;
}

const AMENDMENT_SCHEMA: FormSchema<AmendmentValues> = {
  proposedText: text({ max: CHARTER_LIMITS.sectionMax }),
  rationale: text({ max: CHARTER_LIMITS.rationaleMax }),
};

function AmendmentForm({ processRef, versionId, sectionKey, sectionLabel, currentText, onAmended }: SectionDiscussionProps) {
  const intl = useIntl();
  const [status, setStatus] = useState('');
  const { form, submit, formErrors } = useCgForm<AmendmentValues>({
    defaultValues: { proposedText: currentText, rationale: '' },
    schema: AMENDMENT_SCHEMA,
    onSubmit: async (values) => {
      setStatus('');
      const rationale = values.rationale.trim();
      onAmended(
        await proposeAmendment(processRef, versionId, {
          sectionKey,
          proposedText: values.proposedText,
          ...(rationale ? { rationale } : {}),
        }),
      );
      form.reset({ proposedText: currentText, rationale: '' });
      setStatus(intl.formatMessage(m.amendmentProposed));
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form
      noValidate
      className="form subform"
      aria-label={intl.formatMessage(m.amendForm, { section: sectionLabel })}
      onSubmit={(event) => void submit(event)}
    >
      <h4>{intl.formatMessage(m.amendTitle)}</h4>
      <p role="status" className="form-status">
        {status}
      </p>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.suggested, { section: sectionLabel })}
        hint={intl.formatMessage(m.suggestedHint)}
        rows={4}
        error={errors.proposedText?.message}
        {...register('proposedText')}
      />
      <TextAreaField label={intl.formatMessage(m.whyOptional)} rows={2} error={errors.rationale?.message} {...register('rationale')} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.proposing)} className="button">
          {intl.formatMessage(m.propose)}
        </SubmitButton>
      </div>
    </form>
  );
}
