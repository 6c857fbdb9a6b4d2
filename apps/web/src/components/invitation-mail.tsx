import { type ReactNode, useEffect, useRef } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useFormat } from '../lib/use-format';
import { InvitationLink } from './invitation-link';
import { Badge } from './states';

const messages = defineMessages({
  queued: { id: 'invitations.mailQueued', defaultMessage: 'E-mail on its way' },
  delivered: { id: 'invitations.mailSent', defaultMessage: 'E-mail sent' },
  failed: { id: 'invitations.mailFailed', defaultMessage: 'E-mail not delivered' },
});

export type InvitationMail = 'queued' | 'sent' | 'failed';

interface MailedInvitation {
  email: string;
  expiresAt: string;
  mailStatus?: InvitationMail;
  acceptUrl?: string;
}

/** What the inviter sees once an invitation is made: it went by e-mail; the link itself goes only to the invitee. */
export function InvitationSent({ invitation }: { invitation: MailedInvitation }) {
  const intl = useIntl();
  const fmt = useFormat();
  return (
    <div className="alert alert-success">
      <p>
        {intl.formatMessage(
          { id: 'invitations.sentNotice', defaultMessage: 'Invitation e-mailed to <b>{email}</b>. The link in it works until {date}.' },
          {
            email: invitation.email,
            date: fmt.date(invitation.expiresAt),
            b: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
          },
        )}
      </p>
    </div>
  );
}

/** A pending invitation's e-mail: on its way, sent, or not delivered — then the link, to pass on another way. */
export function InvitationMailStatus({ invitation }: { invitation: MailedInvitation }) {
  const intl = useIntl();
  if (invitation.mailStatus === 'failed') {
    return (
      <>
        <Badge tone="warning">{intl.formatMessage(messages.failed)}</Badge>
        {invitation.acceptUrl ? (
          <InvitationLink email={invitation.email} expiresAt={invitation.expiresAt} acceptUrl={invitation.acceptUrl} />
        ) : null}
      </>
    );
  }
  if (invitation.mailStatus === 'sent') return <Badge tone="muted">{intl.formatMessage(messages.delivered)}</Badge>;
  if (invitation.mailStatus === 'queued') return <Badge>{intl.formatMessage(messages.queued)}</Badge>;
  return null;
}

const RECHECK_MS = 3000;
const RECHECKS = 20;

/**
 * While an invitation's e-mail is still on its way, asks the server again every few seconds (at most a
 * minute), so the inviter sees it sent, or sees the link when it could not be delivered.
 */
export function useRecheckWhileQueued(items: readonly MailedInvitation[] | undefined, reload: () => void): void {
  const rechecks = useRef(0);
  const waiting = items?.some((item) => item.mailStatus === 'queued') ?? false;
  useEffect(() => {
    if (!waiting || rechecks.current >= RECHECKS) return;
    const timer = window.setTimeout(() => {
      rechecks.current += 1;
      reload();
    }, RECHECK_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, items, reload]);
}
