import { AGREEMENT_LIMITS } from '@common-ground/domain';
import { useId, useState } from 'react';
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

const STATUS_LABELS: Record<GroundRuleStatus, string> = { proposed: 'Proposed', adopted: 'Adopted', retired: 'Retired' };
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
      return 'This rule was changed by someone else meanwhile. The list has been reloaded: check the rule and try again.';
    }
    return errorMessage(caught);
  };

  const addSamples = async () => {
    setAddingSamples(true);
    setError(null);
    try {
      const list = await addSampleRules(processRef);
      rules.setData(list);
      setStatus('The sample rules were added as proposals.');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setAddingSamples(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="ground-rules-title">
      <h2 id="ground-rules-title">Ground rules</h2>
      <p className="muted">How the group agrees to behave and work together. Rules are proposed, then adopted by a recorded decision.</p>
      <p role="status" className="form-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      <ResourceView resource={rules} loading="Loading ground rules…" />
      {rules.data && items.length === 0 ? (
        <EmptyState title="No ground rules yet">
          <p>
            {mayManage ? 'Start from the sample list, or propose rules one by one.' : mayPropose ? 'Propose the first rule below.' : null}
          </p>
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
            {addingSamples ? 'Adding…' : 'Add the sample rules'}
          </button>
          <details className="inline-details">
            <summary>See the {samples.length} sample rules</summary>
            <ol>
              {samples.map((sample) => (
                <li key={sample}>{sample}</li>
              ))}
            </ol>
          </details>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ol className="rows ground-rules" aria-label="Ground rules">
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
            setStatus(`${String(count)} rule${count === 1 ? ' was' : 's were'} adopted.`);
          }}
        />
      ) : null}
      {mayPropose ? (
        <ProposeForm
          processRef={processRef}
          onProposed={(rule) => {
            rules.setData((list) => ({ ...list, items: [...list.items, rule] }));
            setStatus('Your rule was proposed.');
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
            <Badge tone={STATUS_TONES[rule.status]}>{STATUS_LABELS[rule.status]}</Badge> Proposed by {rule.proposedBy.displayName}
            {rule.adoptedAt ? ` · adopted ${fmt.date(rule.adoptedAt)}` : ''}
          </span>
          {rule.decision ? <span className="muted">Decision: {rule.decision}</span> : null}
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
            Amend<span className="visually-hidden"> “{rule.text}”</span>
          </button>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            aria-haspopup="dialog"
            onClick={() => {
              setMode('retire');
            }}
          >
            Retire<span className="visually-hidden"> “{rule.text}”</span>
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
            onChanged(amended, 'The rule was amended; its earlier text is kept in its history.');
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
            onChanged(retired, 'The rule was retired.');
          }}
          describeError={describeError}
        />
      ) : null}
      <RuleDiscussion processRef={processRef} ruleId={rule.id} ruleText={rule.text} mayComment={mayPropose} />
      {rule.history.length > 0 ? (
        <details className="rule-history">
          <summary>
            History<span className="visually-hidden"> of “{rule.text}”</span> ({rule.history.length})
          </summary>
          <ol className="history">
            {rule.history.map((change, index) => (
              <li key={`${change.changedAt}-${String(index)}`} className="history-item">
                <p>
                  <strong>{STATUS_LABELS[change.status]}</strong> by {change.changedBy.displayName}, {fmt.dateTime(change.changedAt)}
                </p>
                <p className="prose">“{change.text}”</p>
                {change.note ? <p className="prose muted">Note: {change.note}</p> : null}
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
    <form noValidate className="form subform amend-form" aria-label={`Amend “${rule.text}”`} onSubmit={(event) => void submit(event)}>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="New text of the rule"
        rows={2}
        required
        autoFocus
        error={errors.text?.message}
        {...register('text', {
          validate: (value) =>
            !value.trim()
              ? 'Write the rule.'
              : value.length > AGREEMENT_LIMITS.ruleMax
                ? `Use at most ${String(AGREEMENT_LIMITS.ruleMax)} characters.`
                : true,
        })}
      />
      <TextAreaField label="Note (optional)" hint="Why it changed, e.g. the decision that changed it." rows={2} {...register('note')} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save amendment</SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
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
      title="Retire this rule?"
      description={<p>“{rule.text}” will no longer apply. It stays in the list, with its history, as retired. This cannot be undone.</p>}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label="Note"
          hint="Why the rule is retired."
          rows={3}
          required
          autoFocus
          error={errors.note?.message}
          {...register('note', { validate: (value) => (value.trim() ? true : 'Say why the rule is retired.') })}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={isSubmitting} busyLabel="Retiring…" className="button button-danger">
            Retire rule
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
  const { form, submit, formErrors } = useCgForm<{ decision: string }>({
    defaultValues: { decision: '' },
    fields: ['decision'],
    aliases: { ruleIds: 'decision' },
    onSubmit: async ({ decision }) => {
      if (selectedIds.length === 0) {
        throw new FormProblem('Tick the proposed rules the group adopted.');
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
      <h3 id="adopt-rules-title">Record an adoption</h3>
      <p className="muted">Tick the proposed rules above that the group adopted, and record the decision.</p>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="Decision"
        hint="For example: Adopted by consensus at the first plenary."
        rows={2}
        required
        error={errors.decision?.message}
        {...register('decision', {
          validate: (value) =>
            !value.trim()
              ? 'Record the decision.'
              : value.length > AGREEMENT_LIMITS.decisionMax
                ? `Use at most ${String(AGREEMENT_LIMITS.decisionMax)} characters.`
                : true,
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Adopting…">
          Adopt the selected rules ({selectedIds.length})
        </SubmitButton>
      </div>
    </form>
  );
}

function ProposeForm({ processRef, onProposed }: { processRef: ProcessRef; onProposed: (rule: GroundRule) => void }) {
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
      <h3 id="propose-rule-title">Propose a rule</h3>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="Rule"
        rows={2}
        required
        error={errors.text?.message}
        {...register('text', {
          validate: (value) =>
            !value.trim()
              ? 'Write the rule.'
              : value.length > AGREEMENT_LIMITS.ruleMax
                ? `Use at most ${String(AGREEMENT_LIMITS.ruleMax)} characters.`
                : true,
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Proposing…" className="button">
          Propose rule
        </SubmitButton>
      </div>
    </form>
  );
}
