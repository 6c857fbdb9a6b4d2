import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { errorMessage, type TwoFactorEnrolment } from '../../../api';
import { ErrorState } from '../../../components/states';
import { ResourceView } from '../../../components/resource-view';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { disableTwoFactor, getTwoFactor, renewRecoveryCodes, startEnrolment } from '../api/two-factor';
import { RecoveryCodes } from '../components/recovery-codes';
import { EnrolmentForm, ProofForm } from '../components/two-factor-forms';
import { untyped } from '../../../i18n/untyped';
import '../two-factor.css';

const m = untyped(
  defineMessages({
    title: { id: 'auth.twoFactor.title', defaultMessage: 'Two-factor sign-in' },
    intro: {
      id: 'auth.twoFactor.intro',
      defaultMessage:
        'With two-factor sign-in, signing in needs your password and a six-digit code from an app on your phone, so a stolen password alone does not open your account. Workspaces can require it of conveners and facilitators.',
    },
    loading: { id: 'auth.twoFactor.loading', defaultMessage: 'Loading your two-factor sign-in…' },
    on: { id: 'auth.twoFactor.on', defaultMessage: 'On' },
    onSince: {
      id: 'auth.twoFactor.onSince',
      defaultMessage:
        'Two-factor sign-in is on{since, select, none {} other { since {since}}}. You have {count, plural, one {# unused recovery code} other {# unused recovery codes}}.',
    },
    renewTitle: { id: 'auth.twoFactor.renewTitle', defaultMessage: 'New recovery codes' },
    renewHelp: { id: 'auth.twoFactor.renewHelp', defaultMessage: 'Ten new codes replace all the old ones, used or not.' },
    renew: { id: 'auth.twoFactor.renew', defaultMessage: 'Make new recovery codes' },
    renewing: { id: 'auth.twoFactor.renewing', defaultMessage: 'Making codes…' },
    offTitle: { id: 'auth.twoFactor.offTitle', defaultMessage: 'Turn off' },
    offHelp: {
      id: 'auth.twoFactor.offHelp',
      defaultMessage:
        'Signing in will need only your password again, and workspaces that require two-factor sign-in of conveners and facilitators will refuse you in those roles.',
    },
    turnOff: { id: 'auth.twoFactor.turnOff', defaultMessage: 'Turn off two-factor sign-in' },
    turningOff: { id: 'auth.twoFactor.turningOff', defaultMessage: 'Turning off…' },
    isOff: { id: 'auth.twoFactor.isOff', defaultMessage: 'Two-factor sign-in is off.' },
    isOn: { id: 'auth.twoFactor.isOn', defaultMessage: 'Two-factor sign-in is on.' },
    off: { id: 'auth.twoFactor.off', defaultMessage: 'Off' },
    passwordOnly: { id: 'auth.twoFactor.passwordOnly', defaultMessage: 'You sign in with your password only.' },
    preparing: { id: 'auth.twoFactor.preparing', defaultMessage: 'Preparing…' },
    setUp: { id: 'auth.twoFactor.setUp', defaultMessage: 'Set up two-factor sign-in' },
  }),
);

/** `/account/two-factor`: turn two-factor sign-in on or off, renew the recovery codes. */
export function TwoFactorRoute() {
  const intl = useIntl();
  const fmt = useFormat();
  usePageTitle(intl.formatMessage(m.title));
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
      <h1 tabIndex={-1}>{intl.formatMessage(m.title)}</h1>
      <p>{intl.formatMessage(m.intro)}</p>
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
      <ResourceView resource={status} loading={intl.formatMessage(m.loading)}>
        {(current) =>
          current.enabled ? (
            <>
              <section className="panel" aria-labelledby="two-factor-on-title">
                <h2 id="two-factor-on-title">{intl.formatMessage(m.on)}</h2>
                <p>
                  {intl.formatMessage(m.onSince, {
                    since: current.enabledAt ? fmt.date(current.enabledAt) : 'none',
                    count: current.recoveryCodesLeft,
                  })}
                </p>
              </section>
              <section className="panel" aria-labelledby="renew-title">
                <h2 id="renew-title">{intl.formatMessage(m.renewTitle)}</h2>
                <p className="muted">{intl.formatMessage(m.renewHelp)}</p>
                <ProofForm
                  id="renew"
                  submitLabel={intl.formatMessage(m.renew)}
                  busyLabel={intl.formatMessage(m.renewing)}
                  onProof={async (proof) => {
                    setNotice(null);
                    setCodes(await renewRecoveryCodes(proof));
                  }}
                />
              </section>
              <section className="panel" aria-labelledby="disable-title">
                <h2 id="disable-title">{intl.formatMessage(m.offTitle)}</h2>
                <p className="muted">{intl.formatMessage(m.offHelp)}</p>
                <ProofForm
                  id="disable"
                  danger
                  submitLabel={intl.formatMessage(m.turnOff)}
                  busyLabel={intl.formatMessage(m.turningOff)}
                  onProof={async (proof) => {
                    await disableTwoFactor(proof);
                    setCodes(null);
                    setNotice(intl.formatMessage(m.isOff));
                    status.reload();
                  }}
                />
              </section>
            </>
          ) : codes ? null : (
            <section className="panel" aria-labelledby="two-factor-off-title">
              <h2 id="two-factor-off-title">{intl.formatMessage(m.off)}</h2>
              {enrolment ? (
                <EnrolmentForm
                  enrolment={enrolment}
                  onConfirmed={(recoveryCodes) => {
                    setEnrolment(null);
                    setCodes(recoveryCodes);
                    setNotice(intl.formatMessage(m.isOn));
                  }}
                />
              ) : (
                <>
                  <p>{intl.formatMessage(m.passwordOnly)}</p>
                  {startError ? <ErrorState message={startError} /> : null}
                  <button type="button" className="button button-primary" disabled={starting} onClick={() => void start()}>
                    {intl.formatMessage(starting ? m.preparing : m.setUp)}
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
