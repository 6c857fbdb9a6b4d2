import { useId, useRef, useState } from 'react';

/** When the invitation e-mail could not be delivered: the single-use link, for the inviter to pass on another way. */
export function InvitationLink({ email, expiresAt, acceptUrl }: { email: string; expiresAt: string; acceptUrl: string }) {
  const id = useId();
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
    <div className="alert alert-warning invitation-link">
      <p>
        The e-mail to <strong>{email}</strong> could not be delivered. Pass this link on to them another way; it works until{' '}
        {new Date(expiresAt).toLocaleDateString()}.
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
