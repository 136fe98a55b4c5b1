// Writes: EIP-712 forward requests (ERC-2771, "Bevan Forwarder") and Governor ballots, posted to the relayer
// through the server's /relay/ proxy, then followed to mined and indexed.
import { encodeFunctionData, type Abi, type Address, type Hex } from 'viem';
import type { Config } from './config';
import { indexedBlock } from './gql';
import type { Wallet } from './wallet';

export type Stage = 'signing' | 'signed' | 'accepted' | 'mined' | 'indexed';
export type Progress = (stage: Stage, detail?: string) => void;

// Plain-English messages for the relayer's refusal codes (docs/relayer.md, relayer/api/errors.go).
const refusals: Record<string, string> = {
  malformed_json: 'The app sent a request the relayer could not read.',
  unknown_field: 'The app sent a request with a field the relayer does not know.',
  invalid_request: 'The request is incomplete or a value is out of range.',
  bad_signature: 'The signature does not match your account.',
  malleable_signature: 'The signature is in a form the relayer does not accept.',
  wrong_chain: 'Your wallet signed for a different chain.',
  wrong_domain: 'The request names a contract that is not this Bevan deployment.',
  deadline_expired: 'The request expired before it reached the relayer. Try again.',
  deadline_too_close: 'The request would expire too soon. Try again.',
  deadline_too_far: 'The request’s deadline is further ahead than the relayer allows.',
  noncanonical_calldata: 'The request’s data is not in canonical form.',
  value_not_allowed: 'The relayer sponsors gas only, not payments.',
  gas_too_high: 'The request asks for more gas than the relayer sponsors.',
  target_not_allowed: 'The relayer does not forward requests to that contract.',
  selector_not_allowed: 'The relayer does not forward that action.',
  not_member: 'Only members of the DAO can do this.',
  not_patient_or_guardian: 'Only the patient or one of their guardians can do this.',
  not_custodian: 'Only a records custodian can anchor records.',
  not_device_registrar: 'Only a device registrar can register, deregister or rotate devices.',
  not_telemetry_gateway: 'Only a telemetry gateway can record excursions.',
  not_emergency_responder: 'Only an emergency responder can record break-glass access.',
  nonce_replayed: 'This request was already used. Try again.',
  nonce_future: 'An earlier request of yours has not been processed yet.',
  nonce_pending: 'Your previous request is still being processed. Wait for it, then try again.',
  body_too_large: 'The request is too large.',
  unsupported_media_type: 'The app sent the request in the wrong format.',
  would_revert: 'The contract would refuse this.',
  rate_limited: 'You have sent too many requests this minute. Wait a moment and try again.',
  gas_quota: 'You have used today’s sponsored gas. Try again tomorrow.',
  spend_cap_reached: 'The relayer has reached its spending limit for today. Try again tomorrow.',
  internal: 'The relayer failed. Try again later.',
  redis_unavailable: 'The relayer is unavailable. Try again later.',
  rpc_unavailable: 'The relayer cannot reach the chain. Try again later.',
  relayer_unfunded: 'The relayer has run out of funds. Tell the service’s operator.',
  shutting_down: 'The relayer is restarting. Try again in a moment.',
  app_key_invalid: 'This app is not allowed to use the relayer. Tell the service’s operator.',
  not_eligible: 'The relayer does not sponsor requests from this app or wallet. Tell the service’s operator.',
  app_rate_limited: 'This service is busy. Wait a moment and try again.',
  app_gas_quota: 'This service has used today’s sponsored gas. Try again tomorrow.',
  app_budget_exhausted: 'This service has used its budget for today. Try again tomorrow.',
  client_rate_limited: 'Too many requests from your connection. Wait a moment and try again.',
  client_gas_quota: 'Your connection has used today’s sponsored gas. Try again tomorrow.',
  client_budget_exhausted: 'Your connection has used today’s budget. Try again tomorrow.',
  not_found: 'The relayer does not know that request.',
  method_not_allowed: 'The app used the relayer’s API wrongly.',
  unknown_endpoint: 'The app used the relayer’s API wrongly.',
  relayer_unreachable: 'The relayer did not answer. Try again later.',
};

