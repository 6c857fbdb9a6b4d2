import { can } from '@common-ground/domain';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { errorMessage } from '../../../api';
import { useResource } from '../../../hooks/use-resource';
import { useWorkspacesChanged } from '../api/workspace-events';
import { listWorkspaces } from '../api/workspaces';
import { untyped } from '../../../i18n/untyped';
import { CARET_MARK } from '../../../components/marks';
import { ROLE_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    nameRole: { id: 'workspaces.switcher.nameRole', defaultMessage: '{name}<muted> · {role}</muted>' },
    workspace: { id: 'workspaces.switcher.workspace', defaultMessage: 'Workspace:' },
    workspaces: { id: 'workspaces.switcher.workspaces', defaultMessage: 'Workspaces' },
    title: { id: 'workspaces.switcher.title', defaultMessage: 'Your workspaces' },
    loading: { id: 'workspaces.switcher.loading', defaultMessage: 'Loading workspaces…' },
    none: { id: 'workspaces.switcher.none', defaultMessage: 'You do not belong to a workspace yet.' },
    settings: { id: 'workspaces.switcher.settings', defaultMessage: 'Settings and members of {name}' },
    audit: { id: 'workspaces.switcher.audit', defaultMessage: 'Audit trail of {name}' },
    create: { id: 'workspaces.switcher.create', defaultMessage: 'Create a workspace' },
  }),
);

/** The header's menu of the signed-in person's workspaces. */
export function WorkspaceSwitcher({ currentWorkspaceId }: { currentWorkspaceId: string | null }) {
  const intl = useIntl();
  const workspaces = useResource('workspaces', listWorkspaces);
  const { reload } = workspaces;
  useWorkspacesChanged(reload);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const current = workspaces.data?.find((workspace) => workspace.id === currentWorkspaceId);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
  };

  return (
    <div className="switcher" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button switcher-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          if (!open) reload();
          setOpen(!open);
        }}
      >
        <span className="visually-hidden">{intl.formatMessage(m.workspace)} </span>
        <span className="switcher-name">{current?.name ?? intl.formatMessage(m.workspaces)}</span>
        <span aria-hidden="true" className="switcher-caret">
          {CARET_MARK}
        </span>
      </button>
      <div id={menuId} className="switcher-panel" hidden={!open}>
        <h2 className="switcher-title">{intl.formatMessage(m.title)}</h2>
        {workspaces.error ? <p role="alert">{errorMessage(workspaces.error)}</p> : null}
        {!workspaces.data && workspaces.isLoading ? <p role="status">{intl.formatMessage(m.loading)}</p> : null}
        {workspaces.data?.length === 0 ? <p>{intl.formatMessage(m.none)}</p> : null}
        {workspaces.data && workspaces.data.length > 0 ? (
          <ul className="switcher-list">
            {workspaces.data.map((workspace) => (
              <li key={workspace.id}>
                <Link to={`/w/${workspace.id}`} aria-current={workspace.id === currentWorkspaceId ? 'page' : undefined} onClick={close}>
                  {intl.formatMessage(m.nameRole, {
                    name: <span>{workspace.name}</span>,
                    role: intl.formatMessage(ROLE_MESSAGES[workspace.role]),
                    muted: (chunks: ReactNode[]) => <span className="muted">{chunks}</span>,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <ul className="switcher-list switcher-actions">
          {current ? (
            <li>
              <Link to={`/w/${current.id}/settings`} onClick={close}>
                {intl.formatMessage(m.settings, { name: current.name })}
              </Link>
            </li>
          ) : null}
          {current && can({ workspaceRole: current.role }, 'audit.view') ? (
            <li>
              <Link to={`/w/${current.id}/audit`} onClick={close}>
                {intl.formatMessage(m.audit, { name: current.name })}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to="/workspaces/new" onClick={close}>
              {intl.formatMessage(m.create)}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
