// go-ethereum keystore v3 files (scrypt, AES-128-CTR, keccak256 MAC), so `bevan wallet import` reads what the
// browser wallet exports and the browser imports what `bevan wallet` writes. AES runs in WebCrypto; scrypt and
// keccak come from @noble/hashes (the same code viem uses).
import { scryptAsync } from '@noble/hashes/scrypt';
import { keccak_256 } from '@noble/hashes/sha3';
import { bytesToHex, hexToBytes, type Hex } from 'viem';
import { privateKeyToAddress } from 'viem/accounts';

export interface KeystoreV3 {
  address: string;
  crypto: {
    cipher: 'aes-128-ctr';
    ciphertext: string;
    cipherparams: { iv: string };
    kdf: 'scrypt' | 'pbkdf2';
    kdfparams: { dklen: number; n?: number; r?: number; p?: number; salt: string; c?: number; prf?: string };
    mac: string;
  };
  id: string;
  version: 3;
}

// The scrypt cost of new files: go-ethereum's StandardScryptN is 2^18; 2^17 keeps unlocking in a browser to a
// second or two while staying far above its LightScryptN (2^12).
export const DEFAULT_N = 1 << 17;

const strip = (h: string) => (h.startsWith('0x') ? h.slice(2) : h);
const hex = (b: Uint8Array) => strip(bytesToHex(b));

async function aesCtr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'AES-CTR' }, false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CTR', counter: iv as BufferSource, length: 128 }, k, data as BufferSource));
}

async function derive(pass: string, kdf: KeystoreV3['crypto']['kdf'], p: KeystoreV3['crypto']['kdfparams']): Promise<Uint8Array> {
  const salt = hexToBytes(('0x' + strip(p.salt)) as Hex);
  const pw = new TextEncoder().encode(pass);
  if (kdf === 'scrypt') {
    if (!p.n || !p.r || !p.p) throw new Error('keystore: scrypt parameters missing');
    return scryptAsync(pw, salt, { N: p.n, r: p.r, p: p.p, dkLen: p.dklen, maxmem: 2 ** 31 });
  }
  if (p.prf !== 'hmac-sha256' || !p.c) throw new Error('keystore: unsupported pbkdf2 parameters');
  const k = await crypto.subtle.importKey('raw', pw, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: p.c }, k, p.dklen * 8);
  return new Uint8Array(bits);
}

function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export async function encryptKey(key: Hex, pass: string, n = DEFAULT_N): Promise<KeystoreV3> {
  if (pass.length === 0) throw new Error('choose a passphrase');
  const salt = crypto.getRandomValues(new Uint8Array(32));
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const params = { dklen: 32, n, r: 8, p: 1, salt: hex(salt) };
  const dk = await derive(pass, 'scrypt', params);
  const ct = await aesCtr(dk.slice(0, 16), iv, hexToBytes(key));
  const mac = keccak_256(new Uint8Array([...dk.slice(16, 32), ...ct]));
  return {
    address: strip(privateKeyToAddress(key)).toLowerCase(),
    crypto: { cipher: 'aes-128-ctr', ciphertext: hex(ct), cipherparams: { iv: hex(iv) }, kdf: 'scrypt', kdfparams: params, mac: hex(mac) },
    id: uuid(),
    version: 3,
  };
}

export class WrongPassphrase extends Error {
  constructor() { super('the passphrase is wrong'); }
}

export async function decryptKey(ks: KeystoreV3, pass: string): Promise<Hex> {
  if (ks.version !== 3 || !ks.crypto || ks.crypto.cipher !== 'aes-128-ctr') throw new Error('not a version 3 keystore file with aes-128-ctr');
  const c = ks.crypto;
  const dk = await derive(pass, c.kdf, c.kdfparams);
  const ct = hexToBytes(('0x' + strip(c.ciphertext)) as Hex);
  const mac = hex(keccak_256(new Uint8Array([...dk.slice(16, 32), ...ct])));
  if (mac !== strip(c.mac).toLowerCase()) throw new WrongPassphrase();
  const key = bytesToHex(await aesCtr(dk.slice(0, 16), hexToBytes(('0x' + strip(c.cipherparams.iv)) as Hex), ct));
  if (ks.address && strip(privateKeyToAddress(key)).toLowerCase() !== strip(ks.address).toLowerCase()) {
    throw new Error('the key does not match the address in the file');
  }
  return key;
}
