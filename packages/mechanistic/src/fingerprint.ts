/**
 * A content hash (128 bits, hex) of a JSON-like value: every number by its exact Float64 bits, every string,
 * array, typed array and object key, in order. Checkpoints are bound to the full data and options with it: a
 * different sample anywhere changes the hash (a digest of lengths and end rows would not). Not cryptographic.
 */
export function fingerprint(value: unknown): string {
  const h = new ContentHash();
  const stack: unknown[] = [value];
  const seen = new WeakSet<object>(); // a shared or cyclic reference is hashed once, then as a marker
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "number") h.number(v);
    else if (typeof v === "string") h.string(v);
    else if (typeof v === "boolean") h.word(v ? 0x7401 : 0x7400);
    else if (v === null || v === undefined || typeof v === "function") h.word(v === null ? 0x6e00 : 0x7500);
    else if (typeof v !== "object") throw new TypeError(`fingerprint: cannot hash a ${typeof v}`);
    else if (seen.has(v)) h.word(0x7200);
    else if (ArrayBuffer.isView(v) && "length" in v) {
      const a = v as unknown as ArrayLike<number>;
      h.word(0x6100 ^ a.length);
      for (let i = 0; i < a.length; i++) h.number(a[i] as number);
    } else if (Array.isArray(v)) {
      seen.add(v);
      h.word(0x6101 ^ v.length);
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      seen.add(v);
      const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== "function");
      h.word(0x6f00 ^ entries.length);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, x] = entries[i] as [string, unknown];
        stack.push(x, key);
      }
    }
  }
  return h.hex();
}

/** Four 32-bit multiply-xor lanes (murmur3-style mixing) fed 32-bit words. */
class ContentHash {
  private readonly lanes = new Uint32Array([0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]);
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);
  private count = 0;

  word(w: number): void {
    const l = this.lanes;
    for (let i = 0; i < 4; i++) {
      let k = Math.imul((w ^ (i * 0x27d4eb2f)) >>> 0, 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      let x = (l[i] as number) ^ k;
      x = (x << 13) | (x >>> 19);
      l[i] = (Math.imul(x, 5) + 0xe6546b64 + i) >>> 0;
    }
    this.count++;
  }
  number(v: number): void {
    this.f64[0] = v;
    this.word(0x4e00);
    this.word(this.u32[0] as number);
    this.word(this.u32[1] as number);
  }
  string(s: string): void {
    this.word(0x5300 ^ s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }
  hex(): string {
    const out = Array.from(this.lanes, (x, i) => {
      let h = (x ^ this.count ^ (this.lanes[(i + 1) % 4] as number)) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, "0");
    });
    return out.join("");
  }
}
