import { CHARTER_FIELDS, CHARTER_LIMITS, CHARTER_SECTIONS, mergeCharter, type CharterField, type MergeChoice } from '@common-ground/domain';
import { useEffect, useState } from 'react';
import type { CharterVersion } from '../../../api';
import { Checkbox, FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { text, type FormSchema } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { saveDraft } from '../api/charters';
import { isCharterVersion, toCharterContent, toDraftValues, type DraftValues } from '../api/draft-content';
import type { ProcessRef } from '../../../context/process-ref';

interface DraftEditorProps {
  processRef: ProcessRef;
  version: CharterVersion;
  onSaved: (version: CharterVersion) => void;
  onDirtyChange: (dirty: boolean) => void;
}

const SCHEMA: FormSchema<DraftValues> = {
  ...Object.fromEntries(CHARTER_SECTIONS.map((section) => [`sections.${section.key}`, text({ max: CHARTER_LIMITS.sectionMax })])),
  consentStatement: text({ required: 'Write the statement signers agree to.', max: CHARTER_LIMITS.consentStatementMax }),
};

const FIELD_LABELS: Record<CharterField, string> = {
  ...(Object.fromEntries(CHARTER_SECTIONS.map((section) => [section.key, section.label])) as Record<CharterField, string>),
  consentStatement: 'Consent statement',
  alternatesMaySign: 'Alternates may sign',
};

function shown(content: CharterVersion['content'], field: CharterField): string {
  if (field === 'alternatesMaySign') return content.alternatesMaySign ? 'Yes' : 'No';
  if (field === 'consentStatement') return content.consentStatement;
  return (content.sections as Partial<Record<CharterField, string>>)[field] ?? '';
}

/**
 * One text area per section; saving sends the revision it started from. On a 409 the draft merges
 * per section against what this person loaded: "keep mine" saves only the sections they changed over
 * the colleague's version, and where both changed a section the person picks one text or the other.
 */
export function DraftEditor({ processRef, version, onSaved, onDirtyChange }: DraftEditorProps) {
  // The editor is keyed by the version, so what it was loaded with is `version.content` until it remounts.
  const base = version.content;
  const [choices, setChoices] = useState<Partial<Record<CharterField, MergeChoice>>>({});
  const { form, submit, formErrors, conflict, keepMine, takeTheirs, errorOf } = useCgForm<DraftValues, CharterVersion>({
    defaultValues: toDraftValues(version.content),
    schema: SCHEMA,
    fields: ['consentStatement', 'alternatesMaySign', 'sections'],
    conflict: {
      parse: (current) => (isCharterVersion(current) ? current : null),
      toValues: (current) => toDraftValues(current.content),
      onTakeTheirs: onSaved,
    },
    onSubmit: async (values, { over }) => {
      const mine = toCharterContent(values);
      // Where both changed a field, the radio shows "mine" until the person picks theirs.
      const chosen = Object.fromEntries(CHARTER_FIELDS.map((field) => [field, choices[field] ?? 'mine']));
      const content = over ? mergeCharter(base, mine, over.content, chosen).content : mine;
      const saved = await saveDraft(processRef, version.id, content, (over ?? version).version);
      form.reset(toDraftValues(saved.content));
      onSaved(saved);
    },
  });
  const { register, formState } = form;

  useEffect(() => {
    onDirtyChange(formState.isDirty || conflict !== null);
  }, [formState.isDirty, conflict, onDirtyChange]);

  // Watched, so the merge summary follows what the person types while the conflict is open.
  const typed = toCharterContent(form.watch());
  const merge = conflict ? mergeCharter(base, typed, conflict.content, choices) : null;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-label="Edit the draft">
      <div className="notice-region">
        {conflict && merge ? (
          <ConflictNotice
            what="this draft"
            busy={formState.isSubmitting}
            keepMineLabel="Keep my changes"
            onKeepMine={() => void keepMine()}
            onTakeTheirs={takeTheirs}
          >
            {merge.mine.length === 0 && merge.conflicts.length === 0 ? <p>You changed nothing that differs from their version.</p> : null}
            {merge.mine.length ? (
              <p>Keeping your changes saves only what you changed: {merge.mine.map((field) => FIELD_LABELS[field]).join(', ')}.</p>
            ) : null}
            {merge.theirs.length ? (
              <p>Their changes to {merge.theirs.map((field) => FIELD_LABELS[field]).join(', ')} are kept either way.</p>
            ) : null}
            {merge.conflicts.length ? (
              <>
                <p>You both changed these; choose which text to keep:</p>
                {merge.conflicts.map((field) => (
                  <fieldset key={field} className="conflict-choice">
                    <legend>{FIELD_LABELS[field]}</legend>
                    <div className="checkbox">
                      <input
                        type="radio"
                        id={`merge-${field}-mine`}
                        name={`merge-${field}`}
                        checked={choices[field] !== 'theirs'}
                        onChange={() => {
                          setChoices((previous) => ({ ...previous, [field]: 'mine' }));
                        }}
                      />
                      <label htmlFor={`merge-${field}-mine`}>
                        Mine: <q>{shown(typed, field) || '(left empty)'}</q>
                      </label>
                    </div>
                    <div className="checkbox">
                      <input
                        type="radio"
                        id={`merge-${field}-theirs`}
                        name={`merge-${field}`}
                        checked={choices[field] === 'theirs'}
                        onChange={() => {
                          setChoices((previous) => ({ ...previous, [field]: 'theirs' }));
                        }}
                      />
                      <label htmlFor={`merge-${field}-theirs`}>
                        Theirs: <q>{shown(conflict.content, field) || '(left empty)'}</q>
                      </label>
                    </div>
                  </fieldset>
                ))}
              </>
            ) : null}
          </ConflictNotice>
        ) : null}
      </div>
      <FormAlert messages={formErrors} />
      {CHARTER_SECTIONS.map((section) => (
        <TextAreaField
          key={section.key}
          label={section.label}
          hint={section.guidance}
          rows={4}
          error={errorOf(`sections.${section.key}`)}
          {...register(`sections.${section.key}`)}
        />
      ))}
      <TextAreaField
        label="Consent statement"
        hint="What each signer agrees to. It is shown when signing and bound by the hash."
        rows={3}
        required
        error={errorOf('consentStatement')}
        {...register('consentStatement')}
      />
      <Checkbox label="Alternates may sign for the participant they stand in for" {...register('alternatesMaySign')} />
      <div className="form-actions">
        <SubmitButton busy={formState.isSubmitting} busyLabel="Saving…">
          Save draft
        </SubmitButton>
        {formState.isDirty ? <span className="muted">Unsaved changes.</span> : null}
      </div>
    </form>
  );
}
