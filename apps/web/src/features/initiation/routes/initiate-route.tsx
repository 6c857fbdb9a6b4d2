import { useCallback } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { errorMessage } from '../../../api';
import { Badge, ErrorState } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { useResource } from '../../../hooks/use-resource';
import { getSummary } from '../api/initiation';
import type { InitiationSummary } from '../api/types';
import { ChampionsPanel } from '../components/champions';
import { CoreGroupPanel } from '../components/core-group';
import { FacilitationResourcesPanel } from '../components/facilitation-resources';
import { HostingPanel } from '../components/hosting';
import { KeyQuestionsPanel } from '../components/key-questions';
import { gapText } from '../components/gap';
import { OUTLOOK_TONES, RISK_TONES } from '../components/labels';
import { RealityCheckPanel } from '../components/reality-check';
import { SharedChecklistsPanel } from '../components/shared-checklists';
import { type ProcessRef, processRefOf } from '../../../context/process-ref';
import { useFormat } from '../../../lib/use-format';

import { untyped } from '../../../i18n/untyped';
import { FUNDING_OUTLOOK_MESSAGES, HOSTING_MODEL_MESSAGES } from '../../../i18n/domain-labels';

/** The in-page links, keyed by the id of the heading each one jumps to. */
const SECTIONS = defineMessages({
  'key-questions-title': { id: 'initiation.nav.keyQuestions', defaultMessage: 'Key questions' },
  'champions-title': { id: 'initiation.nav.champions', defaultMessage: 'Champions' },
  'hosting-title': { id: 'initiation.nav.hosting', defaultMessage: 'Convener and hosts' },
  'core-group-section-title': { id: 'initiation.nav.coreGroup', defaultMessage: 'Core group and MoU' },
  'facilitation-resources-title': { id: 'initiation.nav.facilitation', defaultMessage: 'Facilitation' },
  'reality-check-title': { id: 'initiation.nav.realityCheck', defaultMessage: 'Reality check' },
  'checklists-title': { id: 'initiation.nav.checklists', defaultMessage: 'Participants’ checklists' },
});

const messages = untyped(
  defineMessages({
    notShown: { id: 'initiation.page.notShown', defaultMessage: 'Your role in this process does not show its initiation.' },
    title: { id: 'initiation.page.title', defaultMessage: 'Deciding and initiating' },
    intro: {
      id: 'initiation.page.intro',
      defaultMessage:
        'Getting a core group of committed individuals and organisations to consider the process design and feasibility. These steps are never linear: come back to them as the context changes.',
    },
    onThisPage: { id: 'initiation.page.onThisPage', defaultMessage: 'On this page' },
    highestRisk: {
      id: 'initiation.summary.highestRisk',
      defaultMessage: 'Highest risk: {risk, select, not_assessed {not assessed} low {low} medium {medium} high {high} other {{risk}}}',
    },
    outlookWithGaps: { id: 'initiation.summary.outlookWithGaps', defaultMessage: '{outlook}: {gaps}' },
    noHost: { id: 'initiation.summary.noHost', defaultMessage: 'No host yet' },
    mou: {
      id: 'initiation.summary.mou',
      defaultMessage: 'MoU: {status, select, draft {draft} agreed {agreed} other {none}}',
    },
    counts: {
      id: 'initiation.summary.counts',
      defaultMessage:
        '{champions, plural, one {# champion} other {# champions}} · {members, plural, one {# core group member} other {# core group members}} · {secured} of {resources, plural, one {# facilitation resource} other {# facilitation resources}} secured · {shared} of {groups, plural, one {# group} other {# groups}} shared their checklist',
    },
  }),
);

/**
 * `/w/:workspaceId/p/:processId/initiate`: deciding to use an MSP and getting it started (Lesson 11 §1-2).
 * The secretariat sees the reality check only; the rest (risk notes above all) is for conveners and facilitators.
 */
