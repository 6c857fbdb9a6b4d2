import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    criteria: {
      id: 'selection.conflict.criteria',
      defaultMessage:
        'Someone else saved the selection criteria meanwhile. Reload to see their version; your changes here will be replaced.',
    },
    doNoHarm: {
      id: 'selection.conflict.doNoHarm',
      defaultMessage:
        'Someone else saved the Do-No-Harm assessment meanwhile. Reload to see their version; your changes here will be replaced.',
    },
    conceptNote: {
      id: 'selection.conflict.conceptNote',
      defaultMessage:
        'Someone else saved a newer version of the concept note meanwhile. Reload to see their version; your changes here will be replaced.',
    },
    reload: { id: 'selection.conflict.reload', defaultMessage: 'Reload' },
  }),
);

/** Someone else saved first (409): the reader reloads to see their text before editing again. */
export function VersionConflict({ document, onReload }: { document: 'criteria' | 'doNoHarm' | 'conceptNote'; onReload: () => void }) {
  const intl = useIntl();
  return (
    <div className="alert alert-warning" role="alert">
      <p>{intl.formatMessage(m[document])}</p>
      <button type="button" className="button" onClick={onReload}>
        {intl.formatMessage(m.reload)}
      </button>
    </div>
  );
}
