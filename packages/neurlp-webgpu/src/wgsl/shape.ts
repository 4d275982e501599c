import type { Arithmetic } from "./arith.js";

/**
 * A shape class: the small sizes baked into the WGSL as constants (so loops over a block have
 * constant bounds) — batch, N and the other large sizes are runtime parameters. One compiled
 * pipeline per (kernel, shape class), cached by the backend.
 */
export interface ShapeClass {
  arith: Arithmetic;
  /** Block size n = D·K. */
  n: number;
  /** Bandwidth in blocks (2 central, 1 continuous). */
  W: number;
  D: number;
  K: number;
  E: number;
}

export function constants(s: ShapeClass): string {
  return `
const n: u32 = ${s.n}u;
const W: u32 = ${s.W}u;
const RL: u32 = ${(s.W + 1) * s.n}u;
const D: u32 = ${s.D}u;
const K: u32 = ${s.K}u;
const E: u32 = ${s.E}u;
`;
}

export const WORKGROUP = 64;