export function InitiateRoute() {
  const intl = useIntl();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const mayView = allowed('initiation.view');
  const mayManage = allowed('initiation.manage');

  if (!mayView && !allowed('initiation.realityCheck.view')) {
    return <p className="panel">{intl.formatMessage(messages.notShown)}</p>;
  }
  if (!mayView) return <RealityCheckPanel processRef={processRef} mayManage={false} onChanged={() => undefined} />;
  return <InitiateSections processRef={processRef} mayManage={mayManage} mayReadChecklists={allowed('initiation.checklists.view')} />;
}

function InitiateSections({
  processRef,
  mayManage,
  mayReadChecklists,
}: {
  processRef: ProcessRef;
  mayManage: boolean;
  mayReadChecklists: boolean;
}) {
  const intl = useIntl();
  const summary = useResource<InitiationSummary>(`initiation:${processRef.processId}`, (signal) => getSummary(processRef, signal));
  const { reload } = summary;
  const onChanged = useCallback(() => {
    reload();
  }, [reload]);
  const sections = Object.entries(SECTIONS).filter(([id]) => mayReadChecklists || id !== 'checklists-title');

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="initiation-summary-title">
        <h2 id="initiation-summary-title">{intl.formatMessage(messages.title)}</h2>
        <p className="muted">{intl.formatMessage(messages.intro)}</p>
        {summary.error ? <ErrorState message={errorMessage(summary.error)} onRetry={summary.reload} /> : null}
        {summary.data ? <SummaryBadges summary={summary.data} /> : null}
        <nav className="in-page-nav" aria-label={intl.formatMessage(messages.onThisPage)}>
          <ul>
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{intl.formatMessage(label)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </section>
      <KeyQuestionsPanel processRef={processRef} mayManage={mayManage} onChanged={onChanged} />
      <ChampionsPanel processRef={processRef} mayManage={mayManage} onChanged={onChanged} />
      <HostingPanel processRef={processRef} mayManage={mayManage} onChanged={onChanged} />
      <CoreGroupPanel processRef={processRef} mayManage={mayManage} onChanged={onChanged} />
      <FacilitationResourcesPanel processRef={processRef} mayManage={mayManage} onChanged={onChanged} />
      <RealityCheckPanel processRef={processRef} mayManage={mayManage} onChanged={onChanged} />
      {mayReadChecklists ? <SharedChecklistsPanel processRef={processRef} /> : null}
    </div>
  );
}

function SummaryBadges({ summary }: { summary: InitiationSummary }) {
  const intl = useIntl();
  const fmt = useFormat();
  const gaps = summary.funding.positions.filter(
    (position) => /[1-9]/.test(position.gapAfterPledged) && !position.gapAfterPledged.startsWith('-'),
  );
  return (
    <>
      <p className="process-facts">
        <Badge tone={RISK_TONES[summary.risk.highest]}>{intl.formatMessage(messages.highestRisk, { risk: summary.risk.highest })}</Badge>
        <Badge tone={OUTLOOK_TONES[summary.funding.outlook]}>
          {gaps.length > 0
            ? intl.formatMessage(messages.outlookWithGaps, {
                outlook: intl.formatMessage(FUNDING_OUTLOOK_MESSAGES[summary.funding.outlook]),
                gaps: intl.formatList(
                  gaps.map((position) => gapText(intl, position.gapAfterPledged, position.currency, fmt.money)),
                  { type: 'unit' },
                ),
              })
            : intl.formatMessage(FUNDING_OUTLOOK_MESSAGES[summary.funding.outlook])}
        </Badge>
        <Badge>
          {summary.hostingModel ? intl.formatMessage(HOSTING_MODEL_MESSAGES[summary.hostingModel]) : intl.formatMessage(messages.noHost)}
        </Badge>
        <Badge tone={summary.mouStatus === 'agreed' ? 'accent' : 'muted'}>
          {intl.formatMessage(messages.mou, { status: summary.mouStatus ?? 'none' })}
        </Badge>
      </p>
      <p className="muted">
        {intl.formatMessage(messages.counts, {
          champions: summary.champions,
          members: summary.coreGroupMembers,
          secured: summary.facilitationSecured,
          resources: summary.facilitationResources,
          shared: summary.checklistsShared,
          groups: summary.stakeholderGroups,
        })}
      </p>
    </>
  );
}
