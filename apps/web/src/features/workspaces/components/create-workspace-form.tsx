import { LIMITS } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { notifyWorkspacesChanged } from '../api/workspace-events';
import { createWorkspace } from '../api/workspaces';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    name: { id: 'workspaces.create.name', defaultMessage: 'Workspace name' },
    hint: { id: 'workspaces.create.hint', defaultMessage: 'Usually the convening organisation, e.g. “Bamenda Peace Forum”.' },
    nameMissing: { id: 'workspaces.create.nameMissing', defaultMessage: 'Give the workspace a name.' },
    tooLong: { id: 'workspaces.create.tooLong', defaultMessage: 'Use at most {max} characters.' },
    creating: { id: 'workspaces.create.creating', defaultMessage: 'Creating…' },
    submit: { id: 'workspaces.create.submit', defaultMessage: 'Create workspace' },
  }),
);

interface Values {
  name: string;
}

export function CreateWorkspaceForm() {
  const intl = useIntl();
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
        label={intl.formatMessage(m.name)}
        hint={intl.formatMessage(m.hint)}
        autoComplete="organization"
        required
        error={errors.name?.message}
        {...register('name', {
          validate: (value) => value.trim().length > 0 || intl.formatMessage(m.nameMissing),
          maxLength: { value: LIMITS.workspaceNameMax, message: intl.formatMessage(m.tooLong, { max: LIMITS.workspaceNameMax }) },
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.creating)}>
          {intl.formatMessage(m.submit)}
        </SubmitButton>
      </div>
    </form>
  );
}
