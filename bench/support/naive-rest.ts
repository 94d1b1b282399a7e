// The Dashboard's data fetched over REST the naive way, as a browser page would: the instance list,
// then each relation of each instance, 6 requests at a time (a browser's connections per host).
import { DEMO_TOKEN } from 'linode-emulator';

export async function naiveDashboard(baseUrl: string, first = 50): Promise<number> {
  let requests = 0;
  const get = async <T>(path: string): Promise<T> => {
    requests += 1;
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    return (await response.json()) as T;
  };
  const list = await get<{ data: Array<{ id: number; region: string; type: string; image: string | null }> }>(
    `/linode/instances?page_size=${Math.max(25, first)}`,
  );
  const tasks: Array<() => Promise<unknown>> = [];
  for (const i of list.data.slice(0, first)) {
    tasks.push(
      () => get(`/regions/${i.region}`),
      () => get(`/linode/types/${i.type}`),
    );
    if (i.image) tasks.push(() => get(`/images/${i.image}`));
    tasks.push(
      () => get(`/linode/instances/${i.id}/disks`),
      () => get(`/linode/instances/${i.id}/volumes`),
    );
    tasks.push(async () => {
      const configs = await get<{ data: Array<{ kernel: string }> }>(`/linode/instances/${i.id}/configs`);
      await Promise.all(configs.data.map((c) => get(`/linode/kernels/${c.kernel}`)));
    });
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
  return requests;
}
