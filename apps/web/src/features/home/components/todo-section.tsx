import { ROLE_LABELS, type Role, type TodoKind } from '@common-ground/domain';
import { Link } from 'react-router';
import type { TodoItem, TodoSection } from '../../../api';
import { Badge } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';
import type { Formatters } from '../../../lib/format';

/** What each section is called, and what it says when it holds nothing. */
export const SECTION_TEXT: Record<TodoKind, { title: string; none: string }> = {
  charter_signature: { title: 'Charters waiting for your signature', none: 'No charter waits for your signature.' },
  checklist: { title: 'Checklists your group must fill', none: 'No checklist waits for your stakeholder group.' },
  action: { title: 'Actions you hold', none: 'You hold no open action of an approved plan.' },
  report_back: { title: 'Report-backs you owe', none: 'No report-back is due in the next 30 days.' },
  invitation: { title: 'Invitations waiting for you', none: 'No invitation is waiting for your e-mail address.' },
};

function itemTitle(item: TodoItem): string {
  switch (item.kind) {
    case 'charter_signature':
      return `Sign ${item.title}`;
    case 'checklist':
      return `Fill the checklist of ${item.title}`;
    case 'action':
      return item.title;
    case 'report_back':
      return `Report back to ${item.title}`;
    case 'invitation':
      return `Join ${item.title}${item.role ? ` as ${(ROLE_LABELS[item.role as Role] ?? item.role).toLowerCase()}` : ''}`;
  }
}

/** Where the item is (workspace, process) and by when; the date says "expires" for an invitation. */
function itemMeta(item: TodoItem, fmt: Formatters): string {
  const where = [item.workspaceName, item.processTitle].filter(Boolean).join(' · ');
  if (!item.dueOn) return where;
  return `${where} · ${item.kind === 'invitation' ? 'expires' : 'due'} ${fmt.day(item.dueOn)}`;
}

export function TodoSectionView({ section }: { section: TodoSection }) {
  const fmt = useFormat();
  const text = SECTION_TEXT[section.kind];
  const titleId = `todo-${section.kind}-title`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {text.title} <span className="muted">({section.total})</span>
      </h2>
      {section.items.length === 0 ? (
        <p className="muted">{text.none}</p>
      ) : (
        <ul className="rows" aria-label={text.title}>
          {section.items.map((item) => (
            <li key={`${item.workspaceId}:${item.id}`} className="row row-block">
              <div className="row-main">
                {item.path ? (
                  <Link className="row-title" to={item.path}>
                    {itemTitle(item)}
                  </Link>
                ) : (
                  <span className="row-title">{itemTitle(item)}</span>
                )}
                <span className="muted">
                  {itemMeta(item, fmt)} {item.overdue ? <Badge tone="warning">Overdue</Badge> : null}
                </span>
                {item.kind === 'invitation' ? <span className="muted">Open the link in the invitation e-mail to accept it.</span> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {section.total > section.items.length ? (
        <p className="muted">
          Showing the first {section.items.length} of {section.total}, overdue first then the soonest due.
        </p>
      ) : null}
    </section>
  );
}
