import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { agendaMinutes, agendaProblem, MEETING_LIMITS, numberAgenda } from '@common-ground/domain';
import { errorMessage, type Meeting, type ProcessMember } from '../../../api';
import { FormAlert } from '../../../components/fields';
import type { ProcessRef } from '../../../context/process-ref';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';
import { agendaFromRows, canIndent, canOutdent, plannedStart, removeRow, rowsFromAgenda, shiftRow, type AgendaRow } from '../agenda-rows';
import { updateMeeting } from '../api/meetings';

const m = untyped(
  defineMessages({
    title: { id: 'meetings.agenda.title', defaultMessage: 'Agenda' },
    empty: { id: 'meetings.agenda.empty', defaultMessage: 'No agenda yet.' },
    total: {
      id: 'meetings.agenda.total',
      defaultMessage: '{minutes, plural, one {# minute planned} other {# minutes planned}}',
    },
    line: { id: 'meetings.agenda.line', defaultMessage: '{number}. {title}' },
    lineMeta: {
      id: 'meetings.agenda.lineMeta',
      defaultMessage: '{minutes, plural, one {# minute} other {# minutes}}, from {start}',
    },
    led: { id: 'meetings.agenda.led', defaultMessage: 'Led by {name}' },
    edit: { id: 'meetings.agenda.edit', defaultMessage: 'Edit the agenda' },
    itemTitle: { id: 'meetings.agenda.itemTitle', defaultMessage: 'Item {number}' },
    itemMinutes: { id: 'meetings.agenda.itemMinutes', defaultMessage: 'Minutes for item {number}' },
    itemOwner: { id: 'meetings.agenda.itemOwner', defaultMessage: 'Who leads item {number}' },
    nobody: { id: 'meetings.agenda.nobody', defaultMessage: 'Nobody in particular' },
    indent: { id: 'meetings.agenda.indent', defaultMessage: 'Make item {number} a sub-item' },
    outdent: { id: 'meetings.agenda.outdent', defaultMessage: 'Move item {number} up a level' },
    remove: { id: 'meetings.agenda.remove', defaultMessage: 'Remove item {number}' },
    indentShort: { id: 'meetings.agenda.indentShort', defaultMessage: 'Indent' },
    outdentShort: { id: 'meetings.agenda.outdentShort', defaultMessage: 'Outdent' },
    removeShort: { id: 'meetings.agenda.removeShort', defaultMessage: 'Remove' },
    add: { id: 'meetings.agenda.add', defaultMessage: 'Add an item' },
    save: { id: 'meetings.agenda.save', defaultMessage: 'Save the agenda' },
    saving: { id: 'meetings.agenda.saving', defaultMessage: 'Saving…' },
    cancel: { id: 'meetings.agenda.cancel', defaultMessage: 'Cancel' },
    saved: { id: 'meetings.agenda.saved', defaultMessage: 'The agenda is saved.' },
    untitled: { id: 'meetings.agenda.untitled', defaultMessage: 'Item {path} needs a title.' },
    badMinutes: {
      id: 'meetings.agenda.badMinutes',
      defaultMessage: 'Item {path}: give whole minutes between 0 and {max}.',
    },
    tooLong: { id: 'meetings.agenda.tooLong', defaultMessage: 'An agenda has at most {max} items.' },
    tooDeep: { id: 'meetings.agenda.tooDeep', defaultMessage: 'Item {path} is nested too deep.' },
  }),
);

/** The numbered agenda with each line's planned start, and its editor for those who may change the meeting. */
export function AgendaPanel({
  processRef,
  meeting,
  members,
  mayEdit,
  onChange,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  members: ProcessMember[];
  mayEdit: boolean;
  onChange: (meeting: Meeting) => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const lines = numberAgenda(meeting.agenda);
  const rows = rowsFromAgenda(meeting.agenda);
  const nameOf = (id: string | null) => (id ? (members.find((member) => member.userId === id)?.displayName ?? null) : null);
  return (
    <section className="panel stack" aria-labelledby="agenda-title">
      <div className="page-header">
        <h3 id="agenda-title">{intl.formatMessage(m.title)}</h3>
        {mayEdit && !editing && meeting.state !== 'cancelled' ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setEditing(true);
              setSaved(false);
            }}
          >
            {intl.formatMessage(m.edit)}
          </button>
        ) : null}
      </div>
      {saved ? (
        <p className="alert alert-success" role="status">
          {intl.formatMessage(m.saved)}
        </p>
      ) : null}
      {editing ? (
        <AgendaEditor
          processRef={processRef}
          meeting={meeting}
          members={members}
          onCancel={() => {
            setEditing(false);
          }}
          onSaved={(next) => {
            setEditing(false);
            setSaved(true);
            onChange(next);
          }}
        />
      ) : lines.length === 0 ? (
        <p className="muted">{intl.formatMessage(m.empty)}</p>
      ) : (
        <>
          <ol className="agenda" aria-label={intl.formatMessage(m.title)}>
            {lines.map((line, index) => {
              const owner = nameOf(rows[index].ownerId);
              return (
                <li key={line.number} className="agenda-line spaced" data-depth={line.depth - 1}>
                  <strong>{intl.formatMessage(m.line, { number: line.number, title: line.title })}</strong>
                  <span className="muted">
                    {intl.formatMessage(m.lineMeta, {
                      minutes: rows[index].minutes,
                      start: format.time(plannedStart(meeting.startsAt, line.startsAfterMinutes)),
                    })}
                  </span>
                  {owner ? <span className="muted">{intl.formatMessage(m.led, { name: owner })}</span> : null}
                </li>
              );
            })}
          </ol>
          <p className="muted">{intl.formatMessage(m.total, { minutes: agendaMinutes(meeting.agenda) })}</p>
        </>
      )}
    </section>
  );
}

