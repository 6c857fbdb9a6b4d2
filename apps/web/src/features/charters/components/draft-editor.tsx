import { CHARTER_SECTIONS } from '@common-ground/domain';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, applyFieldErrors, type CharterVersion } from '../../../api';
import { Checkbox, FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { saveDraft, type ProcessRef } from '../api/charters';
import { changedSections as diffSections, isCharterVersion, toCharterContent, toDraftValues, type DraftValues } from '../api/draft-content';

interface DraftEditorProps {
  processRef: ProcessRef;
  version: CharterVersion;
  onSaved: (version: CharterVersion) => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** One text area per section; saving sends the revision it started from, and a 409 keeps the user's text. */
export function DraftEditor({ processRef, version, onSaved, onDirtyChange }: DraftEditorProps) {
  const [baseVersion, setBaseVersion] = useState(version.version);
  const [conflict, setConflict] = useState<CharterVersion | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const conflictRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    setValue,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<DraftValues>({ defaultValues: toDraftValues(version.content) });

  useEffect(() => {
    onDirtyChange(isDirty || conflict !== null);
  }, [isDirty, conflict, onDirtyChange]);

  const save = async (values: DraftValues, base = baseVersion) => {
    setFormErrors([]);
    try {
      const saved = await saveDraft(processRef, version.id, toCharterContent(values), base);
      setConflict(null);
      reset(toDraftValues(saved.content));
      setBaseVersion(saved.version);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.isVersionConflict) {
        if (isCharterVersion(error.current)) {
          setConflict(error.current);
        } else {
          setFormErrors(['Someone else saved this draft meanwhile. Copy your text somewhere safe, then reload the page.']);
        }
        requestAnimationFrame(() => conflictRef.current?.focus());
        return;
      }
      setFormErrors(applyFieldErrors(error, setError, ['consentStatement', 'alternatesMaySign'], {}));
    }
  };

  const theirs = conflict ? toDraftValues(conflict.content) : null;
  const mine = conflict ? getValues() : null;
  const changedSections = theirs && mine ? diffSections(mine, theirs) : [];
  const consentDiffers = theirs && mine ? theirs.consentStatement.trim() !== mine.consentStatement.trim() : false;
  const alternatesDiffer = theirs && mine ? theirs.alternatesMaySign !== mine.alternatesMaySign : false;

  return (
    <form noValidate onSubmit={(event) => void handleSubmit((values) => save(values))(event)} className="form" aria-label="Edit the draft">
      <div ref={conflictRef} tabIndex={-1} className="notice-region">
        {conflict && theirs ? (
          <div className="alert alert-warning" role="alert">
            <p>
              <strong>Someone else saved this draft while you were editing.</strong> Your text is still in the form below; nothing was
              saved. Here is what they saved:
            </p>
            {changedSections.length === 0 && !consentDiffers && !alternatesDiffer ? (
              <p>Their text is the same as yours.</p>
            ) : (
              <dl className="conflict-list">
                {changedSections.map((section) => (
                  <div key={section.key}>
                    <dt>{section.label}</dt>
                    <dd>
                      <blockquote className="prose quote">{theirs.sections[section.key] || <em>(left empty)</em>}</blockquote>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => {
                          setValue(`sections.${section.key}`, theirs.sections[section.key], { shouldDirty: true });
                        }}
                      >
                        Use their text for “{section.label}”
                      </button>
                    </dd>
                  </div>
                ))}
                {consentDiffers ? (
                  <div>
                    <dt>Consent statement</dt>
                    <dd>
                      <blockquote className="prose quote">{theirs.consentStatement}</blockquote>
                    </dd>
                  </div>
                ) : null}
                {alternatesDiffer ? (
                  <div>
                    <dt>Alternates may sign</dt>
                    <dd>{theirs.alternatesMaySign ? 'Yes' : 'No'}</dd>
                  </div>
                ) : null}
              </dl>
            )}
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setBaseVersion(conflict.version);
                  void handleSubmit((values) => save(values, conflict.version))();
                }}
              >
                Save my text over theirs
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  reset(toDraftValues(conflict.content));
                  setBaseVersion(conflict.version);
                  setConflict(null);
                  onSaved(conflict);
                }}
              >
                Discard my changes and take theirs
              </button>
            </div>
          </div>
        ) : null}
      </div>
      <FormAlert messages={formErrors} />
      {CHARTER_SECTIONS.map((section) => (
        <TextAreaField key={section.key} label={section.label} hint={section.guidance} rows={4} {...register(`sections.${section.key}`)} />
      ))}
      <TextAreaField
        label="Consent statement"
        hint="What each signer agrees to. It is shown when signing and bound by the hash."
        rows={3}
        required
        error={errors.consentStatement?.message}
        {...register('consentStatement', {
          validate: (value) => {
            if (!value.trim()) return 'Write the statement signers agree to.';
            if (value.length > 2000) return 'Use at most 2000 characters.';
            return true;
          },
        })}
      />
      <Checkbox label="Alternates may sign for the participant they stand in for" {...register('alternatesMaySign')} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Saving…">
          Save draft
        </SubmitButton>
        {isDirty ? <span className="muted">Unsaved changes.</span> : null}
      </div>
    </form>
  );
}
