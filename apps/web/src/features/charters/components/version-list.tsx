import type { ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import type { CharterVersionSummary } from '../../../api';
import { Badge } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';
import { HashText } from './hash-text';
import { VERSION_STATUS_MESSAGES, VERSION_STATUS_TONES } from './labels';
import { commonMessages } from '../../../i18n/common-messages';

const m = untyped(
  defineMessages({
    caption: { id: 'charters.versions.caption', defaultMessage: 'Versions, newest first' },
    version: { id: 'charters.versions.version', defaultMessage: 'Version' },
    status: { id: 'charters.versions.status', defaultMessage: 'Status' },
    hash: { id: 'charters.versions.hash', defaultMessage: 'Content hash' },
    adopted: { id: 'charters.versions.adopted', defaultMessage: 'Adopted' },
    open: { id: 'charters.versions.open', defaultMessage: 'Open' },
    hashLabel: { id: 'charters.versions.hashLabel', defaultMessage: 'version {number}' },
    fixedWhenProposed: { id: 'charters.versions.fixedWhenProposed', defaultMessage: 'Fixed when proposed' },
    shownBelow: { id: 'charters.versions.shownBelow', defaultMessage: 'Shown below' },
    openVersion: { id: 'charters.versions.openVersion', defaultMessage: 'Open<hidden> version {number}</hidden>' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

interface VersionListProps {
  versions: CharterVersionSummary[];
  selectedId: string | null;
  onSelect: (versionId: string) => void;
}

/** Every version, newest first, with its status, hash and adoption date. */
export function VersionList({ versions, selectedId, onSelect }: VersionListProps) {
  const intl = useIntl();
  const fmt = useFormat();
  return (
    <div className="table-wrap" role="region" aria-labelledby="versions-caption" tabIndex={0}>
      <table className="table">
        <caption id="versions-caption">{intl.formatMessage(m.caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(m.version)}</th>
            <th scope="col">{intl.formatMessage(m.status)}</th>
            <th scope="col">{intl.formatMessage(m.hash)}</th>
            <th scope="col">{intl.formatMessage(m.adopted)}</th>
            <th scope="col">
              <span className="visually-hidden">{intl.formatMessage(m.open)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const current = version.id === selectedId;
            return (
              <tr key={version.id} aria-current={current ? 'true' : undefined} className={current ? 'row-current' : undefined}>
                <th scope="row">{version.number}</th>
                <td>
                  <Badge tone={VERSION_STATUS_TONES[version.status]}>{intl.formatMessage(VERSION_STATUS_MESSAGES[version.status])}</Badge>
                </td>
                <td>
                  {version.contentHash ? (
                    <HashText hash={version.contentHash} label={intl.formatMessage(m.hashLabel, { number: version.number })} />
                  ) : (
                    <span className="muted">{intl.formatMessage(m.fixedWhenProposed)}</span>
                  )}
                </td>
                <td>{version.adoptedAt ? fmt.dateTime(version.adoptedAt) : intl.formatMessage(commonMessages.none)}</td>
                <td>
                  {current ? (
                    <span className="muted">{intl.formatMessage(m.shownBelow)}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        onSelect(version.id);
                      }}
                    >
                      <FormattedMessage {...m.openVersion} values={{ number: version.number, hidden }} />
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
