import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { Dialog } from '../components/dialog';
import { hasUnsavedChanges, isLeaving } from './leave-guard';

/**
 * The one guard against losing typed text (mounted once, in the root layout): a link or tab clicked
 * while a form is dirty opens a confirmation, and closing or reloading the browser tab asks through
 * the browser's own prompt (`beforeunload`).
 */
export function LeaveGuard() {
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
    <Dialog
      open={blocker.state === 'blocked'}
      onClose={stay}
      title="You have unsaved changes. Leave anyway?"
      description="What you typed on this page has not been saved. If you leave, it is lost."
    >
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={stay} autoFocus>
          Stay on this page
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            if (blocker.state === 'blocked') blocker.proceed();
          }}
        >
          Leave and lose my changes
        </button>
      </div>
    </Dialog>
  );
}
