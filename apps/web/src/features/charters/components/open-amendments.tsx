import { useState } from 'react';
import { errorMessage, type CharterAmendment } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useFormat } from '../../../lib/use-format';
import { acceptAmendment, rejectAmendment } from '../api/charters';
import { SECTION_LABELS } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

interface OpenAmendmentsProps {
  processRef: ProcessRef;
  amendments: CharterAmendment[];
  /** The editor has unsaved text that accepting would replace. */
  editorDirty: boolean;
  onDecided: (amendment: CharterAmendment, message: string) => void;
}

/** For those who edit the draft: the amendments waiting for a decision. */
export function OpenAmendments({ processRef, amendments, editorDirty, onDecided }: OpenAmendmentsProps) {
  const fmt = useFormat();
  const open = amendments.filter((amendment) => amendment.status === 'open');
  const [rejecting, setRejecting] = useState<CharterAmendment | null>(null);

  return (
    <section className="panel panel-inner" aria-labelledby="open-amendments-title">
      <h3 id="open-amendments-title">Open amendments ({open.length})</h3>
      {open.length === 0 ? <p className="muted">No amendment is waiting for a decision.</p> : null}
      {open.length > 0 ? (
        <ul className="rows" aria-label="Open amendments">
          {open.map((amendment) => {
            const section = SECTION_LABELS[amendment.sectionKey];
            return (
              <li key={amendment.id} className="row row-block">
                <div className="row-main">
                  <span className="row-title">
                    {section} — by {amendment.author.displayName}
                  </span>
                  <span className="muted">{fmt.dateTime(amendment.createdAt)}</span>
                  <blockquote className="prose quote">{amendment.proposedText || <em>(remove the section’s text)</em>}</blockquote>
                  {amendment.rationale ? <p className="prose">Why: {amendment.rationale}</p> : null}
                </div>
                <div className="row-actions">
                  <ConfirmButton
                    className="button button-primary"
                    aria-label={`Accept the amendment to ${section} by ${amendment.author.displayName}`}
                    title="Accept this amendment?"
                    message={
                      <p>
                        The text of “{section}” in the draft will be replaced by the suggested text.
                        {editorDirty ? ' Your unsaved changes in the editor will be lost: save them first if you need them.' : ''}
                      </p>
                    }
                    confirmLabel="Accept and replace the text"
                    confirmClassName="button button-primary"
                    describeError={errorMessage}
                    onConfirm={async () => {
                      const decided = await acceptAmendment(processRef, amendment.id);
                      onDecided(decided, `The amendment to “${section}” was accepted; the draft now has its text.`);
                    }}
                  >
                    Accept
                  </ConfirmButton>
                  <button
                    type="button"
                    className="button"
                    aria-haspopup="dialog"
                    aria-label={`Reject the amendment to ${section} by ${amendment.author.displayName}`}
                    onClick={() => {
                      setRejecting(amendment);
                    }}
                  >
                    Reject…
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {rejecting ? (
        <RejectDialog
          processRef={processRef}
          amendment={rejecting}
          onClose={() => {
            setRejecting(null);
          }}
          onRejected={(decided) => {
            setRejecting(null);
            onDecided(decided, `The amendment to “${SECTION_LABELS[decided.sectionKey]}” was rejected.`);
          }}
        />
      ) : null}
    </section>
  );
}

function RejectDialog({
  processRef,
  amendment,
  onClose,
  onRejected,
}: {
  processRef: ProcessRef;
  amendment: CharterAmendment;
  onClose: () => void;
  onRejected: (amendment: CharterAmendment) => void;
}) {
  const { form, submit, formErrors } = useCgForm<{ reason: string }>({
    defaultValues: { reason: '' },
    fields: ['reason'],
    onSubmit: async ({ reason }) => {
      onRejected(await rejectAmendment(processRef, amendment.id, reason.trim()));
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <Dialog
      open
      onClose={onClose}
      title="Reject this amendment?"
      description={<p>{amendment.author.displayName} will see your reason. This decision cannot be undone.</p>}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label="Reason"
          rows={3}
          required
          autoFocus
          hint="At least 3 characters."
          error={errors.reason?.message}
          {...register('reason', {
            validate: (value) =>
              value.trim().length < 3
                ? 'Write a reason of at least 3 characters.'
                : value.length > 4000
                  ? 'Use at most 4000 characters.'
                  : true,
          })}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={isSubmitting} busyLabel="Rejecting…" className="button button-danger">
            Reject amendment
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
