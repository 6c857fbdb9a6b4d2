import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { type PlanActionList } from '../../../api';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { listMyActions, MY_ACTIONS_PAGE } from '../api/plans';
import { OverdueBadge } from './labels';
import { StatusControl } from './status-control';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { untyped } from '../../../i18n/untyped';
import { joinParts } from '../../../i18n/common-messages';

const messages = untyped(
  defineMessages({
    metaLine: { id: 'plans.myActions.metaLine', defaultMessage: '{meta} {overdue}' },
    title: { id: 'plans.myActions.title', defaultMessage: 'My actions' },
    intro: {
      id: 'plans.myActions.intro',
      defaultMessage: 'Actions you hold, yourself or through your working group or stakeholder group, soonest due first.',
    },
    loading: { id: 'plans.myActions.loading', defaultMessage: 'Loading your actions…' },
    empty: { id: 'plans.myActions.empty', defaultMessage: 'You hold no actions yet' },
    due: { id: 'plans.myActions.due', defaultMessage: 'due {date}' },
    firstPage: {
      id: 'plans.myActions.firstPage',
      defaultMessage: 'Your first {count} actions are listed here; each plan shows all of its actions.',
    },
  }),
);

/** The actions the signed-in person holds, themselves or through their working or stakeholder group. */
export function MyActionsPanel({ processRef, basePath }: { processRef: ProcessRef; basePath: string }) {
  const intl = useIntl();
  const fmt = useFormat();
  const actions = useResource<PlanActionList>(`my-actions:${processRef.processId}`, (signal) => listMyActions(processRef, signal));
  const [status, setStatus] = useState('');
  const items = actions.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="my-actions-title">
      <h2 id="my-actions-title">{intl.formatMessage(messages.title)}</h2>
      <p className="muted">{intl.formatMessage(messages.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={actions} loading={intl.formatMessage(messages.loading)} />
      {actions.data && items.length === 0 ? <EmptyState title={intl.formatMessage(messages.empty)} /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(messages.title)}>
          {items.map((action) => (
            <li key={action.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${basePath}/${action.planId}/actions/${action.id}`}>
                  {action.title}
                </Link>
                <span className="muted">
                  {intl.formatMessage(messages.metaLine, {
                    meta: joinParts(intl, [
                      <Link key="plan" to={`${basePath}/${action.planId}`}>
                        {action.planTitle}
                      </Link>,
                      action.owner?.name,
                      action.dueDate ? intl.formatMessage(messages.due, { date: fmt.day(action.dueDate) }) : null,
                    ]),
                    overdue: action.overdue ? <OverdueBadge /> : null,
                  })}
                </span>
              </div>
              <div className="row-actions">
                <StatusControl
                  processRef={processRef}
                  action={action}
                  onChanged={(changed, message) => {
                    actions.setData((list) => ({ ...list, items: list.items.map((item) => (item.id === changed.id ? changed : item)) }));
                    setStatus(message);
                  }}
                  onConflict={(message) => {
                    actions.reload();
                    setStatus(message);
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {actions.data?.nextCursor ? (
        <p className="muted">{intl.formatMessage(messages.firstPage, { count: String(MY_ACTIONS_PAGE) })}</p>
      ) : null}
    </section>
  );
}
