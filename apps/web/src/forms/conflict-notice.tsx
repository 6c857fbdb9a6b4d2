import { useEffect, useRef, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../i18n/untyped';

const m = untyped(
  defineMessages({
    saved: {
      id: 'common.conflict.saved',
      defaultMessage:
        '<strong>Someone else saved {what} while you were editing.</strong> Your text is still in the form; nothing of it was saved yet.',
    },
    keepMine: { id: 'common.conflict.keepMine', defaultMessage: 'Save mine over theirs' },
    takeTheirs: { id: 'common.conflict.takeTheirs', defaultMessage: 'Discard mine and take theirs' },
  }),
);

/**
 * Shown after a 409: a colleague saved meanwhile. The typed text stays in the form; the person keeps
 * theirs (saved over the colleague's version) or takes the colleague's. `children` may show what the
 * colleague saved. Focus moves here so the choice is announced.
 */
export function ConflictNotice({
  what,
  onKeepMine,
  onTakeTheirs,
  busy = false,
  keepMineLabel,
  children,
}: {
  /** "the key questions", "this draft". */
  what: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy?: boolean;
  keepMineLabel?: string;
  children?: ReactNode;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-warning" role="alert">
      <p>{intl.formatMessage(m.saved, { what, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {children}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={onKeepMine}>
          {keepMineLabel ?? intl.formatMessage(m.keepMine)}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onTakeTheirs}>
          {intl.formatMessage(m.takeTheirs)}
        </button>
      </div>
    </div>
  );
}
