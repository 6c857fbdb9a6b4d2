import { LIMITS } from '@common-ground/domain';
import { useNavigate } from 'react-router';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { notifyWorkspacesChanged } from '../api/workspace-events';
import { createWorkspace } from '../api/workspaces';
import { useCgForm } from '../../../forms/use-cg-form';

interface Values {
  name: string;
}

export function CreateWorkspaceForm() {
  const navigate = useNavigate();
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: { name: '' },
    fields: ['name'],
    onSubmit: async (values) => {
      const workspace = await createWorkspace(values.name.trim());
      notifyWorkspacesChanged();
      await navigate(`/w/${workspace.id}`);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
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
