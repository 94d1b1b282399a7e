import { entityFields, entityUnion } from '../kit/entity.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { Domain } from '../domains/domain.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { Volume } from '../volumes/volume.js';
import { LongviewClient } from '../longview/longview-client.js';
import { ManagedService } from '../managed/managed-service.js';
import { Firewall } from '../networking/firewall.js';
import { VPC } from '../networking/vpc.js';
import { PlacementGroup } from '../placement/placement-group.js';
import { StackScript } from '../linode/stackscript.js';
import { PersonalAccessToken } from '../profile/personal-access-token.js';
import { SSHKey } from '../profile/ssh-key.js';
import { SupportTicket } from '../support/support-ticket.js';
import { OAuthClient } from './oauth-client.js';

/** What events, support tickets and Managed issues are about, when it is a resource of this graph. */
export const entityField = entityUnion(
  'Entity',
  'A resource of this graph that Linode names as the subject of an event, a ticket or a Managed issue.',
  () => ({
    linode: Instance,
    volume: Volume,
    domain: Domain,
    nodebalancer: NodeBalancer,
    firewall: Firewall,
    stackscript: StackScript,
    ticket: SupportTicket,
    managed_service: ManagedService,
    longview: LongviewClient,
    user_ssh_key: SSHKey,
    oauth_client: OAuthClient,
    token: PersonalAccessToken,
    vpc: VPC,
    placement_group: PlacementGroup,
  }),
);

export const Event = defineResource({
  name: 'Event',
  schema: 'Event',
  description: 'Something that happened on the account: a boot, a volume attached, a domain created.',
  path: '/account/events',
  idKind: 'int',
  root: { one: 'event', many: 'events' },
  omit: ['entity', 'secondary_entity'],
  relations: (t): FieldMap => ({
    ...entityFields(
      t,
      entityField,
      (e) => e.entity,
      'The resource the event is about (null for types outside this graph, or deleted since), loaded only when selected and batched.',
    ),
    secondaryEntity: entityField(
      t,
      (e) => e.secondary_entity,
      'A second resource involved, such as the instance a volume was attached to.',
    ),
  }),
});
