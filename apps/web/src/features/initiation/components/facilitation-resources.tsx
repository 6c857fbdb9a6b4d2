import { FACILITATION_RESOURCE_KINDS, type FacilitationResourceKind } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { Badge } from '../../../components/states';
import { facilitationResourcesApi } from '../api/initiation';
import type { FacilitationResource, FacilitationResourceInput } from '../api/types';
import { ItemList } from './item-list';
import { untyped } from '../../../i18n/untyped';
import type { ProcessRef } from '../../../context/process-ref';
import { FACILITATION_RESOURCE_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    title: { id: 'initiation.resources.title', defaultMessage: 'Facilitation resources' },
    description: {
      id: 'initiation.resources.description',
      defaultMessage:
        'A skilled facilitator or facilitation team, who may or may not be the convener, is necessary for careful process design and guidance; facilitation needs specialised training.',
    },
    empty: { id: 'initiation.resources.empty', defaultMessage: 'No facilitation resources yet' },
    emptyHint: { id: 'initiation.resources.emptyHint', defaultMessage: 'Add the facilitators, venues and interpreters the process needs.' },
    search: { id: 'initiation.resources.search', defaultMessage: 'Search facilitation resources' },
    loading: { id: 'initiation.resources.loading', defaultMessage: 'Loading facilitation resources…' },
    addHeading: { id: 'initiation.resources.addHeading', defaultMessage: 'Add a resource' },
    addButton: { id: 'initiation.resources.addButton', defaultMessage: 'Add resource' },
    added: { id: 'initiation.resources.added', defaultMessage: 'The resource was added.' },
    removeTitle: { id: 'initiation.resources.removeTitle', defaultMessage: 'Remove this resource?' },
    conflict: {
      id: 'initiation.resources.conflict',
      defaultMessage: 'Someone changed this resource meanwhile. The list has been reloaded: check it and try again.',
    },
    kind: { id: 'initiation.resources.kind', defaultMessage: 'Kind' },
    descriptionLabel: { id: 'initiation.resources.descriptionLabel', defaultMessage: 'Description' },
    descriptionRequired: { id: 'initiation.resources.descriptionRequired', defaultMessage: 'Describe the resource.' },
    secured: { id: 'initiation.resources.secured', defaultMessage: 'Secured' },
    notSecured: { id: 'initiation.resources.notSecured', defaultMessage: 'Not secured yet' },
    row: { id: 'initiation.resources.row', defaultMessage: '{kind}: {description}' },
  }),
);

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
  const intl = useIntl();
  const t = (message: (typeof messages)[keyof typeof messages]) => intl.formatMessage(message);
  const kindOptions = FACILITATION_RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(FACILITATION_RESOURCE_MESSAGES[kind]) }));
  return (
    <ItemList<FacilitationResource, FacilitationResourceInput>
      processRef={processRef}
      name="facilitation-resources"
      title={t(messages.title)}
      headingLevel={2}
      description={t(messages.description)}
      texts={{
        loading: t(messages.loading),
        addHeading: t(messages.addHeading),
        addButton: t(messages.addButton),
        added: t(messages.added),
        removeTitle: t(messages.removeTitle),
        conflict: t(messages.conflict),
      }}
      emptyTitle={t(messages.empty)}
      emptyHint={t(messages.emptyHint)}
      searchLabel={t(messages.search)}
      listApi={facilitationResourcesApi}
      mayManage={mayManage}
      onChanged={onChanged}
      fields={[
        { name: 'kind', label: t(messages.kind), kind: 'select', options: kindOptions },
        {
          name: 'description',
          label: t(messages.descriptionLabel),
          kind: 'textarea',
          required: t(messages.descriptionRequired),
          max: 1000,
        },
        { name: 'secured', label: t(messages.secured), kind: 'checkbox' },
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
        title: intl.formatMessage(messages.row, {
          kind: t(FACILITATION_RESOURCE_MESSAGES[resource.kind]),
          description: resource.description,
        }),
        details: (
          <span>
            <Badge tone={resource.secured ? 'accent' : 'warning'}>{resource.secured ? t(messages.secured) : t(messages.notSecured)}</Badge>
          </span>
        ),
      })}
    />
  );
}
