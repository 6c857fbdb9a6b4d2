import type { ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';

const messages = defineMessages({
  loading: { id: 'common.loading', defaultMessage: 'Loading…' },
  failed: { id: 'common.failed', defaultMessage: 'Something went wrong' },
  retry: { id: 'common.retry', defaultMessage: 'Try again' },
});

/** Shown while something loads; announced politely to screen readers. */
export function Loading({ label }: { label?: string }) {
  const intl = useIntl();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? intl.formatMessage(messages.loading)}</span>
    </div>
  );
}

export function ErrorState({ title, message, onRetry }: { title?: string; message: string; onRetry?: () => void }) {
  const intl = useIntl();
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title ?? intl.formatMessage(messages.failed)}</p>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {intl.formatMessage(messages.retry)}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'accent' | 'muted' | 'warning' }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
