import { CHARTER_SECTIONS, type CharterSectionKey } from '@common-ground/domain';
import { diffWords, type Change } from 'diff';
import { useId, useState } from 'react';
import { type CharterContent, type CharterVersion, type CharterVersionSummary } from '../../../api';
import { useResource } from '../../../hooks/use-resource';
import { getVersion } from '../api/charters';
import { VERSION_STATUS_LABELS } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

interface Part {
  key: string;
  label: string;
  before: string;
  after: string;
}

function parts(a: CharterContent, b: CharterContent): Part[] {
  const sectionsA = a.sections as Partial<Record<CharterSectionKey, string>>;
  const sectionsB = b.sections as Partial<Record<CharterSectionKey, string>>;
  const list: Part[] = CHARTER_SECTIONS.map((section) => ({
    key: section.key,
    label: section.label,
    before: sectionsA[section.key] ?? '',
    after: sectionsB[section.key] ?? '',
  }));
  list.push({ key: 'consent', label: 'Consent statement', before: a.consentStatement, after: b.consentStatement });
  list.push({
    key: 'alternates',
    label: 'Alternates may sign',
    before: a.alternatesMaySign ? 'Yes' : 'No',
    after: b.alternatesMaySign ? 'Yes' : 'No',
  });
  return list.filter((part) => part.before.trim() || part.after.trim());
}

/** The older text with its removed words marked, or the newer one with its added words marked. */
function Marked({ changes, side }: { changes: Change[]; side: 'before' | 'after' }) {
  return (
    <p className="prose diff-text">
      {changes.map((change, index) => {
        if (change.added) {
          return side === 'after' ? (
            <ins key={index}>
              <span className="visually-hidden">[added: </span>
              {change.value}
              <span className="visually-hidden">]</span>
            </ins>
          ) : null;
        }
        if (change.removed) {
          return side === 'before' ? (
            <del key={index}>
              <span className="visually-hidden">[removed: </span>
              {change.value}
              <span className="visually-hidden">]</span>
            </del>
          ) : null;
        }
        return <span key={index}>{change.value}</span>;
      })}
    </p>
  );
}

function name(summary: CharterVersionSummary): string {
  return `Version ${String(summary.number)} (${VERSION_STATUS_LABELS[summary.status].toLowerCase()})`;
}

/** Any two versions side by side, word by word. */
export function CompareVersions({ processRef, versions }: { processRef: ProcessRef; versions: CharterVersionSummary[] }) {
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState(versions[1]?.id ?? versions[0]?.id ?? '');
  const [to, setTo] = useState(versions[0]?.id ?? '');
  const fromSummary = versions.find((version) => version.id === from);
  const toSummary = versions.find((version) => version.id === to);
  const key = from && to ? `charter-compare:${from}:${String(fromSummary?.version)}:${to}:${String(toSummary?.version)}` : null;
  const pair = useResource<[CharterVersion, CharterVersion]>(key, (signal) =>
    Promise.all([getVersion(processRef, from, signal), getVersion(processRef, to, signal)]),
  );

  if (versions.length < 2) return <p className="muted">There is only one version so far; once there are two, you can compare them here.</p>;

  const options = versions.map((version) => (
    <option key={version.id} value={version.id}>
      {name(version)}
    </option>
  ));
  const list = pair.data ? parts(pair.data[0].content, pair.data[1].content) : [];

  return (
    <div className="stack">
      <div className="compare-pickers">
        <div className="field">
          <label htmlFor={fromId}>Older text</label>
          <select
            id={fromId}
            value={from}
            onChange={(event) => {
              setFrom(event.target.value);
            }}
          >
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={toId}>Newer text</label>
          <select
            id={toId}
            value={to}
            onChange={(event) => {
              setTo(event.target.value);
            }}
          >
            {options}
          </select>
        </div>
      </div>
      <p className="muted diff-legend">
        Removed words are <del>struck through</del> on the left; added words are <ins>underlined</ins> on the right. Screen readers announce
        them as “removed” and “added”.
      </p>
      <ResourceView resource={pair} loading="Loading both versions…" />
      {pair.data && fromSummary && toSummary ? (
        <div className="compare" aria-label={`Changes from ${name(fromSummary)} to ${name(toSummary)}`} role="region">
          {list.length === 0 ? <p>Both versions are empty.</p> : null}
          {list.map((part) => {
            const changes = diffWords(part.before, part.after);
            const changed = changes.some((change) => change.added || change.removed);
            return (
              <section key={part.key} className="compare-part" aria-labelledby={`compare-${part.key}`}>
                <h4 id={`compare-${part.key}`}>
                  {part.label} <span className="muted">{changed ? '— changed' : '— unchanged'}</span>
                </h4>
                <div className="compare-columns">
                  <div>
                    <p className="compare-side">{name(fromSummary)}</p>
                    <Marked changes={changes} side="before" />
                  </div>
                  <div>
                    <p className="compare-side">{name(toSummary)}</p>
                    <Marked changes={changes} side="after" />
                  </div>
                </div>
              </section>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
