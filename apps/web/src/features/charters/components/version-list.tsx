import type { CharterVersionSummary } from '../../../api';
import { Badge } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';
import { HashText } from './hash-text';
import { VERSION_STATUS_LABELS, VERSION_STATUS_TONES } from './labels';

interface VersionListProps {
  versions: CharterVersionSummary[];
  selectedId: string | null;
  onSelect: (versionId: string) => void;
}

/** Every version, newest first, with its status, hash and adoption date. */
export function VersionList({ versions, selectedId, onSelect }: VersionListProps) {
  const fmt = useFormat();
  return (
    <div className="table-wrap" role="region" aria-labelledby="versions-caption" tabIndex={0}>
      <table className="table">
        <caption id="versions-caption">Versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Content hash</th>
            <th scope="col">Adopted</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
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
                  <Badge tone={VERSION_STATUS_TONES[version.status]}>{VERSION_STATUS_LABELS[version.status]}</Badge>
                </td>
                <td>
                  {version.contentHash ? (
                    <HashText hash={version.contentHash} label={`version ${String(version.number)}`} />
                  ) : (
                    <span className="muted">Fixed when proposed</span>
                  )}
                </td>
                <td>{version.adoptedAt ? fmt.dateTime(version.adoptedAt) : '—'}</td>
                <td>
                  {current ? (
                    <span className="muted">Shown below</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        onSelect(version.id);
                      }}
                    >
                      Open<span className="visually-hidden"> version {version.number}</span>
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
