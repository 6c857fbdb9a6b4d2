import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, applyFieldErrors } from '../../../api';
import { formatDateTime } from '../../../lib/format';

/**
 * Saving a document edited as a whole: field errors go next to their fields, and a stale version (409)
 * becomes a conflict the person resolves by reloading.
 */
export function useDocumentSave<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases: Partial<Record<string, Path<T>>> = {},
) {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);

  const run = async (save: () => Promise<void>) => {
    setFormErrors([]);
    setConflict(false);
    try {
      await save();
    } catch (error) {
      if (error instanceof ApiError && error.isVersionConflict) setConflict(true);
      else setFormErrors(applyFieldErrors(error, setError, fields, aliases));
    }
  };

  return { formErrors, conflict, run };
}

export function ConflictAlert({ what, onReload }: { what: string; onReload: () => void }) {
  return (
    <div className="alert alert-warning" role="alert">
      <p>Someone else saved {what} meanwhile. Reload to see their version; what you typed here will be replaced.</p>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}

export function SavedStamp({ updatedAt, updatedBy }: { updatedAt: string | null; updatedBy?: { displayName: string } | null }) {
  if (!updatedAt) return null;
  return (
    <p className="muted">
      Last saved {formatDateTime(updatedAt)}
      {updatedBy ? ` by ${updatedBy.displayName}` : ''}.
    </p>
  );
}
