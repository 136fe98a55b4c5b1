// A custodian's key material in the browser, as fhirrecord.Store keeps it on disk: per custodian (wallet and ODS
// code) a 32-byte secret, and per record ("Type/id") a 32-byte record key and every anchored version (content hash
// and salt). It lives in IndexedDB; deleting a record's key and salts makes its on-chain entries unlinkable.
import { bytesToHex, type Hex } from 'viem';

export interface CustodianVersion { contentHash: Hex; salt: Hex; supersedes: Hex; block: number }
export interface CustodianRecord { key: string; recordKey: Hex; recordId: Hex; versions: CustodianVersion[] }
export interface Custodian { id: string; secret: Hex; records: Record<string, CustodianRecord> }

export const random32 = (): Hex => bytesToHex(crypto.getRandomValues(new Uint8Array(32)));

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('bevan-custodian', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('custodians', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function op<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const r = f(db.transaction('custodians', mode).objectStore('custodians'));
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  } finally {
    db.close();
  }
}

// loadCustodian returns the store of wallet address as custodian ods, creating its secret on first use.
export async function loadCustodian(address: string, ods: string): Promise<Custodian> {
  const id = `${address.toLowerCase()}/${ods}`;
  const c = await op<Custodian | undefined>('readonly', (s) => s.get(id) as IDBRequest<Custodian | undefined>);
  if (c) return c;
  const fresh: Custodian = { id, secret: random32(), records: {} };
  await saveCustodian(fresh);
  return fresh;
}

export const saveCustodian = (c: Custodian) => op('readwrite', (s) => s.put(c));
