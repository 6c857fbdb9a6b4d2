import { useState } from 'react';
import { errorMessage, type TwoFactorEnrolment } from '../../../api';
import { ErrorState } from '../../../components/states';
import { ResourceView } from '../../../components/resource-view';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { disableTwoFactor, getTwoFactor, renewRecoveryCodes, startEnrolment } from '../api/two-factor';
import { RecoveryCodes } from '../components/recovery-codes';
import { EnrolmentForm, ProofForm } from '../components/two-factor-forms';
import '../two-factor.css';

/** `/account/two-factor`: turn two-factor sign-in on or off, renew the recovery codes. */
export function TwoFactorRoute() {
  const fmt = useFormat();
  usePageTitle('Two-factor sign-in');
  const status = useResource('two-factor', (signal) => getTwoFactor(signal));
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const start = async () => {
    setStarting(true);
    setStartError(null);
    setNotice(null);
    try {
      setEnrolment(await startEnrolment());
    } catch (error) {
      setStartError(errorMessage(error));
    } finally {
      setStarting(false);
    }
  };

  return (
    <div className="page page-narrow">
      <h1 tabIndex={-1}>Two-factor sign-in</h1>
      <p>
        With two-factor sign-in, signing in needs your password and a six-digit code from an app on your phone, so a stolen password alone
        does not open your account. Workspaces can require it of conveners and facilitators.
      </p>
      <p role="status" className="form-status">
        {notice}
      </p>
      {codes ? (
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
            status.reload();
          }}
        />
      ) : null}
      <ResourceView resource={status} loading="Loading your two-factor sign-in…">
        {(current) =>
          current.enabled ? (
            <>
              <section className="panel" aria-labelledby="two-factor-on-title">
                <h2 id="two-factor-on-title">On</h2>
                <p>
                  Two-factor sign-in is on{current.enabledAt ? ` since ${fmt.date(current.enabledAt)}` : ''}. You have{' '}
                  {current.recoveryCodesLeft} unused recovery code{current.recoveryCodesLeft === 1 ? '' : 's'}.
                </p>
              </section>
              <section className="panel" aria-labelledby="renew-title">
                <h2 id="renew-title">New recovery codes</h2>
                <p className="muted">Ten new codes replace all the old ones, used or not.</p>
                <ProofForm
                  id="renew"
                  submitLabel="Make new recovery codes"
                  busyLabel="Making codes…"
                  onProof={async (proof) => {
                    setNotice(null);
                    setCodes(await renewRecoveryCodes(proof));
                  }}
                />
              </section>
              <section className="panel" aria-labelledby="disable-title">
                <h2 id="disable-title">Turn off</h2>
                <p className="muted">
                  Signing in will need only your password again, and workspaces that require two-factor sign-in of conveners and
                  facilitators will refuse you in those roles.
                </p>
                <ProofForm
                  id="disable"
                  danger
                  submitLabel="Turn off two-factor sign-in"
                  busyLabel="Turning off…"
                  onProof={async (proof) => {
                    await disableTwoFactor(proof);
                    setCodes(null);
                    setNotice('Two-factor sign-in is off.');
                    status.reload();
                  }}
                />
              </section>
            </>
          ) : codes ? null : (
            <section className="panel" aria-labelledby="two-factor-off-title">
              <h2 id="two-factor-off-title">Off</h2>
              {enrolment ? (
                <EnrolmentForm
                  enrolment={enrolment}
                  onConfirmed={(recoveryCodes) => {
                    setEnrolment(null);
                    setCodes(recoveryCodes);
                    setNotice('Two-factor sign-in is on.');
                  }}
                />
              ) : (
                <>
                  <p>You sign in with your password only.</p>
                  {startError ? <ErrorState message={startError} /> : null}
                  <button type="button" className="button button-primary" disabled={starting} onClick={() => void start()}>
                    {starting ? 'Preparing…' : 'Set up two-factor sign-in'}
                  </button>
                </>
              )}
            </section>
          )
        }
      </ResourceView>
    </div>
  );
}
