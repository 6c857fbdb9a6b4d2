import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';

const m = defineMessages({
  close: { id: 'common.close', defaultMessage: 'Close' },
  cancel: { id: 'common.cancel', defaultMessage: 'Cancel' },
  working: { id: 'common.working', defaultMessage: 'Working…' },
});
const CLOSE_MARK = '✕';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** A sentence under the title, read out when the dialog opens. */
  description?: ReactNode;
  children: ReactNode;
}

/**
 * A modal built on the native `<dialog>`: the browser keeps focus inside it, makes the page behind
 * inert and closes it on Escape. Focus goes back to where it was when the dialog closes.
 */
export function Dialog({ open, onClose, title, description, children }: DialogProps) {
  const intl = useIntl();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button-quiet dialog-close" onClick={onClose}>
          <span aria-hidden="true">{CLOSE_MARK}</span>
          <span className="visually-hidden">{intl.formatMessage(m.close)}</span>
        </button>
      </div>
      {description ? (
        <div id={descriptionId} className="dialog-description">
          {description}
        </div>
      ) : null}
      {children}
    </dialog>
  );
}

interface ConfirmButtonProps {
  /** The text of the button that opens the confirmation. */
  children: ReactNode;
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  /** Turns a thrown error into a sentence for the dialog. */
  describeError: (error: unknown) => string;
  className?: string;
  /** The class of the confirming button: red by default; an agreeing action (sign, accept) can use the primary style. */
  confirmClassName?: string;
  /** An accessible name for the opening button when its text is not enough ("Remove" → "Remove Ana"). */
  'aria-label'?: string;
}

/** A button that asks before doing something that cannot be undone. */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  describeError,
  className,
  confirmClassName = 'button button-danger',
  ...rest
}: ConfirmButtonProps) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setOpen(false);
    setError(null);
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={className ?? 'button button-danger'}
        aria-label={rest['aria-label']}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {children}
      </button>
      <Dialog open={open} onClose={close} title={title} description={message}>
        <div role="alert">{error ? <p className="alert alert-error">{error}</p> : null}</div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close} autoFocus>
            {intl.formatMessage(m.cancel)}
          </button>
          <button
            type="button"
            className={confirmClassName}
            disabled={busy}
            onClick={() => {
              void confirm();
            }}
          >
            {busy ? intl.formatMessage(m.working) : confirmLabel}
          </button>
        </div>
      </Dialog>
    </>
  );
}
