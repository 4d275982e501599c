/**
 * Best-subset selection for one equation of the window objective. The regression rows (thousands) are compressed
 * once by a Householder QR of [A | b] into a (T + 1) × (T + 1) triangle R̃: for every subset S of the columns,
 * min ‖A_S x − b‖² = min ‖R̃_S x − r̃_b‖² exactly (Q is orthogonal), so a subset fit costs a (T + 1)-row solve
 * instead of an n-row one. That makes an exhaustive search over all 2^T supports affordable for T ≤ 12, and a
 * bidirectional stepwise search for larger libraries.
 *
 * Why a search rather than backward elimination: on a limit cycle the library columns are nearly collinear on the
 * attractor (the Brusselator's cycle is close to a cubic curve), so removing any single term of a dense model is
 * compensated by the others and backward elimination from the full model stops at a dense alternative that fits
 * as well as the sparse truth. A global search by information criterion finds the sparse support.
 */
import type { Matrix } from "@mechanist/autodiff";
import { choose, combinations } from "./combinatorics.js";
import { subsetFit } from "./subset-fit.js";

export { subsetFit };

export interface CompressedRows {
  /** R̃ of [A | b], (T + 1) × (T + 1) row-major; the last column is r̃_b. */
  r: Float64Array;
  /** Columns of A. */
  terms: number;
  /** Rows of the original problem (for the information criterion). */
  rows: number;
}

/** Householder reflections of the first `k` of `cols` columns of the row-major `w` (rows × cols), applied to all. */
function reflect(w: Float64Array, rows: number, cols: number, k: number): void {
  const v = new Float64Array(rows);
  for (let q = 0; q < k; q++) {
    let norm = 0;
    for (let i = q; i < rows; i++) norm += w[i * cols + q] ** 2;
    if (norm === 0) continue;
    const alpha = w[q * cols + q] > 0 ? -Math.sqrt(norm) : Math.sqrt(norm);
    let vnorm = 0;
    for (let i = q; i < rows; i++) {
      v[i] = w[i * cols + q] - (i === q ? alpha : 0);
      vnorm += v[i] * v[i];
    }
    if (vnorm === 0) continue;
    for (let j = q; j < cols; j++) {
      let s = 0;
      for (let i = q; i < rows; i++) s += v[i] * w[i * cols + j];
      s = (2 * s) / vnorm;
      for (let i = q; i < rows; i++) w[i * cols + j] -= s * v[i];
    }
  }
}

/** Householder QR of the n × (T + 1) matrix [A | b] (row-major), keeping only the triangle. */
export function compressRows(a: Matrix, b: ArrayLike<number>): CompressedRows {
  const T = a.cols;
  const m = a.rows;
  const c = T + 1;
  const w = new Float64Array(m * c);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < T; j++) w[i * c + j] = a.data[i * T + j];
    w[i * c + T] = b[i];
  }
  reflect(w, m, c, Math.min(c, m));
  const r = new Float64Array(c * c);
  for (let i = 0; i < Math.min(c, m); i++) for (let j = i; j < c; j++) r[i * c + j] = w[i * c + j];
  return { r, terms: T, rows: m };
}

/** Relative norm below which a column left after projection counts as dependent on the others. */
const DEPENDENT = 1e-12;

/** Norm of column j of the compressed rows (that of the original column). */
function columnNorm(z: CompressedRows, j: number): number {
  const c = z.terms + 1;
  let s = 0;
  for (let i = 0; i <= j; i++) s += z.r[i * c + j] ** 2;
  return Math.sqrt(s);
}

/** `x` scaled to unit length, or null when it is below DEPENDENT of `scale` (the column it came from). */
function unitOrNull(x: Float64Array, scale: number): Float64Array | null {
  let norm = 0;
  for (let i = 0; i < x.length; i++) norm += x[i] * x[i];
  const length = Math.sqrt(norm);
  if (length <= DEPENDENT * scale) return null;
  for (let i = 0; i < x.length; i++) x[i] /= length;
  return x;
}

