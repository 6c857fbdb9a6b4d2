import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { errorMessage, type CharterAmendment } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useFormat } from '../../../lib/use-format';
import { acceptAmendment, rejectAmendment } from '../api/charters';
import { SECTION_MESSAGES } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

const m = untyped(
  defineMessages({
    title: { id: 'charters.amendments.title', defaultMessage: 'Open amendments ({count})' },
    none: { id: 'charters.amendments.none', defaultMessage: 'No amendment is waiting for a decision.' },
    list: { id: 'charters.amendments.list', defaultMessage: 'Open amendments' },
    by: { id: 'charters.amendments.by', defaultMessage: '{section} — by {author}' },
    removeText: { id: 'charters.amendments.removeText', defaultMessage: '(remove the section’s text)' },
    why: { id: 'charters.amendments.why', defaultMessage: 'Why: {rationale}' },
    acceptLabel: { id: 'charters.amendments.acceptLabel', defaultMessage: 'Accept the amendment to {section} by {author}' },
    acceptTitle: { id: 'charters.amendments.acceptTitle', defaultMessage: 'Accept this amendment?' },
    acceptMessage: {
      id: 'charters.amendments.acceptMessage',
      defaultMessage: 'The text of “{section}” in the draft will be replaced by the suggested text.',
    },
    acceptDirty: {
      id: 'charters.amendments.acceptDirty',
      defaultMessage:
        'The text of “{section}” in the draft will be replaced by the suggested text. Your unsaved changes in the editor will be lost: save them first if you need them.',
    },
    acceptConfirm: { id: 'charters.amendments.acceptConfirm', defaultMessage: 'Accept and replace the text' },
    accepted: {
      id: 'charters.amendments.accepted',
      defaultMessage: 'The amendment to “{section}” was accepted; the draft now has its text.',
    },
    accept: { id: 'charters.amendments.accept', defaultMessage: 'Accept' },
    rejectLabel: { id: 'charters.amendments.rejectLabel', defaultMessage: 'Reject the amendment to {section} by {author}' },
    rejectOpen: { id: 'charters.amendments.rejectOpen', defaultMessage: 'Reject…' },
    rejected: { id: 'charters.amendments.rejected', defaultMessage: 'The amendment to “{section}” was rejected.' },
    rejectTitle: { id: 'charters.amendments.rejectTitle', defaultMessage: 'Reject this amendment?' },
    rejectDescription: {
      id: 'charters.amendments.rejectDescription',
      defaultMessage: '{author} will see your reason. This decision cannot be undone.',
    },
    reason: { id: 'charters.amendments.reason', defaultMessage: 'Reason' },
    reasonHint: { id: 'charters.amendments.reasonHint', defaultMessage: 'At least 3 characters.' },
    reasonShort: { id: 'charters.amendments.reasonShort', defaultMessage: 'Write a reason of at least 3 characters.' },
    tooLong: { id: 'charters.amendments.tooLong', defaultMessage: 'Use at most {max} characters.' },
    cancel: { id: 'charters.amendments.cancel', defaultMessage: 'Cancel' },
    rejecting: { id: 'charters.amendments.rejecting', defaultMessage: 'Rejecting…' },
    rejectSubmit: { id: 'charters.amendments.rejectSubmit', defaultMessage: 'Reject amendment' },
  }),
);

interface OpenAmendmentsProps {
  processRef: ProcessRef;
  amendments: CharterAmendment[];
  /** The editor has unsaved text that accepting would replace. */
  editorDirty: boolean;
  onDecided: (amendment: CharterAmendment, message: string) => void;
}

/** For those who edit the draft: the amendments waiting for a decision. */
export function OpenAmendments({ processRef, amendments, editorDirty, onDecided }: OpenAmendmentsProps) {
  const intl = useIntl();
  const fmt = useFormat();
  const open = amendments.filter((amendment) => amendment.status === 'open');
  const [rejecting, setRejecting] = useState<CharterAmendment | null>(null);

  return (
    <section className="panel panel-inner" aria-labelledby="open-amendments-title">
      <h3 id="open-amendments-title">{intl.formatMessage(m.title, { count: open.length })}</h3>
      {open.length === 0 ? <p className="muted">{intl.formatMessage(m.none)}</p> : null}
      {open.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(m.list)}>
          {open.map((amendment) => {
            const section = intl.formatMessage(SECTION_MESSAGES[amendment.sectionKey]);
            const author = amendment.author.displayName;
            return (
              <li key={amendment.id} className="row row-block">
                <div className="row-main">
                  <span className="row-title">{intl.formatMessage(m.by, { section, author })}</span>
                  <span className="muted">{fmt.dateTime(amendment.createdAt)}</span>
                  <blockquote className="prose quote">{amendment.proposedText || <em>{intl.formatMessage(m.removeText)}</em>}</blockquote>
                  {amendment.rationale ? <p className="prose">{intl.formatMessage(m.why, { rationale: amendment.rationale })}</p> : null}
                </div>
                <div className="row-actions">
                  <ConfirmButton
                    className="button button-primary"
                    aria-label={intl.formatMessage(m.acceptLabel, { section, author })}
                    title={intl.formatMessage(m.acceptTitle)}
                    message={<p>{intl.formatMessage(editorDirty ? m.acceptDirty : m.acceptMessage, { section })}</p>}
                    confirmLabel={intl.formatMessage(m.acceptConfirm)}
                    confirmClassName="button button-primary"
                    describeError={errorMessage}
                    onConfirm={async () => {
                      const decided = await acceptAmendment(processRef, amendment.id);
                      onDecided(decided, intl.formatMessage(m.accepted, { section }));
                    }}
                  >
                    {intl.formatMessage(m.accept)}
                  </ConfirmButton>
                  <button
                    type="button"
                    className="button"
                    aria-haspopup="dialog"
                    aria-label={intl.formatMessage(m.rejectLabel, { section, author })}
                    onClick={() => {
                      setRejecting(amendment);
                    }}
                  >
                    {intl.formatMessage(m.rejectOpen)}
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
            onDecided(decided, intl.formatMessage(m.rejected, { section: intl.formatMessage(SECTION_MESSAGES[decided.sectionKey]) }));
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
  const intl = useIntl();
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
      title={intl.formatMessage(m.rejectTitle)}
      description={<p>{intl.formatMessage(m.rejectDescription, { author: amendment.author.displayName })}</p>}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label={intl.formatMessage(m.reason)}
          rows={3}
          required
          autoFocus
          hint={intl.formatMessage(m.reasonHint)}
          error={errors.reason?.message}
          {...register('reason', {
            validate: (value) =>
              value.trim().length < 3
                ? intl.formatMessage(m.reasonShort)
                : value.length > 4000
                  ? intl.formatMessage(m.tooLong, { max: '4000' })
                  : true,
          })}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.rejecting)} className="button button-danger">
            {intl.formatMessage(m.rejectSubmit)}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
