import { CHARTER_SECTIONS, type CharterSectionKey } from '@common-ground/domain';
import { diffWords, type Change } from 'diff';
import { useId, useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type CharterContent, type CharterVersion, type CharterVersionSummary } from '../../../api';
import { useResource } from '../../../hooks/use-resource';
import { getVersion } from '../api/charters';
import { PART_MESSAGES, SECTION_MESSAGES, VERSION_STATUS_INLINE_MESSAGES } from './labels';

const m = untyped(
  defineMessages({
    end: { id: 'charters.compare.end', defaultMessage: ']' },
    added: { id: 'charters.compare.added', defaultMessage: '[added:' },
    removed: { id: 'charters.compare.removed', defaultMessage: '[removed:' },
    versionName: { id: 'charters.compare.versionName', defaultMessage: 'Version {number} ({status})' },
    onlyOne: {
      id: 'charters.compare.onlyOne',
      defaultMessage: 'There is only one version so far; once there are two, you can compare them here.',
    },
    older: { id: 'charters.compare.older', defaultMessage: 'Older text' },
    newer: { id: 'charters.compare.newer', defaultMessage: 'Newer text' },
    legend: {
      id: 'charters.compare.legend',
      defaultMessage:
        'Removed words are <del>struck through</del> on the left; added words are <ins>underlined</ins> on the right. Screen readers announce them as “removed” and “added”.',
    },
    loading: { id: 'charters.compare.loading', defaultMessage: 'Loading both versions…' },
    changesFromTo: { id: 'charters.compare.changesFromTo', defaultMessage: 'Changes from {from} to {to}' },
    bothEmpty: { id: 'charters.compare.bothEmpty', defaultMessage: 'Both versions are empty.' },
    changed: { id: 'charters.compare.changed', defaultMessage: '— changed' },
    unchanged: { id: 'charters.compare.unchanged', defaultMessage: '— unchanged' },
  }),
);
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

interface Part {
  key: string;
  label: string;
  before: string;
  after: string;
}

function parts(intl: IntlShape, a: CharterContent, b: CharterContent): Part[] {
  const sectionsA = a.sections as Partial<Record<CharterSectionKey, string>>;
  const sectionsB = b.sections as Partial<Record<CharterSectionKey, string>>;
  const list: Part[] = CHARTER_SECTIONS.map((section) => ({
    key: section.key,
    label: intl.formatMessage(SECTION_MESSAGES[section.key]),
    before: sectionsA[section.key] ?? '',
    after: sectionsB[section.key] ?? '',
  }));
  const yesNo = (value: boolean) => intl.formatMessage(value ? PART_MESSAGES.yes : PART_MESSAGES.no);
  list.push({
    key: 'consent',
    label: intl.formatMessage(PART_MESSAGES.consentStatement),
    before: a.consentStatement,
    after: b.consentStatement,
  });
  list.push({
    key: 'alternates',
    label: intl.formatMessage(PART_MESSAGES.alternatesMaySign),
    before: yesNo(a.alternatesMaySign),
    after: yesNo(b.alternatesMaySign),
  });
  return list.filter((part) => part.before.trim() || part.after.trim());
}

/** The older text with its removed words marked, or the newer one with its added words marked. */
function Marked({ changes, side }: { changes: Change[]; side: 'before' | 'after' }) {
  const intl = useIntl();
  return (
    <p className="prose diff-text">
      {changes.map((change, index) => {
        if (change.added) {
          return side === 'after' ? (
            <ins key={index}>
              <span className="visually-hidden">{intl.formatMessage(m.added)} </span>
              {change.value}
              <span className="visually-hidden">{intl.formatMessage(m.end)}</span>
            </ins>
          ) : null;
        }
        if (change.removed) {
          return side === 'before' ? (
            <del key={index}>
              <span className="visually-hidden">{intl.formatMessage(m.removed)} </span>
              {change.value}
              <span className="visually-hidden">{intl.formatMessage(m.end)}</span>
            </del>
          ) : null;
        }
        return <span key={index}>{change.value}</span>;
      })}
    </p>
  );
}

function name(intl: IntlShape, summary: CharterVersionSummary): string {
  return intl.formatMessage(m.versionName, {
    number: summary.number,
    status: intl.formatMessage(VERSION_STATUS_INLINE_MESSAGES[summary.status]),
  });
}

/** Any two versions side by side, word by word. */
export function CompareVersions({ processRef, versions }: { processRef: ProcessRef; versions: CharterVersionSummary[] }) {
  const intl = useIntl();
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

  if (versions.length < 2) return <p className="muted">{intl.formatMessage(m.onlyOne)}</p>;

  const options = versions.map((version) => (
    <option key={version.id} value={version.id}>
      {name(intl, version)}
    </option>
  ));
  const list = pair.data ? parts(intl, pair.data[0].content, pair.data[1].content) : [];

  return (
    <div className="stack">
      <div className="compare-pickers">
        <div className="field">
          <label htmlFor={fromId}>{intl.formatMessage(m.older)}</label>
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
          <label htmlFor={toId}>{intl.formatMessage(m.newer)}</label>
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
        <FormattedMessage
          {...m.legend}
          values={{ del: (chunks: ReactNode) => <del>{chunks}</del>, ins: (chunks: ReactNode) => <ins>{chunks}</ins> }}
        />
      </p>
      <ResourceView resource={pair} loading={intl.formatMessage(m.loading)} />
      {pair.data && fromSummary && toSummary ? (
        <div
          className="compare"
          aria-label={intl.formatMessage(m.changesFromTo, { from: name(intl, fromSummary), to: name(intl, toSummary) })}
          role="region"
        >
          {list.length === 0 ? <p>{intl.formatMessage(m.bothEmpty)}</p> : null}
          {list.map((part) => {
            const changes = diffWords(part.before, part.after);
            const changed = changes.some((change) => change.added || change.removed);
            return (
              <section key={part.key} className="compare-part" aria-labelledby={`compare-${part.key}`}>
                <h4 id={`compare-${part.key}`}>
                  {part.label} <span className="muted">{intl.formatMessage(changed ? m.changed : m.unchanged)}</span>
                </h4>
                <div className="compare-columns">
                  <div>
                    <p className="compare-side">{name(intl, fromSummary)}</p>
                    <Marked changes={changes} side="before" />
                  </div>
                  <div>
                    <p className="compare-side">{name(intl, toSummary)}</p>
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
