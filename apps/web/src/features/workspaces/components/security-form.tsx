import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Workspace } from '../../../api';
import { Checkbox, FormAlert, SubmitButton } from '../../../components/fields';
import { useCgForm } from '../../../forms/use-cg-form';
import { setWorkspaceSecurity } from '../api/workspaces';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    require: { id: 'workspaces.security.require', defaultMessage: 'Require two-factor sign-in of conveners and facilitators' },
    explain: {
      id: 'workspaces.security.explain',
      defaultMessage:
        'While this is on, a convener or facilitator of any of this workspace’s processes who has not turned on <link>two-factor sign-in</link> cannot open the workspace until they do. Turn yours on first.',
    },
    save: { id: 'workspaces.security.save', defaultMessage: 'Save' },
  }),
);

/** The owner's setting: conveners and facilitators must sign in with two factors. */
export function SecurityForm({ workspace, onSaved }: { workspace: Workspace; onSaved: (workspace: Workspace) => void }) {
  const intl = useIntl();
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
      <Checkbox label={intl.formatMessage(m.require)} {...form.register('requireTwoFactorForLeads')} />
      <p className="muted">{intl.formatMessage(m.explain, { link: (chunks) => <Link to="/account/two-factor">{chunks}</Link> })}</p>
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
      </div>
    </form>
  );
}
