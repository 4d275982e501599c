import { describe, expect, it } from "vitest";
import {
  burgersColeHopf,
  Fft,
  generateBurgers,
  generateKdv,
  InvalidArgumentError,
  kdvSoliton,
  solveBurgers,
  solveKdv,
} from "../src/index.js";

const grid = (n: number, L: number) => Array.from({ length: n }, (_, j) => (j * L) / n);
const sum = (u: number[]) => u.reduce((s, v) => s + v, 0);
const maxAbs = (u: number[]) => Math.max(...u.map(Math.abs));

describe("Fft", () => {
  it("matches a direct DFT and inverts", () => {
    const n = 16;
    const re = Float64Array.from({ length: n }, (_, j) => Math.sin(j * 1.3) + j / n);
    const im = Float64Array.from({ length: n }, (_, j) => Math.cos(j * 0.7));
    const [r0, i0] = [re.slice(), im.slice()];
    const fft = new Fft(n);
    fft.forward(re, im);
    for (let k = 0; k < n; k++) {
      let sr = 0;
      let si = 0;
      for (let j = 0; j < n; j++) {
        const a = (-2 * Math.PI * j * k) / n;
        sr += r0[j] * Math.cos(a) - i0[j] * Math.sin(a);
        si += r0[j] * Math.sin(a) + i0[j] * Math.cos(a);
      }
      expect(re[k]).toBeCloseTo(sr, 12);
      expect(im[k]).toBeCloseTo(si, 12);
    }
    fft.inverse(re, im);
    for (let j = 0; j < n; j++) expect(re[j]).toBeCloseTo(r0[j], 13);
    expect(() => new Fft(12)).toThrow(InvalidArgumentError);
  });
});

describe("KdV (u_t + u u_x + u_xxx = 0, pseudo-spectral + ETDRK4)", () => {
  // Soliton centred so that its tails (3c·sech² at 25 half-widths ≈ 1e-10) do not feel the periodic wrap.
  const soliton = (h: number) => {
    const L = 60;
    const x = grid(256, L);
    const tOut = [0, 1, 2, 3, 4, 5];
    const u = solveKdv(
      x.map((xj) => kdvSoliton(xj, 0, 1, 25)),
      L,
      tOut,
      h,
    );
    return Math.max(...tOut.map((t, i) => maxAbs(u[i].map((v, j) => v - kdvSoliton(x[j], t, 1, 25)))));
  };

  it("moves a single soliton (c = 1, amplitude 3) with its closed form to 1e-7, 4th order in time", () => {
    const fine = soliton(0.01);
    const coarse = soliton(0.02);
    expect(fine).toBeLessThan(1e-7);
    expect(Math.log2(coarse / fine)).toBeGreaterThan(3.5);
  });

  it("conserves mass to 1e-12 and energy to 1e-6 (relative) for an LPSDA-style random field", () => {
    const tr = generateKdv({ seed: 3, nx: 128, nt: 26, ntEffective: 26, endTime: 10, hMax: 0.02 });
    expect(tr.u).toHaveLength(26);
    expect(tr.u[0]).toHaveLength(128);
    const m0 = sum(tr.u[0]) * tr.dx;
    const e0 = sum(tr.u[0].map((v) => v * v)) * tr.dx;
    for (const ui of tr.u) {
      expect(Math.abs(sum(ui) * tr.dx - m0)).toBeLessThan(1e-12 * Math.max(1, maxAbs(tr.u[0]) * tr.L));
      expect(Math.abs(sum(ui.map((v) => v * v)) * tr.dx - e0) / e0).toBeLessThan(1e-6);
    }
  });

  it("reproduces the LPSDA 'KdV easy' shapes and is deterministic by seed", () => {
    const a = generateKdv({ seed: 1, nt: 250, ntEffective: 140, endTime: 2, hMax: 0.05 });
    expect(a.u).toHaveLength(140);
    expect(a.u[0]).toHaveLength(256);
    expect(a.t).toHaveLength(140);
    expect(a.L).toBeGreaterThanOrEqual(128 * 0.9);
    expect(a.L).toBeLessThanOrEqual(128 * 1.1);
    expect(a.initial.A).toHaveLength(10);
    expect(new Set(a.initial.l).size).toBeLessThanOrEqual(2);
    const b = generateKdv({ seed: 1, nt: 250, ntEffective: 140, endTime: 2, hMax: 0.05 });
    expect(b.u).toEqual(a.u);
    const c = generateKdv({ seed: 2, nt: 250, ntEffective: 140, endTime: 2, hMax: 0.05 });
    expect(c.initial.A).not.toEqual(a.initial.A);
  });
});

describe("Burgers (u_t + u u_x = ν u_xx)", () => {
  it("matches the Cole–Hopf solution to 1e-8", () => {
    const nu = 0.1;
    const a = 1.5;
    const n = 64;
    const x = grid(n, 2 * Math.PI);
    const tOut = [0, 0.5, 1, 1.5, 2];
    const u = solveBurgers(
      x.map((xj) => burgersColeHopf(xj, 0, nu, a)),
      2 * Math.PI,
      nu,
      tOut,
      0.005,
    );
    for (let i = 0; i < tOut.length; i++) {
      const exact = x.map((xj) => burgersColeHopf(xj, tOut[i], nu, a));
      expect(maxAbs(u[i].map((v, j) => v - exact[j]))).toBeLessThan(1e-8);
    }
  });

  it("conserves mass and dissipates energy for a random field", () => {
    const tr = generateBurgers({ seed: 5, nx: 128, nt: 11, endTime: 2 });
    const m0 = sum(tr.u[0]) * tr.dx;
    let e = Number.POSITIVE_INFINITY;
    for (const ui of tr.u) {
      expect(Math.abs(sum(ui) * tr.dx - m0)).toBeLessThan(1e-12);
      const ei = sum(ui.map((v) => v * v));
      expect(ei).toBeLessThan(e);
      e = ei;
    }
  });
});
