import { nextPhase, phaseIndex, type Phase } from '@common-ground/domain';
import { useRef, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type Readiness, type Transition, type TransitionResult } from '../../../api';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { getReadiness, listTransitions } from '../api/processes';
import { useProcessOutlet } from '../api/process-context';
import { GateList } from '../components/gate-list';
import { PhaseStepper } from '../components/phase-stepper';
import { TransitionDialog, type TransitionMode } from '../components/transition-dialog';
import { TransitionHistory } from '../components/transition-history';
import { ResourceView } from '../../../components/resource-view';
import { PHASE_MESSAGES, PHASE_SUMMARY_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    steppedBack: { id: 'processes.overview.steppedBack', defaultMessage: 'Stepped back to {phase}.' },
    movedTo: { id: 'processes.overview.movedTo', defaultMessage: 'Moved to {phase}.' },
    conflict: {
      id: 'processes.overview.conflict',
      defaultMessage:
        'This process was changed by someone else while you were deciding. It has been reloaded: check its phase and readiness, then try again.',
    },
    phaseTitle: { id: 'processes.overview.phaseTitle', defaultMessage: 'Phase: {phase}' },
    readinessFor: { id: 'processes.overview.readinessFor', defaultMessage: 'Readiness for {phase}' },
    readiness: { id: 'processes.overview.readiness', defaultMessage: 'Readiness' },
    checking: { id: 'processes.overview.checking', defaultMessage: 'Checking readiness…' },
    lastPhase: { id: 'processes.overview.lastPhase', defaultMessage: '{phase} is the last phase: there is no phase to move to.' },
    noChecks: { id: 'processes.overview.noChecks', defaultMessage: 'There are no checks for {phase}.' },
    checksFor: { id: 'processes.overview.checksFor', defaultMessage: 'Checks for moving to {phase}' },
    moveTo: { id: 'processes.overview.moveTo', defaultMessage: 'Move to {phase}' },
    stepBack: { id: 'processes.overview.stepBack', defaultMessage: 'Step back' },
    history: { id: 'processes.overview.history', defaultMessage: 'History' },
    loadingHistory: { id: 'processes.overview.loadingHistory', defaultMessage: 'Loading history…' },
    noHistory: { id: 'processes.overview.noHistory', defaultMessage: 'No phase changes yet' },
  }),
);

/** The phase stepper, the readiness checklist for the next phase, phase changes and their history. */
export function ProcessOverviewRoute() {
  const intl = useIntl();
  const phaseName = (phase: Phase) => intl.formatMessage(PHASE_MESSAGES[phase]);
  const { process, setProcess, reloadProcess, allowed } = useProcessOutlet();
  const key = `${process.workspaceId}:${process.id}:${process.phase}:${String(process.version)}`;
  // Keyed by version: any change to the process (a phase change, an edit) loads both again.
  const readiness = useResource<Readiness>(`readiness:${key}`, (signal) => getReadiness(process.workspaceId, process.id, signal), {
    keepPreviousData: true,
  });
  const history = useResource<Transition[]>(`transitions:${key}`, (signal) => listTransitions(process.workspaceId, process.id, signal), {
    keepPreviousData: true,
  });
  const [mode, setMode] = useState<TransitionMode | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const mayTransition = allowed('process.transition');
  const checking = readiness.isLoading;
  /** The phase the shown checklist is about; while a new one loads it can lag behind `next`. */
  const shownNext = readiness.data ? readiness.data.nextPhase : null;
  const next = nextPhase(process.phase);

  const focusNotice = () => {
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const onDone = (result: TransitionResult) => {
    setMode(null);
    setProcess(result.process);
    setNotice({
      tone: 'success',
      text:
        result.transition.kind === 'step_back'
          ? intl.formatMessage(messages.steppedBack, { phase: phaseName(result.transition.toPhase) })
          : intl.formatMessage(messages.movedTo, { phase: phaseName(result.transition.toPhase) }),
    });
    focusNotice();
  };

  const onConflict = () => {
    setMode(null);
    reloadProcess();
    setNotice({
      tone: 'warning',
      text: intl.formatMessage(messages.conflict),
    });
    focusNotice();
  };

  return (
    <div className="stack-lg">
      <section aria-labelledby="phase-title" className="panel">
        <h2 id="phase-title">{intl.formatMessage(messages.phaseTitle, { phase: phaseName(process.phase) })}</h2>
        <PhaseStepper current={process.phase} />
        <p className="muted">{intl.formatMessage(PHASE_SUMMARY_MESSAGES[process.phase])}</p>
      </section>

      <div ref={noticeRef} tabIndex={-1} role="status" className="notice-region">
        {notice ? <p className={`alert alert-${notice.tone}`}>{notice.text}</p> : null}
      </div>

      <section aria-labelledby="readiness-title" className="panel" aria-busy={checking}>
        <h2 id="readiness-title">
          {shownNext ? intl.formatMessage(messages.readinessFor, { phase: phaseName(shownNext) }) : intl.formatMessage(messages.readiness)}
        </h2>
        <ResourceView resource={readiness} loading={intl.formatMessage(messages.checking)} />
        {readiness.data && !shownNext ? <p>{intl.formatMessage(messages.lastPhase, { phase: phaseName(readiness.data.phase) })}</p> : null}
        {shownNext && readiness.data?.gates.length === 0 ? (
          <p>{intl.formatMessage(messages.noChecks, { phase: phaseName(shownNext) })}</p>
        ) : null}
        {shownNext && readiness.data && readiness.data.gates.length > 0 ? (
          <GateList gates={readiness.data.gates} label={intl.formatMessage(messages.checksFor, { phase: phaseName(shownNext) })} />
        ) : null}
        {mayTransition && readiness.data ? (
          <div className="button-row">
            {next ? (
              <button
                type="button"
                className="button button-primary"
                aria-haspopup="dialog"
                disabled={checking}
                onClick={() => {
                  setNotice(null);
                  setMode('forward');
                }}
              >
                {intl.formatMessage(messages.moveTo, { phase: phaseName(next) })}
              </button>
            ) : null}
            {phaseIndex(process.phase) > 0 ? (
              <button
                type="button"
                className="button"
                aria-haspopup="dialog"
                disabled={checking}
                onClick={() => {
                  setNotice(null);
                  setMode('back');
                }}
              >
                {intl.formatMessage(messages.stepBack)}
              </button>
            ) : null}
          </div>
        ) : null}
      </section>

      {mode && readiness.data && !checking ? (
        <TransitionDialog
          mode={mode}
          process={process}
          readiness={readiness.data}
          onClose={() => {
            setMode(null);
          }}
          onDone={onDone}
          onConflict={onConflict}
        />
      ) : null}

      <section aria-labelledby="history-title" className="panel">
        <h2 id="history-title">{intl.formatMessage(messages.history)}</h2>
        <ResourceView resource={history} loading={intl.formatMessage(messages.loadingHistory)} />
        {history.data?.length === 0 ? <EmptyState title={intl.formatMessage(messages.noHistory)}>{null}</EmptyState> : null}
        {history.data && history.data.length > 0 ? <TransitionHistory transitions={history.data} /> : null}
      </section>
    </div>
  );
}
