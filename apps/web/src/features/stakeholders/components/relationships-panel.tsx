import { isDirected, REGISTER_LIMITS, relationshipKey, type RelationshipKind } from '@common-ground/domain';
import { type ReactNode, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { errorMessage } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { createRelationship, deleteRelationship, type MapStakeholder, type Relationship, updateRelationship } from '../api/register';
import { relationshipOptions, strengthOptions } from './options';
import { describeRelationship, lower, relationshipKindLabels, strengthLabels } from '../labels';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import { commonMessages } from '../../../i18n/common-messages';

const m = untyped(
  defineMessages({
    fromTo: { id: 'stakeholders.relationships.fromTo', defaultMessage: '{from} {relation} {to}' },
    title: { id: 'stakeholders.relationships.title', defaultMessage: 'Relationships' },
    emptyTitle: { id: 'stakeholders.relationships.emptyTitle', defaultMessage: 'No relationships recorded' },
    emptyHint: {
      id: 'stakeholders.relationships.emptyHint',
      defaultMessage: 'Record alliances, tensions, conflicts and dependencies below.',
    },
    caption: { id: 'stakeholders.relationships.caption', defaultMessage: 'Relationships of {name}' },
    relationship: { id: 'stakeholders.relationships.relationship', defaultMessage: 'Relationship' },
    strength: { id: 'stakeholders.relationships.strength', defaultMessage: 'Strength' },
    note: { id: 'stakeholders.relationships.note', defaultMessage: 'Note' },
    actions: { id: 'stakeholders.relationships.actions', defaultMessage: 'Actions' },
    dependsOn: { id: 'stakeholders.relationships.dependsOn', defaultMessage: 'depends on' },
    mutual: { id: 'stakeholders.relationships.mutual', defaultMessage: '— {kind} —' },
    edit: { id: 'stakeholders.relationships.edit', defaultMessage: 'Edit<hidden> {sentence}</hidden>' },
    removeLabel: { id: 'stakeholders.relationships.removeLabel', defaultMessage: 'Remove: {sentence}' },
    removeTitle: { id: 'stakeholders.relationships.removeTitle', defaultMessage: 'Remove this relationship?' },
    removeMessage: { id: 'stakeholders.relationships.removeMessage', defaultMessage: '{sentence}. It disappears from the map.' },
    remove: { id: 'stakeholders.relationships.remove', defaultMessage: 'Remove' },
    removed: { id: 'stakeholders.relationships.removed', defaultMessage: 'Removed: {sentence}.' },
    saved: { id: 'stakeholders.relationships.saved', defaultMessage: 'Saved: {sentence}.' },
    added: { id: 'stakeholders.relationships.added', defaultMessage: 'Added: {sentence}.' },
    duplicate: { id: 'stakeholders.relationships.duplicate', defaultMessage: 'This relationship is already recorded.' },
    addTitle: { id: 'stakeholders.relationships.addTitle', defaultMessage: 'Add a relationship' },
    kind: { id: 'stakeholders.relationships.kind', defaultMessage: 'Kind' },
    direction: { id: 'stakeholders.relationships.direction', defaultMessage: 'Direction' },
    outgoing: { id: 'stakeholders.relationships.outgoing', defaultMessage: '{name} depends on the other' },
    incoming: { id: 'stakeholders.relationships.incoming', defaultMessage: 'The other depends on {name}' },
    other: { id: 'stakeholders.relationships.other', defaultMessage: 'Other stakeholder' },
    choose: { id: 'stakeholders.relationships.choose', defaultMessage: 'Choose…' },
    otherMissing: { id: 'stakeholders.relationships.otherMissing', defaultMessage: 'Choose the other stakeholder.' },
    add: { id: 'stakeholders.relationships.add', defaultMessage: 'Add relationship' },
    editTitle: { id: 'stakeholders.relationships.editTitle', defaultMessage: '{from} and {to}' },
    kindHint: { id: 'stakeholders.relationships.kindHint', defaultMessage: 'A dependency reads “{from} depends on {to}”.' },
    cancel: { id: 'stakeholders.relationships.cancel', defaultMessage: 'Cancel' },
    save: { id: 'stakeholders.relationships.save', defaultMessage: 'Save relationship' },
  }),
);

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

interface NewValues {
  kind: RelationshipKind;
  direction: 'outgoing' | 'incoming';
  otherId: string;
  strength: string;
  note: string;
}

interface EditValues {
  kind: RelationshipKind;
  strength: string;
  note: string;
}

/** A stakeholder's relationships: the list, and (for those who manage) add, edit and remove. */
export function RelationshipsPanel({
  processRef,
  stakeholder,
  relationships,
  others,
  mayManage,
  stakeholderUrl,
  onChanged,
}: {
  processRef: ProcessRef;
  stakeholder: { id: string; name: string };
  relationships: readonly Relationship[];
  /** Every other stakeholder of the process, to relate to. */
  others: readonly MapStakeholder[];
  mayManage: boolean;
  stakeholderUrl: (id: string) => string;
  onChanged: (message: string) => void;
}) {
  const intl = useIntl();
  const [editing, setEditing] = useState<Relationship | null>(null);
  const link = (end: { id: string; name: string }) =>
    end.id === stakeholder.id ? end.name : <Link to={stakeholderUrl(end.id)}>{end.name}</Link>;
  return (
    <section className="panel" aria-labelledby="sm-relationships-title">
      <h2 id="sm-relationships-title">{intl.formatMessage(m.title)}</h2>
      {relationships.length === 0 ? (
        <EmptyState title={intl.formatMessage(m.emptyTitle)}>{mayManage ? <p>{intl.formatMessage(m.emptyHint)}</p> : null}</EmptyState>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="sm-relationships-caption" tabIndex={0}>
          <table className="table">
            <caption id="sm-relationships-caption" className="visually-hidden">
              {intl.formatMessage(m.caption, { name: stakeholder.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(m.relationship)}</th>
                <th scope="col">{intl.formatMessage(m.strength)}</th>
                <th scope="col">{intl.formatMessage(m.note)}</th>
                {mayManage ? (
                  <th scope="col">
                    <span className="visually-hidden">{intl.formatMessage(m.actions)}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {relationships.map((relationship) => {
                const sentence = describeRelationship(intl, relationship.kind, relationship.from.name, relationship.to.name);
                return (
                  <tr key={relationship.id}>
                    <th scope="row">
                      {intl.formatMessage(m.fromTo, {
                        from: link(relationship.from),
                        relation: isDirected(relationship.kind)
                          ? intl.formatMessage(m.dependsOn)
                          : intl.formatMessage(m.mutual, {
                              kind: lower(intl, intl.formatMessage(relationshipKindLabels[relationship.kind])),
                            }),
                        to: link(relationship.to),
                      })}
                    </th>
                    <td>{intl.formatMessage(strengthLabels[relationship.strength])}</td>
                    <td>{relationship.note ?? intl.formatMessage(commonMessages.none)}</td>
                    {mayManage ? (
                      <td className="sm-actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-haspopup="dialog"
                          onClick={() => {
                            setEditing(relationship);
                          }}
                        >
                          {intl.formatMessage(m.edit, { sentence, hidden })}
                        </button>
                        <ConfirmButton
                          className="button button-small button-danger-quiet"
                          aria-label={intl.formatMessage(m.removeLabel, { sentence })}
                          title={intl.formatMessage(m.removeTitle)}
                          message={<p>{intl.formatMessage(m.removeMessage, { sentence })}</p>}
                          confirmLabel={intl.formatMessage(m.remove)}
                          describeError={errorMessage}
                          onConfirm={async () => {
                            await deleteRelationship(processRef, relationship.id);
                            onChanged(intl.formatMessage(m.removed, { sentence }));
                          }}
                        >
                          {intl.formatMessage(m.remove)}
                        </ConfirmButton>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {mayManage ? (
        <AddRelationshipForm
          processRef={processRef}
          stakeholder={stakeholder}
          relationships={relationships}
          others={others}
          onAdded={onChanged}
        />
      ) : null}
      {editing ? (
        <EditRelationshipDialog
          processRef={processRef}
          relationship={editing}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={(saved) => {
            setEditing(null);
            onChanged(intl.formatMessage(m.saved, { sentence: describeRelationship(intl, saved.kind, saved.from.name, saved.to.name) }));
          }}
        />
      ) : null}
    </section>
  );
}

function AddRelationshipForm({
  processRef,
  stakeholder,
  relationships,
  others,
  onAdded,
}: {
  processRef: ProcessRef;
  stakeholder: { id: string; name: string };
  relationships: readonly Relationship[];
  others: readonly MapStakeholder[];
  onAdded: (message: string) => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<NewValues>({
    defaultValues: { kind: 'alliance', direction: 'outgoing', otherId: '', strength: '2', note: '' },
    fields: ['kind', 'strength', 'note'],
    aliases: { fromId: 'otherId', toId: 'otherId' },
    onSubmit: async (values) => {
      const outgoing = !isDirected(values.kind) || values.direction === 'outgoing';
      const [fromId, toId] = outgoing ? [stakeholder.id, values.otherId] : [values.otherId, stakeholder.id];
      if (existing.has(relationshipKey(values.kind, fromId, toId))) {
        form.setError('otherId', { message: intl.formatMessage(m.duplicate) }, { shouldFocus: true });
        return;
      }
      const saved = await createRelationship(processRef, {
        fromId,
        toId,
        kind: values.kind,
        strength: Number(values.strength),
        note: values.note.trim() || null,
      });
      form.reset({ ...values, otherId: '', note: '' });
      onAdded(intl.formatMessage(m.added, { sentence: describeRelationship(intl, saved.kind, saved.from.name, saved.to.name) }));
    },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const errors = form.formState.errors;
  const existing = new Set(
    relationships.map((relationship) => relationshipKey(relationship.kind, relationship.from.id, relationship.to.id)),
  );

  return (
    <form
      noValidate
      className="form sm-add-relationship"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="sm-add-relationship-title"
    >
      <h3 id="sm-add-relationship-title">{intl.formatMessage(m.addTitle)}</h3>
      <FormAlert messages={formErrors} />
      <SelectField
        label={intl.formatMessage(m.kind)}
        options={relationshipOptions(intl)}
        error={errors.kind?.message}
        {...form.register('kind')}
      />
      {isDirected(kind) ? (
        <SelectField
          label={intl.formatMessage(m.direction)}
          options={[
            { value: 'outgoing', label: intl.formatMessage(m.outgoing, { name: stakeholder.name }) },
            { value: 'incoming', label: intl.formatMessage(m.incoming, { name: stakeholder.name }) },
          ]}
          {...form.register('direction')}
        />
      ) : null}
      <SelectField
        label={intl.formatMessage(m.other)}
        options={[
          { value: '', label: intl.formatMessage(m.choose) },
          ...others.filter((other) => other.id !== stakeholder.id).map((other) => ({ value: other.id, label: other.name })),
        ]}
        error={errors.otherId?.message}
        {...form.register('otherId', { required: intl.formatMessage(m.otherMissing) })}
      />
      <SelectField
        label={intl.formatMessage(m.strength)}
        options={strengthOptions(intl)}
        error={errors.strength?.message}
        {...form.register('strength')}
      />
      <TextField
        label={intl.formatMessage(m.note)}
        maxLength={REGISTER_LIMITS.relationshipNoteMax}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.add)}</SubmitButton>
      </div>
    </form>
  );
}

function EditRelationshipDialog({
  processRef,
  relationship,
  onClose,
  onSaved,
}: {
  processRef: ProcessRef;
  relationship: Relationship;
  onClose: () => void;
  onSaved: (saved: Relationship) => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<EditValues>({
    defaultValues: { kind: relationship.kind, strength: String(relationship.strength), note: relationship.note ?? '' },
    fields: ['kind', 'strength', 'note'],
    onSubmit: async (values) => {
      onSaved(
        await updateRelationship(processRef, relationship.id, {
          kind: values.kind,
          strength: Number(values.strength),
          note: values.note.trim() || null,
        }),
      );
    },
  });
  const errors = form.formState.errors;
  return (
    <Dialog open onClose={onClose} title={intl.formatMessage(m.editTitle, { from: relationship.from.name, to: relationship.to.name })}>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <SelectField
          label={intl.formatMessage(m.kind)}
          hint={intl.formatMessage(m.kindHint, { from: relationship.from.name, to: relationship.to.name })}
          options={relationshipOptions(intl)}
          error={errors.kind?.message}
          {...form.register('kind')}
        />
        <SelectField
          label={intl.formatMessage(m.strength)}
          options={strengthOptions(intl)}
          error={errors.strength?.message}
          {...form.register('strength')}
        />
        <TextField
          label={intl.formatMessage(m.note)}
          maxLength={REGISTER_LIMITS.relationshipNoteMax}
          error={errors.note?.message}
          {...form.register('note')}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
