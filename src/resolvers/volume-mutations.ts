// Root Mutation fields for volumes.
import type { GatewayContext } from '../context.js';
import { operationFact, type ObjectFact } from '../facts/index.js';
import { builder } from '../schema/builder.js';
import type { LinodeRecord } from '../schema/kit/fact-fields.js';
import { validId } from '../schema/kit/ids.js';
import { factInputRef, toLinodeBody } from '../schema/kit/inputs.js';
import { attempt, payloadRef } from '../schema/kit/mutations.js';
import { tagType } from '../schema/kit/resource.js';
import { Volume } from '../schema/volumes/volume.js';

const createFact = operationFact('POST', '/volumes').request as ObjectFact;
const updateFact = operationFact('PUT', '/volumes/{volumeId}').request as ObjectFact;
const attachFact = operationFact('POST', '/volumes/{volumeId}/attach').request as ObjectFact;

const CreateVolumeInput = factInputRef('CreateVolumeInput', createFact, 'A new volume: a label, and a region or an instance to attach to.');
const UpdateVolumeInput = factInputRef('UpdateVolumeInput', updateFact, 'Changes to a volume.');
const AttachVolumeInput = factInputRef('AttachVolumeInput', attachFact, 'The instance (and optionally config) to attach the volume to.');

const VolumePayload = payloadRef('VolumePayload', { name: 'volume', type: Volume.ref, description: 'The volume after the change.' });

const path = (id: unknown) => `/volumes/${validId('int', id)}`;
const asVolume = (record: LinodeRecord) => tagType(record, 'Volume');

// Every mutation field is nullable: one that fails must not null the results of the others
// in the same request (they may already have happened).
builder.mutationFields((t) => ({
  createVolume: t.field({
    type: VolumePayload,
    nullable: true,
    description: 'Creates a block storage volume.',
    args: { input: t.arg({ type: CreateVolumeInput, required: true }) },
    resolve: (_root, { input }, ctx: GatewayContext) =>
      attempt(async () => asVolume(await ctx.upstream.write<LinodeRecord>('POST', '/volumes', toLinodeBody(input, createFact), 'POST /volumes'))),
  }),
  updateVolume: t.field({
    type: VolumePayload,
    nullable: true,
    description: 'Changes a volume\'s label or tags.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateVolumeInput, required: true }) },
    resolve: (_root, { id, input }, ctx: GatewayContext) =>
      attempt(async () => asVolume(await ctx.upstream.write<LinodeRecord>('PUT', path(id), toLinodeBody(input, updateFact), 'PUT /volumes/{id}'))),
  }),
  attachVolume: t.field({
    type: VolumePayload,
    nullable: true,
    description: 'Attaches a volume to an instance in its region.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: AttachVolumeInput, required: true }) },
    resolve: (_root, { id, input }, ctx: GatewayContext) =>
      attempt(async () => asVolume(await ctx.upstream.write<LinodeRecord>('POST', `${path(id)}/attach`, toLinodeBody(input, attachFact), 'POST /volumes/{id}/attach'))),
  }),
  detachVolume: t.field({
    type: VolumePayload,
    nullable: true,
    description: 'Detaches a volume from its instance.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx: GatewayContext) =>
      attempt(async () => {
        await ctx.upstream.write('POST', `${path(id)}/detach`, undefined, 'POST /volumes/{id}/detach');
        return validId('int', id); // the volume is read again when selected
      }),
  }),
  deleteVolume: t.field({
    type: payloadRef('DeleteVolumePayload', { name: 'deletedId', type: 'ID', description: 'The id of the deleted volume; null when it was not deleted.' }),
    nullable: true,
    description: 'Deletes a detached volume.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx: GatewayContext) =>
      attempt(async () => {
        await ctx.upstream.write('DELETE', path(id), undefined, 'DELETE /volumes/{id}');
        return validId('int', id);
      }),
  }),
}));
