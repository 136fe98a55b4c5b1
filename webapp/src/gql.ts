// GraphQL reads, at the same origin.
export class GraphQLError extends Error {}

export async function gql<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!r.ok && r.status !== 200) {
    let msg = `HTTP ${r.status}`;
    try {
      const b = await r.json();
      if (b.errors?.length) msg = b.errors.map((e: { message: string }) => e.message).join('; ');
    } catch { /* not JSON */ }
    throw new GraphQLError(`GraphQL: ${msg}`);
  }
  const body = await r.json();
  if (body.errors?.length) throw new GraphQLError('GraphQL: ' + body.errors.map((e: { message: string }) => e.message).join('; '));
  return body.data as T;
}

export async function indexedBlock(url: string): Promise<number> {
  const d = await gql<{ indexerStatus: { indexed: number } }>(url, '{ indexerStatus { indexed } }');
  return d.indexerStatus.indexed;
}
