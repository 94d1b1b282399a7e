// Volumes of many instances at once. Linode has no batch endpoint and cannot filter volumes by
// linode_id, but the account's volume list carries linode_id: one page of 500 usually holds every
// volume, so it replaces one request per instance. When the account has more volume pages than
// instances asked for, per-instance requests are cheaper and are used instead.
import DataLoader from 'dataloader';
import { requestLoader, type GatewayContext } from '../context.js';
import { MAX_PAGE_SIZE } from '../rest/pagination.js';

type Volume = Record<string, unknown> & { id: number; linode_id: number | null };

export function instanceVolumesLoader(ctx: GatewayContext): DataLoader<string, Volume[]> {
  return requestLoader(ctx, 'instance-volumes', () =>
    new DataLoader<string, Volume[]>(
      async (ids) => {
        if (ids.length === 1) return [await ctx.upstream.all<Volume>(`/linode/instances/${ids[0]}/volumes`, { operation: 'GET /linode/instances/{id}/volumes' })];
        const first = await ctx.upstream.page<Volume>('/volumes', 1, MAX_PAGE_SIZE, { operation: 'GET /volumes' });
        const remainingPages = first.pages - 1;
        if (remainingPages >= ids.length) {
          return Promise.all(ids.map((id) => ctx.upstream.all<Volume>(`/linode/instances/${id}/volumes`, { operation: 'GET /linode/instances/{id}/volumes' })));
        }
        const rest = await Promise.all(
          Array.from({ length: remainingPages }, (_, i) => ctx.upstream.page<Volume>('/volumes', i + 2, MAX_PAGE_SIZE, { operation: 'GET /volumes' })),
        );
        const byInstance = new Map<string, Volume[]>();
        for (const volume of [...first.data, ...rest.flatMap((p) => p.data)]) {
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