export class RelayError extends Error {
  constructor(public code: string, public detail: string) {
    super((refusals[code] ?? 'The relayer refused the request.') + (detail ? ` (${code}: ${detail})` : ` (${code})`));
  }
}

async function relayFetch<T>(cfg: Config, path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  let r: Response;
  try {
    r = await fetch(cfg.relay + path, init);
  } catch (e) {
    throw new RelayError('relayer_unreachable', String(e));
  }
  let body: unknown;
  try {
    body = await r.json();
  } catch {
    throw new RelayError('internal', `HTTP ${r.status}, not JSON`);
  }
  const err = (body as { error?: { code: string; message: string } }).error;
  if (!r.ok || err) throw new RelayError(err?.code ?? 'internal', err?.message ?? `HTTP ${r.status}`);
  return { status: r.status, body: body as T };
}

export async function nonces(cfg: Config, addr: Address): Promise<{ forwarder: bigint; governor: bigint }> {
  const { body } = await relayFetch<{ forwarder: string; governor: string }>(cfg, `/v1/nonce/${addr}`);
  return { forwarder: BigInt(body.forwarder), governor: BigInt(body.governor) };
}

interface Status { id: Hex; status: string; block?: number; txHash?: Hex; error?: string }

// follow polls the request until it is final, then waits until the indexer has its block.
async function follow(cfg: Config, id: Hex, progress: Progress): Promise<Status> {
  for (let delay = 100; ; delay = Math.min(delay * 1.5, 1000)) {
    const { body: st } = await relayFetch<Status>(cfg, `/v1/requests/${id}`);
    if (st.status === 'mined') {
      progress('mined', `block ${st.block}`);
      for (let d = 100; (await indexedBlock(cfg.graphql)) < (st.block ?? 0); d = Math.min(d * 1.5, 1000)) {
        await new Promise((r) => setTimeout(r, d));
      }
      progress('indexed');
      return st;
    }
    if (st.status === 'failed') throw new RelayError('failed', st.error ?? 'the transaction failed');
    await new Promise((r) => setTimeout(r, delay));
  }
}

const forwardTypes = {
  ForwardRequest: [
    { name: 'from', type: 'address' }, { name: 'to', type: 'address' }, { name: 'value', type: 'uint256' },
    { name: 'gas', type: 'uint256' }, { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint48' },
    { name: 'data', type: 'bytes' },
  ],
} as const;

// forward signs a call of fn on the contract at `to` as the wallet and relays it; it resolves once indexed.
export async function forward(cfg: Config, w: Wallet, to: Address, abi: Abi, fn: string, args: unknown[], gas: number, progress: Progress): Promise<Status> {
  const data = encodeFunctionData({ abi, functionName: fn, args } as Parameters<typeof encodeFunctionData>[0]);
  progress('signing');
  const { forwarder: nonce } = await nonces(cfg, w.address);
  const deadline = Math.floor(Date.now() / 1000) + cfg.deadlineSeconds;
  const message = { from: w.address, to, value: 0n, gas: BigInt(gas), nonce, deadline, data };
  const signature = await w.signTypedData({
    domain: { name: 'Bevan Forwarder', version: '1', chainId: cfg.chainId, verifyingContract: cfg.forwarder },
    types: forwardTypes, primaryType: 'ForwardRequest', message,
  });
  progress('signed');
  const { body } = await relayFetch<{ id: Hex }>(cfg, '/v1/forward', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      chainId: cfg.chainId, forwarder: cfg.forwarder,
      request: { from: w.address, to, gas, nonce: nonce.toString(), deadline, data },
      signature,
    }),
  });
  progress('accepted', body.id);
  return follow(cfg, body.id, progress);
}

