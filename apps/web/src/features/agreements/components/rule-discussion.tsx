import { useState } from 'react';
import { type GroundRuleCommentList } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { commentOnRule, listRuleComments } from '../api/agreements';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

interface RuleDiscussionProps {
  processRef: ProcessRef;
  ruleId: string;
  ruleText: string;
  mayComment: boolean;
}

/** The group's discussion of one ground rule; loaded when opened. */
export function RuleDiscussion({ processRef, ruleId, ruleText, mayComment }: RuleDiscussionProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="rule-history"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>
        Discussion<span className="visually-hidden"> of “{ruleText}”</span>
      </summary>
      {open ? <Comments processRef={processRef} ruleId={ruleId} mayComment={mayComment} /> : null}
    </details>
  );
}

function Comments({ processRef, ruleId, mayComment }: Omit<RuleDiscussionProps, 'ruleText'>) {
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

  if (comments.error || !comments.data) return <ResourceView resource={comments} loading="Loading the discussion" />;
  return (
    <div className="stack">
      {comments.data.items.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ol className="history">
          {comments.data.items.map((comment) => (
            <li key={comment.id} className="history-item">
              <p>
                <strong>{comment.author.displayName}</strong>, {fmt.dateTime(comment.createdAt)}
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
            label="Your comment"
            rows={2}
            maxLength={4000}
            error={form.formState.errors.body?.message}
            {...form.register('body', { required: 'Write a comment.', maxLength: { value: 4000, message: 'At most 4,000 characters.' } })}
          />
          <SubmitButton busy={form.formState.isSubmitting}>Add comment</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
