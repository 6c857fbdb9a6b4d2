import { HOST_NAME_MAX, MOU_PARTIES_MAX, MOU_STATUS_LABELS, MOU_STATUSES, MOU_TEXT_MAX, type MouStatus } from '@common-ground/domain';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { Badge } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { coreGroupApi, getMou, saveMou } from '../api/initiation';
import type { CoreMember, CoreMemberInput, Mou } from '../api/types';
import { SavedStamp } from './document-form';
import { ItemList } from './item-list';
import { lines } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

const STATUS_OPTIONS = MOU_STATUSES.map((status) => ({ value: status, label: MOU_STATUS_LABELS[status] }));

interface SectionProps {
  processRef: ProcessRef;
  mayManage: boolean;
  onChanged: () => void;
}

/** The core group of initiators and the Memorandum of Understanding that formalises their commitment. */
export function CoreGroupPanel({ processRef, mayManage, onChanged }: SectionProps) {
  return (
    <section className="panel stack-lg" aria-labelledby="core-group-section-title">
      <h2 id="core-group-section-title">Core group and Memorandum of Understanding</h2>
      <p className="muted">
        Ideally the core group of initiators is already multi-stakeholder. Compare objectives and expectations, and clarify the time,
        capacities and other resources each partner is prepared to contribute.
      </p>
      <ItemList<CoreMember, CoreMemberInput>
        processRef={processRef}
        name="core-group"
        title="Core group"
        headingLevel={3}
        description="The committed individuals and organisations who consider the process design and feasibility."
        noun="core group member"
        emptyTitle="No core group members yet"
        emptyHint="Add the first member of the core group below."
        searchLabel="Search the core group"
        listApi={coreGroupApi}
        mayManage={mayManage}
        onChanged={onChanged}
        fields={[
          { name: 'name', label: 'Name', kind: 'text', required: 'Name the member.', max: 200 },
          { name: 'organisation', label: 'Organisation', kind: 'text', required: 'Name their organisation.', max: 200 },
          {
            name: 'contribution',
            label: 'Contribution and role',
            kind: 'textarea',
            max: 2000,
            hint: 'Time, capacities and other resources they are prepared to contribute.',
          },
        ]}
        toValues={(member) => ({
          name: member?.name ?? '',
          organisation: member?.organisation ?? '',
          contribution: member?.contribution ?? '',
        })}
        toInput={(values) => ({
          name: String(values.name).trim(),
          organisation: String(values.organisation).trim(),
          contribution: String(values.contribution).trim(),
        })}
        describe={(member) => ({
          title: member.name,
          details: (
            <>
              <span className="muted">{member.organisation}</span>
              {member.contribution ? <span className="prose">{member.contribution}</span> : null}
            </>
          ),
        })}
      />
      <MouSection processRef={processRef} mayManage={mayManage} onChanged={onChanged} />
    </section>
  );
}

function MouSection({ processRef, mayManage, onChanged }: SectionProps) {
  const fmt = useFormat();
  const resource = useResource<Mou>(`mou:${processRef.processId}`, (signal) => getMou(processRef, signal));
  const [status, setStatus] = useState('');
  const data = resource.data;

  return (
    <section className="stack" aria-labelledby="mou-title">
      <h3 id="mou-title">Memorandum of Understanding</h3>
      {data && data.version > 0 ? (
        <p>
          <Badge tone={data.status === 'agreed' ? 'accent' : 'warning'}>{MOU_STATUS_LABELS[data.status]}</Badge>{' '}
          {data.status === 'agreed' && data.agreedOn ? (
            <span className="muted">
              Agreed {fmt.date(data.agreedOn)} by {data.parties.join(', ')}
            </span>
          ) : null}
        </p>
      ) : null}
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={resource} loading="Loading the memorandum…" />
      {data && mayManage ? (
        <MouForm
          key={data.version}
          processRef={processRef}
          data={data}
          onSaved={(saved) => {
            resource.setData(saved);
            setStatus('The memorandum was saved.');
            onChanged();
          }}
        />
      ) : null}
      {data && !mayManage ? (
        data.version === 0 ? (
          <p>No memorandum is written yet.</p>
        ) : (
          <dl className="facts">
            <div>
              <dt>Parties</dt>
              <dd>{data.parties.length ? data.parties.join(', ') : <span className="muted">None named yet.</span>}</dd>
            </div>
            <div>
              <dt>Text</dt>
              <dd className="prose">{data.text || <span className="muted">Not written.</span>}</dd>
            </div>
          </dl>
        )
      ) : null}
    </section>
  );
}

