// RFC 8785 JSON canonicalisation, byte for byte as Go package jcs (a Go test runs this code under node over a
// corpus and compares): a strict I-JSON parser (valid UTF-8, no lone surrogates, no duplicate member names, no
// number beyond a double, depth ≤ 1000) and ECMAScript's serialisation (members sorted by UTF-16 code units,
// JSON.stringify's string escaping, Number.prototype.toString's numbers, -0 as 0).
export const MAX_DEPTH = 1000;

export class JCSError extends Error {
  constructor(msg: string) { super('jcs: invalid input: ' + msg); }
}

type Value = null | boolean | number | string | Value[] | Member[];
interface Member { k: string; v: Value }
const isObj = (v: Value): v is Member[] => Array.isArray(v) && (v as unknown as { obj?: boolean }).obj === true;

class Parser {
  pos = 0;
  constructor(private s: string) {}
  fail(msg: string): never { throw new JCSError(`${msg} at offset ${this.pos}`); }
  ws() { while (this.pos < this.s.length && ' \t\n\r'.includes(this.s[this.pos])) this.pos++; }
  value(depth: number): Value {
    const c = this.s[this.pos];
    if (c === '{') return this.object(depth + 1);
    if (c === '[') return this.array(depth + 1);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [lit, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.s.startsWith(lit, this.pos)) { this.pos += lit.length; return v; }
    }
    return this.fail(c === undefined ? 'unexpected end of input' : `unexpected character ${JSON.stringify(c)}`);
  }
  object(depth: number): Member[] {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH}`);
    this.pos++;
    const out = [] as Member[];
    (out as unknown as { obj: boolean }).obj = true;
    const seen = new Set<string>();
    this.ws();
    if (this.s[this.pos] === '}') { this.pos++; return out; }
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') this.fail('expected a member name');
      const k = this.string();
      if (seen.has(k)) this.fail(`duplicate member name ${JSON.stringify(k)}`);
      seen.add(k);
      this.ws();
      if (this.s[this.pos] !== ':') this.fail('expected ":"');
      this.pos++;
      this.ws();
      out.push({ k, v: this.value(depth) });
      this.ws();
      const c = this.s[this.pos++];
      if (c === '}') return out;
      if (c !== ',') { this.pos--; this.fail('expected "," or "}"'); }
    }
  }
  array(depth: number): Value[] {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH}`);
    this.pos++;
    const out: Value[] = [];
    this.ws();
    if (this.s[this.pos] === ']') { this.pos++; return out; }
    for (;;) {
      this.ws();
      out.push(this.value(depth));
      this.ws();
      const c = this.s[this.pos++];
      if (c === ']') return out;
      if (c !== ',') { this.pos--; this.fail('expected "," or "]"'); }
    }
  }
  string(): string {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.s.charCodeAt(this.pos);
      if (Number.isNaN(c)) this.fail('unterminated string');
      if (c < 0x20) this.fail('control character in a string');
      if (c === 0x22) break;
      if (c === 0x5c) {
        const e = this.s[this.pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.pos + 2, this.pos + 6))) this.fail('bad \\u escape');
          this.pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail('bad escape');
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    this.pos++;
    const v = JSON.parse(this.s.slice(start, this.pos)) as string;
    for (let i = 0; i < v.length; i++) { // no lone surrogates (I-JSON)
      const u = v.charCodeAt(i);
      if (u >= 0xd800 && u <= 0xdbff) {
        const n = v.charCodeAt(i + 1);
        if (!(n >= 0xdc00 && n <= 0xdfff)) this.fail('lone surrogate');
        i++;
      } else if (u >= 0xdc00 && u <= 0xdfff) this.fail('lone surrogate');
    }
    return v;
  }
  number(): number {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.s.slice(this.pos, this.pos + 1100));
    if (!m) this.fail('bad number');
    this.pos += m[0].length;
    const n = Number(m[0]);
    if (!Number.isFinite(n)) this.fail(`number ${m[0]} is beyond the range of a double`);
    return n;
  }
}

function write(v: Value, out: string[]) {
  if (v === null || typeof v === 'boolean') out.push(String(v));
  else if (typeof v === 'number') out.push(Object.is(v, -0) ? '0' : String(v));
  else if (typeof v === 'string') out.push(JSON.stringify(v));
  else if (isObj(v)) {
    const ms = [...v].sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)); // UTF-16 code unit order
    out.push('{');
    ms.forEach((m, i) => { if (i) out.push(','); out.push(JSON.stringify(m.k), ':'); write(m.v, out); });
    out.push('}');
  } else {
    out.push('[');
    v.forEach((x, i) => { if (i) out.push(','); write(x, out); });
    out.push(']');
  }
}

// canonicalize returns the RFC 8785 canonical form of the JSON text in data (UTF-8 bytes).
export function canonicalize(data: Uint8Array): Uint8Array {
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw new JCSError('not valid UTF-8');
  }
  const p = new Parser(s);
  p.ws();
  const v = p.value(0);
  p.ws();
  if (p.pos !== s.length) p.fail('unexpected data after the top-level value');
  const out: string[] = [];
  write(v, out);
  return new TextEncoder().encode(out.join(''));
}
