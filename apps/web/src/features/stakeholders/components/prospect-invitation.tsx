import { LIMITS, PROCESS_INVITATION_ROLES, type ProcessInvitationRole } from '@common-ground/domain';
import { useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { defineMessages, type IntlShape, useIntl } from 'react-intl';
import { errorMessage } from '../../../api';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { InvitationSent } from '../../../components/invitation-mail';
import { ErrorState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { inviteProspect, listGroups, type ProspectDetail, type ProspectInvitation } from '../api/register';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import { INVITATION_ROLE_MESSAGES } from '../../../i18n/domain-labels';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// An alternate stands in for a participant chosen from the members: the Selection tab's invitations offer that.
const roleOptions = (intl: IntlShape) =>
  PROCESS_INVITATION_ROLES.filter((role) => role !== 'alternate').map((role) => ({
    value: role,
    label: intl.formatMessage(INVITATION_ROLE_MESSAGES[role]),
  }));

const m = untyped(
  defineMessages({
    title: { id: 'stakeholders.prospectInvitation.title', defaultMessage: 'Invitation to the process' },
    alreadyInvited: {
      id: 'stakeholders.prospectInvitation.alreadyInvited',
      defaultMessage:
        'This prospect has been invited. Send a new invitation only if the earlier link expired; revoke a pending one on the Selection tab first.',
    },
    intro: {
      id: 'stakeholders.prospectInvitation.intro',
      defaultMessage:
        'Invite this person with a role. They accept with a new or an existing account, take part in the process and become active here.',
    },
    open: { id: 'stakeholders.prospectInvitation.open', defaultMessage: 'Invite to the process' },
    formLabel: { id: 'stakeholders.prospectInvitation.formLabel', defaultMessage: 'Invite {name} to the process' },
    email: { id: 'stakeholders.prospectInvitation.email', defaultMessage: 'E-mail address' },
    emailHint: {
      id: 'stakeholders.prospectInvitation.emailHint',
      defaultMessage: 'Your role does not show the prospect’s address: enter the one they gave you.',
    },
    emailMissing: {
      id: 'stakeholders.prospectInvitation.emailMissing',
      defaultMessage: 'Enter the e-mail address to send the invitation to.',
    },
    tooLong: { id: 'stakeholders.prospectInvitation.tooLong', defaultMessage: 'Use at most {max} characters.' },
    emailInvalid: { id: 'stakeholders.prospectInvitation.emailInvalid', defaultMessage: 'Enter an e-mail address like name@example.org.' },
    role: { id: 'stakeholders.prospectInvitation.role', defaultMessage: 'Role in the process' },
    group: { id: 'stakeholders.prospectInvitation.group', defaultMessage: 'Stakeholder group represented' },
    groupHint: { id: 'stakeholders.prospectInvitation.groupHint', defaultMessage: 'Add stakeholder groups on the Members tab first.' },
    noGroup: { id: 'stakeholders.prospectInvitation.noGroup', defaultMessage: 'No group' },
    indispensable: { id: 'stakeholders.prospectInvitation.indispensable', defaultMessage: '{name} (indispensable)' },
    inviting: { id: 'stakeholders.prospectInvitation.inviting', defaultMessage: 'Inviting…' },
    send: { id: 'stakeholders.prospectInvitation.send', defaultMessage: 'Send the invitation' },
    cancel: { id: 'stakeholders.prospectInvitation.cancel', defaultMessage: 'Cancel' },
  }),
);

interface Values {
  email: string;
  role: Exclude<ProcessInvitationRole, 'alternate'>;
  stakeholderGroupId: string;
}

/**
 * "Invite to the process" on a prospect's page: the process invitation linked to the prospect, so they
 * become invited now and active when they accept. The link goes to them by e-mail.
 */
export function ProspectInvitation({
  processRef,
  prospect,
  onInvited,
}: {
  processRef: ProcessRef;
  prospect: ProspectDetail;
  onInvited: (invitation: ProspectInvitation) => void;
}) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<ProspectInvitation | null>(null);
  const formId = useId();
  const alreadyInvited = prospect.status === 'invited';

  return (
    <section className="panel" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(alreadyInvited ? m.alreadyInvited : m.intro)}</p>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => {
          setCreated(null);
          setOpen(!open);
        }}
      >
        {intl.formatMessage(m.open)}
      </button>
      {open ? (
        <InviteForm
          id={formId}
          processRef={processRef}
          prospect={prospect}
          onCancel={() => setOpen(false)}
          onInvited={(invitation) => {
            setOpen(false);
            setCreated(invitation);
            onInvited(invitation);
          }}
        />
      ) : null}
      <div role="status">{created ? <InvitationSent invitation={created} /> : null}</div>
    </section>
  );
}

function InviteForm({
  id,
  processRef,
  prospect,
  onCancel,
  onInvited,
}: {
  id: string;
  processRef: ProcessRef;
  prospect: ProspectDetail;
  onCancel: () => void;
  onInvited: (invitation: ProspectInvitation) => void;
}) {
  const intl = useIntl();
  const groups = useResource(`stakeholder-groups:${processRef.processId}`, (signal) => listGroups(processRef, signal));
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: { email: prospect.email ?? '', role: 'participant', stakeholderGroupId: '' },
    // The prospect's own problems (a status that cannot become invited) come back on prospectId: shown at the top.
    fields: ['email', 'role', 'stakeholderGroupId'],
    onSubmit: async (values) => {
      onInvited(
        await inviteProspect(processRef, prospect.id, {
          email: values.email.trim(),
          role: values.role,
          stakeholderGroupId: values.role === 'participant' && values.stakeholderGroupId ? values.stakeholderGroupId : undefined,
        }),
      );
    },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const represents = useWatch({ control, name: 'role' }) === 'participant';

  return (
    <form
      id={id}
      noValidate
      className="form"
      aria-label={intl.formatMessage(m.formLabel, { name: prospect.name })}
      onSubmit={(event) => void submit(event)}
    >
      <FormAlert messages={formErrors} />
      <div className="field-pair">
        <TextField
          label={intl.formatMessage(m.email)}
          type="email"
          autoComplete="off"
          required
          hint={prospect.email === undefined ? intl.formatMessage(m.emailHint) : undefined}
          error={errors.email?.message}
          {...register('email', {
            required: intl.formatMessage(m.emailMissing),
            maxLength: { value: LIMITS.emailMax, message: intl.formatMessage(m.tooLong, { max: LIMITS.emailMax }) },
            pattern: { value: EMAIL_PATTERN, message: intl.formatMessage(m.emailInvalid) },
          })}
        />
        <SelectField label={intl.formatMessage(m.role)} options={roleOptions(intl)} error={errors.role?.message} {...register('role')} />
      </div>
      {represents ? (
        groups.error ? (
          <ErrorState message={errorMessage(groups.error)} onRetry={groups.reload} />
        ) : (
          <SelectField
            label={intl.formatMessage(m.group)}
            hint={groups.data && !groups.data.items.length ? intl.formatMessage(m.groupHint) : undefined}
            options={[
              { value: '', label: intl.formatMessage(m.noGroup) },
              ...(groups.data?.items ?? []).map((group) => ({
                value: group.id,
                label: group.indispensable ? intl.formatMessage(m.indispensable, { name: group.name }) : group.name,
              })),
            ]}
            error={errors.stakeholderGroupId?.message}
            {...register('stakeholderGroupId')}
          />
        )
      ) : null}
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={intl.formatMessage(m.inviting)}>
          {intl.formatMessage(m.send)}
        </SubmitButton>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}
