/**
 * The support search's inner fit: the staircase Householder on the compressed rows (src/discover/subset-fit.ts)
 * against the dense QR it replaced (autodiff's `lstsq` on every row; test/dense-subset-fit.ts). Libraries of 10, 20
 * and 35 terms (3-D degree 2, 3-D degree 3, 4-D degree 3), supports drawn at random per size. Rounds are interleaved
 * (both methods on the same supports in each round) and the table reports medians, so the load of a shared machine
 * falls on both alike. Every fit's RSS is checked equal between the two. Writes bench-results/subset-fit.json.
 * Run: pnpm bench:subset-fit
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { matrix, Rng } from "@mechanist/autodiff";
import { type CompressedRows, compressRows, subsetFit } from "../src/discover/subset.js";
import { denseSubsetFit } from "../test/dense-subset-fit.js";

const ROUNDS = 15;
const FITS = 2000;
const CASES = [
  { terms: 10, sizes: [2, 5, 8] },
  { terms: 20, sizes: [3, 8, 15] },
  { terms: 35, sizes: [4, 10, 20, 30] },
];

/** Compressed rows of a random 2000-row regression (Gaussian columns). */
function problem(rng: Rng, terms: number): CompressedRows {
  const rows = 2000;
  const a = matrix(rows, terms);
  const b = new Float64Array(rows);
  for (let i = 0; i < a.data.length; i++) a.data[i] = rng.normal();
  for (let i = 0; i < rows; i++) b[i] = rng.normal();
  return compressRows(a, b);
}

/** `count` supports of `size` of `terms` columns, uniformly at random. */
function supports(rng: Rng, terms: number, size: number, count: number): boolean[][] {
  return Array.from({ length: count }, () => {
    const order = Array.from({ length: terms }, (_, j) => j);
    // Fisher–Yates: the first `size` entries are a uniform random subset.
    for (let i = 0; i < size; i++) {
      const k = i + Math.floor(rng.next() * (terms - i));
      [order[i], order[k]] = [order[k], order[i]];
    }
    const chosen = new Set(order.slice(0, size));
    return Array.from({ length: terms }, (_, j) => chosen.has(j));
  });
}

/** Microseconds per fit over the batch, and the fits' RSS. */
function timed(solve: (s: boolean[]) => { rss: number }, batch: boolean[][]): { us: number; rss: number[] } {
  const start = performance.now();
  const rss = batch.map((s) => solve(s).rss);
  return { us: ((performance.now() - start) * 1000) / batch.length, rss };
}

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

const rng = new Rng(7);
const loadAtStart = loadavg().map((v) => Number(v.toFixed(2)));
const rows: Array<{ terms: number; size: number; denseUs: number; staircaseUs: number; speedup: number }> =
  [];
for (const { terms, sizes } of CASES) {
  const z = problem(rng, terms);
  for (const size of sizes) {
    const batch = supports(rng, terms, size, FITS);
    const dense: number[] = [];
    const staircase: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const d = timed((s) => denseSubsetFit(z, s), batch);
      const f = timed((s) => subsetFit(z, s), batch);
      if (d.rss.some((v, i) => v !== f.rss[i]))
        throw new Error(`RSS differs at ${terms} terms, size ${size}`);
      dense.push(d.us);
      staircase.push(f.us);
    }
    const row = { terms, size, denseUs: median(dense), staircaseUs: median(staircase), speedup: 0 };
    row.speedup = row.denseUs / row.staircaseUs;
    rows.push(row);
  }
}
const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  node: process.version,
  loadavgAtStart: loadAtStart,
  loadavgAtEnd: loadavg().map((v) => Number(v.toFixed(2))),
};
console.log("| library terms | support size | dense QR (µs/fit) | staircase (µs/fit) | speed-up |");
console.log("|---|---|---|---|---|");
for (const r of rows)
  console.log(
    `| ${r.terms} | ${r.size} | ${r.denseUs.toFixed(1)} | ${r.staircaseUs.toFixed(1)} | ${r.speedup.toFixed(2)}× |`,
  );
console.log(
  `\nmachine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average ${machine.loadavgAtStart.join(" ")} before, ${machine.loadavgAtEnd.join(" ")} after; ${ROUNDS} interleaved rounds of ${FITS} fits, medians; every RSS equal bit for bit`,
);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/subset-fit.json",
  `${JSON.stringify({ machine, rounds: ROUNDS, fitsPerRound: FITS, rows }, null, 2)}\n`,
);
