import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import {
  CONFIDENTIALITY_MODES,
  instantFromWallClock,
  MEETING_FORMATS,
  MEETING_KINDS,
  MEETING_LIMITS,
  meetingTimeProblem,
  strictness,
  wallClockInZone,
  type ConfidentialityMode,
  type MeetingFormat,
  type MeetingKind,
} from '@common-ground/domain';
import { errorMessage, type Meeting } from '../../../api';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { ResourceView } from '../../../components/resource-view';
import { Badge, EmptyState, ErrorState, Loading } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { processRefOf, type ProcessRef } from '../../../context/process-ref';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { usePagedList } from '../../../hooks/use-paged-list';
import { useResource } from '../../../hooks/use-resource';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import { getConfidentiality } from '../../agreements/api/agreements';
import { MODE_EXPLANATIONS, MODE_LABELS } from '../../agreements/components/confidentiality';
import { getOwnerChoices, type OwnerChoices } from '../../plans/api/plans';
import { createMeeting, invite, listMeetings } from '../api/meetings';
import { FORMAT_LABELS, KIND_LABELS, MINUTES_STATUS_LABELS, sentences, STATE_LABELS } from '../messages';

const m = untyped(
  defineMessages({
    title: { id: 'meetings.list.title', defaultMessage: 'Meetings' },
    intro: {
      id: 'meetings.list.intro',
      defaultMessage:
        'Plenaries, consultations and working group meetings: their agendas, who comes, and the minutes the attendees approve.',
    },
    upcoming: { id: 'meetings.list.upcoming', defaultMessage: 'Upcoming' },
    past: { id: 'meetings.list.past', defaultMessage: 'Past' },
    which: { id: 'meetings.list.which', defaultMessage: 'Which meetings' },
    loading: { id: 'meetings.list.loading', defaultMessage: 'Loading the meetings…' },
    emptyUpcoming: { id: 'meetings.list.emptyUpcoming', defaultMessage: 'No meeting planned' },
    emptyPast: { id: 'meetings.list.emptyPast', defaultMessage: 'No past meeting' },
    emptyHint: {
      id: 'meetings.list.emptyHint',
      defaultMessage: 'The conveners, the facilitators and the secretariat schedule meetings here; invitees see them and answer.',
    },
    more: { id: 'meetings.list.more', defaultMessage: 'Show more meetings' },
    schedule: { id: 'meetings.list.schedule', defaultMessage: 'Schedule a meeting' },
    invited: { id: 'meetings.list.invited', defaultMessage: 'You are invited' },
    newTitle: { id: 'meetings.new.title', defaultMessage: 'A new meeting' },
    kind: { id: 'meetings.new.kind', defaultMessage: 'Kind of meeting' },
    format: { id: 'meetings.new.format', defaultMessage: 'Format' },
    meetingTitle: { id: 'meetings.new.meetingTitle', defaultMessage: 'Title' },
    starts: { id: 'meetings.new.starts', defaultMessage: 'Starts' },
    ends: { id: 'meetings.new.ends', defaultMessage: 'Ends' },
    zoneHint: { id: 'meetings.new.zoneHint', defaultMessage: 'On the process’s clock ({zone}).' },
    place: { id: 'meetings.new.place', defaultMessage: 'Place' },
    link: { id: 'meetings.new.link', defaultMessage: 'Link to join online' },
    hosts: { id: 'meetings.new.hosts', defaultMessage: 'Hosts, one per line' },
    mode: { id: 'meetings.new.mode', defaultMessage: 'Confidentiality' },
    modeHint: {
      id: 'meetings.new.modeHint',
      defaultMessage: 'The process’s regime is {regime}; a meeting can be stricter, never looser.',
    },
    modeOption: { id: 'meetings.new.modeOption', defaultMessage: '{mode} — {explanation}' },
    invitees: { id: 'meetings.new.invitees', defaultMessage: 'Invite' },
    people: { id: 'meetings.new.people', defaultMessage: 'People' },
    groups: { id: 'meetings.new.groups', defaultMessage: 'Stakeholder groups (every member)' },
    workingGroups: { id: 'meetings.new.workingGroups', defaultMessage: 'Working groups (every member)' },
    create: { id: 'meetings.new.create', defaultMessage: 'Schedule' },
    creating: { id: 'meetings.new.creating', defaultMessage: 'Scheduling…' },
    cancel: { id: 'meetings.new.cancel', defaultMessage: 'Cancel' },
    titleRequired: { id: 'meetings.new.titleRequired', defaultMessage: 'Give the meeting a title.' },
    badTime: { id: 'meetings.new.badTime', defaultMessage: 'Choose a date and time.' },
    endsBeforeStart: { id: 'meetings.new.endsBeforeStart', defaultMessage: 'A meeting ends after it starts.' },
    tooLong: { id: 'meetings.new.tooLong', defaultMessage: 'A meeting lasts at most a week.' },
    badLink: { id: 'meetings.new.badLink', defaultMessage: 'Give an address starting with https:// or http://.' },
    scheduled: { id: 'meetings.new.scheduled', defaultMessage: 'The meeting “{title}” is scheduled.' },
  }),
);

