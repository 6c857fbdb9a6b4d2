import { PARTICIPANT_KEY_QUESTIONS, PARTICIPATION_STANCE_LABELS } from '@common-ground/domain';
import { useState } from 'react';
import { Badge, EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getSharedChecklist, listChecklistStatuses } from '../api/initiation';
import type { ChecklistStatus, ChecklistStatusList, SharedChecklist } from '../api/types';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

/**
 * Which stakeholder groups shared their answers to the key questions for potential participants. A
 * checklist that is not shared shows nothing but that fact.
 */
export function SharedChecklistsPanel({ processRef }: { processRef: ProcessRef }) {
  const statuses = useResource<ChecklistStatusList>(`checklists:${processRef.processId}`, (signal) =>
    listChecklistStatuses(processRef, signal),
  );
  const data = statuses.data;

  return (
    <section className="panel" aria-labelledby="checklists-title">
      <h2 id="checklists-title">Potential participants’ checklists</h2>
      <p className="muted">
        Each stakeholder group answers the key questions for potential participants for itself, and chooses whether to share its answers
        with the conveners and facilitators.
      </p>
      <ResourceView resource={statuses} loading="Loading the checklists…" />
      {data?.items.length === 0 ? (
        <EmptyState title="No stakeholder groups yet">
          <p>Groups are kept on the Members tab; each group’s participants fill in their checklist there.</p>
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <p>
            {data.shared} of {data.items.length} groups shared their checklist.
          </p>
          <ul className="rows" aria-label="Checklists by stakeholder group">
            {data.items.map((status) => (
              <ChecklistRow key={status.group.id} processRef={processRef} status={status} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function ChecklistRow({ processRef, status }: { processRef: ProcessRef; status: ChecklistStatus }) {
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  return (
    <li className="row row-block">
      <div className="row-main">
        <span className="row-title">{status.group.name}</span>
        <span className="muted">
          {status.shared ? (
            <>
              <Badge tone="accent">Shared</Badge> {status.stance ? PARTICIPATION_STANCE_LABELS[status.stance] : null} · {status.answered} of{' '}
              {PARTICIPANT_KEY_QUESTIONS.length} answered
              {status.updatedAt ? ` · ${fmt.dateTime(status.updatedAt)}` : ''}
            </>
          ) : (
            <Badge tone="muted">Not shared</Badge>
          )}
          {status.indispensable ? ' · indispensable' : ''}
        </span>
      </div>
      {status.shared ? (
        <div className="row-actions">
          <button
            type="button"
            className="button button-small"
            aria-expanded={open}
            onClick={() => {
              setOpen(!open);
            }}
          >
            {open ? 'Hide' : 'Read'}
            <span className="visually-hidden"> the checklist of {status.group.name}</span>
          </button>
        </div>
      ) : null}
      {open ? <SharedChecklistView processRef={processRef} groupId={status.group.id} /> : null}
    </li>
  );
}

function SharedChecklistView({ processRef, groupId }: { processRef: ProcessRef; groupId: string }) {
  const checklist = useResource<SharedChecklist>(`checklist:${groupId}`, (signal) => getSharedChecklist(processRef, groupId, signal));
  if (checklist.error || !checklist.data) return <ResourceView resource={checklist} loading="Loading the checklist…" />;
  return <ChecklistAnswers answers={checklist.data.answers} />;
}

/** The questions and a group's answers, read-only. */
export function ChecklistAnswers({ answers }: { answers: { questionId: string; notes: string }[] }) {
  return (
    <dl className="facts">
      {PARTICIPANT_KEY_QUESTIONS.map((question) => {
        const notes = answers.find((answer) => answer.questionId === question.id)?.notes;
        return (
          <div key={question.id}>
            <dt>{question.question}</dt>
            <dd className="prose">{notes ? notes : <span className="muted">Not answered.</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
