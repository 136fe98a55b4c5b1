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

// subscribe runs a GraphQL subscription over WebSocket (graphql-transport-ws, same origin) and calls onEvent for
// each event; it reconnects after a drop (every 2 s at most) until the returned function is called.
export function subscribe(url: string, query: string, variables: Record<string, unknown>, onEvent: () => void): () => void {
  let ws: WebSocket | undefined;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = () => {
    const u = new URL(url, location.href);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    ws = new WebSocket(u.href, 'graphql-transport-ws');
    ws.onopen = () => ws?.send(JSON.stringify({ type: 'connection_init' }));
    ws.onmessage = (m) => {
      const msg = JSON.parse(String(m.data)) as { type: string };
      if (msg.type === 'connection_ack') ws?.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
      else if (msg.type === 'next') onEvent();
      else if (msg.type === 'ping') ws?.send(JSON.stringify({ type: 'pong' }));
    };
    ws.onclose = () => { if (!closed) timer = setTimeout(connect, 2000); };
  };
  connect();
  return () => {
    closed = true;
    if (timer) clearTimeout(timer);
    ws?.close();
  };
}
