// The wallets the app signs with: a devnet's development roles, the Bevan browser wallet (a key generated here,
// kept encrypted in IndexedDB as a keystore v3 file), or an injected EIP-1193 wallet.
import { createWalletClient, custom, type Address, type Hex, type TypedDataDefinition } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { decryptKey, encryptKey, type KeystoreV3 } from './keystore';

export interface Wallet {
  kind: 'dev' | 'browser' | 'injected';
  label: string;
  address: Address;
  signTypedData(td: TypedDataDefinition): Promise<Hex>;
}

export function keyWallet(kind: 'dev' | 'browser', label: string, key: Hex): Wallet {
  const acct = privateKeyToAccount(key);
  return { kind, label, address: acct.address, signTypedData: (td) => acct.signTypedData(td) };
}

interface EIP1193 { request(args: { method: string; params?: unknown[] }): Promise<unknown> }

export function injectedProvider(): EIP1193 | undefined {
  return (globalThis as { ethereum?: EIP1193 }).ethereum;
}

export async function injectedWallet(): Promise<Wallet> {
  const p = injectedProvider();
  if (!p) throw new Error('no browser wallet is installed');
  const client = createWalletClient({ transport: custom(p) });
  const [address] = await client.requestAddresses();
  if (!address) throw new Error('the browser wallet shared no account');
  return {
    kind: 'injected', label: 'Browser extension wallet', address,
    signTypedData: (td) => client.signTypedData({ ...td, account: address } as Parameters<typeof client.signTypedData>[0]),
  };
}

// IndexedDB: one object store "keystores", keyed by address.
const DB = 'bevan-wallet';
function openDB(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('keystores', { keyPath: 'address' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDB();
  try {
    return await new Promise<T>((resolve, reject) => {
      const r = f(db.transaction('keystores', mode).objectStore('keystores'));
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  } finally {
    db.close();
  }
}

export const storedKeystores = () => tx<KeystoreV3[]>('readonly', (s) => s.getAll() as IDBRequest<KeystoreV3[]>);
export const saveKeystore = (ks: KeystoreV3) => tx('readwrite', (s) => s.put(ks));
export const deleteKeystore = (address: string) => tx('readwrite', (s) => s.delete(address));

export async function createBrowserWallet(pass: string): Promise<{ wallet: Wallet; keystore: KeystoreV3 }> {
  const key = generatePrivateKey();
  const keystore = await encryptKey(key, pass);
  await saveKeystore(keystore);
  return { wallet: keyWallet('browser', 'Bevan browser wallet', key), keystore };
}

export async function unlockBrowserWallet(ks: KeystoreV3, pass: string): Promise<Wallet> {
  return keyWallet('browser', 'Bevan browser wallet', await decryptKey(ks, pass));
}

export async function importKeystore(text: string, pass: string): Promise<Wallet> {
  let ks: KeystoreV3;
  try {
    ks = JSON.parse(text) as KeystoreV3;
  } catch {
    throw new Error('the file is not JSON: choose a keystore file');
  }
  const w = await unlockBrowserWallet(ks, pass); // checks the passphrase before anything is stored
  ks.address = w.address.slice(2).toLowerCase();
  await saveKeystore(ks);
  return w;
}

export function keystoreFileName(ks: KeystoreV3): string {
  const t = new Date().toISOString().replace(/:/g, '-');
  return `UTC--${t}--${ks.address}`;
}