interface MouValues {
  text: string;
  status: MouStatus;
  agreedOn: string;
  parties: string;
}

function MouForm({ processRef, data, onSaved }: { processRef: ProcessRef; data: Mou; onSaved: (saved: Mou) => void }) {
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<MouValues, Mou>({
    defaultValues: { text: data.text, status: data.status, agreedOn: data.agreedOn ?? '', parties: data.parties.join('\n') },
    fields: ['text', 'status', 'agreedOn', 'parties'],
    conflict: { parse: versioned<Mou>, onTakeTheirs: onSaved },
    onSubmit: async (values, { over }) => {
      onSaved(
        await saveMou(processRef, {
          text: values.text.trim(),
          status: values.status,
          agreedOn: values.status === 'agreed' ? values.agreedOn || null : null,
          parties: lines(values.parties),
          version: (over ?? data).version,
        }),
      );
    },
  });
  const {
    register,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const [filling, setFilling] = useState(false);
  const agreed = useWatch({ control, name: 'status' }) === 'agreed';

  /** The organisations of the core group, each once, as the parties. */
  const fillFromCoreGroup = async () => {
    setFilling(true);
    try {
      const page = await coreGroupApi.page(processRef, { q: '', cursor: null });
      setValue('parties', [...new Set(page.items.map((member) => member.organisation))].join('\n'), { shouldDirty: true });
    } finally {
      setFilling(false);
    }
  };

  return (
    <form noValidate className="form" aria-labelledby="mou-title" onSubmit={(event) => void submit(event)}>
      <SavedStamp updatedAt={data.updatedAt} updatedBy={data.updatedBy} />
      {conflict ? (
        <ConflictNotice what="the memorandum" busy={isSubmitting} onKeepMine={() => void keepMine()} onTakeTheirs={takeTheirs} />
      ) : null}
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="Text of the memorandum"
        hint="The partners’ commitment: objectives, expectations, what each contributes, roles."
        rows={6}
        error={errors.text?.message}
        {...register('text', {
          validate: (value) => (value.length > MOU_TEXT_MAX ? `Use at most ${String(MOU_TEXT_MAX)} characters.` : true),
        })}
      />
      <div className="field-pair">
        <SelectField label="Status" options={STATUS_OPTIONS} error={errors.status?.message} {...register('status')} />
        {agreed ? (
          <TextField
            label="Agreed on"
            type="date"
            required
            error={errors.agreedOn?.message}
            {...register('agreedOn', { validate: (value) => (value ? true : 'Give the date the partners agreed the memorandum.') })}
          />
        ) : null}
      </div>
      <TextAreaField
        label="Parties"
        hint={agreed ? 'One partner per line; an agreed memorandum binds at least two.' : 'One partner per line.'}
        rows={3}
        required={agreed}
        error={errors.parties?.message}
        {...register('parties', {
          validate: (value) => {
            const parties = lines(value);
            if (agreed && parties.length < 2) return 'An agreed memorandum names at least two parties.';
            if (parties.length > MOU_PARTIES_MAX) return `Name at most ${String(MOU_PARTIES_MAX)} parties.`;
            return parties.every((party) => party.length <= HOST_NAME_MAX)
              ? true
              : `Keep each name under ${String(HOST_NAME_MAX)} characters.`;
          },
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save the memorandum</SubmitButton>
        <button type="button" className="button" disabled={filling} onClick={() => void fillFromCoreGroup()}>
          {filling ? 'Filling in…' : 'Use the core group’s organisations as parties'}
        </button>
      </div>
    </form>
  );
}
