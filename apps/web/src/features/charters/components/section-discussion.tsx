import { CHARTER_LIMITS, type CharterSectionKey } from '@common-ground/domain';
import { useState } from 'react';
import { type CharterAmendment, type CharterComment } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useFormat } from '../../../lib/use-format';
import { addComment, proposeAmendment } from '../api/charters';
import type { ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';

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
  const fmt = useFormat();
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
                  <strong>{comment.author.displayName}</strong> <span className="muted">{fmt.dateTime(comment.createdAt)}</span>
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
                    {amendment.decidedAt ? ` on ${fmt.dateTime(amendment.decidedAt)}` : ''}
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
    <form noValidate className="form" aria-label={`Comment on ${sectionLabel}`} onSubmit={(event) => void submit(event)}>
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

const AMENDMENT_SCHEMA: FormSchema<AmendmentValues> = {
  proposedText: text({ max: CHARTER_LIMITS.sectionMax }),
  rationale: text({ max: CHARTER_LIMITS.rationaleMax }),
};

function AmendmentForm({ processRef, versionId, sectionKey, sectionLabel, currentText, onAmended }: SectionDiscussionProps) {
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
      setStatus('Amendment proposed. The facilitator will accept or reject it.');
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
      aria-label={`Propose an amendment to ${sectionLabel}`}
      onSubmit={(event) => void submit(event)}
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
        {...register('proposedText')}
      />
      <TextAreaField label="Why (optional)" rows={2} error={errors.rationale?.message} {...register('rationale')} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Proposing…" className="button">
          Propose amendment
        </SubmitButton>
      </div>
    </form>
  );
}
