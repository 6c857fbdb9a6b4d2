import { NavLink, Outlet } from 'react-router';
import { useProcessOutlet } from '../../../context/process-context';
import { useRegister } from '../components/use-register';
import '../stakeholders.css';

/** `/w/:workspaceId/p/:processId/stakeholders/*`: the register, its two pictures and the prospective participants. */
export function StakeholdersLayoutRoute() {
  const outlet = useProcessOutlet();
  const { base } = useRegister();
  return (
    <div className="stack-lg">
      <nav className="sm-subnav" aria-label="Stakeholder mapping">
        <NavLink to={base} end>
          Register
        </NavLink>
        <NavLink to={`${base}/grid`}>Influence and interest</NavLink>
        <NavLink to={`${base}/map`}>Relationship map</NavLink>
        <NavLink to={`${base}/prospects`}>Prospects</NavLink>
      </nav>
      <Outlet context={outlet} />
    </div>
  );
}
