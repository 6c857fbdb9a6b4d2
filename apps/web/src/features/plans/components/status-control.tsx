import { ACTION_STATUSES, type ActionStatus } from '@common-ground/domain';
import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { ApiError, errorMessage, type PlanAction } from '../../../api';
import { Dialog } from '../../../components/dialog';
import { Badge } from '../../../components/states';
import { setActionStatus } from '../api/plans';
import { ACTION_STATUS_TONES } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { untyped } from '../../../i18n/untyped';
import { REQUIRED_MARK } from '../../../components/fields';
import { ACTION_STATUS_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    nowStatus: {
      id: 'plans.status.now',
      defaultMessage:
        '“{title}” is now {status, select, planned {planned} in_progress {in progress} done {done} blocked {blocked} dropped {dropped} other {{status}}}.',
    },
    conflict: {
      id: 'plans.status.conflict',
      defaultMessage: '“{title}” was changed by someone else meanwhile; the list has been reloaded.',
    },
    statusOf: { id: 'plans.status.statusOf', defaultMessage: 'Status of {title}' },
    dropTitle: { id: 'plans.status.dropTitle', defaultMessage: 'Drop “{title}”' },
    dropIntro: { id: 'plans.status.dropIntro', defaultMessage: 'Say why the action will not be carried out; the reason stays on record.' },
    why: { id: 'plans.status.why', defaultMessage: 'Why is it dropped?' },
    whyRequired: { id: 'plans.status.whyRequired', defaultMessage: 'Say why the action is dropped.' },
    cancel: { id: 'plans.status.cancel', defaultMessage: 'Cancel' },
    dropping: { id: 'plans.status.dropping', defaultMessage: 'Dropping…' },
    drop: { id: 'plans.status.drop', defaultMessage: 'Drop the action' },
  }),
);

interface StatusControlProps {
  processRef: ProcessRef;
  action: PlanAction;
  onChanged: (action: PlanAction, message: string) => void;
  /** The action changed elsewhere meanwhile: reload the list. */
  onConflict: (message: string) => void;
}

/** The action's status: a badge, or a select for those who may change it; dropping asks for the reason. */
export function StatusControl({ processRef, action, onChanged, onConflict }: StatusControlProps) {
  const intl = useIntl();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);

  if (!action.mayUpdateStatus) {
    return <Badge tone={ACTION_STATUS_TONES[action.status]}>{intl.formatMessage(ACTION_STATUS_MESSAGES[action.status])}</Badge>;
  }

  const change = async (status: ActionStatus, dropReason?: string) => {
    setBusy(true);
    setError(null);
    try {
      const changed = await setActionStatus(processRef, action.id, {
        status,
        version: action.version,
        ...(dropReason ? { dropReason } : {}),
      });
      setDropping(false);
      onChanged(changed, intl.formatMessage(messages.nowStatus, { title: action.title, status }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.isVersionConflict) {
        setDropping(false);
        onConflict(intl.formatMessage(messages.conflict, { title: action.title }));
      } else {
        setError(errorMessage(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="status-control">
      <label htmlFor={id} className="visually-hidden">
        {intl.formatMessage(messages.statusOf, { title: action.title })}
      </label>
      <select
        id={id}
        value={action.status}
        disabled={busy}
        aria-describedby={error && !dropping ? `${id}-error` : undefined}
        onChange={(event) => {
          const status = event.target.value as ActionStatus;
          if (status === 'dropped') setDropping(true);
          else void change(status);
        }}
      >
        {ACTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {intl.formatMessage(ACTION_STATUS_MESSAGES[status])}
          </option>
        ))}
      </select>
      {error && !dropping ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {dropping ? (
        <DropDialog
          title={action.title}
          busy={busy}
          error={error}
          onClose={() => {
            setDropping(false);
            setError(null);
          }}
          onDrop={(reason) => void change('dropped', reason)}
        />
      ) : null}
    </div>
  );
}

function DropDialog({
  title,
  busy,
  error,
  onClose,
  onDrop,
}: {
  title: string;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onDrop: (reason: string) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Dialog
      open
      onClose={onClose}
      title={intl.formatMessage(messages.dropTitle, { title })}
      description={intl.formatMessage(messages.dropIntro)}
    >
      <form
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) {
            setMissing(true);
            return;
          }
          onDrop(reason.trim());
        }}
      >
        <div className="field">
          <label htmlFor={id}>
            {intl.formatMessage(messages.why)}
            <span className="required" aria-hidden="true">
              {REQUIRED_MARK}
            </span>
          </label>
          <textarea
            id={id}
            value={reason}
            maxLength={1000}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
          />
          {missing ? (
            <p className="field-error" id={`${id}-error`}>
              {intl.formatMessage(messages.whyRequired)}
            </p>
          ) : null}
        </div>
        {error ? <p className="alert alert-error">{error}</p> : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(messages.cancel)}
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            {busy ? intl.formatMessage(messages.dropping) : intl.formatMessage(messages.drop)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