/**
 * RSS of the fits on `rest` plus each pair of `candidates`, without coefficients: one QR of the compressed rows' `rest`
 * columns, applied to the candidates and the target, leaves each pair a two-column fit on the remaining rows
 * (orthogonalised twice). The double exchanges screen thousands of supports this way for the price of a few fits.
 */
export function pairResiduals(
  z: CompressedRows,
  rest: readonly number[],
  candidates: readonly number[],
): (a: number, b: number) => number {
  const c = z.terms + 1;
  const k = rest.length;
  const cols = [...rest, ...candidates, z.terms];
  const width = cols.length;
  const w = new Float64Array(c * width);
  for (let i = 0; i < c; i++) for (let q = 0; q < width; q++) w[i * width + q] = z.r[i * c + cols[q]];
  reflect(w, c, width, k);
  // What the QR leaves of each column: rows k… of w, the candidates as unit vectors (null: dependent on `rest`).
  const L = c - k;
  const left = (q: number) => Float64Array.from({ length: L }, (_, i) => w[(k + i) * width + q]);
  const target = left(width - 1);
  const units = candidates.map((j, a) => unitOrNull(left(k + a), columnNorm(z, j)));
  const q = new Float64Array(L);
  const r = new Float64Array(L);
  /** x −= (e·x)·e, in place. */
  const project = (x: Float64Array, e: Float64Array) => {
    let p = 0;
    for (let i = 0; i < L; i++) p += e[i] * x[i];
    for (let i = 0; i < L; i++) x[i] -= p * e[i];
  };
  return (a, b) => {
    r.set(target);
    const e1 = units[a];
    const e2 = units[b];
    if (e1) project(r, e1);
    if (e2) {
      q.set(e2);
      if (e1) {
        project(q, e1);
        project(q, e1);
      }
      if (unitOrNull(q, 1)) project(r, q);
    }
    let rss = 0;
    for (let i = 0; i < L; i++) rss += r[i] * r[i];
    return rss;
  };
}

/** BIC of a least-squares fit with k terms on n rows (up to a constant). */
export function bic(rss: number, n: number, k: number): number {
  return n * Math.log(Math.max(rss, 1e-300) / n) + k * Math.log(n);
}

export interface SubsetChoice {
  active: boolean[];
  criterion: number;
  /** "auto" only: the best support of every size and its near ties (exhaustive, or `greedyPath` above 12 terms). */
  path?: SubsetChoice[];
}

/** Libraries up to this size are searched exhaustively (2^12 = 4096 tiny solves). */
export const EXHAUSTIVE_TERMS = 12;

/**
 * Supports of each size that the path keeps: the best by the criterion and up to two runners-up (near ties only,
 * see `nearTies`).
 */
export const PATH_PER_SIZE = 3;

/** Inserts `c` into the list of its size (sorted by criterion, at most PATH_PER_SIZE long) if among the best. */
function keepBest(bySize: SubsetChoice[][], c: SubsetChoice): void {
  const size = c.active.filter(Boolean).length;
  bySize[size] ??= [];
  const list = bySize[size];
  let i = list.length;
  while (i > 0 && list[i - 1].criterion > c.criterion) i--;
  if (i >= PATH_PER_SIZE) return;
  list.splice(i, 0, c);
  if (list.length > PATH_PER_SIZE) list.pop();
}

/**
 * The path from the best supports per size: each size's best, and its runners-up whose criterion is within
 * 2·ln(n) of it (the criterion cannot tell them apart; clearly worse ones would only cost refinements).
 */
function nearTies(bySize: SubsetChoice[][], rows: number): SubsetChoice[] {
  return bySize.flatMap((list) =>
    (list ?? []).filter((c) => c.criterion <= list[0].criterion + 2 * Math.log(rows)),
  );
}

function exhaustive(z: CompressedRows, allowed: readonly boolean[]): SubsetChoice {
  // m enumerates the subsets of the free columns as bit masks.
  const T = z.terms;
  const free = allowed.flatMap((on, j) => (on ? [j] : []));
  let best: SubsetChoice = { active: new Array<boolean>(T).fill(false), criterion: Number.POSITIVE_INFINITY };
  const bySize: SubsetChoice[][] = [];
  for (let m = 1; m < 1 << free.length; m++) {
    const active = new Array<boolean>(T).fill(false);
    free.forEach((j, k) => {
      if ((m >> k) & 1) active[j] = true;
    });
    const k = free.filter((_, i) => (m >> i) & 1).length;
    const criterion = bic(subsetFit(z, active).rss, z.rows, k);
    keepBest(bySize, { active, criterion });
    if (criterion < best.criterion) best = { active, criterion };
  }
  return { ...best, path: nearTies(bySize, z.rows) };
}

