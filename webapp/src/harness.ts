// A command-line harness that runs the app's own code under node for the Go tests (webapp_test.go):
//   node harness.mjs keystore-encrypt <passphrase> <0x-key> <scryptN>   → the keystore v3 JSON on stdout
//   node harness.mjs keystore-decrypt <passphrase>  (keystore JSON on stdin) → the 0x key on stdout
//   node harness.mjs jcs-corpus  (stdin: a JSON array of base64 inputs) → a JSON array, per input
//       {canonical: base64} or {error: message}
//   node harness.mjs fhir-corpus <0x-salt>  (stdin: as jcs-corpus) → per input {type, id, canonical, contentHash}
//       or {error}
import { decryptKey, encryptKey, type KeystoreV3 } from './keystore';
import { contentHash, parseResource } from './fhir';
import { canonicalize } from './jcs';
import type { Hex } from 'viem';

// node's globals, declared here so the type check needs no @types/node
declare const process: {
  argv: string[]; exitCode?: number; stdin: AsyncIterable<Uint8Array>;
  stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean };
};

async function stdin(): Promise<string> {
  const dec = new TextDecoder();
  let out = '';
  for await (const c of process.stdin) out += dec.decode(c, { stream: true });
  return out + dec.decode();
}

function b64of(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s);
}

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  switch (cmd) {
    case 'keystore-encrypt':
      process.stdout.write(JSON.stringify(await encryptKey(args[1] as Hex, args[0], Number(args[2]))));
      break;
    case 'keystore-decrypt':
      process.stdout.write(await decryptKey(JSON.parse(await stdin()) as KeystoreV3, args[0]));
      break;
    case 'jcs-corpus':
    case 'fhir-corpus': {
      const inputs = JSON.parse(await stdin()) as string[];
      const out = inputs.map((b64) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        try {
          if (cmd === 'jcs-corpus') return { canonical: b64of(canonicalize(data)) };
          const r = parseResource(data);
          return { type: r.resourceType, id: r.id, canonical: b64of(r.canonical), contentHash: contentHash(args[0] as Hex, r.canonical) };
        } catch (e) {
          return { error: String((e as Error).message) };
        }
      });
      process.stdout.write(JSON.stringify(out));
      break;
    }
    default:
      throw new Error(`unknown command ${cmd}`);
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
