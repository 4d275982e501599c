import { lstsq, matrix, Rng } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import {
  bestSubset,
  bic,
  compressRows,
  PATH_PER_SIZE,
  pairResiduals,
  subsetFit,
} from "../src/discover/subset.js";

/** A random regression with `rows` rows, `terms` columns (nearly collinear pairs) and a planted sparse truth. */
function problem(seed: number, rows: number, terms: number, truth: Record<number, number>, noise: number) {
  const rng = new Rng(seed);
  const a = matrix(rows, terms);
  const b = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < terms; j++) {
      // Column j + 1 is column j plus a small independent part: the library is ill conditioned.
      const base = j % 2 === 1 ? a.data[i * terms + j - 1] : 0;
      a.data[i * terms + j] = base + (j % 2 === 1 ? 0.05 : 1) * rng.normal();
    }
    for (const [j, c] of Object.entries(truth)) b[i] += c * a.data[i * terms + Number(j)];
    b[i] += noise * rng.normal();
  }
  return { a, b };
}

/**
 * A regression whose column 3 is column 0 up to 1e-3 (a near-tie twin: x and x³ on a cycle of amplitude ≈ 1), with a
 * planted sparse truth over the columns and noise 0.1.
 */
function twinProblem(seed: number, rows: number, terms: number, truth: Record<number, number>) {
  const rng = new Rng(seed);
  const a = matrix(rows, terms);
  const b = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < terms; j++)
      a.data[i * terms + j] = j === 3 ? a.data[i * terms] + 1e-3 * rng.normal() : rng.normal();
    for (const [j, c] of Object.entries(truth)) b[i] += c * a.data[i * terms + Number(j)];
    b[i] += 0.1 * rng.normal();
  }
  return { a, b };
}

/** "0,5": the active columns of a support, as the path tests name them. */
const supportKey = (active: readonly boolean[]) => active.flatMap((on, j) => (on ? [j] : [])).join(",");

describe("best-subset search on QR-compressed rows", () => {
  it("a subset fit from the compressed triangle equals least squares on all rows (second algorithm)", () => {
    const { a, b } = problem(3, 400, 7, { 0: 2, 3: -1.5 }, 0.1);
    const z = compressRows(a, b);
    for (const mask of [0b1001, 0b1111111, 0b0110010, 0b1]) {
      const active = Array.from({ length: 7 }, (_, j) => ((mask >> j) & 1) === 1);
      const cols = active.flatMap((on, j) => (on ? [j] : []));
      const sub = matrix(400, cols.length);
      for (let i = 0; i < 400; i++)
        for (const [c, j] of cols.entries()) sub.data[i * cols.length + c] = a.data[i * 7 + j];
      const x = lstsq(sub, matrix(400, 1, b)).data;
      let rss = 0;
      for (let i = 0; i < 400; i++) {
        let p = 0;
        for (let c = 0; c < cols.length; c++) p += sub.data[i * cols.length + c] * x[c];
        rss += (b[i] - p) ** 2;
      }
      const fit = subsetFit(z, active);
      for (const [c, j] of cols.entries()) expect(fit.coefficients[j]).toBeCloseTo(x[c], 10);
      expect(fit.rss / rss).toBeCloseTo(1, 9);
    }
  });
  it("pair residuals equal the subset fits they screen for, dependent columns included (second algorithm)", () => {
    const T = 9;
    const { a, b } = twinProblem(21, 300, T, { 0: 2, 5: -1, 7: 0.3 });
    // Column 8 a copy of column 1 (in `rest` below): adding it changes nothing.
    for (let i = 0; i < 300; i++) a.data[i * T + 8] = a.data[i * T + 1];
    const z = compressRows(a, b);
    for (const rest of [[1], [1, 2], [4, 1, 6], []]) {
      const candidates = Array.from({ length: T }, (_, j) => j).filter((j) => !rest.includes(j));
      const rss = pairResiduals(z, rest, candidates);
      for (let p = 0; p < candidates.length; p++)
        for (let q = p + 1; q < candidates.length; q++) {
          const active = Array.from({ length: T }, (_, j) =>
            [...rest, candidates[p], candidates[q]].includes(j),
          );
          expect(rss(p, q) / subsetFit(z, active).rss).toBeCloseTo(1, 9);
        }
    }
  });

  it("exhaustive search finds a planted support among nearly collinear columns; stepwise does on 14 columns", () => {
    const truth = { 1: 3, 4: -2, 6: 0.5 };
    const small = problem(5, 600, 8, truth, 0.05);
    const all8 = new Array<boolean>(8).fill(true);
    const found = bestSubset(compressRows(small.a, small.b), all8, all8);
    expect(found.active.flatMap((on, j) => (on ? [j] : []))).toEqual([1, 4, 6]);
    expect(new Set(found.path?.map((p) => p.active.filter(Boolean).length)).size).toBe(8);
    const big = problem(6, 600, 14, truth, 0.05);
    const all14 = new Array<boolean>(14).fill(true);
    const stepwise = bestSubset(compressRows(big.a, big.b), all14, all14, "stepwise");
    expect(stepwise.path).toBeUndefined();
    expect(stepwise.active.flatMap((on, j) => (on ? [j] : []))).toEqual([1, 4, 6]);
  });

  it("the exhaustive path keeps, per size, the best support and its near ties (brute force)", () => {
    // Column 3 is column 0 up to 1e-3: swapping them changes the residual by far less than the noise, the case of
    // x and x³ on a cycle of amplitude ≈ 1, where the truth must not be dropped for its twin.
    const n = 500;
    const T = 7;
    const { a, b } = twinProblem(11, n, T, { 0: 2, 5: -1 });
    const z = compressRows(a, b);
    const all = new Array<boolean>(T).fill(true);
    const path = bestSubset(z, all, all).path ?? [];
    expect(path.map((p) => supportKey(p.active))).toContain("0,5");
    expect(path.map((p) => supportKey(p.active))).toContain("3,5");
    for (let k = 1; k <= T; k++) {
      const bySize: Array<{ key: string; criterion: number }> = [];
      for (let m = 1; m < 1 << T; m++) {
        const active = Array.from({ length: T }, (_, j) => ((m >> j) & 1) === 1);
        if (active.filter(Boolean).length !== k) continue;
        bySize.push({ key: supportKey(active), criterion: bic(subsetFit(z, active).rss, n, k) });
      }
      bySize.sort((p, q) => p.criterion - q.criterion);
      const expected = bySize
        .slice(0, PATH_PER_SIZE)
        .filter((c) => c.criterion <= bySize[0].criterion + 2 * Math.log(n))
        .map((c) => c.key);
      const got = path.filter((p) => p.active.filter(Boolean).length === k).map((p) => supportKey(p.active));
      expect(got).toEqual(expected);
    }
  });

  it("above 12 columns the greedy path holds the planted support and its near-tie twin", () => {
    // 14 columns, column 3 = column 0 up to 1e-3: forward selection takes one twin, the swaps add the other.
    const T = 14;
    const { a, b } = twinProblem(5, 400, T, { 0: 2, 5: -1, 9: 0.5 });
    const all = new Array<boolean>(T).fill(true);
    const found = bestSubset(compressRows(a, b), all, all);
    const keys = (found.path ?? []).map((p) => supportKey(p.active));
    expect(keys).toContain("0,5,9");
    expect(keys).toContain("3,5,9");
    for (let k = 1; k <= T; k++)
      expect(keys.filter((key) => key.split(",").length === k).length).toBeLessThanOrEqual(PATH_PER_SIZE);
  });
});
