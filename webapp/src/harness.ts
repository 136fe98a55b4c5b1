// A command-line harness that runs the app's own code under node for the Go tests (webapp_test.go):
//   node harness.mjs keystore-encrypt <passphrase> <0x-key> <scryptN>   → the keystore v3 JSON on stdout
//   node harness.mjs keystore-decrypt <passphrase>  (keystore JSON on stdin) → the 0x key on stdout
import { decryptKey, encryptKey, type KeystoreV3 } from './keystore';
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

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  switch (cmd) {
    case 'keystore-encrypt':
      process.stdout.write(JSON.stringify(await encryptKey(args[1] as Hex, args[0], Number(args[2]))));
      break;
    case 'keystore-decrypt':
      process.stdout.write(await decryptKey(JSON.parse(await stdin()) as KeystoreV3, args[0]));
      break;
    default:
      throw new Error(`unknown command ${cmd}`);
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
