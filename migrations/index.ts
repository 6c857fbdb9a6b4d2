import { StakeholderGroups1795446710784 } from './1795446710784-StakeholderGroups';
import { ParticipantAlternates1795447327722 } from './1795447327722-ParticipantAlternates';
import { Initial1795440228881 } from './1795440228881-Initial';
import { GroundRuleComments1795444662518 } from './1795444662518-GroundRuleComments';
import { AcquaintAgreements1795444348064 } from './1795444348064-AcquaintAgreements';
import { Charters1795443504364 } from './1795443504364-Charters';

// Every migration, in order. `npm run migration:generate -- <Name>` writes a new file; add it here.
export const MIGRATIONS: Function[] = [Initial1795440228881, Charters1795443504364, AcquaintAgreements1795444348064, GroundRuleComments1795444662518, StakeholderGroups1795446710784, ParticipantAlternates1795447327722];
