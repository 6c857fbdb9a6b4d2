import { useEffect } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useBlocker } from 'react-router';
import { Dialog } from '../components/dialog';
import { hasUnsavedChanges, isLeaving } from './leave-guard';

/**
 * The one guard against losing typed text (mounted once, in the root layout): a link or tab clicked
 * while a form is dirty opens a confirmation, and closing or reloading the browser tab asks through
 * the browser's own prompt (`beforeunload`).
 */
const m = defineMessages({
  title: { id: 'common.leave.title', defaultMessage: 'You have unsaved changes. Leave anyway?' },
  body: { id: 'common.leave.body', defaultMessage: 'What you typed on this page has not been saved. If you leave, it is lost.' },
  stay: { id: 'common.leave.stay', defaultMessage: 'Stay on this page' },
  leave: { id: 'common.leave.leave', defaultMessage: 'Leave and lose my changes' },
});

export function LeaveGuard() {
  const intl = useIntl();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => hasUnsavedChanges() && isLeaving(currentLocation, nextLocation));

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  const stay = () => {
    if (blocker.state === 'blocked') blocker.reset();
  };

  return (
    <Dialog open={blocker.state === 'blocked'} onClose={stay} title={intl.formatMessage(m.title)} description={intl.formatMessage(m.body)}>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={stay} autoFocus>
          {intl.formatMessage(m.stay)}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            if (blocker.state === 'blocked') blocker.proceed();
          }}
        >
          {intl.formatMessage(m.leave)}
        </button>
      </div>
    </Dialog>
  );
}