/** Bidirectional stepwise search from `start`: the best single addition or removal while the criterion falls. */
function stepwise(z: CompressedRows, allowed: readonly boolean[], start: readonly boolean[]): SubsetChoice {
  const score = (a: boolean[]) => bic(subsetFit(z, a).rss, z.rows, a.filter(Boolean).length);
  let best: SubsetChoice = { active: [...start], criterion: score([...start]) };
  for (let it = 0; it < 4 * z.terms; it++) {
    let move: SubsetChoice | null = null;
    allowed.forEach((on, j) => {
      if (!on) return;
      const trial = best.active.map((a, k) => (k === j ? !a : a));
      if (!trial.some(Boolean)) return;
      const criterion = score(trial);
      if (criterion < (move?.criterion ?? best.criterion)) move = { active: trial, criterion };
    });
    if (!move) break;
    best = move;
  }
  return best;
}

/**
 * Double exchanges (two active terms for two inactive ones) are tried on a size's best support of at most
 * DOUBLE_SWAP_SIZE terms, and only while their count, C(k, 2)·C(free − k, 2) screening fits, stays below
 * MAX_DOUBLE_SWAPS (1848 at size 8 of 20 terms; 4350 at size 5 of 35): the supports they are for are an equation's
 * few true terms, and a dense one (10 of 20 terms: 2025 fits of 10 columns each, on every round) would make the
 * path several times slower for supports the search rejects.
 */
const DOUBLE_SWAP_SIZE = 8;
const MAX_DOUBLE_SWAPS = 5000;

/**
 * The double exchanges of `leader` whose criterion (by `pairResiduals`, no coefficients) would place them among the
 * PATH_PER_SIZE best of their size: only those are fitted in full and offered to the path.
 */
function doubleSwaps(
  z: CompressedRows,
  leader: readonly boolean[],
  allowed: readonly boolean[],
  kept: readonly SubsetChoice[],
): boolean[][] {
  const active = leader.flatMap((a, j) => (a ? [j] : []));
  const inactive = allowed.flatMap((free, j) => (free && !leader[j] ? [j] : []));
  const bar = kept.length < PATH_PER_SIZE ? Number.POSITIVE_INFINITY : kept[kept.length - 1].criterion;
  const out: boolean[][] = [];
  for (const drop of combinations(active, 2)) {
    const rest = active.filter((j) => !drop.includes(j));
    const rss = pairResiduals(z, rest, inactive);
    for (let a = 0; a < inactive.length; a++)
      for (let b = a + 1; b < inactive.length; b++) {
        if (bic(rss(a, b), z.rows, active.length) >= bar) continue;
        const cols = [...rest, inactive[a], inactive[b]];
        out.push(leader.map((_, j) => cols.includes(j)));
      }
  }
  return out;
}

/**
 * Every size's best support, largest size first, is improved by single swaps (one active term for one inactive;
 * every swap is offered to `add`) while they lower the criterion, then by double swaps when they are few
 * (MAX_DOUBLE_SWAPS), and its single removals are offered to the next size, whose best is improved in turn. One
 * round of swaps from the forward and backward paths' supports is not enough when a collinear group stands in for a
 * term: on the Lorenz-96 attractor the constant is nearly a multiple of Σx², both paths lose the constant, and the
 * sparse truth is two swaps or a removal away. Nor are single swaps: on the autocatalator's clean limit cycle both
 * paths wrote da/dt's {1, a} as {b, c³} (window residual 1.5·10⁻⁸ of the target against the truth's 4.2·10⁻⁹), and
 * each single exchange back raises it to 10⁻⁶–10⁻⁵.
 */
