import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Todo, TodoSection, WorkspaceSummary } from '../../../api';
import { ResourceView } from '../../../components/resource-view';
import { EmptyState } from '../../../components/states';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { CreateWorkspaceForm } from '../../workspaces/components/create-workspace-form';
import { lastWorkspace, listWorkspaces } from '../../workspaces/api/workspaces';
import { getTodo } from '../api/todo';
import { untyped } from '../../../i18n/untyped';
import { SECTION_TEXT, TodoSectionView } from '../components/todo-section';

const m = untyped(
  defineMessages({
    title: { id: 'home.title', defaultMessage: 'What I need to do' },
    loading: { id: 'home.loading', defaultMessage: 'Loading what is asked of you…' },
    failed: { id: 'home.failed', defaultMessage: 'Your to-do list could not be loaded' },
    noWorkspaceTitle: { id: 'home.noWorkspace.title', defaultMessage: 'You are not part of a workspace yet' },
    noWorkspace: {
      id: 'home.noWorkspace.body',
      defaultMessage:
        'A workspace holds the dialogues your organisation convenes and the people who work on them. Create one below, or open the invitation link a colleague sent you by e-mail to join theirs. Once you take part in a process, the charters to sign, the checklists to fill, the actions you hold and the report-backs you owe appear on this page.',
    },
    firstWorkspace: { id: 'home.firstWorkspace', defaultMessage: 'Create your first workspace' },
    nothingTitle: { id: 'home.nothing.title', defaultMessage: 'Nothing is waiting for you' },
    nothing: {
      id: 'home.nothing.body',
      defaultMessage:
        'When a charter waits for your signature, your stakeholder group has a checklist to fill, you hold an action, a report-back falls due or someone invites you, it appears here, overdue things first.',
    },
    waiting: {
      id: 'home.waiting',
      defaultMessage:
        '{count, plural, one {# thing waits} other {# things wait}} for you across your workspaces. Overdue things come first in each section.',
    },
    nothingHere: { id: 'home.nothingHere', defaultMessage: 'Nothing waiting here' },
    workspaces: { id: 'home.workspaces', defaultMessage: 'Your workspaces' },
    loadingWorkspaces: { id: 'home.loadingWorkspaces', defaultMessage: 'Loading your workspaces…' },
    anotherWorkspace: { id: 'home.anotherWorkspace', defaultMessage: 'Create another workspace' },
  }),
);

/**
 * `/`, the first page after signing in: what the person is asked to do across all their workspaces and
 * processes, one section per kind, then their workspaces.
 */
export function HomeRoute() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.title));
  const todo = useResource('todo', getTodo);
  return (
    <section className="page stack-lg" aria-labelledby="home-title">
      <h1 id="home-title" tabIndex={-1}>
        {intl.formatMessage(m.title)}
      </h1>
      <ResourceView resource={todo} loading={intl.formatMessage(m.loading)} errorTitle={intl.formatMessage(m.failed)}>
        {(data) => <TodoBody todo={data} />}
      </ResourceView>
    </section>
  );
}

function TodoBody({ todo }: { todo: Todo }) {
  const intl = useIntl();
  const waiting = todo.sections.reduce((sum, section) => sum + section.total, 0);
  const invitations = todo.sections.find((section) => section.kind === 'invitation');
  if (todo.workspaceCount === 0) {
    return (
      <>
        <EmptyState title={intl.formatMessage(m.noWorkspaceTitle)}>
          <p>{intl.formatMessage(m.noWorkspace)}</p>
        </EmptyState>
        {invitations && invitations.total > 0 ? <TodoSectionView section={invitations} /> : null}
        <section className="panel" aria-labelledby="first-workspace-title">
          <h2 id="first-workspace-title">{intl.formatMessage(m.firstWorkspace)}</h2>
          <CreateWorkspaceForm />
        </section>
      </>
    );
  }
  return (
    <>
      {waiting === 0 ? (
        <EmptyState title={intl.formatMessage(m.nothingTitle)}>
          <p>{intl.formatMessage(m.nothing)}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">{intl.formatMessage(m.waiting, { count: waiting })}</p>
          {todo.sections
            .filter((section) => section.total > 0)
            .map((section) => (
              <TodoSectionView key={section.kind} section={section} />
            ))}
          <NothingWaiting sections={todo.sections.filter((section) => section.total === 0)} />
        </>
      )}
      <WorkspacesPanel />
    </>
  );
}

/** The empty sections in one short panel, so what does wait for the person stays near the top, even on a phone. */
function NothingWaiting({ sections }: { sections: TodoSection[] }) {
  const intl = useIntl();
  if (sections.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="todo-nothing-title">
      <h2 id="todo-nothing-title">{intl.formatMessage(m.nothingHere)}</h2>
      <ul className="rows" aria-label={intl.formatMessage(m.nothingHere)}>
        {sections.map((section) => (
          <li key={section.kind} className="row">
            {intl.formatMessage(SECTION_TEXT[section.kind].none)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The workspaces the person belongs to, the one opened last first (the page used to open it straight away). */
function WorkspacesPanel() {
  const intl = useIntl();
  const workspaces = useResource('workspaces', listWorkspaces);
  const remembered = lastWorkspace();
  const lastFirst = (list: WorkspaceSummary[]) => [...list].sort((a, b) => Number(b.id === remembered) - Number(a.id === remembered));
  return (
    <section className="panel" aria-labelledby="workspaces-title">
      <h2 id="workspaces-title">{intl.formatMessage(m.workspaces)}</h2>
      <ResourceView resource={workspaces} loading={intl.formatMessage(m.loadingWorkspaces)}>
        {(list: WorkspaceSummary[]) => (
          <ul className="rows" aria-label={intl.formatMessage(m.workspaces)}>
            {lastFirst(list).map((workspace) => (
              <li key={workspace.id} className="row">
                <Link className="row-title" to={`/w/${workspace.id}`}>
                  {workspace.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </ResourceView>
      <p>
        <Link to="/workspaces/new">{intl.formatMessage(m.anotherWorkspace)}</Link>
      </p>
    </section>
  );
}
