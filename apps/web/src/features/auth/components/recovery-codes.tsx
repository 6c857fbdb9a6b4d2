import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { translate } from '../../../i18n/current-intl';

const m = defineMessages({
  fileHeader: {
    id: 'auth.recovery.fileHeader',
    defaultMessage: 'Common Ground recovery codes. Each signs you in once, instead of a code from your app.',
  },
  copied: { id: 'auth.recovery.copied', defaultMessage: 'Recovery codes copied.' },
  copyRefused: {
    id: 'auth.recovery.copyRefused',
    defaultMessage: 'Copying is not allowed here: select the codes and press Ctrl+C (⌘C), or download them.',
  },
  title: { id: 'auth.recovery.title', defaultMessage: 'Save your recovery codes now' },
  body: {
    id: 'auth.recovery.body',
    defaultMessage:
      'Each code signs you in once if you lose your phone. Write them down or keep them in a password manager: they are shown only this once.',
  },
  list: { id: 'auth.recovery.list', defaultMessage: 'Recovery codes' },
  copy: { id: 'auth.recovery.copy', defaultMessage: 'Copy codes' },
  download: { id: 'auth.recovery.download', defaultMessage: 'Download codes' },
  done: { id: 'auth.recovery.done', defaultMessage: 'I have saved them' },
});

/** The codes as a text file: one a line, with a line that says what they are. */
function asText(codes: readonly string[]): string {
  return [translate(m.fileHeader), '', ...codes, ''].join('\n');
}

/** The recovery codes, shown once: copy them, download them as a text file, or write them down. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const intl = useIntl();
  const [status, setStatus] = useState<string | null>(null);
  // A data address rather than a blob: nothing to revoke, and the file never leaves the browser.
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(asText(codes))}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(asText(codes));
      setStatus(intl.formatMessage(m.copied));
    } catch {
      setStatus(intl.formatMessage(m.copyRefused));
    }
  };

  return (
    <div className="alert alert-warning recovery-codes-panel" role="region" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title">{intl.formatMessage(m.title)}</h3>
      <p>{intl.formatMessage(m.body)}</p>
      <ol className="recovery-codes" aria-label={intl.formatMessage(m.list)}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {intl.formatMessage(m.copy)}
        </button>
        <a className="button" href={download} download="common-ground-recovery-codes.txt">
          {intl.formatMessage(m.download)}
        </a>
        <button type="button" className="button button-primary" onClick={onDone}>
          {intl.formatMessage(m.done)}
        </button>
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </div>
  );
}
