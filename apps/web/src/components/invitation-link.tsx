import { useId, useRef, useState } from 'react';
import { useFormat } from '../lib/use-format';

/** E-mail delivery does not exist yet, so the inviter passes the single-use link on themselves. */
export function InvitationLink({ email, expiresAt, acceptUrl }: { email: string; expiresAt: string; acceptUrl: string }) {
  const id = useId();
  const fmt = useFormat();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const url = new URL(acceptUrl, window.location.origin).toString();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('no');
    }
  };

  return (
    <div className="alert alert-success invitation-link">
      <p>
        Invitation created for <strong>{email}</strong>. Send them this link; it works until {fmt.date(expiresAt)}.
      </p>
      <label htmlFor={id}>Invitation link</label>
      <div className="copy-row">
        <input
          ref={inputRef}
          id={id}
          readOnly
          value={url}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className="form-status">
        {copied === 'yes' ? 'Link copied.' : null}
        {copied === 'no' ? 'Copying is not allowed here; the link is selected, press Ctrl+C (⌘C) to copy it.' : null}
      </p>
    </div>
  );
}
