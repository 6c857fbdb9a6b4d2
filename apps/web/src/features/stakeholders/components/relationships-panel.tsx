import {
  describeRelationship,
  isDirected,
  REGISTER_LIMITS,
  relationshipKey,
  type RelationshipKind,
  STRENGTH_LABELS,
} from '@common-ground/domain';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { errorMessage } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { createRelationship, deleteRelationship, type MapStakeholder, type Relationship, updateRelationship } from '../api/register';
import { RELATIONSHIP_OPTIONS, STRENGTH_OPTIONS } from './options';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';

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
  const [editing, setEditing] = useState<Relationship | null>(null);
  const link = (end: { id: string; name: string }) =>
    end.id === stakeholder.id ? end.name : <Link to={stakeholderUrl(end.id)}>{end.name}</Link>;
  return (
    <section className="panel" aria-labelledby="sm-relationships-title">
      <h2 id="sm-relationships-title">Relationships</h2>
      {relationships.length === 0 ? (
        <EmptyState title="No relationships recorded">
          {mayManage ? <p>Record alliances, tensions, conflicts and dependencies below.</p> : null}
        </EmptyState>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="sm-relationships-caption" tabIndex={0}>
          <table className="table">
            <caption id="sm-relationships-caption" className="visually-hidden">
              Relationships of {stakeholder.name}
            </caption>
            <thead>
              <tr>
                <th scope="col">Relationship</th>
                <th scope="col">Strength</th>
                <th scope="col">Note</th>
                {mayManage ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {relationships.map((relationship) => {
                const sentence = describeRelationship(relationship.kind, relationship.from.name, relationship.to.name);
                return (
                  <tr key={relationship.id}>
                    <th scope="row">
                      {link(relationship.from)} {isDirected(relationship.kind) ? 'depends on' : `— ${relationship.kind} —`}{' '}
                      {link(relationship.to)}
                    </th>
                    <td>{STRENGTH_LABELS[relationship.strength]}</td>
                    <td>{relationship.note ?? '—'}</td>
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
                          Edit<span className="visually-hidden"> {sentence}</span>
                        </button>
                        <ConfirmButton
                          className="button button-small button-danger-quiet"
                          aria-label={`Remove: ${sentence}`}
                          title="Remove this relationship?"
                          message={<p>{sentence}. It disappears from the map.</p>}
                          confirmLabel="Remove"
                          describeError={errorMessage}
                          onConfirm={async () => {
                            await deleteRelationship(processRef, relationship.id);
                            onChanged(`Removed: ${sentence}.`);
                          }}
                        >
                          Remove
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
            onChanged(`Saved: ${describeRelationship(saved.kind, saved.from.name, saved.to.name)}.`);
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
  const { form, submit, formErrors } = useCgForm<NewValues>({
    defaultValues: { kind: 'alliance', direction: 'outgoing', otherId: '', strength: '2', note: '' },
    fields: ['kind', 'strength', 'note'],
    aliases: { fromId: 'otherId', toId: 'otherId' },
    onSubmit: async (values) => {
      const outgoing = !isDirected(values.kind) || values.direction === 'outgoing';
      const [fromId, toId] = outgoing ? [stakeholder.id, values.otherId] : [values.otherId, stakeholder.id];
      if (existing.has(relationshipKey(values.kind, fromId, toId))) {
        form.setError('otherId', { message: 'This relationship is already recorded.' }, { shouldFocus: true });
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
      onAdded(`Added: ${describeRelationship(saved.kind, saved.from.name, saved.to.name)}.`);
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
      <h3 id="sm-add-relationship-title">Add a relationship</h3>
      <FormAlert messages={formErrors} />
      <SelectField label="Kind" options={RELATIONSHIP_OPTIONS} error={errors.kind?.message} {...form.register('kind')} />
      {isDirected(kind) ? (
        <SelectField
          label="Direction"
          options={[
            { value: 'outgoing', label: `${stakeholder.name} depends on the other` },
            { value: 'incoming', label: `The other depends on ${stakeholder.name}` },
          ]}
          {...form.register('direction')}
        />
      ) : null}
      <SelectField
        label="Other stakeholder"
        options={[
          { value: '', label: 'Choose…' },
          ...others.filter((other) => other.id !== stakeholder.id).map((other) => ({ value: other.id, label: other.name })),
        ]}
        error={errors.otherId?.message}
        {...form.register('otherId', { required: 'Choose the other stakeholder.' })}
      />
      <SelectField label="Strength" options={STRENGTH_OPTIONS} error={errors.strength?.message} {...form.register('strength')} />
      <TextField label="Note" maxLength={REGISTER_LIMITS.relationshipNoteMax} error={errors.note?.message} {...form.register('note')} />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>Add relationship</SubmitButton>
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
    <Dialog open onClose={onClose} title={`${relationship.from.name} and ${relationship.to.name}`}>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <SelectField
          label="Kind"
          hint={`A dependency reads “${relationship.from.name} depends on ${relationship.to.name}”.`}
          options={RELATIONSHIP_OPTIONS}
          error={errors.kind?.message}
          {...form.register('kind')}
        />
        <SelectField label="Strength" options={STRENGTH_OPTIONS} error={errors.strength?.message} {...form.register('strength')} />
        <TextField label="Note" maxLength={REGISTER_LIMITS.relationshipNoteMax} error={errors.note?.message} {...form.register('note')} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>Save relationship</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
