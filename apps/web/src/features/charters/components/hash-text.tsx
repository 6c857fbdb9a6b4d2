import { useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    start: { id: 'charters.hash.start', defaultMessage: '{start}…' },
    shortened: { id: 'charters.hash.shortened', defaultMessage: '(shortened)' },
    copy: { id: 'charters.hash.copy', defaultMessage: 'Copy<hidden> the full hash of {label}</hidden>' },
    copied: { id: 'charters.hash.copied', defaultMessage: 'Copied.' },
    copyFailed: { id: 'charters.hash.copyFailed', defaultMessage: 'Could not copy; select it here: <code>{hash}</code>' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
const code = (chunks: ReactNode) => <code className="hash-full">{chunks}</code>;

/** A content hash, shortened on screen, with a button that copies all of it. */
export function HashText({ hash, label }: { hash: string; label: string }) {
  const intl = useIntl();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(hash);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <span className="hash">
      <code title={hash}>{intl.formatMessage(m.start, { start: hash.slice(0, 12) })}</code>
      <span className="visually-hidden"> {intl.formatMessage(m.shortened)} </span>
      <button
        type="button"
        className="button button-quiet button-small"
        onClick={() => {
          void copy();
        }}
      >
        <FormattedMessage {...m.copy} values={{ label, hidden }} />
      </button>
      <span role="status" className="hash-status">
        {copied === 'yes' ? intl.formatMessage(m.copied) : null}
        {copied === 'failed' ? <FormattedMessage {...m.copyFailed} values={{ hash, code }} /> : null}
      </span>
    </span>
  );
}
