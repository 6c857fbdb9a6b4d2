import type { CharterSectionKey } from '@common-ground/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors, type CharterAmendment, type CharterComment } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { formatDateTime } from '../../../lib/format';
import { addComment, proposeAmendment, type ProcessRef } from '../api/charters';

export const AMENDMENT_STATUS_LABELS: Record<CharterAmendment['status'], string> = {
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
};

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
  const { sectionLabel, comments, amendments, mayComment, mayAmend } = props;
  const open = amendments.filter((amendment) => amendment.status === 'open').length;
  const summary = [
    `${String(comments.length)} comment${comments.length === 1 ? '' : 's'}`,
    amendments.length ? `${String(amendments.length)} amendment${amendments.length === 1 ? '' : 's'}, ${String(open)} open` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <details className="discussion">
      <summary>
        Discuss “{sectionLabel}” <span className="muted">({summary})</span>
      </summary>
      <div className="discussion-body stack">
        {comments.length > 0 ? (
          <ul className="comments" aria-label={`Comments on ${sectionLabel}`}>
            {comments.map((comment) => (
              <li key={comment.id} className="comment">
                <p className="comment-meta">
                  <strong>{comment.author.displayName}</strong> <span className="muted">{formatDateTime(comment.createdAt)}</span>
                </p>
                <p className="prose">{comment.body}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No comments on this section yet.</p>
        )}
        {amendments.length > 0 ? (
          <ul className="comments" aria-label={`Amendments to ${sectionLabel}`}>
            {amendments.map((amendment) => (
              <li key={amendment.id} className="comment">
                <p className="comment-meta">
                  <strong>Amendment by {amendment.author.displayName}</strong>{' '}
                  <span className={`badge badge-${amendment.status === 'open' ? 'warning' : 'neutral'}`}>
                    {AMENDMENT_STATUS_LABELS[amendment.status]}
                  </span>
                </p>
                <blockquote className="prose quote">{amendment.proposedText || <em>(remove the section’s text)</em>}</blockquote>
                {amendment.rationale ? <p className="prose">Why: {amendment.rationale}</p> : null}
                {amendment.decidedBy ? (
                  <p className="muted">
                    {AMENDMENT_STATUS_LABELS[amendment.status]} by {amendment.decidedBy.displayName}
                    {amendment.decidedAt ? ` on ${formatDateTime(amendment.decidedAt)}` : ''}
                    {amendment.decisionReason ? `: ${amendment.decisionReason}` : '.'}
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
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ body: string }>({ defaultValues: { body: '' } });

  const submit = async ({ body }: { body: string }) => {
    setFormErrors([]);
    try {
      onCommented(await addComment(processRef, versionId, sectionKey, body.trim()));
      reset({ body: '' });
    } catch (error) {
      setFormErrors(applyFieldErrors(error, setError, ['body']));
    }
  };

  return (
    <form noValidate className="form" aria-label={`Comment on ${sectionLabel}`} onSubmit={(event) => void handleSubmit(submit)(event)}>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={`Your comment on “${sectionLabel}”`}
        rows={2}
        error={errors.body?.message}
        {...register('body', {
          validate: (value) => (!value.trim() ? 'Write a comment first.' : value.length > 4000 ? 'Use at most 4000 characters.' : true),
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Posting…" className="button">
          Post comment
        </SubmitButton>
      </div>
    </form>
  );
}

interface AmendmentValues {
  proposedText: string;
  rationale: string;
}

function AmendmentForm({ processRef, versionId, sectionKey, sectionLabel, currentText, onAmended }: SectionDiscussionProps) {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AmendmentValues>({ defaultValues: { proposedText: currentText, rationale: '' } });

  const submit = async (values: AmendmentValues) => {
    setFormErrors([]);
    setStatus('');
    try {
      const rationale = values.rationale.trim();
      onAmended(
        await proposeAmendment(processRef, versionId, {
          sectionKey,
          proposedText: values.proposedText,
          ...(rationale ? { rationale } : {}),
        }),
      );
      reset({ proposedText: currentText, rationale: '' });
      setStatus('Amendment proposed. The facilitator will accept or reject it.');
    } catch (error) {
      setFormErrors(applyFieldErrors(error, setError, ['proposedText', 'rationale']));
    }
  };

  return (
    <form
      noValidate
      className="form subform"
      aria-label={`Propose an amendment to ${sectionLabel}`}
      onSubmit={(event) => void handleSubmit(submit)(event)}
    >
      <h4>Propose an amendment</h4>
      <p role="status" className="form-status">
        {status}
      </p>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={`Suggested text for “${sectionLabel}”`}
        hint="The whole section as you would like it to read."
        rows={4}
        error={errors.proposedText?.message}
        {...register('proposedText', { maxLength: { value: 20000, message: 'Use at most 20000 characters.' } })}
      />
      <TextAreaField
        label="Why (optional)"
        rows={2}
        error={errors.rationale?.message}
        {...register('rationale', { maxLength: { value: 4000, message: 'Use at most 4000 characters.' } })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Proposing…" className="button">
          Propose amendment
        </SubmitButton>
      </div>
    </form>
  );
}
