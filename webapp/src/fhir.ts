// FHIR records as Go package fhirrecord hashes them: Parse checks a FHIR JSON resource and canonicalises it
// (RFC 8785), contentHash = keccak256(salt ‖ JCS(resource)), recordId = HMAC-SHA256(secret, "bevan.recordId.v1" ‖
// recordKey ‖ "O/T/I"), versionId = keccak256(recordId ‖ contentHash), and the proof file's format.
import { bytesToHex, concat, hexToBytes, keccak256, type Address, type Hex } from 'viem';
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { canonicalize } from './jcs';

export class NotFHIR extends Error {
  constructor(msg: string) { super('not a FHIR JSON resource: ' + msg); }
}

export interface Resource { resourceType: string; id: string; canonical: Uint8Array }

export function parseResource(data: Uint8Array): Resource {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3); // a BOM is not content
  let canonical: Uint8Array;
  try {
    canonical = canonicalize(data);
  } catch (e) {
    throw new NotFHIR('not valid JSON: ' + (e as Error).message);
  }
  if (canonical[0] !== 0x7b) throw new NotFHIR('the top-level JSON value is not an object');
  const head = JSON.parse(new TextDecoder().decode(canonical)) as Record<string, unknown>;
  const rt = head.resourceType, id = head.id;
  if (rt === undefined) throw new NotFHIR('no resourceType');
  if (typeof rt !== 'string') throw new NotFHIR('resourceType is not a string');
  if (!/^[A-Z][A-Za-z]*$/.test(rt)) throw new NotFHIR(`resourceType ${JSON.stringify(rt)} is not a FHIR resource type name`);
  if (id === undefined) throw new NotFHIR('no id');
  if (typeof id !== 'string') throw new NotFHIR('id is not a string');
  if (!/^[A-Za-z0-9.-]{1,64}$/.test(id)) throw new NotFHIR(`id ${JSON.stringify(id)} breaks FHIR's id rules ([A-Za-z0-9-.], 1 to 64 characters)`);
  return { resourceType: rt, id, canonical };
}

export const contentHash = (salt: Hex, canonical: Uint8Array): Hex => keccak256(concat([hexToBytes(salt), canonical]));

export function recordId(secret: Hex, recordKey: Hex, ods: string, resourceType: string, id: string): Hex {
  const msg = concat([new TextEncoder().encode('bevan.recordId.v1'), hexToBytes(recordKey), new TextEncoder().encode(`${ods}/${resourceType}/${id}`)]);
  return bytesToHex(hmac(sha256, hexToBytes(secret), msg));
}

export const versionId = (rid: Hex, ch: Hex): Hex => keccak256(concat([rid, ch]));

// Proof is fhirrecord.Proof (version 3): the file kept next to an anchored record (`bevan record verify` reads it).
// custodian is the wallet that anchored it: RecordAnchor keys records by their custodian.
export interface Proof {
  version: number; chainId: number; recordAnchor: Address; odsCode: string; custodian: Address; recordId: Hex; contentHash: Hex; salt: Hex;
  supersedes: Hex; batchRoot: Hex; proof: Hex[]; txHash: Hex; block: number;
}

// merkleVerify checks an OpenZeppelin MerkleProof (sorted-pair keccak) from the version's leaf to root.
export function merkleVerify(rid: Hex, ch: Hex, proof: Hex[], root: Hex): boolean {
  let h = keccak256(versionId(rid, ch));
  for (const p of proof) h = h.toLowerCase() < p.toLowerCase() ? keccak256(concat([h, p])) : keccak256(concat([p, h]));
  return h.toLowerCase() === root.toLowerCase();
}
