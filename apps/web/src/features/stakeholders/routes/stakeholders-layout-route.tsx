import { defineMessages, useIntl } from 'react-intl';
import { NavLink, Outlet } from 'react-router';
import { useProcessOutlet } from '../../../context/process-context';
import { useRegister } from '../components/use-register';
import '../stakeholders.css';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    nav: { id: 'stakeholders.nav.label', defaultMessage: 'Stakeholder mapping' },
    register: { id: 'stakeholders.nav.register', defaultMessage: 'Register' },
    grid: { id: 'stakeholders.nav.grid', defaultMessage: 'Influence and interest' },
    map: { id: 'stakeholders.nav.map', defaultMessage: 'Relationship map' },
    prospects: { id: 'stakeholders.nav.prospects', defaultMessage: 'Prospects' },
  }),
);

/** `/w/:workspaceId/p/:processId/stakeholders/*`: the register, its two pictures and the prospective participants. */
export function StakeholdersLayoutRoute() {
  const intl = useIntl();
  const outlet = useProcessOutlet();
  const { base } = useRegister();
  return (
    <div className="stack-lg">
      <nav className="sm-subnav" aria-label={intl.formatMessage(m.nav)}>
        <NavLink to={base} end>
          {intl.formatMessage(m.register)}
        </NavLink>
        <NavLink to={`${base}/grid`}>{intl.formatMessage(m.grid)}</NavLink>
        <NavLink to={`${base}/map`}>{intl.formatMessage(m.map)}</NavLink>
        <NavLink to={`${base}/prospects`}>{intl.formatMessage(m.prospects)}</NavLink>
      </nav>
      <Outlet context={outlet} />
    </div>
  );
}
