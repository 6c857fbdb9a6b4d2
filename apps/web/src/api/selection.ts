/** Designing the process (issue 3): selection, Do-No-Harm, concept note, process invitations, inclusion. */
import type { components } from './schema';

type Schemas = components['schemas'];

export type SelectionCriteria = Schemas['SelectionCriteriaDto'];
export type SelectionCriteriaInput = Schemas['SaveSelectionCriteriaDto'];
export type DoNoHarm = Schemas['DoNoHarmDto'];
export type DoNoHarmAnswerInput = Schemas['DoNoHarmAnswerInputDto'];
export type ConceptNote = Schemas['ConceptNoteDto'];
export type ConceptNoteVersion = Schemas['ConceptNoteVersionDto'];
export type ConceptNoteVersionList = Schemas['ConceptNoteVersionListDto'];
export type ProcessInvitation = Schemas['ProcessInvitationDto'];
export type CreateProcessInvitationInput = Schemas['CreateProcessInvitationDto'];
export type Demographics = Schemas['DemographicsDto'];
export type DemographicsInput = Schemas['SaveDemographicsDto'];
export type Inclusion = Schemas['InclusionDto'];
export type Breakdown = Schemas['BreakdownDto'];
