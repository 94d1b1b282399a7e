// A React page with Apollo Client: the first instances, each with its region and plan (whose
// prices are per region: `regionPrices { regionId ... }`, embedded in the plan by the generated
// type policies), and a "Load more" button paging with fetchMore (relayStylePagination merges).
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

interface InstancesPageData {
  instances: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        label: string | null;
        status: string | null;
        region: { id: string; label: string | null } | null;
        type: {
          id: string;
          label: string | null;
          regionPrices: Array<{ regionId: string | null; monthly: number | null } | null> | null;
        } | null;
      };
    }>;
  } | null;
}

export const INSTANCES_PAGE: TypedDocumentNode<InstancesPageData, { first: number; after?: string | null }> = gql`
  query InstancesPage($first: Int!, $after: String) {
    instances(first: $first, after: $after, orderBy: { field: LABEL, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          label
          status
          region {
            id
            label
          }
          type {
            id
            label
            regionPrices {
              regionId
              monthly
            }
          }
        }
      }
    }
  }
`;

/** The plan's monthly price in the instance's region, when Linode prices that region apart. */
function monthlyIn(node: NonNullable<InstancesPageData['instances']>['edges'][number]['node']): number | null {
  return node.type?.regionPrices?.find((price) => price?.regionId === node.region?.id)?.monthly ?? null;
}

export function InstancesPage({ first = 10 }: { first?: number }) {
  const { data, error, loading, fetchMore } = useQuery(INSTANCES_PAGE, { variables: { first } });
  if (loading && !data) return <p>Loading…</p>;
  if (error && !data) return <p role="alert">{error.message}</p>;
  const instances = data?.instances;
  if (!instances) return <p>No instances.</p>;
  return (
    <main>
      <h1>{`Instances (${instances.edges.length} of ${instances.totalCount})`}</h1>
      <table>
        <tbody>
          {instances.edges.map(({ node }) => (
            <tr key={node.id} data-id={node.id}>
              <td>{node.label}</td>
              <td>{node.status}</td>
              <td>{node.region?.label}</td>
              <td>{node.type?.label}</td>
              <td>{monthlyIn(node) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {instances.pageInfo.hasNextPage && (
        <button onClick={() => void fetchMore({ variables: { after: instances.pageInfo.endCursor } })}>Load more</button>
      )}
    </main>
  );
}
