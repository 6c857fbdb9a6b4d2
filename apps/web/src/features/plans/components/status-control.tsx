import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionStatus } from '@common-ground/domain';
import { useId, useState } from 'react';
import { ApiError, errorMessage, type PlanAction } from '../../../api';
import { Dialog } from '../../../components/dialog';
import { Badge } from '../../../components/states';
import { setActionStatus } from '../api/plans';
import { ACTION_STATUS_TONES } from './labels';
import type { ProcessRef } from '../../../context/process-ref';

interface StatusControlProps {
  processRef: ProcessRef;
  action: PlanAction;
  onChanged: (action: PlanAction, message: string) => void;
  /** The action changed elsewhere meanwhile: reload the list. */
  onConflict: (message: string) => void;
}

/** The action's status: a badge, or a select for those who may change it; dropping asks for the reason. */
export function StatusControl({ processRef, action, onChanged, onConflict }: StatusControlProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);

  if (!action.mayUpdateStatus) return <Badge tone={ACTION_STATUS_TONES[action.status]}>{ACTION_STATUS_LABELS[action.status]}</Badge>;

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
      onChanged(changed, `“${action.title}” is now ${ACTION_STATUS_LABELS[status].toLowerCase()}.`);
    } catch (caught) {
      if (caught instanceof ApiError && caught.isVersionConflict) {
        setDropping(false);
        onConflict(`“${action.title}” was changed by someone else meanwhile; the list has been reloaded.`);
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
        Status of {action.title}
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
            {ACTION_STATUS_LABELS[status]}
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
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Drop “${title}”`}
      description="Say why the action will not be carried out; the reason stays on record."
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
            Why is it dropped?
            <span className="required" aria-hidden="true">
              {' '}
              *
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
              Say why the action is dropped.
            </p>
          ) : null}
        </div>
        {error ? <p className="alert alert-error">{error}</p> : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            {busy ? 'Dropping…' : 'Drop the action'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
