import { HOST_NAME_MAX, HOSTING_MODEL_LABELS, HOSTING_MODELS, HOSTS_MAX, type HostingModel } from '@common-ground/domain';
import { useState } from 'react';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { getHosting, saveHosting } from '../api/initiation';
import type { Hosting } from '../api/types';
import { SavedStamp } from './document-form';
import { lines } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

/** What each arrangement means, after Lesson 11 §2 ("Initiator, convener, host"). */
const MODEL_HINTS: Record<HostingModel, string> = {
  single_host: 'One agency convenes and hosts: the official face of the process, seen as impartial and with enough authority.',
  co_hosts: 'Partners co-host meetings, e.g. a key agency with the CSOs that instigated the process.',
  rotation: 'The host function rotates among different agencies, to appeal to different groups.',
};

interface Values {
  model: HostingModel;
  hosts: string;
  rotationNote: string;
}

/** Who convenes the process and who hosts its meetings. */
export function HostingPanel({ processRef, mayManage, onChanged }: { processRef: ProcessRef; mayManage: boolean; onChanged: () => void }) {
  const resource = useResource<Hosting>(`hosting:${processRef.processId}`, (signal) => getHosting(processRef, signal));
  const [status, setStatus] = useState('');
  const data = resource.data;

  return (
    <section className="panel" aria-labelledby="hosting-title">
      <h2 id="hosting-title">Convener and hosts</h2>
      <p className="muted">
        The convener is the official face of the process. Where the initiators do not enjoy that position, they can convince a key agency to
        play this role and partner with it as co-initiators.
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={resource} loading="Loading the host arrangement…" />
      {data && mayManage ? (
        <HostingForm
          key={data.version}
          processRef={processRef}
          data={data}
          onSaved={(saved) => {
            resource.setData(saved);
            setStatus('The host arrangement was saved.');
            onChanged();
          }}
        />
      ) : null}
      {data && !mayManage ? (
        data.model ? (
          <dl className="facts">
            <div>
              <dt>Arrangement</dt>
              <dd>{HOSTING_MODEL_LABELS[data.model]}</dd>
            </div>
            <div>
              <dt>Hosts</dt>
              <dd>{data.hosts.join(', ')}</dd>
            </div>
            {data.rotationNote ? (
              <div>
                <dt>How hosting is shared</dt>
                <dd className="prose">{data.rotationNote}</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p>No host arrangement is recorded yet.</p>
        )
      ) : null}
    </section>
  );
}

function HostingForm({ processRef, data, onSaved }: { processRef: ProcessRef; data: Hosting; onSaved: (saved: Hosting) => void }) {
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<Values, Hosting>({
    defaultValues: { model: data.model ?? 'single_host', hosts: data.hosts.join('\n'), rotationNote: data.rotationNote },
    fields: ['model', 'hosts', 'rotationNote'],
    conflict: { parse: versioned<Hosting>, onTakeTheirs: onSaved },
    onSubmit: async (values, { over }) => {
      onSaved(
        await saveHosting(processRef, {
          model: values.model,
          hosts: lines(values.hosts),
          rotationNote: values.rotationNote.trim(),
          version: (over ?? data).version,
        }),
      );
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate className="form" aria-labelledby="hosting-title" onSubmit={(event) => void submit(event)}>
      <SavedStamp updatedAt={data.updatedAt} updatedBy={data.updatedBy} />
      {conflict ? (
        <ConflictNotice what="the host arrangement" busy={isSubmitting} onKeepMine={() => void keepMine()} onTakeTheirs={takeTheirs} />
      ) : null}
      <FormAlert messages={formErrors} />
      <fieldset className="radio-group">
        <legend>Arrangement</legend>
        {HOSTING_MODELS.map((model) => (
          <div key={model} className="radio">
            <input id={`hosting-${model}`} type="radio" value={model} {...register('model')} />
            <label htmlFor={`hosting-${model}`}>
              {HOSTING_MODEL_LABELS[model]}
              <span className="muted">{MODEL_HINTS[model]}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        label="Hosts"
        hint="One organisation per line: the convener first, then co-hosts or the agencies the host function rotates among."
        rows={3}
        required
        error={errors.hosts?.message}
        {...register('hosts', {
          validate: (value) => {
            const hosts = lines(value);
            if (hosts.length === 0) return 'Name at least one host.';
            if (hosts.length > HOSTS_MAX) return `Name at most ${String(HOSTS_MAX)} hosts.`;
            return hosts.every((host) => host.length <= HOST_NAME_MAX) ? true : `Keep each name under ${String(HOST_NAME_MAX)} characters.`;
          },
        })}
      />
      <TextAreaField
        label="How hosting is shared"
        hint="For co-hosts or rotation: who hosts which meetings, and in what order."
        rows={2}
        error={errors.rotationNote?.message}
        {...register('rotationNote', { validate: (value) => (value.length > 2000 ? 'Use at most 2000 characters.' : true) })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save the host arrangement</SubmitButton>
      </div>
    </form>
  );
}
