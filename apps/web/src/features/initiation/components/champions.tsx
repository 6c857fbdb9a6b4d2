import { defineMessages, useIntl } from 'react-intl';
import { championsApi } from '../api/initiation';
import type { Champion, ChampionInput } from '../api/types';
import { ItemList } from './item-list';
import type { ProcessRef } from '../../../context/process-ref';

const messages = defineMessages({
  title: { id: 'initiation.champions.title', defaultMessage: 'Process champions' },
  description: {
    id: 'initiation.champions.description',
    defaultMessage:
      'Counterparts in other agencies who can champion the idea of the process: a local UN agency or other international organisation, a regional organisation, a government department or mechanism, other key CSOs.',
  },
  empty: { id: 'initiation.champions.empty', defaultMessage: 'No champions yet' },
  emptyHint: { id: 'initiation.champions.emptyHint', defaultMessage: 'Add the people whose support would get the process started.' },
  search: { id: 'initiation.champions.search', defaultMessage: 'Search champions' },
  loading: { id: 'initiation.champions.loading', defaultMessage: 'Loading process champions…' },
  addHeading: { id: 'initiation.champions.addHeading', defaultMessage: 'Add a champion' },
  addButton: { id: 'initiation.champions.addButton', defaultMessage: 'Add champion' },
  added: { id: 'initiation.champions.added', defaultMessage: 'The champion was added.' },
  removeTitle: { id: 'initiation.champions.removeTitle', defaultMessage: 'Remove this champion?' },
  conflict: {
    id: 'initiation.champions.conflict',
    defaultMessage: 'Someone changed this champion meanwhile. The list has been reloaded: check it and try again.',
  },
  name: { id: 'initiation.champions.name', defaultMessage: 'Name' },
  nameRequired: { id: 'initiation.champions.nameRequired', defaultMessage: 'Name the champion.' },
  affiliation: { id: 'initiation.champions.affiliation', defaultMessage: 'Organisation or role' },
  reason: { id: 'initiation.champions.reason', defaultMessage: 'Why they matter' },
});

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
  const intl = useIntl();
  const t = (message: (typeof messages)[keyof typeof messages]) => intl.formatMessage(message);
  return (
    <ItemList<Champion, ChampionInput>
      processRef={processRef}
      name="champions"
      title={t(messages.title)}
      headingLevel={2}
      description={t(messages.description)}
      texts={{
        loading: t(messages.loading),
        addHeading: t(messages.addHeading),
        addButton: t(messages.addButton),
        added: t(messages.added),
        removeTitle: t(messages.removeTitle),
        conflict: t(messages.conflict),
      }}
      emptyTitle={t(messages.empty)}
      emptyHint={t(messages.emptyHint)}
      searchLabel={t(messages.search)}
      listApi={championsApi}
      mayManage={mayManage}
      onChanged={onChanged}
      fields={[
        { name: 'name', label: t(messages.name), kind: 'text', required: t(messages.nameRequired), max: 200 },
        { name: 'affiliation', label: t(messages.affiliation), kind: 'text', max: 200 },
        { name: 'reason', label: t(messages.reason), kind: 'textarea', max: 2000 },
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
