// Root Mutation fields for Linode interfaces (the `linode` interface generation).
import { factObject } from '../schema/kit/fact-object.js';
import { defineMutations } from '../schema/kit/mutations.js';
import { referenceField } from '../schema/kit/relation.js';
import { Instance } from '../schema/linode/instance.js';
import { InterfaceSettings, LinodeInterface, settingsOf } from '../schema/linode/linode-interface.js';
import { VPC } from '../schema/networking/vpc.js';

const linodeInterface = { field: 'linodeInterface', child: LinodeInterface, parent: (p: Record<string, string>) => p.linodeId };

const InterfacesUpgrade = factObject({
  name: 'LinodeInterfacesUpgrade',
  schema: 'LinodeInterfacesUpgrade',
  description: "What upgrading a Linode to Linode interfaces makes (or, in a dry run, would make) of a config's interfaces.",
});

InterfacesUpgrade.relate('interfaces.public.ipv4.shared', (t) => ({
  instance: referenceField(t, Instance, 'linode_id', 'The Linode the address is shared from.'),
}));
InterfacesUpgrade.relate('interfaces.vpc', (t) => ({ vpc: referenceField(t, VPC, 'vpc_id', 'The VPC of the interface.') }));

defineMutations({
  createLinodeInterface: {
    op: 'POST /linode/instances/{linodeId}/interfaces',
    description: 'Adds a public, VPC or VLAN interface to a Linode on Linode interfaces.',
    input: 'The interface: one of public, vpc or vlan, its default route and optionally a firewall.',
    returns: linodeInterface,
  },
  updateLinodeInterface: {
    op: 'PUT /linode/instances/{linodeId}/interfaces/{interfaceId}',
    id: 'interfaceId',
    description: "Changes an interface's addresses or default route.",
    input: 'Changes to the interface (of its own kind).',
    returns: linodeInterface,
  },
  deleteLinodeInterface: {
    op: 'DELETE /linode/instances/{linodeId}/interfaces/{interfaceId}',
    id: 'interfaceId',
    description: 'Removes an interface from a Linode.',
    returns: 'deleted',
  },
  updateLinodeInterfaceSettings: {
    op: 'PUT /linode/instances/{linodeId}/interfaces/settings',
    description: "Turns Network Helper on or off, or moves a Linode's default routes to other interfaces.",
    input: 'The settings to change.',
    returns: {
      field: 'settings',
      child: {
        config: { name: 'LinodeInterfaceSettings' },
        ref: InterfaceSettings.ref,
        adopt: (answer, linodeId) => settingsOf(answer, linodeId),
      },
      parent: (p) => p.linodeId,
    },
  },
  upgradeLinodeInterfaces: {
    op: 'POST /linode/instances/{linodeId}/upgrade-interfaces',
    description: 'Moves a Linode from config interfaces to Linode interfaces (with dryRun, only shows what they would be).',
    input: 'The config whose interfaces to convert, and whether to only try.',
    optionalInput: true,
    returns: {
      field: 'upgrade',
      child: { config: { name: 'LinodeInterfacesUpgrade' }, ref: InterfacesUpgrade.ref, adopt: (answer) => answer },
      parent: (p) => p.linodeId,
    },
  },
});
