import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { type Workspace } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { notifyWorkspacesChanged } from '../api/workspace-events';
import { renameWorkspace } from '../api/workspaces';
import { useCgForm } from '../../../forms/use-cg-form';

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
          <p>This workspace was changed by someone else while you were editing. Reload to see the latest version, then try again.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setConflict(false);
              onReload();
            }}
          >
            Reload
          </button>
        </div>
      ) : null}
      <TextField
        label="Workspace name"
        required
        error={errors.name?.message}
        {...register('name', {
          validate: (value) => value.trim().length > 0 || 'Give the workspace a name.',
          maxLength: { value: LIMITS.workspaceNameMax, message: `Use at most ${String(LIMITS.workspaceNameMax)} characters.` },
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Rename</SubmitButton>
        <p role="status" className="form-status">
          {saved && !isDirty ? 'Saved.' : ''}
        </p>
      </div>
    </form>
  );
}
