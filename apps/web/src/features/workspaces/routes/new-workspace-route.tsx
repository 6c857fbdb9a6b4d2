import { defineMessages, useIntl } from 'react-intl';
import { usePageTitle } from '../../../hooks/use-page-title';
import { CreateWorkspaceForm } from '../components/create-workspace-form';

const m = defineMessages({
  title: { id: 'workspaces.new.title', defaultMessage: 'Create a workspace' },
  intro: { id: 'workspaces.new.intro', defaultMessage: 'You will be its owner and can invite colleagues afterwards.' },
});

export function NewWorkspaceRoute() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
  return (
    <section className="page page-narrow" aria-labelledby="new-workspace-title">
      <h1 id="new-workspace-title" tabIndex={-1}>
        {intl.formatMessage(m.title)}
      </h1>
      <p>{intl.formatMessage(m.intro)}</p>
      <CreateWorkspaceForm />
    </section>
  );
}
