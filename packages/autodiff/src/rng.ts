/**
 * The one seeded PRNG of the workspace: mulberry32 (32-bit integer arithmetic only) for uniforms and
 * Box–Muller for normals, so initialisation, datasets and tests give the same stream on every platform
 * (V8's Math.log/cos/sin follow fdlibm). Every package draws from this class; none keeps its own copy.
 */
export class Rng {
  private state: number;
  private spare: number | null = null;

  /** Seed 0 is mapped to 0x9e3779b9 (kept so published initialisations stay put); see `fromState`. */
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A generator that starts exactly at `state` (no remapping of 0): resumes a checkpoint, or seeds raw. */
  static fromState(s: { state: number; spare?: number | null }): Rng {
    const rng = new Rng(1);
    rng.setState({ state: s.state, spare: s.spare ?? null });
    return rng;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Standard normal (Box-Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    const u = 1 - this.next(); // (0, 1]: log(u) is finite
    const r = Math.sqrt(-2 * Math.log(u));
    const th = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(th);
    return r * Math.cos(th);
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Fisher-Yates shuffled 0..n-1. */
  permutation(n: number): number[] {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
  }

  /** Full generator state, so a checkpointed run can resume with the same random stream. */
  getState(): { state: number; spare: number | null } {
    return { state: this.state, spare: this.spare };
  }

  setState(s: { state: number; spare: number | null }): void {
    this.state = s.state >>> 0;
    this.spare = s.spare;
  }
}
