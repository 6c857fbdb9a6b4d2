import { useId, useRef, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../i18n/untyped';
import { useFormat } from '../lib/use-format';

const m = untyped(
  defineMessages({
    undelivered: {
      id: 'common.invitation.undelivered',
      defaultMessage:
        'The e-mail to <strong>{email}</strong> could not be delivered. Pass this link on to them another way; it works until {date}.',
    },
    link: { id: 'common.invitation.link', defaultMessage: 'Invitation link' },
    copy: { id: 'common.invitation.copy', defaultMessage: 'Copy link' },
    copied: { id: 'common.invitation.copied', defaultMessage: 'Link copied.' },
    copyRefused: {
      id: 'common.invitation.copyRefused',
      defaultMessage: 'Copying is not allowed here; the link is selected, press Ctrl+C (⌘C) to copy it.',
    },
  }),
);

/** When the invitation e-mail could not be delivered: the single-use link, for the inviter to pass on another way. */
export function InvitationLink({ email, expiresAt, acceptUrl }: { email: string; expiresAt: string; acceptUrl: string }) {
  const intl = useIntl();
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
    <div className="alert alert-warning invitation-link">
      <p>
        {intl.formatMessage(m.undelivered, {
          email,
          date: fmt.date(expiresAt),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <label htmlFor={id}>{intl.formatMessage(m.link)}</label>
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
          {intl.formatMessage(m.copy)}
        </button>
      </div>
      <p className="form-status">
        {copied === 'yes' ? intl.formatMessage(m.copied) : null}
        {copied === 'no' ? intl.formatMessage(m.copyRefused) : null}
      </p>
    </div>
  );
}
