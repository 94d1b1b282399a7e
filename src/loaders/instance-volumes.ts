// Volumes of many instances at once. Linode has no batch endpoint and cannot filter volumes by
// linode_id, but the account's volume list carries linode_id: one page of 500 usually holds every
// volume, so it replaces one request per instance, unless reading it whole costs more
// (`listIfCheaper`, src/loaders/by-id.ts).
import DataLoader from 'dataloader';
import { requestLoader, type GatewayContext } from '../context.js';
import { listIfCheaper } from './by-id.js';
import { MAX_PAGE_SIZE } from '../rest/page-plan.js';

type Volume = Record<string, unknown> & { id: number; linode_id: number | null };

export function instanceVolumesLoader(ctx: GatewayContext): DataLoader<string, Volume[]> {
  return requestLoader(
    ctx,
    'instance-volumes',
    () =>
      new DataLoader<string, Volume[]>(
        async (ids) => {
          // One instance: its own list, unless the account's is on its way already (the operation
          // asked for volumes under a list: src/loaders/catalog-prefetch.ts).
          if (ids.length === 1 && !ctx.upstream.startedPage('/volumes', 1, MAX_PAGE_SIZE))
            return [
              await ctx.upstream.all<Volume>(`/linode/instances/${ids[0]}/volumes`, { operation: 'GET /linode/instances/{id}/volumes' }),
            ];
          // Without the account's list: one request per instance.
          const volumes = await listIfCheaper<Volume>(ctx, '/volumes', 'GET /volumes', () => ids.length);
          if (!volumes) {
            return Promise.all(
              ids.map((id) =>
                ctx.upstream.all<Volume>(`/linode/instances/${id}/volumes`, { operation: 'GET /linode/instances/{id}/volumes' }),
              ),
            );
          }
          const byInstance = new Map<string, Volume[]>();
          for (const volume of volumes) {
            if (volume.linode_id == null) continue;
            const key = String(volume.linode_id);
            byInstance.set(key, [...(byInstance.get(key) ?? []), volume]);
          }
          return ids.map((id) => (byInstance.get(id) ?? []).sort((a, b) => a.id - b.id));
        },
        { cacheKeyFn: (id) => String(id) },
      ),
  );
}