function AgendaEditor({
  processRef,
  meeting,
  members,
  onCancel,
  onSaved,
}: {
  processRef: ProcessRef;
  meeting: Meeting;
  members: ProcessMember[];
  onCancel: () => void;
  onSaved: (meeting: Meeting) => void;
}) {
  const intl = useIntl();
  const [rows, setRows] = useState<AgendaRow[]>(() => rowsFromAgenda(meeting.agenda));
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const numbers = numberAgenda(agendaFromRows(rows)).map((line) => line.number);
  const update = (index: number, change: Partial<AgendaRow>) => {
    setRows((previous) => previous.map((row, at) => (at === index ? { ...row, ...change } : row)));
  };

  const save = async () => {
    const agenda = agendaFromRows(rows);
    const problem = agendaProblem(agenda);
    if (problem) {
      const values = {
        path: problem.path,
        max: problem.problem === 'agendaTooLong' ? MEETING_LIMITS.agendaItemsMax : MEETING_LIMITS.agendaItemMinutesMax,
      };
      const message = {
        agendaItemUntitled: m.untitled,
        agendaItemMinutes: m.badMinutes,
        agendaTooLong: m.tooLong,
        agendaTooDeep: m.tooDeep,
      }[problem.problem];
      setErrors([intl.formatMessage(message, values)]);
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      onSaved(await updateMeeting(processRef, meeting.id, { agenda, version: meeting.version }));
    } catch (error) {
      setErrors([errorMessage(error)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      className="form stack"
      aria-label={intl.formatMessage(m.edit)}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FormAlert messages={errors} />
      <ol className="agenda-editor">
        {rows.map((row, index) => {
          const number = numbers[index] ?? String(index + 1);
          return (
            <li key={index} className="card stack agenda-row" data-depth={row.depth}>
              <div className="field">
                <label htmlFor={`agenda-title-${String(index)}`}>{intl.formatMessage(m.itemTitle, { number })}</label>
                <input
                  id={`agenda-title-${String(index)}`}
                  value={row.title}
                  maxLength={MEETING_LIMITS.agendaTitleMax}
                  onChange={(event) => {
                    update(index, { title: event.target.value });
                  }}
                />
              </div>
              <div className="field">
                <label htmlFor={`agenda-minutes-${String(index)}`}>{intl.formatMessage(m.itemMinutes, { number })}</label>
                <input
                  id={`agenda-minutes-${String(index)}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MEETING_LIMITS.agendaItemMinutesMax}
                  value={Number.isNaN(row.minutes) ? '' : row.minutes}
                  onChange={(event) => {
                    update(index, { minutes: event.target.valueAsNumber });
                  }}
                />
              </div>
              <div className="field">
                <label htmlFor={`agenda-owner-${String(index)}`}>{intl.formatMessage(m.itemOwner, { number })}</label>
                <select
                  id={`agenda-owner-${String(index)}`}
                  value={row.ownerId ?? ''}
                  onChange={(event) => {
                    update(index, { ownerId: event.target.value || null });
                  }}
                >
                  <option value="">{intl.formatMessage(m.nobody)}</option>
                  {members.map((member) => (
                    <option key={member.userId} value={member.userId}>
                      {member.displayName}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={!canIndent(rows, index)}
                  aria-label={intl.formatMessage(m.indent, { number })}
                  onClick={() => {
                    setRows((previous) => shiftRow(previous, index, 1));
                  }}
                >
                  {intl.formatMessage(m.indentShort)}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={!canOutdent(rows, index)}
                  aria-label={intl.formatMessage(m.outdent, { number })}
                  onClick={() => {
                    setRows((previous) => shiftRow(previous, index, -1));
                  }}
                >
                  {intl.formatMessage(m.outdentShort)}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={intl.formatMessage(m.remove, { number })}
                  onClick={() => {
                    setRows((previous) => removeRow(previous, index));
                  }}
                >
                  {intl.formatMessage(m.removeShort)}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={rows.length >= MEETING_LIMITS.agendaItemsMax}
          onClick={() => {
            setRows((previous) => [...previous, { title: '', minutes: 15, ownerId: null, depth: 0 }]);
          }}
        >
          {intl.formatMessage(m.add)}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {intl.formatMessage(busy ? m.saving : m.save)}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}
