import { PHASE_LABELS, PHASE_SUMMARIES, nextPhase, phaseIndex } from '@common-ground/domain';
import { useRef, useState } from 'react';
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

/** The phase stepper, the readiness checklist for the next phase, phase changes and their history. */
export function ProcessOverviewRoute() {
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
          ? `Stepped back to ${PHASE_LABELS[result.transition.toPhase]}.`
          : `Moved to ${PHASE_LABELS[result.transition.toPhase]}.`,
    });
    focusNotice();
  };

  const onConflict = () => {
    setMode(null);
    reloadProcess();
    setNotice({
      tone: 'warning',
      text: 'This process was changed by someone else while you were deciding. It has been reloaded: check its phase and readiness, then try again.',
    });
    focusNotice();
  };

  return (
    <div className="stack-lg">
      <section aria-labelledby="phase-title" className="panel">
        <h2 id="phase-title">Phase: {PHASE_LABELS[process.phase]}</h2>
        <PhaseStepper current={process.phase} />
        <p className="muted">{PHASE_SUMMARIES[process.phase]}</p>
      </section>

      <div ref={noticeRef} tabIndex={-1} role="status" className="notice-region">
        {notice ? <p className={`alert alert-${notice.tone}`}>{notice.text}</p> : null}
      </div>

      <section aria-labelledby="readiness-title" className="panel" aria-busy={checking}>
        <h2 id="readiness-title">{shownNext ? `Readiness for ${PHASE_LABELS[shownNext]}` : 'Readiness'}</h2>
        <ResourceView resource={readiness} loading="Checking readiness…" />
        {readiness.data && !shownNext ? <p>{PHASE_LABELS[readiness.data.phase]} is the last phase: there is no phase to move to.</p> : null}
        {shownNext && readiness.data?.gates.length === 0 ? <p>There are no checks for {PHASE_LABELS[shownNext]}.</p> : null}
        {shownNext && readiness.data && readiness.data.gates.length > 0 ? (
          <GateList gates={readiness.data.gates} label={`Checks for moving to ${PHASE_LABELS[shownNext]}`} />
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
                Move to {PHASE_LABELS[next]}
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
                Step back
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
        <h2 id="history-title">History</h2>
        <ResourceView resource={history} loading="Loading history…" />
        {history.data?.length === 0 ? <EmptyState title="No phase changes yet">{null}</EmptyState> : null}
        {history.data && history.data.length > 0 ? <TransitionHistory transitions={history.data} /> : null}
      </section>
    </div>
  );
}
