import { LEVEL_LABELS, LOCALE_NAMES, OWNERSHIP_LABELS, WHEEL_AREA_LABELS } from '@common-ground/domain';
import { useIntl } from 'react-intl';
import { useState } from 'react';
import { ApiError, errorMessage, type Process } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { useFormat } from '../../../lib/use-format';
import { archiveProcess, updateProcess } from '../api/processes';
import { useProcessOutlet } from '../api/process-context';
import { ProcessForm, processLanguageMessages, type ProcessFormValues } from '../components/process-form';

function formValues(process: Process): ProcessFormValues {
  return {
    title: process.title,
    purpose: process.purpose ?? '',
    level: process.level,
    wheelAreas: [...process.wheelAreas],
    ownershipTarget: process.ownershipTarget,
    timezone: process.timezone,
    language: process.language,
  };
}

/** `/w/:workspaceId/p/:processId/details`: what the process is about; edit and archive. */
export function ProcessDetailsRoute() {
  const fmt = useFormat();
  const intl = useIntl();
  const { process, setProcess, reloadProcess, allowed } = useProcessOutlet();
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const mayEdit = allowed('process.edit');
  const mayArchive = allowed('process.archive');

  const save = async (values: ProcessFormValues) => {
    setConflict(false);
    setSaved(false);
    try {
      const updated = await updateProcess(process.workspaceId, process.id, {
        ...values,
        purpose: values.purpose || null,
        version: process.version,
      });
      setProcess(updated);
      setEditing(false);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.isVersionConflict) {
        setConflict(true);
        return;
      }
      throw error;
    }
  };

  const conflictNotice = conflict ? (
    <div className="alert alert-warning" role="alert">
      <p>This process was changed by someone else while you were editing. Reload to see their changes; your edits here will be replaced.</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setConflict(false);
          setEditing(false);
          reloadProcess();
        }}
      >
        Reload
      </button>
    </div>
  ) : null;

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <p role="status" className="form-status">
          {saved ? 'Changes saved.' : ''}
        </p>
        {editing ? (
          <ProcessForm
            key={process.version}
            defaultValues={formValues(process)}
            submitLabel="Save changes"
            busyLabel="Saving…"
            onSubmit={save}
            notice={conflictNotice}
            secondaryAction={
              <button
                type="button"
                className="button"
                onClick={() => {
                  setEditing(false);
                  setConflict(false);
                }}
              >
                Cancel
              </button>
            }
          />
        ) : (
          <>
            <dl className="facts">
              <div>
                <dt>Purpose and mandate</dt>
                <dd className="prose">{process.purpose?.trim() ? process.purpose : <span className="muted">Not written yet.</span>}</dd>
              </div>
              <div>
                <dt>Level</dt>
                <dd>{LEVEL_LABELS[process.level]}</dd>
              </div>
              <div>
                <dt>Coordination Wheel areas</dt>
                <dd>
                  {process.wheelAreas.length ? (
                    process.wheelAreas.map((area) => WHEEL_AREA_LABELS[area]).join(', ')
                  ) : (
                    <span className="muted">None chosen.</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>Target level of local ownership</dt>
                <dd>{OWNERSHIP_LABELS[process.ownershipTarget]}</dd>
              </div>
              <div>
                <dt>Time zone</dt>
                <dd>{process.timezone}</dd>
              </div>
              <div>
                <dt>{intl.formatMessage(processLanguageMessages.documentLanguage)}</dt>
                <dd lang={process.language}>{LOCALE_NAMES[process.language]}</dd>
              </div>
              <div>
                <dt>Created</dt>
                <dd>{fmt.dateTime(process.createdAt)}</dd>
              </div>
              {process.archivedAt ? (
                <div>
                  <dt>Archived</dt>
                  <dd>{fmt.dateTime(process.archivedAt)}</dd>
                </div>
              ) : null}
            </dl>
            {mayEdit ? (
              <p>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  Edit details
                </button>
              </p>
            ) : null}
          </>
        )}
      </section>

      {mayArchive ? (
        <section className="panel panel-danger" aria-labelledby="archive-title">
          <h2 id="archive-title">Archive</h2>
          <p>An archived process becomes a read-only record: its phase, members and details can no longer change.</p>
          <ConfirmButton
            title="Archive this process?"
            message={<p>“{process.title}” will become read-only. This cannot be undone here.</p>}
            confirmLabel="Archive process"
            describeError={(error) =>
              error instanceof ApiError && error.isVersionConflict
                ? 'This process was changed by someone else. Close this dialog; the page has been reloaded.'
                : errorMessage(error)
            }
            onConfirm={async () => {
              try {
                setProcess(await archiveProcess(process.workspaceId, process.id, process.version));
              } catch (error) {
                if (error instanceof ApiError && error.isVersionConflict) reloadProcess();
                throw error;
              }
            }}
          >
            Archive process
          </ConfirmButton>
        </section>
      ) : null}
    </div>
  );
}
