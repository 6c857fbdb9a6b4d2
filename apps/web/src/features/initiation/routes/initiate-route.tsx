import { FUNDING_OUTLOOK_LABELS, HOSTING_MODEL_LABELS, MOU_STATUS_LABELS, RISK_LABELS } from '@common-ground/domain';
import { useCallback } from 'react';
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
import { OUTLOOK_TONES, RISK_TONES } from '../components/labels';
import { formatGap } from '../components/money';
import { RealityCheckPanel } from '../components/reality-check';
import { SharedChecklistsPanel } from '../components/shared-checklists';
import { type ProcessRef, processRefOf } from '../../../context/process-ref';
import { useFormat } from '../../../lib/use-format';

const SECTIONS: [string, string][] = [
  ['key-questions-title', 'Key questions'],
  ['champions-title', 'Champions'],
  ['hosting-title', 'Convener and hosts'],
  ['core-group-section-title', 'Core group and MoU'],
  ['facilitation-resources-title', 'Facilitation'],
  ['reality-check-title', 'Reality check'],
  ['checklists-title', 'Participants’ checklists'],
];

/**
 * `/w/:workspaceId/p/:processId/initiate`: deciding to use an MSP and getting it started (Lesson 11 §1-2).
 * The secretariat sees the reality check only; the rest (risk notes above all) is for conveners and facilitators.
 */
export function InitiateRoute() {
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const mayView = allowed('initiation.view');
  const mayManage = allowed('initiation.manage');

  if (!mayView && !allowed('initiation.realityCheck.view')) {
    return <p className="panel">Your role in this process does not show its initiation.</p>;
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
  const summary = useResource<InitiationSummary>(`initiation:${processRef.processId}`, (signal) => getSummary(processRef, signal));
  const { reload } = summary;
  const onChanged = useCallback(() => {
    reload();
  }, [reload]);
  const sections = mayReadChecklists ? SECTIONS : SECTIONS.filter(([id]) => id !== 'checklists-title');

  return (
    <div className="stack-lg">
      <section className="panel" aria-labelledby="initiation-summary-title">
        <h2 id="initiation-summary-title">Deciding and initiating</h2>
        <p className="muted">
          Getting a core group of committed individuals and organisations to consider the process design and feasibility. These steps are
          never linear: come back to them as the context changes.
        </p>
        {summary.error ? <ErrorState message={errorMessage(summary.error)} onRetry={summary.reload} /> : null}
        {summary.data ? <SummaryBadges summary={summary.data} /> : null}
        <nav className="in-page-nav" aria-label="On this page">
          <ul>
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
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

const count = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

function SummaryBadges({ summary }: { summary: InitiationSummary }) {
  const fmt = useFormat();
  const gaps = summary.funding.positions.filter(
    (position) => /[1-9]/.test(position.gapAfterPledged) && !position.gapAfterPledged.startsWith('-'),
  );
  const risk =
    summary.risk.highest === 'not_assessed' ? 'not assessed' : RISK_LABELS[summary.risk.highest].replace(' risk', '').toLowerCase();
  return (
    <>
      <p className="process-facts">
        <Badge tone={RISK_TONES[summary.risk.highest]}>Highest risk: {risk}</Badge>
        <Badge tone={OUTLOOK_TONES[summary.funding.outlook]}>
          {FUNDING_OUTLOOK_LABELS[summary.funding.outlook]}
          {gaps.length > 0
            ? `: ${gaps.map((position) => formatGap(position.gapAfterPledged, position.currency, fmt.money)).join(', ')}`
            : ''}
        </Badge>
        <Badge>{summary.hostingModel ? HOSTING_MODEL_LABELS[summary.hostingModel] : 'No host yet'}</Badge>
        <Badge tone={summary.mouStatus === 'agreed' ? 'accent' : 'muted'}>
          MoU: {summary.mouStatus ? MOU_STATUS_LABELS[summary.mouStatus].toLowerCase() : 'none'}
        </Badge>
      </p>
      <p className="muted">
        {count(summary.champions, 'champion', 'champions')} · {count(summary.coreGroupMembers, 'core group member', 'core group members')} ·{' '}
        {summary.facilitationSecured} of {count(summary.facilitationResources, 'facilitation resource', 'facilitation resources')} secured ·{' '}
        {summary.checklistsShared} of {count(summary.stakeholderGroups, 'group', 'groups')} shared their checklist
      </p>
    </>
  );
}
