import { useState } from 'react';

/** The codes as a text file: one a line, with a line that says what they are. */
function asText(codes: readonly string[]): string {
  return ['Common Ground recovery codes. Each signs you in once, instead of a code from your app.', '', ...codes, ''].join('\n');
}

/** The recovery codes, shown once: copy them, download them as a text file, or write them down. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const [status, setStatus] = useState<string | null>(null);
  // A data address rather than a blob: nothing to revoke, and the file never leaves the browser.
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(asText(codes))}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(asText(codes));
      setStatus('Recovery codes copied.');
    } catch {
      setStatus('Copying is not allowed here: select the codes and press Ctrl+C (⌘C), or download them.');
    }
  };

  return (
    <div className="alert alert-warning recovery-codes-panel" role="region" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title">Save your recovery codes now</h3>
      <p>
        Each code signs you in once if you lose your phone. Write them down or keep them in a password manager: they are shown only this
        once.
      </p>
      <ol className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy codes
        </button>
        <a className="button" href={download} download="common-ground-recovery-codes.txt">
          Download codes
        </a>
        <button type="button" className="button button-primary" onClick={onDone}>
          I have saved them
        </button>
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </div>
  );
}
