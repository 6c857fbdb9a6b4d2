import { useRef, useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { useSearchParams } from 'react-router';
import { errorMessage, type CharterBoard, type CharterOverview, type CharterVersion } from '../../../api';
import { EmptyState, ErrorState, Loading } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { useResource } from '../../../hooks/use-resource';
import { useUser } from '../../../session/session-context';
import { getBoard, getCharter, getVersion } from '../api/charters';
import { CompareVersions } from '../components/compare-versions';
import { RatificationStatus, SignatureBoard } from '../components/signature-board';
import { SigningPanel } from '../components/signing-panel';
import { StartDraftForm } from '../components/start-draft-form';
import { VersionList } from '../components/version-list';
import { VersionPanel } from '../components/version-panel';
import { processRefOf } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

const m = untyped(
  defineMessages({
    notShown: { id: 'charters.route.notShown', defaultMessage: 'Your role in this process does not show its charter.' },
    loading: { id: 'charters.route.loading', defaultMessage: 'Loading the charter…' },
    title: { id: 'charters.route.title', defaultMessage: 'Charter' },
    intro: {
      id: 'charters.route.intro',
      defaultMessage:
        'The terms of reference the participants agree to and sign: goal and mandate, who takes part, roles, procedures, reviews and the schedule.',
    },
    noCharter: { id: 'charters.route.noCharter', defaultMessage: 'No charter yet' },
    startFromTemplate: { id: 'charters.route.startFromTemplate', defaultMessage: 'Start a draft from the template below.' },
    noDraftYet: { id: 'charters.route.noDraftYet', defaultMessage: 'The facilitators have not started a draft yet.' },
    started: { id: 'charters.route.started', defaultMessage: 'Version {number} started as a draft.' },
    openVersion: {
      id: 'charters.route.openVersion',
      defaultMessage:
        'Version {number} is {status, select, draft {a draft} other {proposed}}; a new draft can start once it is adopted{status, select, proposed { or withdrawn} other {}}.',
    },
    boardFailed: { id: 'charters.route.boardFailed', defaultMessage: 'The signature board could not be loaded' },
    loadingSignatures: { id: 'charters.route.loadingSignatures', defaultMessage: 'Loading signatures…' },
    adoptedFailed: { id: 'charters.route.adoptedFailed', defaultMessage: 'The adopted version could not be loaded' },
    compare: { id: 'charters.route.compare', defaultMessage: 'Compare versions' },
  }),
);

/** `/w/:workspaceId/p/:processId/charter`: the terms of reference, their versions, discussion and signatures. */
export function CharterRoute() {
  const { process, allowed } = useProcessOutlet();
  const user = useUser();
  const intl = useIntl();
  const processRef = processRefOf(process);
  const [searchParams, setSearchParams] = useSearchParams();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<{ text: string; tone: 'success' | 'warning' } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const overview = useResource<CharterOverview>(`charter:${process.id}:${String(generation)}`, (signal) => getCharter(processRef, signal), {
    keepPreviousData: true,
  });

  const versions = overview.data?.versions ?? [];
  const adopted = versions.find((version) => version.status === 'adopted');
  const open = versions.find((version) => version.status === 'draft' || version.status === 'proposed');
  const requested = searchParams.get('version');
  const selected = versions.find((version) => version.id === requested) ?? open ?? adopted ?? versions[0];

  const board = useResource<CharterBoard>(
    adopted ? `charter-board:${adopted.id}:${String(generation)}` : null,
    (signal) => getBoard(processRef, adopted?.id ?? '', signal),
    { keepPreviousData: true },
  );
  const adoptedVersion = useResource<CharterVersion>(adopted ? `charter-adopted:${adopted.id}` : null, (signal) =>
    getVersion(processRef, adopted?.id ?? '', signal),
  );

  const may = {
    draft: allowed('charter.draft'),
    adopt: allowed('charter.adopt'),
    comment: allowed('charter.comment'),
    sign: allowed('charter.sign'),
  };

  const select = (versionId: string) => {
    setSearchParams({ version: versionId }, { replace: true });
  };

  /** Something changed (here or, on a 409, elsewhere): load the charter and its board again, and say what happened. */
  const changed = (message: string, tone: 'success' | 'warning' = 'success') => {
    setGeneration((value) => value + 1);
    if (message) {
      setNotice({ text: message, tone });
      requestAnimationFrame(() => noticeRef.current?.focus());
    }
  };

  if (!allowed('charter.view')) return <p className="panel">{intl.formatMessage(m.notShown)}</p>;
  if (!overview.data) return <ResourceView resource={overview} loading={intl.formatMessage(m.loading)} />;

  const myRow = board.data?.rows.find((row) => row.userId === user.id);

  return (
    <div className="stack-lg">
      <div ref={noticeRef} tabIndex={-1} role="status" className="notice-region">
        {notice ? <p className={`alert alert-${notice.tone}`}>{notice.text}</p> : null}
      </div>

      <section className="panel" aria-labelledby="charter-title">
        <h2 id="charter-title">{intl.formatMessage(m.title)}</h2>
        <p className="muted">{intl.formatMessage(m.intro)}</p>
        {overview.data.ratification ? <RatificationStatus ratification={overview.data.ratification} /> : null}
        {versions.length === 0 ? (
          <EmptyState title={intl.formatMessage(m.noCharter)}>
            <p>{intl.formatMessage(may.draft ? m.startFromTemplate : m.noDraftYet)}</p>
          </EmptyState>
        ) : (
          <VersionList versions={versions} selectedId={selected?.id ?? null} onSelect={select} />
        )}
        {may.draft && !open ? (
          <StartDraftForm
            processRef={processRef}
            versions={versions}
            onStarted={(created) => {
              select(created.id);
              changed(intl.formatMessage(m.started, { number: created.number }));
            }}
          />
        ) : null}
        {may.draft && open ? (
          <p className="muted">
            <FormattedMessage {...m.openVersion} values={{ number: open.number, status: open.status }} />
          </p>
        ) : null}
      </section>

      {adopted && may.sign && adoptedVersion.data && board.data ? (
        <SigningPanel
          processRef={processRef}
          version={adoptedVersion.data}
          mine={myRow}
          principal={myRow?.alternateFor ? board.data.rows.find((row) => row.userId === myRow.alternateFor) : undefined}
          onDone={changed}
        />
      ) : null}

      {selected ? <VersionPanel key={selected.id} processRef={processRef} summary={selected} may={may} onChanged={changed} /> : null}

      {adopted && board.error ? (
        <ErrorState title={intl.formatMessage(m.boardFailed)} message={errorMessage(board.error)} onRetry={board.reload} />
      ) : null}
      {adopted && !board.data && (board.isLoading || adoptedVersion.isLoading) ? (
        <Loading label={intl.formatMessage(m.loadingSignatures)} />
      ) : null}
      {adopted && adoptedVersion.error ? (
        <ErrorState
          title={intl.formatMessage(m.adoptedFailed)}
          message={errorMessage(adoptedVersion.error)}
          onRetry={adoptedVersion.reload}
        />
      ) : null}
      {adopted && board.data && adoptedVersion.data ? (
        <SignatureBoard
          processRef={processRef}
          version={adoptedVersion.data}
          board={board.data}
          mayChangeRule={may.adopt}
          onRuleSaved={() => {
            changed('');
          }}
        />
      ) : null}

      {versions.length > 0 ? (
        <section className="panel" aria-labelledby="compare-title">
          <h2 id="compare-title">{intl.formatMessage(m.compare)}</h2>
          <CompareVersions processRef={processRef} versions={versions} />
        </section>
      ) : null}
    </div>
  );
}
