// Root Mutation fields for instances: create, update, delete and the power actions.
import type { GatewayContext } from '../context.js';
import { operationFact, type ObjectFact } from '../facts/index.js';
import { builder } from '../schema/builder.js';
import type { LinodeRecord } from '../schema/kit/fact-fields.js';
import { validId } from '../schema/kit/ids.js';
import { factInputRef, toLinodeBody } from '../schema/kit/inputs.js';
import { attempt, payloadRef } from '../schema/kit/mutations.js';
import { tagType } from '../schema/kit/resource.js';
import { Instance } from '../schema/linode/instance.js';

const createFact = operationFact('POST', '/linode/instances').request as ObjectFact;
const updateFact = operationFact('PUT', '/linode/instances/{linodeId}').request as ObjectFact;
const bootFact = operationFact('POST', '/linode/instances/{linodeId}/boot').request as ObjectFact;

const CreateInstanceInput = factInputRef('CreateInstanceInput', createFact, 'A new instance: region and type are required; an image needs a root password.');
const UpdateInstanceInput = factInputRef('UpdateInstanceInput', updateFact, 'Changes to an instance; fields left out stay as they are.');
const BootInstanceInput = factInputRef('BootInstanceInput', bootFact, 'Which configuration to boot; the last one booted when left out.');

const InstancePayload = payloadRef('InstancePayload', { name: 'instance', type: Instance.ref, description: 'The instance after the change.' });
const DeleteInstancePayload = payloadRef('DeleteInstancePayload', { name: 'deletedId', type: 'ID', description: 'The id of the deleted instance; null when it was not deleted.' });
const InstanceActionPayload = payloadRef('InstanceActionPayload', { name: 'instance', type: Instance.ref, description: 'The instance; its status shows the action under way.' });

const path = (id: unknown) => `/linode/instances/${validId('int', id)}`;
const asInstance = (record: LinodeRecord) => tagType(record, 'Instance');

// Every mutation field is nullable: one that fails must not null the results of the others
// in the same request (they may already have happened).
builder.mutationFields((t) => ({
  createInstance: t.field({
    type: InstancePayload,
    nullable: true,
    description: 'Creates an instance.',
    args: { input: t.arg({ type: CreateInstanceInput, required: true }) },
    resolve: (_root, { input }, ctx: GatewayContext) =>
      attempt(async () => asInstance(await ctx.upstream.write<LinodeRecord>('POST', '/linode/instances', toLinodeBody(input, createFact), 'POST /linode/instances'))),
  }),
  updateInstance: t.field({
    type: InstancePayload,
    nullable: true,
    description: 'Changes an instance\'s label, tags, alerts, backup schedule or watchdog.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateInstanceInput, required: true }) },
    resolve: (_root, { id, input }, ctx: GatewayContext) =>
      attempt(async () => asInstance(await ctx.upstream.write<LinodeRecord>('PUT', path(id), toLinodeBody(input, updateFact), 'PUT /linode/instances/{id}'))),
  }),
  deleteInstance: t.field({
    type: DeleteInstancePayload,
    nullable: true,
    description: 'Deletes an instance and its disks, configs and backups.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx: GatewayContext) =>
      attempt(async () => {
        await ctx.upstream.write('DELETE', path(id), undefined, 'DELETE /linode/instances/{id}');
        return validId('int', id);
      }),
  }),
  ...Object.fromEntries(
    (['boot', 'reboot', 'shutdown'] as const).map((action) => [
      `${action}Instance`,
      t.field({
        type: InstanceActionPayload,
        nullable: true,
        description: `${action[0].toUpperCase()}${action.slice(1)}s an instance.`,
        args: { id: t.arg.id({ required: true }), ...(action === 'shutdown' ? {} : { input: t.arg({ type: BootInstanceInput, required: false }) }) },
        resolve: (_root: unknown, args: { id: string; input?: Record<string, unknown> | null }, ctx: GatewayContext) =>
          attempt(async () => {
            const body = args.input ? toLinodeBody(args.input, bootFact) : undefined;
            await ctx.upstream.write('POST', `${path(args.id)}/${action}`, body, `POST /linode/instances/{id}/${action}`);
            return validId('int', args.id);
          }),
      }),
    ]),
  ),
}));
