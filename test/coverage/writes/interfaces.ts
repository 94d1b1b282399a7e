// Write cases for Linode interfaces.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Iface = { id: number; vlan: { vlan_label: string } | null };
/** A Linode on Linode interfaces with room for one more (at most three). */
const roomy = (e: Emulator) =>
  e.store.instances.find(
    (i) => i.interface_generation === 'linode' && (e.store.today[`/linode/instances/${i.id}/interfaces`] ?? []).length < 2,
  )!;
/** The interface the first case made, and its Linode. */
const made = (e: Emulator) =>
  e.store.instances
    .map((i) => ({
      linode: i.id,
      iface: (e.store.today[`/linode/instances/${i.id}/interfaces`] as unknown as Iface[] | undefined)?.find(
        (f) => f.vlan?.vlan_label === 'coverage-vlan',
      ),
    }))
    .find((m) => m.iface)!;
const legacy = (e: Emulator) => e.store.instances.find((i) => i.interface_generation === 'legacy_config')!;

export const cases: WriteCase[] = [
  {
    mutation: 'createLinodeInterface',
    document: `mutation($linode: ID!) { createLinodeInterface(linodeId: $linode, input: { vlan: { vlanLabel: "coverage-vlan", ipamAddress: "10.0.5.2/24" } }) {
      linodeInterface { id linodeId vlan { vlanLabel ipamAddress } } userErrors { field message } } }`,
    variables: (e) => ({ linode: roomy(e).id }),
    returns: 'linodeInterface',
  },
  {
    mutation: 'updateLinodeInterface',
    document: `mutation($linode: ID!, $id: ID!) { updateLinodeInterface(linodeId: $linode, id: $id, input: { defaultRoute: { ipv4: false } }) {
      linodeInterface { id version } userErrors { field message } } }`,
    variables: (e) => ({ linode: made(e).linode, id: made(e).iface!.id }),
    returns: 'linodeInterface',
  },
  {
    mutation: 'updateLinodeInterfaceSettings',
    document: `mutation($linode: ID!) { updateLinodeInterfaceSettings(linodeId: $linode, input: { networkHelper: false }) {
      settings { networkHelper defaultRoute { ipv4InterfaceId } } userErrors { field message } } }`,
    variables: (e) => ({ linode: made(e).linode }),
    returns: 'settings',
  },
  {
    mutation: 'deleteLinodeInterface',
    document: `mutation($linode: ID!, $id: ID!) { deleteLinodeInterface(linodeId: $linode, id: $id) { deletedId userErrors { field message } } }`,
    variables: (e) => {
      // Linode deletes an interface only while its Linode is shut down (techdocs: Delete a Linode interface).
      const { linode, iface } = made(e);
      e.store.instances.find((i) => i.id === linode)!.status = 'offline';
      return { linode, id: iface!.id };
    },
    returns: 'deletedId',
  },
  {
    mutation: 'upgradeLinodeInterfaces',
    document: `mutation($linode: ID!) { upgradeLinodeInterfaces(linodeId: $linode, input: { dryRun: true }) {
      upgrade { configId dryRun interfaces { interfaceId public { ipv4 { addresses { address } } } } } userErrors { field message } } }`,
    variables: (e) => ({ linode: legacy(e).id }),
    returns: 'upgrade',
  },
];