// vote signs a Governor ballot (support 0 against, 1 for, 2 abstain) and relays it through /v1/vote.
export async function vote(cfg: Config, w: Wallet, proposalId: bigint, support: 0 | 1 | 2, progress: Progress): Promise<Status> {
  progress('signing');
  const { governor: nonce } = await nonces(cfg, w.address);
  const signature = await w.signTypedData({
    domain: { name: 'Bevan Governor', version: '1', chainId: cfg.chainId, verifyingContract: cfg.governor },
    types: { Ballot: [{ name: 'proposalId', type: 'uint256' }, { name: 'support', type: 'uint8' }, { name: 'voter', type: 'address' }, { name: 'nonce', type: 'uint256' }] },
    primaryType: 'Ballot',
    message: { proposalId, support, voter: w.address, nonce },
  });
  progress('signed');
  const { body } = await relayFetch<{ id: Hex }>(cfg, '/v1/vote', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      chainId: cfg.chainId, governor: cfg.governor,
      ballot: { proposalId: proposalId.toString(), support, voter: w.address, nonce: nonce.toString() },
      signature,
    }),
  });
  progress('accepted', body.id);
  return follow(cfg, body.id, progress);
}

export const consentsAbi = [
  { type: 'function', name: 'grant', stateMutability: 'nonpayable', outputs: [{ type: 'uint256' }], inputs: [
    { name: 'patient', type: 'address' }, { name: 'grantee', type: 'address' }, { name: 'purposes', type: 'uint16' },
    { name: 'actions', type: 'uint8' }, { name: 'expiresAt', type: 'uint48' }, { name: 'scope', type: 'bytes32' }] },
  { type: 'function', name: 'revoke', stateMutability: 'nonpayable', outputs: [], inputs: [{ name: 'consentId', type: 'uint256' }] },
  { type: 'function', name: 'appointGuardian', stateMutability: 'nonpayable', outputs: [], inputs: [{ name: 'guardian', type: 'address' }] },
  { type: 'function', name: 'removeGuardian', stateMutability: 'nonpayable', outputs: [], inputs: [{ name: 'guardian', type: 'address' }] },
] as const satisfies Abi;

export const governorAbi = [
  { type: 'function', name: 'propose', stateMutability: 'nonpayable', outputs: [{ type: 'uint256' }], inputs: [
    { name: 'targets', type: 'address[]' }, { name: 'values', type: 'uint256[]' }, { name: 'calldatas', type: 'bytes[]' }, { name: 'description', type: 'string' }] },
  { type: 'function', name: 'queue', stateMutability: 'nonpayable', outputs: [{ type: 'uint256' }], inputs: [
    { name: 'targets', type: 'address[]' }, { name: 'values', type: 'uint256[]' }, { name: 'calldatas', type: 'bytes[]' }, { name: 'descriptionHash', type: 'bytes32' }] },
  { type: 'function', name: 'execute', stateMutability: 'payable', outputs: [{ type: 'uint256' }], inputs: [
    { name: 'targets', type: 'address[]' }, { name: 'values', type: 'uint256[]' }, { name: 'calldatas', type: 'bytes[]' }, { name: 'descriptionHash', type: 'bytes32' }] },
] as const satisfies Abi;

export const membershipAbi = [
  { type: 'function', name: 'mint', stateMutability: 'nonpayable', outputs: [], inputs: [
    { name: 'account', type: 'address' }, { name: 'odsCode', type: 'bytes8' }, { name: 'kind', type: 'uint8' }] },
  { type: 'function', name: 'burn', stateMutability: 'nonpayable', outputs: [], inputs: [{ name: 'account', type: 'address' }] },
] as const satisfies Abi;

export const anchorsAbi = [
  { type: 'function', name: 'anchor', stateMutability: 'nonpayable', outputs: [], inputs: [
    { name: 'recordId', type: 'bytes32' }, { name: 'contentHash', type: 'bytes32' }, { name: 'supersedes', type: 'bytes32' }] },
] as const satisfies Abi;
