import { Link } from 'react-router';
import type { Workspace } from '../../../api';
import { Checkbox, FormAlert, SubmitButton } from '../../../components/fields';
import { useCgForm } from '../../../forms/use-cg-form';
import { setWorkspaceSecurity } from '../api/workspaces';

/** The owner's setting: conveners and facilitators must sign in with two factors. */
export function SecurityForm({ workspace, onSaved }: { workspace: Workspace; onSaved: (workspace: Workspace) => void }) {
  const { form, submit, formErrors } = useCgForm<{ requireTwoFactorForLeads: boolean }>({
    values: { requireTwoFactorForLeads: workspace.requireTwoFactorForLeads },
    fields: ['requireTwoFactorForLeads'],
    onSubmit: async (values) => {
      onSaved(await setWorkspaceSecurity(workspace.id, values.requireTwoFactorForLeads));
    },
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
      <FormAlert messages={formErrors} />
      <Checkbox label="Require two-factor sign-in of conveners and facilitators" {...form.register('requireTwoFactorForLeads')} />
      <p className="muted">
        While this is on, a convener or facilitator of any of this workspace’s processes who has not turned on{' '}
        <Link to="/account/two-factor">two-factor sign-in</Link> cannot open the workspace until they do. Turn yours on first.
      </p>
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>Save</SubmitButton>
      </div>
    </form>
  );
}
