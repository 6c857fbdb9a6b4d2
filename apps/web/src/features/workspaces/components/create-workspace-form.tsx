import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { applyFieldErrors } from '../../../api';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { notifyWorkspacesChanged } from '../api/workspace-events';
import { createWorkspace } from '../api/workspaces';

interface Values {
  name: string;
}

export function CreateWorkspaceForm() {
  const navigate = useNavigate();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { name: '' } });

  const onSubmit = async (values: Values) => {
    setFormErrors([]);
    try {
      const workspace = await createWorkspace(values.name.trim());
      notifyWorkspacesChanged();
      await navigate(`/w/${workspace.id}`);
    } catch (error) {
      setFormErrors(applyFieldErrors(error, setError, ['name']));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} className="form">
      <FormAlert messages={formErrors} />
      <TextField
        label="Workspace name"
        hint="Usually the convening organisation, e.g. “Bamenda Peace Forum”."
        autoComplete="organization"
        required
        error={errors.name?.message}
        {...register('name', {
          validate: (value) => value.trim().length > 0 || 'Give the workspace a name.',
          maxLength: { value: LIMITS.workspaceNameMax, message: `Use at most ${String(LIMITS.workspaceNameMax)} characters.` },
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Creating…">
          Create workspace
        </SubmitButton>
      </div>
    </form>
  );
}