function improveLeaders(
  z: CompressedRows,
  bySize: SubsetChoice[][],
  allowed: readonly boolean[],
  add: (c: SubsetChoice) => void,
  score: (a: boolean[]) => SubsetChoice,
): void {
  const free = allowed.filter(Boolean).length;
  const swapsOf = (leader: SubsetChoice) =>
    leader.active.forEach((a, out) => {
      if (!a) return;
      allowed.forEach((on, inn) => {
        if (on && !leader.active[inn])
          add(score(leader.active.map((b, k) => (k === out ? false : k === inn || b))));
      });
    });
  for (let size = bySize.length - 1; size >= 1; size--) {
    const doubles = size <= DOUBLE_SWAP_SIZE && choose(size, 2) * choose(free - size, 2) <= MAX_DOUBLE_SWAPS;
    for (let round = 0; round < allowed.length && bySize[size]?.[0]; round++) {
      const leader = bySize[size][0];
      swapsOf(leader);
      if (bySize[size][0] !== leader) continue;
      if (!doubles) break;
      for (const trial of doubleSwaps(z, leader.active, allowed, bySize[size])) add(score(trial));
      if (bySize[size][0] === leader) break;
    }
    const leader = bySize[size]?.[0];
    if (leader && size > 1)
      leader.active.forEach((a, out) => {
        if (a) add(score(leader.active.map((b, j) => j !== out && b)));
      });
  }
}

/**
 * A path for libraries too large to enumerate: the supports of forward selection (from none, the best addition
 * at each step) and backward elimination (from all allowed, the cheapest removal), and, for every size, the
 * neighbours of the best support found of every size (`improveLeaders`); per size the PATH_PER_SIZE best by the
 * criterion. The swaps stand in for the exhaustive search's runners-up: nearly collinear columns (x and x³ on a
 * cycle of amplitude ≈ 1) tie within a size, and greedy paths pick one of them at random.
 */
function greedyPath(z: CompressedRows, allowed: readonly boolean[]): SubsetChoice[] {
  const T = z.terms;
  const score = (a: boolean[]): SubsetChoice => ({
    active: a,
    criterion: bic(subsetFit(z, a).rss, z.rows, a.filter(Boolean).length),
  });
  const bySize: SubsetChoice[][] = [];
  const seen = new Set<string>();
  const add = (c: SubsetChoice) => {
    const key = c.active.map(Number).join("");
    if (seen.has(key)) return;
    seen.add(key);
    keepBest(bySize, c);
  };
  const step = (from: boolean[], on: boolean) => {
    let best: SubsetChoice | null = null;
    allowed.forEach((free, j) => {
      if (!free || from[j] === on) return;
      const trial = score(from.map((a, k) => (k === j ? on : a)));
      if (trial.active.some(Boolean) && (!best || trial.criterion < best.criterion)) best = trial;
    });
    return best as SubsetChoice | null;
  };
  for (const [begin, on] of [
    [new Array<boolean>(T).fill(false), true],
    [[...allowed], false],
  ] as const) {
    if (begin.some(Boolean)) add(score([...begin]));
    let from: boolean[] = [...begin];
    for (let next = step(from, on); next; next = step(from, on)) {
      add(next);
      from = next.active;
    }
  }
  improveLeaders(z, bySize, allowed, add, score);
  return nearTies(bySize, z.rows);
}

/**
 * The support (within `allowed`) with the lowest BIC: exhaustive for small libraries, else (or when `method` is
 * "stepwise") a stepwise search from `start`. With "auto" the result has a path (the best supports of every size):
 * the exhaustive one, or `greedyPath` for large libraries.
 */
export function bestSubset(
  z: CompressedRows,
  allowed: readonly boolean[],
  start: readonly boolean[],
  method: "auto" | "stepwise" = "auto",
): SubsetChoice {
  const free = allowed.filter(Boolean).length;
  if (free === 0) return { active: [...allowed], criterion: Number.POSITIVE_INFINITY };
  if (method === "stepwise") return stepwise(z, allowed, start);
  if (free <= EXHAUSTIVE_TERMS) return exhaustive(z, allowed);
  return { ...stepwise(z, allowed, start), path: greedyPath(z, allowed) };
}
