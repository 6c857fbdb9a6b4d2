import { AGREEMENT_LIMITS } from '@common-ground/domain';
import { useId, useState, type ReactNode } from 'react';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { ApiError, errorMessage, type GroundRule, type GroundRuleList } from '../../../api';
import type { GroundRuleStatus } from '@common-ground/domain';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { Badge, EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { addSampleRules, adoptGroundRules, amendGroundRule, listGroundRules, proposeGroundRule, retireGroundRule } from '../api/agreements';
import { RuleDiscussion } from './rule-discussion';
import type { ProcessRef } from '../../../context/process-ref';
import { FormProblem, useCgForm } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

const STATUS_LABELS = untyped(
  defineMessages({
    proposed: { id: 'agreements.ruleStatus.proposed', defaultMessage: 'Proposed' },
    adopted: { id: 'agreements.ruleStatus.adopted', defaultMessage: 'Adopted' },
    retired: { id: 'agreements.ruleStatus.retired', defaultMessage: 'Retired' },
  }),
) satisfies Record<GroundRuleStatus, MessageDescriptor>;

const m = untyped(
  defineMessages({
    meta: { id: 'agreements.rules.meta', defaultMessage: '{status} {proposed}' },
    metaAdopted: { id: 'agreements.rules.metaAdopted', defaultMessage: '{status} {proposed} {adopted}' },
    conflict: {
      id: 'agreements.rules.conflict',
      defaultMessage: 'This rule was changed by someone else meanwhile. The list has been reloaded: check the rule and try again.',
    },
    samplesAdded: { id: 'agreements.rules.samplesAdded', defaultMessage: 'The sample rules were added as proposals.' },
    title: { id: 'agreements.rules.title', defaultMessage: 'Ground rules' },
    intro: {
      id: 'agreements.rules.intro',
      defaultMessage: 'How the group agrees to behave and work together. Rules are proposed, then adopted by a recorded decision.',
    },
    loading: { id: 'agreements.rules.loading', defaultMessage: 'Loading ground rules…' },
    none: { id: 'agreements.rules.none', defaultMessage: 'No ground rules yet' },
    startFromSamples: {
      id: 'agreements.rules.startFromSamples',
      defaultMessage: 'Start from the sample list, or propose rules one by one.',
    },
    proposeFirst: { id: 'agreements.rules.proposeFirst', defaultMessage: 'Propose the first rule below.' },
    adding: { id: 'agreements.rules.adding', defaultMessage: 'Adding…' },
    addSamples: { id: 'agreements.rules.addSamples', defaultMessage: 'Add the sample rules' },
    seeSamples: { id: 'agreements.rules.seeSamples', defaultMessage: 'See the {count} sample rules' },
    list: { id: 'agreements.rules.list', defaultMessage: 'Ground rules' },
    adopted: {
      id: 'agreements.rules.adopted',
      defaultMessage: '{count, plural, one {# rule was adopted.} other {# rules were adopted.}}',
    },
    proposed: { id: 'agreements.rules.proposed', defaultMessage: 'Your rule was proposed.' },
    proposedBy: { id: 'agreements.rules.proposedBy', defaultMessage: 'Proposed by {name}' },
    adoptedOn: { id: 'agreements.rules.adoptedOn', defaultMessage: '· adopted {date}' },
    decision: { id: 'agreements.rules.decision', defaultMessage: 'Decision: {decision}' },
    amend: { id: 'agreements.rules.amend', defaultMessage: 'Amend<hidden> “{rule}”</hidden>' },
    retire: { id: 'agreements.rules.retire', defaultMessage: 'Retire<hidden> “{rule}”</hidden>' },
    amended: { id: 'agreements.rules.amended', defaultMessage: 'The rule was amended; its earlier text is kept in its history.' },
    retired: { id: 'agreements.rules.retired', defaultMessage: 'The rule was retired.' },
    history: { id: 'agreements.rules.history', defaultMessage: 'History<hidden> of “{rule}”</hidden> ({count})' },
    changedBy: { id: 'agreements.rules.changedBy', defaultMessage: '<strong>{status}</strong> by {name}, {date}' },
    quoted: { id: 'agreements.rules.quoted', defaultMessage: '“{text}”' },
    note: { id: 'agreements.rules.note', defaultMessage: 'Note: {note}' },
    amendForm: { id: 'agreements.rules.amendForm', defaultMessage: 'Amend “{rule}”' },
    newText: { id: 'agreements.rules.newText', defaultMessage: 'New text of the rule' },
    writeRule: { id: 'agreements.rules.writeRule', defaultMessage: 'Write the rule.' },
    tooLong: { id: 'agreements.rules.tooLong', defaultMessage: 'Use at most {max} characters.' },
    noteOptional: { id: 'agreements.rules.noteOptional', defaultMessage: 'Note (optional)' },
    noteHint: { id: 'agreements.rules.noteHint', defaultMessage: 'Why it changed, e.g. the decision that changed it.' },
    saveAmendment: { id: 'agreements.rules.saveAmendment', defaultMessage: 'Save amendment' },
    cancel: { id: 'agreements.rules.cancel', defaultMessage: 'Cancel' },
    retireTitle: { id: 'agreements.rules.retireTitle', defaultMessage: 'Retire this rule?' },
    retireDescription: {
      id: 'agreements.rules.retireDescription',
      defaultMessage: '“{rule}” will no longer apply. It stays in the list, with its history, as retired. This cannot be undone.',
    },
    retireNote: { id: 'agreements.rules.retireNote', defaultMessage: 'Note' },
    retireNoteHint: { id: 'agreements.rules.retireNoteHint', defaultMessage: 'Why the rule is retired.' },
    retireNoteRequired: { id: 'agreements.rules.retireNoteRequired', defaultMessage: 'Say why the rule is retired.' },
    retiring: { id: 'agreements.rules.retiring', defaultMessage: 'Retiring…' },
    retireSubmit: { id: 'agreements.rules.retireSubmit', defaultMessage: 'Retire rule' },
    tickRules: { id: 'agreements.rules.tickRules', defaultMessage: 'Tick the proposed rules the group adopted.' },
    adoptTitle: { id: 'agreements.rules.adoptTitle', defaultMessage: 'Record an adoption' },
    adoptIntro: {
      id: 'agreements.rules.adoptIntro',
      defaultMessage: 'Tick the proposed rules above that the group adopted, and record the decision.',
    },
    decisionLabel: { id: 'agreements.rules.decisionLabel', defaultMessage: 'Decision' },
    decisionHint: { id: 'agreements.rules.decisionHint', defaultMessage: 'For example: Adopted by consensus at the first plenary.' },
    decisionRequired: { id: 'agreements.rules.decisionRequired', defaultMessage: 'Record the decision.' },
    adopting: { id: 'agreements.rules.adopting', defaultMessage: 'Adopting…' },
    adoptSubmit: { id: 'agreements.rules.adoptSubmit', defaultMessage: 'Adopt the selected rules ({count})' },
    proposeTitle: { id: 'agreements.rules.proposeTitle', defaultMessage: 'Propose a rule' },
    rule: { id: 'agreements.rules.rule', defaultMessage: 'Rule' },
    proposing: { id: 'agreements.rules.proposing', defaultMessage: 'Proposing…' },
    proposeSubmit: { id: 'agreements.rules.proposeSubmit', defaultMessage: 'Propose rule' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
const STATUS_TONES: Record<GroundRuleStatus, 'neutral' | 'accent' | 'muted' | 'warning'> = {
  proposed: 'warning',
  adopted: 'accent',
  retired: 'muted',
};

interface GroundRulesProps {
  processRef: ProcessRef;
  mayPropose: boolean;
  mayManage: boolean;
}

/** The group's ground rules: proposed, adopted by a recorded decision, amended with history, retired. */
export function GroundRules({ processRef, mayPropose, mayManage }: GroundRulesProps) {
  const intl = useIntl();
  const rules = useResource<GroundRuleList>(`ground-rules:${processRef.processId}`, (signal) => listGroundRules(processRef, signal));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [addingSamples, setAddingSamples] = useState(false);

  const items = rules.data?.items ?? [];
  const samples = rules.data?.samples ?? [];
  const proposed = items.filter((rule) => rule.status === 'proposed');
  const texts = new Set(items.map((rule) => rule.text.trim()));
  // Offered until the sample list has been added (afterwards its rules may be amended or retired).
  const samplesAdded = samples.some((sample) => texts.has(sample.trim()));

  const replace = (rule: GroundRule) => {
    rules.setData((list) => ({ ...list, items: list.items.map((item) => (item.id === rule.id ? rule : item)) }));
  };

  const conflictOr = (caught: unknown): string => {
    if (caught instanceof ApiError && caught.isVersionConflict) {
      rules.reload();
      return intl.formatMessage(m.conflict);
    }
    return errorMessage(caught);
  };

  const addSamples = async () => {
    setAddingSamples(true);
    setError(null);
    try {
      const list = await addSampleRules(processRef);
      rules.setData(list);
      setStatus(intl.formatMessage(m.samplesAdded));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setAddingSamples(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="ground-rules-title">
      <h2 id="ground-rules-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      <ResourceView resource={rules} loading={intl.formatMessage(m.loading)} />
      {rules.data && items.length === 0 ? (
        <EmptyState title={intl.formatMessage(m.none)}>
          <p>{mayManage ? intl.formatMessage(m.startFromSamples) : mayPropose ? intl.formatMessage(m.proposeFirst) : null}</p>
        </EmptyState>
      ) : null}
      {mayManage && rules.data && samples.length > 0 && !samplesAdded ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={addingSamples}
            onClick={() => {
              void addSamples();
            }}
          >
            {intl.formatMessage(addingSamples ? m.adding : m.addSamples)}
          </button>
          <details className="inline-details">
            <summary>{intl.formatMessage(m.seeSamples, { count: samples.length })}</summary>
            <ol>
              {samples.map((sample) => (
                <li key={sample}>{sample}</li>
              ))}
            </ol>
          </details>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ol className="rows ground-rules" aria-label={intl.formatMessage(m.list)}>
          {items.map((rule) => (
            <GroundRuleRow
              key={rule.id}
              processRef={processRef}
              rule={rule}
              mayManage={mayManage}
              mayPropose={mayPropose}
              selected={selected.has(rule.id)}
              onToggle={(checked) => {
                setSelected((previous) => {
                  const next = new Set(previous);
                  if (checked) next.add(rule.id);
                  else next.delete(rule.id);
                  return next;
                });
              }}
              onChanged={(changed, message) => {
                replace(changed);
                setStatus(message);
              }}
              describeError={conflictOr}
            />
          ))}
        </ol>
      ) : null}
      {mayManage && proposed.length > 0 ? (
        <AdoptForm
          processRef={processRef}
          selectedIds={proposed.filter((rule) => selected.has(rule.id)).map((rule) => rule.id)}
          onAdopted={(list, count) => {
            rules.setData(list);
            setSelected(new Set());
            setStatus(intl.formatMessage(m.adopted, { count }));
          }}
        />
      ) : null}
      {mayPropose ? (
        <ProposeForm
          processRef={processRef}
          onProposed={(rule) => {
            rules.setData((list) => ({ ...list, items: [...list.items, rule] }));
            setStatus(intl.formatMessage(m.proposed));
          }}
        />
      ) : null}
    </section>
  );
}

interface RowProps {
  processRef: ProcessRef;
  rule: GroundRule;
  mayManage: boolean;
  mayPropose: boolean;
  selected: boolean;
  onToggle: (checked: boolean) => void;
  onChanged: (rule: GroundRule, message: string) => void;
  describeError: (error: unknown) => string;
}

function GroundRuleRow({ processRef, rule, mayManage, mayPropose, selected, onToggle, onChanged, describeError }: RowProps) {
  const intl = useIntl();
  const fmt = useFormat();
  const checkboxId = useId();
  const textId = useId();
  const [mode, setMode] = useState<'amend' | 'retire' | null>(null);
  const selectable = mayManage && rule.status === 'proposed';

  return (
    <li className="row row-block ground-rule">
      <div className="ground-rule-main">
        {selectable ? (
          <input
            id={checkboxId}
            type="checkbox"
            className="rule-check"
            checked={selected}
            aria-describedby={textId}
            onChange={(event) => {
              onToggle(event.target.checked);
            }}
          />
        ) : null}
        <div className="row-main">
          {selectable ? (
            <label htmlFor={checkboxId} id={textId} className="row-title">
              {rule.text}
            </label>
          ) : (
            <span className="row-title" id={textId}>
              {rule.text}
            </span>
          )}
          <span className="muted">
            {intl.formatMessage(rule.adoptedAt ? m.metaAdopted : m.meta, {
              status: <Badge tone={STATUS_TONES[rule.status]}>{intl.formatMessage(STATUS_LABELS[rule.status])}</Badge>,
              proposed: intl.formatMessage(m.proposedBy, { name: rule.proposedBy.displayName }),
              adopted: rule.adoptedAt ? intl.formatMessage(m.adoptedOn, { date: fmt.date(rule.adoptedAt) }) : '',
            })}
          </span>
          {rule.decision ? <span className="muted">{intl.formatMessage(m.decision, { decision: rule.decision })}</span> : null}
        </div>
      </div>
      {mayManage && rule.status !== 'retired' ? (
        <div className="row-actions">
          <button
            type="button"
            className="button button-small"
            aria-expanded={mode === 'amend'}
            onClick={() => {
              setMode(mode === 'amend' ? null : 'amend');
            }}
          >
            {intl.formatMessage(m.amend, { rule: rule.text, hidden })}
          </button>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            aria-haspopup="dialog"
            onClick={() => {
              setMode('retire');
            }}
          >
            {intl.formatMessage(m.retire, { rule: rule.text, hidden })}
          </button>
        </div>
      ) : null}
      {mode === 'amend' ? (
        <AmendForm
          processRef={processRef}
          rule={rule}
          onCancel={() => {
            setMode(null);
          }}
          onAmended={(amended) => {
            setMode(null);
            onChanged(amended, intl.formatMessage(m.amended));
          }}
          describeError={describeError}
        />
      ) : null}
      {mode === 'retire' ? (
        <RetireDialog
          processRef={processRef}
          rule={rule}
          onClose={() => {
            setMode(null);
          }}
          onRetired={(retired) => {
            setMode(null);
            onChanged(retired, intl.formatMessage(m.retired));
          }}
          describeError={describeError}
        />
      ) : null}
      <RuleDiscussion processRef={processRef} ruleId={rule.id} ruleText={rule.text} mayComment={mayPropose} />
      {rule.history.length > 0 ? (
        <details className="rule-history">
          <summary>{intl.formatMessage(m.history, { rule: rule.text, count: rule.history.length, hidden })}</summary>
          <ol className="history">
            {rule.history.map((change, index) => (
              <li key={`${change.changedAt}-${String(index)}`} className="history-item">
                <p>
                  {intl.formatMessage(m.changedBy, {
                    status: intl.formatMessage(STATUS_LABELS[change.status]),
                    name: change.changedBy.displayName,
                    date: fmt.dateTime(change.changedAt),
                    strong,
                  })}
                </p>
                <p className="prose">{intl.formatMessage(m.quoted, { text: change.text })}</p>
                {change.note ? <p className="prose muted">{intl.formatMessage(m.note, { note: change.note })}</p> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}

function AmendForm({
  processRef,
  rule,
  onCancel,
  onAmended,
  describeError,
}: {
  processRef: ProcessRef;
  rule: GroundRule;
  onCancel: () => void;
  onAmended: (rule: GroundRule) => void;
  describeError: (error: unknown) => string;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ text: string; note: string }>({
    defaultValues: { text: rule.text, note: '' },
    fields: ['text', 'note'],
    onConflict: describeError,
    onSubmit: async (values) => {
      const note = values.note.trim();
      onAmended(await amendGroundRule(processRef, rule.id, { text: values.text.trim(), version: rule.version, ...(note ? { note } : {}) }));
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form
      noValidate
      className="form subform amend-form"
      aria-label={intl.formatMessage(m.amendForm, { rule: rule.text })}
      onSubmit={(event) => void submit(event)}
    >
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.newText)}
        rows={2}
        required
        autoFocus
        error={errors.text?.message}
        {...register('text', {
          validate: (value) =>
            !value.trim()
              ? intl.formatMessage(m.writeRule)
              : value.length > AGREEMENT_LIMITS.ruleMax
                ? intl.formatMessage(m.tooLong, { max: String(AGREEMENT_LIMITS.ruleMax) })
                : true,
        })}
      />
      <TextAreaField label={intl.formatMessage(m.noteOptional)} hint={intl.formatMessage(m.noteHint)} rows={2} {...register('note')} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(m.saveAmendment)}</SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}

function RetireDialog({
  processRef,
  rule,
  onClose,
  onRetired,
  describeError,
}: {
  processRef: ProcessRef;
  rule: GroundRule;
  onClose: () => void;
  onRetired: (rule: GroundRule) => void;
  describeError: (error: unknown) => string;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ note: string }>({
    defaultValues: { note: '' },
    fields: ['note'],
    onConflict: describeError,
    onSubmit: async ({ note }) => {
      onRetired(await retireGroundRule(processRef, rule.id, { version: rule.version, note: note.trim() }));
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <Dialog
      open
      onClose={onClose}
      title={intl.formatMessage(m.retireTitle)}
      description={<p>{intl.formatMessage(m.retireDescription, { rule: rule.text })}</p>}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label={intl.formatMessage(m.retireNote)}
          hint={intl.formatMessage(m.retireNoteHint)}
          rows={3}
          required
          autoFocus
          error={errors.note?.message}
          {...register('note', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.retireNoteRequired)) })}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.retiring)} className="button button-danger">
            {intl.formatMessage(m.retireSubmit)}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}

function AdoptForm({
  processRef,
  selectedIds,
  onAdopted,
}: {
  processRef: ProcessRef;
  selectedIds: string[];
  onAdopted: (list: GroundRuleList, count: number) => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ decision: string }>({
    defaultValues: { decision: '' },
    fields: ['decision'],
    aliases: { ruleIds: 'decision' },
    onSubmit: async ({ decision }) => {
      if (selectedIds.length === 0) {
        throw new FormProblem(intl.formatMessage(m.tickRules));
      }
      onAdopted(await adoptGroundRules(processRef, selectedIds, decision.trim()), selectedIds.length);
      form.reset({ decision: '' });
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate className="form subform" aria-labelledby="adopt-rules-title" onSubmit={(event) => void submit(event)}>
      <h3 id="adopt-rules-title">{intl.formatMessage(m.adoptTitle)}</h3>
      <p className="muted">{intl.formatMessage(m.adoptIntro)}</p>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.decisionLabel)}
        hint={intl.formatMessage(m.decisionHint)}
        rows={2}
        required
        error={errors.decision?.message}
        {...register('decision', {
          validate: (value) =>
            !value.trim()
              ? intl.formatMessage(m.decisionRequired)
              : value.length > AGREEMENT_LIMITS.decisionMax
                ? intl.formatMessage(m.tooLong, { max: String(AGREEMENT_LIMITS.decisionMax) })
                : true,
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.adopting)}>
          {intl.formatMessage(m.adoptSubmit, { count: selectedIds.length })}
        </SubmitButton>
      </div>
    </form>
  );
}

function ProposeForm({ processRef, onProposed }: { processRef: ProcessRef; onProposed: (rule: GroundRule) => void }) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ text: string }>({
    defaultValues: { text: '' },
    fields: ['text'],
    onSubmit: async ({ text }) => {
      onProposed(await proposeGroundRule(processRef, text.trim()));
      form.reset({ text: '' });
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate className="form subform" aria-labelledby="propose-rule-title" onSubmit={(event) => void submit(event)}>
      <h3 id="propose-rule-title">{intl.formatMessage(m.proposeTitle)}</h3>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.rule)}
        rows={2}
        required
        error={errors.text?.message}
        {...register('text', {
          validate: (value) =>
            !value.trim()
              ? intl.formatMessage(m.writeRule)
              : value.length > AGREEMENT_LIMITS.ruleMax
                ? intl.formatMessage(m.tooLong, { max: String(AGREEMENT_LIMITS.ruleMax) })
                : true,
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.proposing)} className="button">
          {intl.formatMessage(m.proposeSubmit)}
        </SubmitButton>
      </div>
    </form>
  );
}
