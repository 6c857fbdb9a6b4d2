import { LOCALE_NAMES } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { ApiError, errorMessage, type Process } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { useFormat } from '../../../lib/use-format';
import { archiveProcess, updateProcess } from '../api/processes';
import { useProcessOutlet } from '../api/process-context';
import { ProcessForm, processLanguageMessages, type ProcessFormValues } from '../components/process-form';
import { OWNERSHIP_MESSAGES, PROCESS_LEVEL_MESSAGES, WHEEL_AREA_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    conflict: {
      id: 'processes.details.conflict',
      defaultMessage:
        'This process was changed by someone else while you were editing. Reload to see their changes; your edits here will be replaced.',
    },
    reload: { id: 'processes.details.reload', defaultMessage: 'Reload' },
    title: { id: 'processes.details.title', defaultMessage: 'Details' },
    saved: { id: 'processes.details.saved', defaultMessage: 'Changes saved.' },
    save: { id: 'processes.details.save', defaultMessage: 'Save changes' },
    saving: { id: 'processes.details.saving', defaultMessage: 'Saving…' },
    cancel: { id: 'processes.details.cancel', defaultMessage: 'Cancel' },
    purpose: { id: 'processes.details.purpose', defaultMessage: 'Purpose and mandate' },
    notWritten: { id: 'processes.details.notWritten', defaultMessage: 'Not written yet.' },
    level: { id: 'processes.details.level', defaultMessage: 'Level' },
    wheelAreas: { id: 'processes.details.wheelAreas', defaultMessage: 'Coordination Wheel areas' },
    noneChosen: { id: 'processes.details.noneChosen', defaultMessage: 'None chosen.' },
    ownership: { id: 'processes.details.ownership', defaultMessage: 'Target level of local ownership' },
    timezone: { id: 'processes.details.timezone', defaultMessage: 'Time zone' },
    created: { id: 'processes.details.created', defaultMessage: 'Created' },
    archived: { id: 'processes.details.archived', defaultMessage: 'Archived' },
    edit: { id: 'processes.details.edit', defaultMessage: 'Edit details' },
    archiveTitle: { id: 'processes.details.archiveTitle', defaultMessage: 'Archive' },
    archiveText: {
      id: 'processes.details.archiveText',
      defaultMessage: 'An archived process becomes a read-only record: its phase, members and details can no longer change.',
    },
    archiveConfirmTitle: { id: 'processes.details.archiveConfirmTitle', defaultMessage: 'Archive this process?' },
    archiveConfirmText: {
      id: 'processes.details.archiveConfirmText',
      defaultMessage: '“{title}” will become read-only. This cannot be undone here.',
    },
    archive: { id: 'processes.details.archive', defaultMessage: 'Archive process' },
    archiveConflict: {
      id: 'processes.details.archiveConflict',
      defaultMessage: 'This process was changed by someone else. Close this dialog; the page has been reloaded.',
    },
  }),
);

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
      <p>{intl.formatMessage(messages.conflict)}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setConflict(false);
          setEditing(false);
          reloadProcess();
        }}
      >
        {intl.formatMessage(messages.reload)}
      </button>
    </div>
  ) : null;

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="details-title">
        <h2 id="details-title">{intl.formatMessage(messages.title)}</h2>
        <p role="status" className="form-status">
          {saved ? intl.formatMessage(messages.saved) : ''}
        </p>
        {editing ? (
          <ProcessForm
            key={process.version}
            defaultValues={formValues(process)}
            submitLabel={intl.formatMessage(messages.save)}
            busyLabel={intl.formatMessage(messages.saving)}
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
                {intl.formatMessage(messages.cancel)}
              </button>
            }
          />
        ) : (
          <>
            <dl className="facts">
              <div>
                <dt>{intl.formatMessage(messages.purpose)}</dt>
                <dd className="prose">
                  {process.purpose?.trim() ? process.purpose : <span className="muted">{intl.formatMessage(messages.notWritten)}</span>}
                </dd>
              </div>
              <div>
                <dt>{intl.formatMessage(messages.level)}</dt>
                <dd>{intl.formatMessage(PROCESS_LEVEL_MESSAGES[process.level])}</dd>
              </div>
              <div>
                <dt>{intl.formatMessage(messages.wheelAreas)}</dt>
                <dd>
                  {process.wheelAreas.length ? (
                    intl.formatList(
                      process.wheelAreas.map((area) => intl.formatMessage(WHEEL_AREA_MESSAGES[area])),
                      { type: 'unit' },
                    )
                  ) : (
                    <span className="muted">{intl.formatMessage(messages.noneChosen)}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{intl.formatMessage(messages.ownership)}</dt>
                <dd>{intl.formatMessage(OWNERSHIP_MESSAGES[process.ownershipTarget])}</dd>
              </div>
              <div>
                <dt>{intl.formatMessage(messages.timezone)}</dt>
                <dd>{process.timezone}</dd>
              </div>
              <div>
                <dt>{intl.formatMessage(processLanguageMessages.documentLanguage)}</dt>
                <dd lang={process.language}>{LOCALE_NAMES[process.language]}</dd>
              </div>
              <div>
                <dt>{intl.formatMessage(messages.created)}</dt>
                <dd>{fmt.dateTime(process.createdAt)}</dd>
              </div>
              {process.archivedAt ? (
                <div>
                  <dt>{intl.formatMessage(messages.archived)}</dt>
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
                  {intl.formatMessage(messages.edit)}
                </button>
              </p>
            ) : null}
          </>
        )}
      </section>

      {mayArchive ? (
        <section className="panel panel-danger" aria-labelledby="archive-title">
          <h2 id="archive-title">{intl.formatMessage(messages.archiveTitle)}</h2>
          <p>{intl.formatMessage(messages.archiveText)}</p>
          <ConfirmButton
            title={intl.formatMessage(messages.archiveConfirmTitle)}
            message={<p>{intl.formatMessage(messages.archiveConfirmText, { title: process.title })}</p>}
            confirmLabel={intl.formatMessage(messages.archive)}
            describeError={(error) =>
              error instanceof ApiError && error.isVersionConflict ? intl.formatMessage(messages.archiveConflict) : errorMessage(error)
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
            {intl.formatMessage(messages.archive)}
          </ConfirmButton>
        </section>
      ) : null}
    </div>
  );
}
