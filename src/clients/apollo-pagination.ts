// Apollo's relayStylePagination pages through `edges`; the gateway's connections also offer the
// shorter `nodes`, which relayStylePagination alone keeps as of the last page only. This policy
// is relayStylePagination with `nodes` too: a page that selects only `nodes` is stored as edges
// (without cursors: the next page is appended after them) and `nodes` is read from the edges.
import type { FieldPolicy, Reference } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

type KeyArgs = Parameters<typeof relayStylePagination>[0];
type Edge = { cursor?: string; node: Reference };
type Page = { edges?: Edge[]; nodes?: Reference[]; pageInfo?: unknown; [extra: string]: unknown };
type Stored = { edges: Edge[]; pageInfo: unknown; [extra: string]: unknown };

export function connectionPagination(keyArgs: KeyArgs): FieldPolicy<Stored | null, Page | null, Page | null> {
  const relay = relayStylePagination(keyArgs) as unknown as FieldPolicy<Stored | null, Page | null, Page | null>;
  const readRelay = relay.read;
  const mergeRelay = relay.merge;
  if (typeof readRelay !== 'function' || typeof mergeRelay !== 'function') throw new Error('relayStylePagination changed shape');
  return {
    keyArgs: relay.keyArgs,
    read(existing, options) {
      const page = readRelay(existing, options);
      if (!page?.edges) return page;
      return {
        ...page,
        nodes: page.edges.map((edge) => options.readField<Reference>('node', edge as unknown as Reference)) as Reference[],
      };
    },
    merge(existing, incoming, options) {
      if (incoming && !incoming.edges && Array.isArray(incoming.nodes)) {
        const { nodes, ...rest } = incoming;
        return mergeRelay(existing, { ...rest, edges: nodes.map((node) => ({ node })) }, options);
      }
      if (incoming && 'nodes' in incoming) {
        const { nodes: _nodes, ...rest } = incoming;
        return mergeRelay(existing, rest, options);
      }
      return mergeRelay(existing, incoming, options);
    },
  };
}
