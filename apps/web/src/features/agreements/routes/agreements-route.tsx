import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { useProcessOutlet } from '../../../context/process-context';
import { AccountabilityMapPanel } from '../components/accountability-map';
import { ConfidentialityPanel } from '../components/confidentiality';
import { GrievanceProcedurePanel } from '../components/grievance-procedure';
import { GroundRules } from '../components/ground-rules';
import { processRefOf } from '../../../context/process-ref';

/** `/w/:workspaceId/p/:processId/agreements`: ground rules, accountability, grievance procedure, confidentiality. */
const m = untyped(
  defineMessages({
    nav: { id: 'agreements.route.nav', defaultMessage: 'On this page' },
    groundRules: { id: 'agreements.route.groundRules', defaultMessage: 'Ground rules' },
    accountability: { id: 'agreements.route.accountability', defaultMessage: 'Accountability map' },
    grievance: { id: 'agreements.route.grievance', defaultMessage: 'Grievance procedure' },
    confidentiality: { id: 'agreements.route.confidentiality', defaultMessage: 'Confidentiality' },
  }),
);

export function AgreementsRoute() {
  const intl = useIntl();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  return (
    <div className="stack-lg">
      <nav className="panel in-page-nav" aria-label={intl.formatMessage(m.nav)}>
        <ul>
          <li>
            <a href="#ground-rules-title">{intl.formatMessage(m.groundRules)}</a>
          </li>
          <li>
            <a href="#accountability-title">{intl.formatMessage(m.accountability)}</a>
          </li>
          <li>
            <a href="#grievance-title">{intl.formatMessage(m.grievance)}</a>
          </li>
          <li>
            <a href="#confidentiality-title">{intl.formatMessage(m.confidentiality)}</a>
          </li>
        </ul>
      </nav>
      <GroundRules processRef={processRef} mayPropose={allowed('groundRules.propose')} mayManage={allowed('groundRules.manage')} />
      <AccountabilityMapPanel processRef={processRef} mayManage={allowed('accountability.manage')} />
      <GrievanceProcedurePanel processRef={processRef} mayManage={allowed('agreements.manage')} />
      <ConfidentialityPanel processRef={processRef} mayManage={allowed('agreements.manage')} />
    </div>
  );
}
