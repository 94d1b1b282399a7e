// Root Mutation fields for firewalls and VPCs.
import { defineMutations } from '../schema/kit/mutations.js';
import { FirewallDevice } from '../schema/networking/firewall-device.js';
import { Firewall } from '../schema/networking/firewall.js';
import { VPCSubnet } from '../schema/networking/vpc-subnet.js';
import { VPC } from '../schema/networking/vpc.js';

const firewall = { field: 'firewall', resource: Firewall };
const vpc = { field: 'vpc', resource: VPC };

defineMutations({
  createFirewall: {
    op: 'POST /networking/firewalls',
    description: 'Creates a firewall, with its rules and the devices it protects.',
    returns: firewall,
  },
  updateFirewall: {
    op: 'PUT /networking/firewalls/{firewallId}',
    id: 'firewallId',
    description: 'Renames, retags, enables or disables a firewall.',
    returns: firewall,
  },
  deleteFirewall: {
    op: 'DELETE /networking/firewalls/{firewallId}',
    id: 'firewallId',
    description: 'Deletes a firewall.',
    returns: 'deleted',
  },
  // Linode answers the rules alone: the firewall is read again when selected.
  updateFirewallRules: {
    op: 'PUT /networking/firewalls/{firewallId}/rules',
    id: 'firewallId',
    description: "Replaces a firewall's inbound and outbound rules.",
    returns: { ...firewall, reload: true },
  },
  createFirewallDevice: {
    op: 'POST /networking/firewalls/{firewallId}/devices',
    description: 'Puts an instance or NodeBalancer behind a firewall.',
    returns: { field: 'device', child: FirewallDevice, parent: (params) => params.firewallId },
  },
  deleteFirewallDevice: {
    op: 'DELETE /networking/firewalls/{firewallId}/devices/{deviceId}',
    id: 'deviceId',
    description: 'Takes a device out from behind a firewall.',
    returns: 'deleted',
  },

  createVPC: { op: 'POST /vpcs', description: 'Creates a VPC, optionally with subnets.', returns: vpc },
  updateVPC: { op: 'PUT /vpcs/{vpcId}', id: 'vpcId', description: "Changes a VPC's label or description.", returns: vpc },
  deleteVPC: { op: 'DELETE /vpcs/{vpcId}', id: 'vpcId', description: 'Deletes a VPC that has no instances in it.', returns: 'deleted' },
  createVPCSubnet: {
    op: 'POST /vpcs/{vpcId}/subnets',
    description: 'Adds a subnet to a VPC.',
    returns: { field: 'subnet', child: VPCSubnet, parent: (params) => params.vpcId },
  },
  updateVPCSubnet: {
    op: 'PUT /vpcs/{vpcId}/subnets/{vpcSubnetId}',
    id: 'vpcSubnetId',
    description: 'Renames a subnet.',
    returns: { field: 'subnet', child: VPCSubnet, parent: (params) => params.vpcId },
  },
  deleteVPCSubnet: {
    op: 'DELETE /vpcs/{vpcId}/subnets/{vpcSubnetId}',
    id: 'vpcSubnetId',
    description: 'Deletes a subnet with no instances in it.',
    returns: 'deleted',
  },
});
