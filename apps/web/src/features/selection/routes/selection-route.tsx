import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useProcessOutlet } from '../../../context/process-context';
import { ConceptNotePanel } from '../components/concept-note-panel';
import { CriteriaPanel } from '../components/criteria-panel';
import { DoNoHarmPanel } from '../components/do-no-harm-panel';
import { InclusionPanel } from '../components/inclusion-panel';
import { InvitationsPanel } from '../components/invitations-panel';
import { MyDemographicsPanel } from '../components/my-demographics-panel';
import { processRefOf } from '../../../context/process-ref';

const m = defineMessages({
  criteria: { id: 'selection.nav.criteria', defaultMessage: 'Criteria and targets' },
  doNoHarm: { id: 'selection.nav.doNoHarm', defaultMessage: 'Do-No-Harm' },
  conceptNote: { id: 'selection.nav.conceptNote', defaultMessage: 'Concept note' },
  invitations: { id: 'selection.nav.invitations', defaultMessage: 'Invitations' },
  inclusion: { id: 'selection.nav.inclusion', defaultMessage: 'Who is missing' },
  aboutYou: { id: 'selection.nav.aboutYou', defaultMessage: 'About you' },
  onThisPage: { id: 'selection.nav.onThisPage', defaultMessage: 'On this page' },
});

/**
 * `/w/:workspaceId/p/:processId/selection`: designing who takes part (Lesson 11 §3): criteria and targets,
 * Do-No-Harm, the concept note, invitations, who is missing, and one's own optional self-declaration.
 */
export function SelectionRoute() {
  const intl = useIntl();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  // Saving one's own answers changes the inclusion view a convener may be looking at on the same page.
  const [declarations, setDeclarations] = useState(0);

  const sections = [
    { id: 'criteria-title', label: intl.formatMessage(m.criteria), shown: true },
    { id: 'do-no-harm-title', label: intl.formatMessage(m.doNoHarm), shown: allowed('selection.doNoHarm.view') },
    { id: 'concept-note-title', label: intl.formatMessage(m.conceptNote), shown: true },
    { id: 'invitations-title', label: intl.formatMessage(m.invitations), shown: allowed('process.invite') },
    { id: 'inclusion-title', label: intl.formatMessage(m.inclusion), shown: allowed('inclusion.view') },
    { id: 'my-demographics-title', label: intl.formatMessage(m.aboutYou), shown: allowed('demographics.self') },
  ].filter((section) => section.shown);

  return (
    <div className="stack-lg">
      <nav className="panel in-page-nav" aria-label={intl.formatMessage(m.onThisPage)}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <CriteriaPanel processRef={processRef} mayManage={allowed('selection.manage')} />
      {allowed('selection.doNoHarm.view') ? (
        <DoNoHarmPanel
          processRef={processRef}
          mayManage={allowed('selection.manage')}
          mayComplete={allowed('selection.doNoHarm.complete')}
        />
      ) : null}
      <ConceptNotePanel processRef={processRef} mayManage={allowed('selection.manage')} />
      {allowed('process.invite') ? <InvitationsPanel processRef={processRef} /> : null}
      {allowed('inclusion.view') ? <InclusionPanel processRef={processRef} reloadKey={String(declarations)} /> : null}
      {allowed('demographics.self') ? (
        <MyDemographicsPanel
          processRef={processRef}
          onSaved={() => {
            setDeclarations((count) => count + 1);
          }}
        />
      ) : null}
    </div>
  );
}
