import { Initial1795440228881 } from '@common-ground/migrations/1795440228881-Initial';
import { Charters1795443504364 } from '@common-ground/migrations/1795443504364-Charters';
import { AcquaintAgreements1795444348064 } from '@common-ground/migrations/1795444348064-AcquaintAgreements';
import { GroundRuleComments1795444662518 } from '@common-ground/migrations/1795444662518-GroundRuleComments';
import { StakeholderGroups1795446710784 } from '@common-ground/migrations/1795446710784-StakeholderGroups';
import { ParticipantAlternates1795447327722 } from '@common-ground/migrations/1795447327722-ParticipantAlternates';
import { FramingPlans1795448665177 } from '@common-ground/migrations/1795448665177-FramingPlans';
import { SelectionInclusion1795449194776 } from '@common-ground/migrations/1795449194776-SelectionInclusion';
import { Initiation1795448725299 } from '@common-ground/migrations/1795448725299-Initiation';
import { StakeholderRegister1795448668461 } from '@common-ground/migrations/1795448668461-StakeholderRegister';
import { ProspectInvitations1795452535455 } from '@common-ground/migrations/1795452535455-ProspectInvitations';
import { AuditTrail1796487190001 } from '@common-ground/migrations/1796487190001-AuditTrail';
import { InvitationAddressee1796530000001 } from '@common-ground/migrations/1796530000001-InvitationAddressee';
import { MailOutbox1796490000000 } from '@common-ground/migrations/1796490000000-MailOutbox';
import { Jobs1796500000001 } from '@common-ground/migrations/1796500000001-Jobs';
import { AccountSecurity1796510000001 } from '@common-ground/migrations/1796510000001-AccountSecurity';
import { Notifications1796520000001 } from '@common-ground/migrations/1796520000001-Notifications';
import { TwoFactorMembers1796540000001 } from '@common-ground/migrations/1796540000001-TwoFactorMembers';
import { Languages1796550000001 } from '@common-ground/migrations/1796550000001-Languages';
import { Meetings1796570000003 } from '@common-ground/migrations/1796570000003-Meetings';
import { ProvenAddresses1796560000002 } from '@common-ground/migrations/1796560000002-ProvenAddresses';
import { PersonalTimeZones1796570000001 } from '@common-ground/migrations/1796570000001-PersonalTimeZones';
import { DecisionMeetings1796570000004 } from '@common-ground/migrations/1796570000004-DecisionMeetings';
import { Decisions1796570000002 } from '@common-ground/migrations/1796570000002-Decisions';
import { ImplementTracking1795450743790 } from '@common-ground/migrations/1795450743790-ImplementTracking';

/**
 * Every migration, in order. It lives outside migrations/ so that folder only ever gains files:
 * `npm run migration:generate -- <Name>` writes a new one; add it here.
 */
export const MIGRATIONS: Function[] = [
  Initial1795440228881,
  Charters1795443504364,
  AcquaintAgreements1795444348064,
  GroundRuleComments1795444662518,
  StakeholderGroups1795446710784,
  ParticipantAlternates1795447327722,
  FramingPlans1795448665177,
  StakeholderRegister1795448668461,
  Initiation1795448725299,
  SelectionInclusion1795449194776,
  ImplementTracking1795450743790,
  ProspectInvitations1795452535455,
  AuditTrail1796487190001,
  MailOutbox1796490000000,
  Jobs1796500000001,
  AccountSecurity1796510000001,
  Notifications1796520000001,
  InvitationAddressee1796530000001,
  TwoFactorMembers1796540000001,
  Languages1796550000001,
  ProvenAddresses1796560000002,
  PersonalTimeZones1796570000001,
  Decisions1796570000002,
  Meetings1796570000003,
  DecisionMeetings1796570000004,
];
