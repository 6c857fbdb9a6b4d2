import { LIMITS, ROLE_LABELS, WORKSPACE_ROLES, type WorkspaceRole } from '@common-ground/domain';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors, type Invitation } from '../../../api';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { createInvitation } from '../api/workspaces';

interface Values {
  email: string;
  role: WorkspaceRole;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function absoluteUrl(url: string): string {
  return new URL(url, window.location.origin).toString();
}

export function InviteForm({ workspaceId, onInvited }: { workspaceId: string; onInvited: (invitation: Invitation) => void }) {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [created, setCreated] = useState<Invitation | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { email: '', role: 'member' } });

  const onSubmit = async (values: Values) => {
    setFormErrors([]);
    setCreated(null);
    try {
      const invitation = await createInvitation(workspaceId, { email: values.email.trim(), role: values.role });
      setCreated(invitation);
      reset();
      onInvited(invitation);
    } catch (error) {
      setFormErrors(applyFieldErrors(error, setError, ['email', 'role']));
    }
  };

  return (
    <>
      <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)} className="form form-inline">
        <FormAlert messages={formErrors} />
        <TextField
          label="E-mail address"
          type="email"
          autoComplete="off"
          required
          error={errors.email?.message}
          {...register('email', {
            required: 'Enter the e-mail address of the person to invite.',
            maxLength: { value: LIMITS.emailMax, message: `Use at most ${String(LIMITS.emailMax)} characters.` },
            pattern: { value: EMAIL_PATTERN, message: 'Enter an e-mail address like name@example.org.' },
          })}
        />
        <SelectField
          label="Role"
          options={WORKSPACE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          error={errors.role?.message}
          {...register('role')}
        />
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel="Inviting…">
            Invite
          </SubmitButton>
        </div>
      </form>
      <div role="status">{created?.acceptUrl ? <InvitationLink invitation={created} url={absoluteUrl(created.acceptUrl)} /> : null}</div>
    </>
  );
}

/** E-mail delivery does not exist yet, so the inviter passes the link on themselves. */
function InvitationLink({ invitation, url }: { invitation: Invitation; url: string }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('no');
    }
  };

  return (
    <div className="alert alert-success invitation-link">
      <p>
        Invitation created for <strong>{invitation.email}</strong>. Send them this link; it works until{' '}
        {new Date(invitation.expiresAt).toLocaleDateString()}.
      </p>
      <label htmlFor={id}>Invitation link</label>
      <div className="copy-row">
        <input
          ref={inputRef}
          id={id}
          readOnly
          value={url}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className="form-status">
        {copied === 'yes' ? 'Link copied.' : null}
        {copied === 'no' ? 'Copying is not allowed here; the link is selected, press Ctrl+C (⌘C) to copy it.' : null}
      </p>
    </div>
  );
}
