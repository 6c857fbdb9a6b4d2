import { FACILITATION_RESOURCE_KINDS, FACILITATION_RESOURCE_LABELS, type FacilitationResourceKind } from '@common-ground/domain';
import { Badge } from '../../../components/states';
import { facilitationResourcesApi } from '../api/initiation';
import type { FacilitationResource, FacilitationResourceInput } from '../api/types';
import { ItemList } from './item-list';
import type { ProcessRef } from '../../../context/process-ref';

const KIND_OPTIONS = FACILITATION_RESOURCE_KINDS.map((kind) => ({ value: kind, label: FACILITATION_RESOURCE_LABELS[kind] }));

/** Facilitators, venues, interpreters…, and whether each is secured (Lesson 11 §2, "Facilitation resources"). */
export function FacilitationResourcesPanel({
  processRef,
  mayManage,
  onChanged,
}: {
  processRef: ProcessRef;
  mayManage: boolean;
  onChanged: () => void;
}) {
  return (
    <ItemList<FacilitationResource, FacilitationResourceInput>
      processRef={processRef}
      name="facilitation-resources"
      title="Facilitation resources"
      headingLevel={2}
      description="A skilled facilitator or facilitation team, who may or may not be the convener, is necessary for careful process design and guidance; facilitation needs specialised training."
      noun="resource"
      emptyTitle="No facilitation resources yet"
      emptyHint="Add the facilitators, venues and interpreters the process needs."
      searchLabel="Search facilitation resources"
      listApi={facilitationResourcesApi}
      mayManage={mayManage}
      onChanged={onChanged}
      fields={[
        { name: 'kind', label: 'Kind', kind: 'select', options: KIND_OPTIONS },
        { name: 'description', label: 'Description', kind: 'textarea', required: 'Describe the resource.', max: 1000 },
        { name: 'secured', label: 'Secured', kind: 'checkbox' },
      ]}
      toValues={(resource) => ({
        kind: resource?.kind ?? 'facilitator',
        description: resource?.description ?? '',
        secured: resource?.secured ?? false,
      })}
      toInput={(values) => ({
        kind: values.kind as FacilitationResourceKind,
        description: String(values.description).trim(),
        secured: values.secured === true,
      })}
      describe={(resource) => ({
        title: `${FACILITATION_RESOURCE_LABELS[resource.kind]}: ${resource.description}`,
        details: (
          <span>
            <Badge tone={resource.secured ? 'accent' : 'warning'}>{resource.secured ? 'Secured' : 'Not secured yet'}</Badge>
          </span>
        ),
      })}
    />
  );
}
