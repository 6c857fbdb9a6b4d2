import { useProcessOutlet } from '../../../context/process-context';
import { AccountabilityMapPanel } from '../components/accountability-map';
import { ConfidentialityPanel } from '../components/confidentiality';
import { GrievanceProcedurePanel } from '../components/grievance-procedure';
import { GroundRules } from '../components/ground-rules';
import { processRefOf } from '../../../context/process-ref';

/** `/w/:workspaceId/p/:processId/agreements`: ground rules, accountability, grievance procedure, confidentiality. */
export function AgreementsRoute() {
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  return (
    <div className="stack-lg">
      <nav className="panel in-page-nav" aria-label="On this page">
        <ul>
          <li>
            <a href="#ground-rules-title">Ground rules</a>
          </li>
          <li>
            <a href="#accountability-title">Accountability map</a>
          </li>
          <li>
            <a href="#grievance-title">Grievance procedure</a>
          </li>
          <li>
            <a href="#confidentiality-title">Confidentiality</a>
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
