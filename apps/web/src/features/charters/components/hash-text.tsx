import { useState } from 'react';

/** A content hash, shortened on screen, with a button that copies all of it. */
export function HashText({ hash, label }: { hash: string; label: string }) {
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
      <code title={hash}>{hash.slice(0, 12)}…</code>
      <span className="visually-hidden"> (shortened)</span>{' '}
      <button
        type="button"
        className="button button-quiet button-small"
        onClick={() => {
          void copy();
        }}
      >
        Copy<span className="visually-hidden"> the full hash of {label}</span>
      </button>
      <span role="status" className="hash-status">
        {copied === 'yes' ? 'Copied.' : null}
        {copied === 'failed' ? (
          <>
            Could not copy; select it here: <code className="hash-full">{hash}</code>
          </>
        ) : null}
      </span>
    </span>
  );
}
