// The runtime configuration served by the Go server at /app/config.json (webapp.Config).
import type { Address, Hex } from 'viem';

export interface DevRole { role: string; label: string; address: Address; key: Hex }

export interface Config {
  chainId: number;
  forwarder: Address;
  governor: Address;
  consents: Address;
  anchors: Address;
  membership: Address;
  graphql: string;
  relay: string;
  deadlineSeconds: number;
  organisations?: Record<string, string>;
  devRoles?: DevRole[];
}

export async function loadConfig(): Promise<Config> {
  const r = await fetch('/app/config.json', { cache: 'no-cache' });
  if (!r.ok) throw new Error(`config: HTTP ${r.status}`);
  return (await r.json()) as Config;
}
