// Root Mutation fields for firewalls, VPCs and IP addresses.
import { defineMutations, type MutationChild } from '../schema/kit/mutations.js';
import { FirewallDevice } from '../schema/networking/firewall-device.js';
import { Firewall } from '../schema/networking/firewall.js';
import { IPAddress } from '../schema/networking/ip-address.js';
import { IPv6Range } from '../schema/networking/vlan.js';
import { VPCSubnet } from '../schema/networking/vpc-subnet.js';
import { VPC } from '../schema/networking/vpc.js';

const firewall = { field: 'firewall', resource: Firewall };
const vpc = { field: 'vpc', resource: VPC };
const ipAddress = { field: 'ipAddress', resource: IPAddress };
/** A new range as Linode answers it (its range with the prefix length, and its route target). */
const range: MutationChild = { config: { name: 'IPv6Range' }, ref: IPv6Range.ref, adopt: (answer) => answer };

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

  allocateIPAddress: {
    op: 'POST /networking/ips',
    description: 'Adds an IPv4 address to an instance (public, or its one private address).',
    returns: ipAddress,
  },
  updateIPAddress: {
    op: 'PUT /networking/ips/{address}',
    id: 'address',
    description: "Sets an address's reverse DNS (null restores Linode's default).",
    returns: ipAddress,
  },
  assignIPAddresses: {
    op: 'POST /networking/ips/assign',
    description: 'Moves IPv4 addresses between instances of one region, all at once.',
    returns: 'none',
  },
  shareIPAddresses: {
    op: 'POST /networking/ips/share',
    description: 'Sets the addresses of other instances an instance may also answer on (failover), replacing the list.',
    returns: 'none',
  },
  assignIPv4Addresses: {
    op: 'POST /networking/ipv4/assign',
    description: 'Moves IPv4 addresses between instances of one region (the older form of assignIPAddresses).',
    returns: 'none',
  },
  shareIPv4Addresses: {
    op: 'POST /networking/ipv4/share',
    description: 'Sets the addresses an instance may also answer on (the older form of shareIPAddresses).',
    returns: 'none',
  },
  createIPv6Range: {
    op: 'POST /networking/ipv6/ranges',
    description: 'Routes a new /64 or /56 IPv6 range to an instance.',
    returns: { field: 'range', child: range, parent: () => '' },
  },
  deleteIPv6Range: {
    op: 'DELETE /networking/ipv6/ranges/{range}',
    id: 'range',
    description: 'Removes an IPv6 range.',
    returns: 'deleted',
  },
});
