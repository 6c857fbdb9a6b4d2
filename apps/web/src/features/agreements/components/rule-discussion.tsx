import { useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type GroundRuleCommentList } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { commentOnRule, listRuleComments } from '../api/agreements';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

const m = untyped(
  defineMessages({
    commentMeta: { id: 'agreements.ruleDiscussion.commentMeta', defaultMessage: '<strong>{name}</strong>, {date}' },
    discussion: { id: 'agreements.ruleDiscussion.summary', defaultMessage: 'Discussion<hidden> of “{rule}”</hidden>' },
    loading: { id: 'agreements.ruleDiscussion.loading', defaultMessage: 'Loading the discussion' },
    none: { id: 'agreements.ruleDiscussion.none', defaultMessage: 'No comments yet.' },
    yourComment: { id: 'agreements.ruleDiscussion.yourComment', defaultMessage: 'Your comment' },
    required: { id: 'agreements.ruleDiscussion.required', defaultMessage: 'Write a comment.' },
    tooLong: { id: 'agreements.ruleDiscussion.tooLong', defaultMessage: 'At most 4,000 characters.' },
    add: { id: 'agreements.ruleDiscussion.add', defaultMessage: 'Add comment' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

interface RuleDiscussionProps {
  processRef: ProcessRef;
  ruleId: string;
  ruleText: string;
  mayComment: boolean;
}

/** The group's discussion of one ground rule; loaded when opened. */
export function RuleDiscussion({ processRef, ruleId, ruleText, mayComment }: RuleDiscussionProps) {
  const [open, setOpen] = useState(false);
  const intl = useIntl();
  return (
    <details
      className="rule-history"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{intl.formatMessage(m.discussion, { rule: ruleText, hidden })}</summary>
      {open ? <Comments processRef={processRef} ruleId={ruleId} mayComment={mayComment} /> : null}
    </details>
  );
}

function Comments({ processRef, ruleId, mayComment }: Omit<RuleDiscussionProps, 'ruleText'>) {
  const intl = useIntl();
  const fmt = useFormat();
  const comments = useResource<GroundRuleCommentList>(`rule-comments:${ruleId}`, (signal) => listRuleComments(processRef, ruleId, signal));
  const {
    form,
    submit,
    formErrors: errors,
  } = useCgForm<{ body: string }>({
    defaultValues: { body: '' },
    onSubmit: async ({ body }) => {
      const comment = await commentOnRule(processRef, ruleId, body.trim());
      comments.setData((previous) => ({ items: [...previous.items, comment] }));
      form.reset();
    },
  });

  if (comments.error || !comments.data) return <ResourceView resource={comments} loading={intl.formatMessage(m.loading)} />;
  return (
    <div className="stack">
      {comments.data.items.length === 0 ? (
        <p className="muted">{intl.formatMessage(m.none)}</p>
      ) : (
        <ol className="history">
          {comments.data.items.map((comment) => (
            <li key={comment.id} className="history-item">
              <p>
                {intl.formatMessage(m.commentMeta, {
                  strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
                  name: comment.author.displayName,
                  date: fmt.dateTime(comment.createdAt),
                })}
              </p>
              <p className="prose">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {mayComment ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert messages={errors} />
          <TextAreaField
            label={intl.formatMessage(m.yourComment)}
            rows={2}
            maxLength={4000}
            error={form.formState.errors.body?.message}
            {...form.register('body', {
              required: intl.formatMessage(m.required),
              maxLength: { value: 4000, message: intl.formatMessage(m.tooLong) },
            })}
          />
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.add)}</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