/** `/w/:workspaceId/p/:processId/meetings`: upcoming and past meetings, and scheduling a new one. */
export function MeetingsRoute() {
  const intl = useIntl();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [composing, setComposing] = useState(false);
  const list = usePagedList<Meeting>(`meetings:${process.id}:${when}`, (query, signal) =>
    listMeetings(processRef, when, query.cursor, signal),
  );
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="panel stack" aria-labelledby="meetings-title">
      <div className="page-header">
        <h2 id="meetings-title">{intl.formatMessage(m.title)}</h2>
        {allowed('meeting.schedule') && !composing ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setComposing(true);
              setNotice(null);
            }}
          >
            {intl.formatMessage(m.schedule)}
          </button>
        ) : null}
      </div>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      {notice ? (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      ) : null}
      {composing ? (
        <NewMeeting
          processRef={processRef}
          timeZone={process.timezone}
          onCancel={() => {
            setComposing(false);
          }}
          onCreated={(meeting) => {
            setComposing(false);
            setNotice(intl.formatMessage(m.scheduled, { title: meeting.title }));
            setWhen('upcoming');
            list.reload();
          }}
        />
      ) : null}
      <div className="segmented" role="group" aria-label={intl.formatMessage(m.which)}>
        {(['upcoming', 'past'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className="button"
            aria-pressed={when === value}
            onClick={() => {
              setWhen(value);
            }}
          >
            {intl.formatMessage(m[value])}
          </button>
        ))}
      </div>
      {list.error ? <ErrorState message={errorMessage(list.error)} onRetry={list.reload} /> : null}
      {!list.items && list.isLoading ? <Loading label={intl.formatMessage(m.loading)} /> : null}
      {list.items?.length === 0 ? (
        <EmptyState title={intl.formatMessage(when === 'upcoming' ? m.emptyUpcoming : m.emptyPast)}>
          <p>{intl.formatMessage(m.emptyHint)}</p>
        </EmptyState>
      ) : null}
      {list.items && list.items.length > 0 ? (
        <ul className="cards" aria-label={intl.formatMessage(when === 'upcoming' ? m.upcoming : m.past)} aria-busy={list.isLoading}>
          {list.items.map((meeting) => (
            <MeetingCard key={meeting.id} processRef={processRef} meeting={meeting} />
          ))}
        </ul>
      ) : null}
      {list.hasMore && list.items ? (
        <div className="load-more">
          <button type="button" className="button" disabled={list.isLoadingMore} onClick={() => void list.loadMore()}>
            {intl.formatMessage(m.more)}
          </button>
          {list.loadMoreError ? <p role="alert">{errorMessage(list.loadMoreError)}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

function MeetingCard({ processRef, meeting }: { processRef: ProcessRef; meeting: Meeting }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <li className="card">
      <h3 className="card-title">
        <Link to={`/w/${processRef.workspaceId}/p/${processRef.processId}/meetings/${meeting.id}`}>{meeting.title}</Link>
      </h3>
      <p className="card-meta">
        <Badge tone={meeting.state === 'in_progress' ? 'accent' : meeting.state === 'cancelled' ? 'warning' : 'neutral'}>
          {intl.formatMessage(STATE_LABELS[meeting.state])}
        </Badge>
        <Badge>{intl.formatMessage(KIND_LABELS[meeting.kind])}</Badge>
        <Badge tone="muted">{intl.formatMessage(FORMAT_LABELS[meeting.format])}</Badge>
        <Badge tone="muted">{intl.formatMessage(MODE_LABELS[meeting.effectiveMode])}</Badge>
      </p>
      <p className="muted">
        {intl.formatMessage(sentences.when, { starts: format.dateTime(meeting.startsAt), ends: format.time(meeting.endsAt) })}
      </p>
      {meeting.place ? <p className="muted">{meeting.place}</p> : null}
      {meeting.myInvitation ? <p>{intl.formatMessage(m.invited)}</p> : null}
      {meeting.state === 'ended' ? (
        <p className="muted">
          {intl.formatMessage(sentences.minutesStatus, { status: intl.formatMessage(MINUTES_STATUS_LABELS[meeting.minutesStatus]) })}
        </p>
      ) : null}
    </li>
  );
}

interface NewValues {
  kind: MeetingKind;
  format: MeetingFormat;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  link: string;
  hosts: string;
  mode: ConfidentialityMode;
  memberIds: string[];
  stakeholderGroupIds: string[];
  workingGroupIds: string[];
}

/** The next full hour on the process's clock, and an end two hours later. */
function defaultTimes(timeZone: string): { startsAt: string; endsAt: string } {
  const hour = 3600 * 1000;
  const start = Math.ceil(Date.now() / hour) * hour + 24 * hour;
  return { startsAt: wallClockInZone(new Date(start), timeZone), endsAt: wallClockInZone(new Date(start + 2 * hour), timeZone) };
}

const selected = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];

function NewMeeting({
  processRef,
  timeZone,
  onCancel,
  onCreated,
}: {
  processRef: ProcessRef;
  timeZone: string;
  onCancel: () => void;
  onCreated: (meeting: Meeting) => void;
}) {
  const regime = useResource(`confidentiality:${processRef.processId}`, (signal) => getConfidentiality(processRef, signal));
  const choices = useResource<OwnerChoices>(`meeting-invitees:${processRef.processId}`, (signal) => getOwnerChoices(processRef, signal));
  if (!regime.data) return <ResourceView resource={regime} />;
  return (
    <NewMeetingForm
      processRef={processRef}
      timeZone={timeZone}
      regime={regime.data.defaultMode}
      choices={choices.data ?? null}
      onCancel={onCancel}
      onCreated={onCreated}
    />
  );
}

function NewMeetingForm({
  processRef,
  timeZone,
  regime,
  choices,
  onCancel,
  onCreated,
}: {
  processRef: ProcessRef;
  timeZone: string;
  regime: ConfidentialityMode;
  choices: OwnerChoices | null;
  onCancel: () => void;
  onCreated: (meeting: Meeting) => void;
}) {
  const intl = useIntl();
  const instant = (value: unknown) => (typeof value === 'string' ? instantFromWallClock(value, timeZone) : null);
  const schema: FormSchema<NewValues> = {
    title: text({ required: m.titleRequired, max: MEETING_LIMITS.titleMax }),
    place: text({ max: MEETING_LIMITS.placeMax }),
    link: (value) =>
      typeof value === 'string' && value.trim() && !/^https?:\/\/\S+$/.test(value.trim()) ? intl.formatMessage(m.badLink) : null,
    startsAt: (value) => (instant(value) ? null : intl.formatMessage(m.badTime)),
    endsAt: (value, values) => {
      const ends = instant(value);
      if (!ends) return intl.formatMessage(m.badTime);
      const starts = instant(values.startsAt);
      if (!starts) return null;
      const problem = meetingTimeProblem(starts, ends);
      return problem === 'meetingEndsBeforeStart' ? intl.formatMessage(m.endsBeforeStart) : problem ? intl.formatMessage(m.tooLong) : null;
    },
  };
  const { form, submit, formErrors, errorOf } = useCgForm<NewValues>({
    defaultValues: {
      kind: 'plenary',
      format: 'in_person',
      title: '',
      ...defaultTimes(timeZone),
      place: '',
      link: '',
      hosts: '',
      mode: regime,
      memberIds: [],
      stakeholderGroupIds: [],
      workingGroupIds: [],
    },
    schema,
    onSubmit: async (values) => {
      const meeting = await createMeeting(processRef, {
        kind: values.kind,
        format: values.format,
        title: values.title.trim(),
        startsAt: instantFromWallClock(values.startsAt, timeZone)!.toISOString(),
        endsAt: instantFromWallClock(values.endsAt, timeZone)!.toISOString(),
        place: values.place.trim() || null,
        link: values.link.trim() || null,
        hosts: values.hosts
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0),
        mode: values.mode,
      });
      const memberIds = selected(values.memberIds);
      const stakeholderGroupIds = selected(values.stakeholderGroupIds);
      const workingGroupIds = selected(values.workingGroupIds);
      if (memberIds.length + stakeholderGroupIds.length + workingGroupIds.length > 0) {
        await invite(processRef, meeting.id, { memberIds, stakeholderGroupIds, workingGroupIds });
      }
      onCreated(meeting);
    },
  });
  const { register, formState } = form;
  const modes = CONFIDENTIALITY_MODES.filter((mode) => strictness(mode) >= strictness(regime));
  return (
    <form noValidate className="form card" aria-labelledby="new-meeting-title" onSubmit={(event) => void submit(event)}>
      <h3 id="new-meeting-title">{intl.formatMessage(m.newTitle)}</h3>
      <FormAlert messages={formErrors} />
      <SelectField
        label={intl.formatMessage(m.kind)}
        options={MEETING_KINDS.map((value) => ({ value, label: intl.formatMessage(KIND_LABELS[value]) }))}
        {...register('kind')}
      />
      <SelectField
        label={intl.formatMessage(m.format)}
        options={MEETING_FORMATS.map((value) => ({ value, label: intl.formatMessage(FORMAT_LABELS[value]) }))}
        {...register('format')}
      />
      <TextField label={intl.formatMessage(m.meetingTitle)} required error={errorOf('title')} {...register('title')} />
      <TextField
        type="datetime-local"
        label={intl.formatMessage(m.starts)}
        hint={intl.formatMessage(m.zoneHint, { zone: timeZone })}
        required
        error={errorOf('startsAt')}
        {...register('startsAt')}
      />
      <TextField
        type="datetime-local"
        label={intl.formatMessage(m.ends)}
        hint={intl.formatMessage(m.zoneHint, { zone: timeZone })}
        required
        error={errorOf('endsAt')}
        {...register('endsAt')}
      />
      <TextField label={intl.formatMessage(m.place)} error={errorOf('place')} {...register('place')} />
      <TextField type="url" label={intl.formatMessage(m.link)} error={errorOf('link')} {...register('link')} />
      <TextAreaField label={intl.formatMessage(m.hosts)} rows={2} {...register('hosts')} />
      <SelectField
        label={intl.formatMessage(m.mode)}
        hint={intl.formatMessage(m.modeHint, { regime: intl.formatMessage(MODE_LABELS[regime]) })}
        options={modes.map((value) => ({
          value,
          label: intl.formatMessage(m.modeOption, {
            mode: intl.formatMessage(MODE_LABELS[value]),
            explanation: intl.formatMessage(MODE_EXPLANATIONS[value]),
          }),
        }))}
        {...register('mode')}
      />
      {choices ? (
        <fieldset className="stack">
          <legend>{intl.formatMessage(m.invitees)}</legend>
          {choices.members.length > 0 ? (
            <CheckboxGroup legend={intl.formatMessage(m.people)}>
              {choices.members.map((member) => (
                <Checkbox key={member.userId} label={member.displayName} value={member.userId} {...register('memberIds')} />
              ))}
            </CheckboxGroup>
          ) : null}
          {choices.stakeholderGroups.length > 0 ? (
            <CheckboxGroup legend={intl.formatMessage(m.groups)}>
              {choices.stakeholderGroups.map((group) => (
                <Checkbox key={group.id} label={group.name} value={group.id} {...register('stakeholderGroupIds')} />
              ))}
            </CheckboxGroup>
          ) : null}
          {choices.workingGroups.length > 0 ? (
            <CheckboxGroup legend={intl.formatMessage(m.workingGroups)}>
              {choices.workingGroups.map((group) => (
                <Checkbox key={group.id} label={group.name} value={group.id} {...register('workingGroupIds')} />
              ))}
            </CheckboxGroup>
          ) : null}
        </fieldset>
      ) : null}
      <div className="form-actions">
        <SubmitButton busy={formState.isSubmitting} busyLabel={intl.formatMessage(m.creating)}>
          {intl.formatMessage(m.create)}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}
