import { CHARTER_FIELDS, CHARTER_LIMITS, CHARTER_SECTIONS, mergeCharter, type CharterField, type MergeChoice } from '@common-ground/domain';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { PART_MESSAGES, SECTION_GUIDANCE_MESSAGES, SECTION_MESSAGES } from './labels';
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

const m = untyped(
  defineMessages({
    consentRequired: { id: 'charters.editor.consentRequired', defaultMessage: 'Write the statement signers agree to.' },
    form: { id: 'charters.editor.form', defaultMessage: 'Edit the draft' },
    what: { id: 'charters.editor.what', defaultMessage: 'this draft' },
    keepMine: { id: 'charters.editor.keepMine', defaultMessage: 'Keep my changes' },
    nothingDiffers: { id: 'charters.editor.nothingDiffers', defaultMessage: 'You changed nothing that differs from their version.' },
    keepingMine: {
      id: 'charters.editor.keepingMine',
      defaultMessage: 'Keeping your changes saves only what you changed: {fields}.',
    },
    theirsKept: { id: 'charters.editor.theirsKept', defaultMessage: 'Their changes to {fields} are kept either way.' },
    bothChanged: { id: 'charters.editor.bothChanged', defaultMessage: 'You both changed these; choose which text to keep:' },
    mine: { id: 'charters.editor.mine', defaultMessage: 'Mine: <q>{text}</q>' },
    theirs: { id: 'charters.editor.theirs', defaultMessage: 'Theirs: <q>{text}</q>' },
    leftEmpty: { id: 'charters.editor.leftEmpty', defaultMessage: '(left empty)' },
    consentHint: {
      id: 'charters.editor.consentHint',
      defaultMessage: 'What each signer agrees to. It is shown when signing and bound by the hash.',
    },
    alternates: { id: 'charters.editor.alternates', defaultMessage: 'Alternates may sign for the participant they stand in for' },
    saving: { id: 'charters.editor.saving', defaultMessage: 'Saving…' },
    save: { id: 'charters.editor.save', defaultMessage: 'Save draft' },
    unsaved: { id: 'charters.editor.unsaved', defaultMessage: 'Unsaved changes.' },
  }),
);

const q = (chunks: ReactNode) => <q>{chunks}</q>;

function schemaOf(intl: IntlShape): FormSchema<DraftValues> {
  return {
    ...Object.fromEntries(CHARTER_SECTIONS.map((section) => [`sections.${section.key}`, text({ max: CHARTER_LIMITS.sectionMax })])),
    consentStatement: text({ required: intl.formatMessage(m.consentRequired), max: CHARTER_LIMITS.consentStatementMax }),
  };
}

function fieldLabel(intl: IntlShape, field: CharterField): string {
  if (field === 'consentStatement' || field === 'alternatesMaySign') return intl.formatMessage(PART_MESSAGES[field]);
  return intl.formatMessage(SECTION_MESSAGES[field]);
}

function shown(intl: IntlShape, content: CharterVersion['content'], field: CharterField): string {
  if (field === 'alternatesMaySign') return intl.formatMessage(content.alternatesMaySign ? PART_MESSAGES.yes : PART_MESSAGES.no);
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
  const intl = useIntl();
  const schema = useMemo(() => schemaOf(intl), [intl]);
  const fields = (list: readonly CharterField[]) =>
    intl.formatList(
      list.map((field) => fieldLabel(intl, field)),
      { type: 'unit', style: 'short' },
    );
  const [choices, setChoices] = useState<Partial<Record<CharterField, MergeChoice>>>({});
  const { form, submit, formErrors, conflict, keepMine, takeTheirs, errorOf } = useCgForm<DraftValues, CharterVersion>({
    defaultValues: toDraftValues(version.content),
    schema,
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
    <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-label={intl.formatMessage(m.form)}>
      <div className="notice-region">
        {conflict && merge ? (
          <ConflictNotice
            what={intl.formatMessage(m.what)}
            busy={formState.isSubmitting}
            keepMineLabel={intl.formatMessage(m.keepMine)}
            onKeepMine={() => void keepMine()}
            onTakeTheirs={takeTheirs}
          >
            {merge.mine.length === 0 && merge.conflicts.length === 0 ? <p>{intl.formatMessage(m.nothingDiffers)}</p> : null}
            {merge.mine.length ? <p>{intl.formatMessage(m.keepingMine, { fields: fields(merge.mine) })}</p> : null}
            {merge.theirs.length ? <p>{intl.formatMessage(m.theirsKept, { fields: fields(merge.theirs) })}</p> : null}
            {merge.conflicts.length ? (
              <>
                <p>{intl.formatMessage(m.bothChanged)}</p>
                {merge.conflicts.map((field) => (
                  <fieldset key={field} className="conflict-choice">
                    <legend>{fieldLabel(intl, field)}</legend>
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
                        <FormattedMessage {...m.mine} values={{ text: shown(intl, typed, field) || intl.formatMessage(m.leftEmpty), q }} />
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
                        <FormattedMessage
                          {...m.theirs}
                          values={{ text: shown(intl, conflict.content, field) || intl.formatMessage(m.leftEmpty), q }}
                        />
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
          label={intl.formatMessage(SECTION_MESSAGES[section.key])}
          hint={intl.formatMessage(SECTION_GUIDANCE_MESSAGES[section.key])}
          rows={4}
          error={errorOf(`sections.${section.key}`)}
          {...register(`sections.${section.key}`)}
        />
      ))}
      <TextAreaField
        label={intl.formatMessage(PART_MESSAGES.consentStatement)}
        hint={intl.formatMessage(m.consentHint)}
        rows={3}
        required
        error={errorOf('consentStatement')}
        {...register('consentStatement')}
      />
      <Checkbox label={intl.formatMessage(m.alternates)} {...register('alternatesMaySign')} />
      <div className="form-actions">
        <SubmitButton busy={formState.isSubmitting} busyLabel={intl.formatMessage(m.saving)}>
          {intl.formatMessage(m.save)}
        </SubmitButton>
        {formState.isDirty ? <span className="muted">{intl.formatMessage(m.unsaved)}</span> : null}
      </div>
    </form>
  );
}
