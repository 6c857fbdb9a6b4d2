import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { type Workspace } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { notifyWorkspacesChanged } from '../api/workspace-events';
import { renameWorkspace } from '../api/workspaces';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    conflict: {
      id: 'workspaces.rename.conflict',
      defaultMessage:
        'This workspace was changed by someone else while you were editing. Reload to see the latest version, then try again.',
    },
    reload: { id: 'workspaces.rename.reload', defaultMessage: 'Reload' },
    name: { id: 'workspaces.rename.name', defaultMessage: 'Workspace name' },
    nameMissing: { id: 'workspaces.rename.nameMissing', defaultMessage: 'Give the workspace a name.' },
    tooLong: { id: 'workspaces.rename.tooLong', defaultMessage: 'Use at most {max} characters.' },
    submit: { id: 'workspaces.rename.submit', defaultMessage: 'Rename' },
    saved: { id: 'workspaces.rename.saved', defaultMessage: 'Saved.' },
  }),
);

interface Values {
  name: string;
}

export function RenameWorkspaceForm({
  workspace,
  onRenamed,
  onReload,
}: {
  workspace: Workspace;
  onRenamed: (workspace: Workspace) => void;
  onReload: () => void;
}) {
  const intl = useIntl();
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const { form, submit, formErrors } = useCgForm<Values>({
    values: { name: workspace.name },
    fields: ['name'],
    onConflict: () => {
      setConflict(true);
    },
    onSubmit: async (values) => {
      setConflict(false);
      setSaved(false);
      const renamed = await renameWorkspace(workspace.id, values.name.trim(), workspace.version);
      form.reset({ name: renamed.name });
      onRenamed(renamed);
      notifyWorkspacesChanged();
      setSaved(true);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting, isDirty },
  } = form;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
      <FormAlert messages={formErrors} />
      {conflict ? (
        <div className="alert alert-warning" role="alert">
          <p>{intl.formatMessage(m.conflict)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setConflict(false);
              onReload();
            }}
          >
            {intl.formatMessage(m.reload)}
          </button>
        </div>
      ) : null}
      <TextField
        label={intl.formatMessage(m.name)}
        required
        error={errors.name?.message}
        {...register('name', {
          validate: (value) => value.trim().length > 0 || intl.formatMessage(m.nameMissing),
          maxLength: { value: LIMITS.workspaceNameMax, message: intl.formatMessage(m.tooLong, { max: LIMITS.workspaceNameMax }) },
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(m.submit)}</SubmitButton>
        <p role="status" className="form-status">
          {saved && !isDirty ? intl.formatMessage(m.saved) : ''}
        </p>
      </div>
    </form>
  );
}
