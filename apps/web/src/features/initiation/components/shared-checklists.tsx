import { PARTICIPANT_KEY_QUESTIONS } from '@common-ground/domain';
import { type ReactNode, useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { Badge, EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getSharedChecklist, listChecklistStatuses } from '../api/initiation';
import type { ChecklistStatus, ChecklistStatusList, SharedChecklist } from '../api/types';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { PARTICIPANT_QUESTION_MESSAGES } from './labels';
import { untyped } from '../../../i18n/untyped';
import { PARTICIPATION_STANCE_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    sharedLine: { id: 'initiation.checklists.sharedLine', defaultMessage: '{shared} {stance} · {answered}' },
    sharedUpdated: { id: 'initiation.checklists.sharedUpdated', defaultMessage: '{shared} {stance} · {answered} · {updated}' },
    withIndispensable: { id: 'initiation.checklists.withIndispensable', defaultMessage: '{status} · {indispensable}' },
    title: { id: 'initiation.checklists.title', defaultMessage: 'Potential participants’ checklists' },
    intro: {
      id: 'initiation.checklists.intro',
      defaultMessage:
        'Each stakeholder group answers the key questions for potential participants for itself, and chooses whether to share its answers with the conveners and facilitators.',
    },
    loading: { id: 'initiation.checklists.loading', defaultMessage: 'Loading the checklists…' },
    empty: { id: 'initiation.checklists.empty', defaultMessage: 'No stakeholder groups yet' },
    emptyHint: {
      id: 'initiation.checklists.emptyHint',
      defaultMessage: 'Groups are kept on the Members tab; each group’s participants fill in their checklist there.',
    },
    sharedCount: {
      id: 'initiation.checklists.sharedCount',
      defaultMessage: '{shared} of {total, plural, one {# group} other {# groups}} shared their checklist.',
    },
    listLabel: { id: 'initiation.checklists.listLabel', defaultMessage: 'Checklists by stakeholder group' },
    shared: { id: 'initiation.checklists.shared', defaultMessage: 'Shared' },
    answered: { id: 'initiation.checklists.answered', defaultMessage: '{answered} of {total} answered' },
    notShared: { id: 'initiation.checklists.notShared', defaultMessage: 'Not shared' },
    indispensable: { id: 'initiation.checklists.indispensable', defaultMessage: 'indispensable' },
    hide: { id: 'initiation.checklists.hide', defaultMessage: 'Hide<hidden> the checklist of {group}</hidden>' },
    read: { id: 'initiation.checklists.read', defaultMessage: 'Read<hidden> the checklist of {group}</hidden>' },
    loadingOne: { id: 'initiation.checklists.loadingOne', defaultMessage: 'Loading the checklist…' },
    notAnswered: { id: 'initiation.checklists.notAnswered', defaultMessage: 'Not answered.' },
  }),
);

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * Which stakeholder groups shared their answers to the key questions for potential participants. A
 * checklist that is not shared shows nothing but that fact.
 */
export function SharedChecklistsPanel({ processRef }: { processRef: ProcessRef }) {
  const intl = useIntl();
  const statuses = useResource<ChecklistStatusList>(`checklists:${processRef.processId}`, (signal) =>
    listChecklistStatuses(processRef, signal),
  );
  const data = statuses.data;

  return (
    <section className="panel" aria-labelledby="checklists-title">
      <h2 id="checklists-title">{intl.formatMessage(messages.title)}</h2>
      <p className="muted">{intl.formatMessage(messages.intro)}</p>
      <ResourceView resource={statuses} loading={intl.formatMessage(messages.loading)} />
      {data?.items.length === 0 ? (
        <EmptyState title={intl.formatMessage(messages.empty)}>
          <p>{intl.formatMessage(messages.emptyHint)}</p>
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <p>{intl.formatMessage(messages.sharedCount, { shared: data.shared, total: data.items.length })}</p>
          <ul className="rows" aria-label={intl.formatMessage(messages.listLabel)}>
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
  const intl = useIntl();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const shown = status.shared ? (
    intl.formatMessage(status.updatedAt ? messages.sharedUpdated : messages.sharedLine, {
      shared: <Badge tone="accent">{intl.formatMessage(messages.shared)}</Badge>,
      stance: status.stance ? intl.formatMessage(PARTICIPATION_STANCE_MESSAGES[status.stance]) : '',
      answered: intl.formatMessage(messages.answered, { answered: status.answered, total: PARTICIPANT_KEY_QUESTIONS.length }),
      updated: status.updatedAt ? fmt.dateTime(status.updatedAt) : '',
    })
  ) : (
    <Badge tone="muted">{intl.formatMessage(messages.notShared)}</Badge>
  );
  return (
    <li className="row row-block">
      <div className="row-main">
        <span className="row-title">{status.group.name}</span>
        <span className="muted">
          {status.indispensable
            ? intl.formatMessage(messages.withIndispensable, { status: shown, indispensable: intl.formatMessage(messages.indispensable) })
            : shown}
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
            <FormattedMessage {...(open ? messages.hide : messages.read)} values={{ group: status.group.name, hidden }} />
          </button>
        </div>
      ) : null}
      {open ? <SharedChecklistView processRef={processRef} groupId={status.group.id} /> : null}
    </li>
  );
}

function SharedChecklistView({ processRef, groupId }: { processRef: ProcessRef; groupId: string }) {
  const intl = useIntl();
  const checklist = useResource<SharedChecklist>(`checklist:${groupId}`, (signal) => getSharedChecklist(processRef, groupId, signal));
  if (checklist.error || !checklist.data) return <ResourceView resource={checklist} loading={intl.formatMessage(messages.loadingOne)} />;
  return <ChecklistAnswers answers={checklist.data.answers} />;
}

/** The questions and a group's answers, read-only. */
export function ChecklistAnswers({ answers }: { answers: { questionId: string; notes: string }[] }) {
  const intl = useIntl();
  return (
    <dl className="facts">
      {PARTICIPANT_KEY_QUESTIONS.map((question) => {
        const notes = answers.find((answer) => answer.questionId === question.id)?.notes;
        return (
          <div key={question.id}>
            <dt>{intl.formatMessage(PARTICIPANT_QUESTION_MESSAGES[question.id].question)}</dt>
            <dd className="prose">{notes ? notes : <span className="muted">{intl.formatMessage(messages.notAnswered)}</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
