import { championsApi } from '../api/initiation';
import type { Champion, ChampionInput } from '../api/types';
import { ItemList } from './item-list';
import type { ProcessRef } from '../../../context/process-ref';

/** People who can champion the idea of the process; often outside the app (Lesson 11 §2, "Process champions"). */
export function ChampionsPanel({
  processRef,
  mayManage,
  onChanged,
}: {
  processRef: ProcessRef;
  mayManage: boolean;
  onChanged: () => void;
}) {
  return (
    <ItemList<Champion, ChampionInput>
      processRef={processRef}
      name="champions"
      title="Process champions"
      headingLevel={2}
      description="Counterparts in other agencies who can champion the idea of the process: a local UN agency or other international organisation, a regional organisation, a government department or mechanism, other key CSOs."
      noun="champion"
      emptyTitle="No champions yet"
      emptyHint="Add the people whose support would get the process started."
      searchLabel="Search champions"
      listApi={championsApi}
      mayManage={mayManage}
      onChanged={onChanged}
      fields={[
        { name: 'name', label: 'Name', kind: 'text', required: 'Name the champion.', max: 200 },
        { name: 'affiliation', label: 'Organisation or role', kind: 'text', max: 200 },
        { name: 'reason', label: 'Why they matter', kind: 'textarea', max: 2000 },
      ]}
      toValues={(champion) => ({ name: champion?.name ?? '', affiliation: champion?.affiliation ?? '', reason: champion?.reason ?? '' })}
      toInput={(values) => ({
        name: String(values.name).trim(),
        affiliation: String(values.affiliation).trim(),
        reason: String(values.reason).trim(),
      })}
      describe={(champion) => ({
        title: champion.name,
        details: (
          <>
            {champion.affiliation ? <span className="muted">{champion.affiliation}</span> : null}
            {champion.reason ? <span className="prose">{champion.reason}</span> : null}
          </>
        ),
      })}
    />
  );
}
