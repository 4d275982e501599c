import { InvalidArgumentError, NonFiniteError } from "../errors.js";
import { Fft } from "./fft.js";

export interface PeriodicSolveOptions {
  /** Initial field on the grid x_j = j·length/n, j = 0..n−1 (n a power of two). */
  u0: ArrayLike<number>;
  /** Domain length (periodic). */
  length: number;
  /** Linear operator's Fourier symbol λ(k) as [re, im]: û_t = λ(k) û + nonlinear. */
  linear: (k: number) => [number, number];
  /** Coefficient a of the conservative advection −a (u²/2)_x (1 for KdV and Burgers). */
  advection: number;
  /** Output times, uniformly spaced, starting at 0 (the initial field is at t = 0). */
  tOut: readonly number[];
  /** Largest internal step (default 0.01). Each output interval is split into equal steps. */
  hMax?: number;
  /** Apply the 2/3 rule to the nonlinear term (default true). */
  dealias?: boolean;
  /** Number of contour points for the ETDRK4 coefficients (default 64). */
  contourPoints?: number;
}

/**
 * Solves u_t = L u − a (u²/2)_x on a periodic grid: Fourier pseudo-spectral in space, ETDRK4 in time
 * (Cox & Matthews 2002) with the coefficients evaluated by Kassam & Trefethen's contour-integral
 * mean, which avoids the cancellation of the φ-functions near λh = 0. Returns u[i] at tOut[i].
 */
export function solvePeriodic(options: PeriodicSolveOptions): number[][] {
  const { u0, length, linear, advection, tOut } = options;
  const n = u0.length;
  const fft = new Fft(n);
  const hMax = options.hMax ?? 0.01;
  const M = options.contourPoints ?? 64;
  if (tOut.length < 1 || tOut[0] !== 0) throw new InvalidArgumentError("tOut must start at 0");
  const dtOut = tOut.length > 1 ? tOut[1] - tOut[0] : 0;
  for (let i = 1; i < tOut.length; i++) {
    if (Math.abs(tOut[i] - i * dtOut) > 1e-9 * Math.max(1, tOut[i])) {
      throw new InvalidArgumentError("tOut must be uniformly spaced (t_i = i·dt)");
    }
  }
  const substeps = dtOut > 0 ? Math.max(1, Math.ceil(dtOut / hMax - 1e-9)) : 1;
  const h = dtOut / substeps;

  // Wavenumbers in FFT order; the Nyquist mode gets k = 0 so odd operators keep the field real.
  const k = new Float64Array(n);
  for (let m = 0; m < n; m++) {
    const mm = m < n / 2 ? m : m === n / 2 ? 0 : m - n;
    k[m] = (2 * Math.PI * mm) / length;
  }
  const keep = new Float64Array(n);
  const cutoff = options.dealias === false ? n / 2 : n / 3;
  for (let m = 0; m < n; m++) {
    const mm = m <= n / 2 ? m : n - m;
    keep[m] = mm < cutoff && m !== n / 2 ? 1 : 0;
  }

  const c = coefficients(k, linear, h, M);
  // Nonlinear symbol: −a (i k / 2) FFT(u²), dealiased; purely imaginary, so only gIm is stored.
  const gIm = new Float64Array(n);
  for (let m = 0; m < n; m++) gIm[m] = -advection * 0.5 * k[m] * keep[m];
  const wRe = new Float64Array(n);
  const wIm = new Float64Array(n);
  const nonlinear = (vRe: Float64Array, vIm: Float64Array, outRe: Float64Array, outIm: Float64Array) => {
    wRe.set(vRe);
    wIm.set(vIm);
    fft.inverse(wRe, wIm);
    for (let j = 0; j < n; j++) {
      wRe[j] = wRe[j] * wRe[j];
      wIm[j] = 0;
    }
    fft.forward(wRe, wIm);
    for (let m = 0; m < n; m++) {
      // (i gIm)(wRe + i wIm).
      outRe[m] = -gIm[m] * wIm[m];
      outIm[m] = gIm[m] * wRe[m];
    }
  };

  const vRe = Float64Array.from(u0);
  const vIm = new Float64Array(n);
  fft.forward(vRe, vIm);
  const arrays = () => [new Float64Array(n), new Float64Array(n)] as const;
  const [nvRe, nvIm] = arrays();
  const [aRe, aIm] = arrays();
  const [naRe, naIm] = arrays();
  const [bRe, bIm] = arrays();
  const [nbRe, nbIm] = arrays();
  const [cRe, cIm] = arrays();
  const [ncRe, ncIm] = arrays();
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);

  const out: number[][] = [Array.from(u0)];
  for (let i = 1; i < tOut.length; i++) {
    for (let s = 0; s < substeps; s++) {
      nonlinear(vRe, vIm, nvRe, nvIm);
      for (let m = 0; m < n; m++) {
        aRe[m] = c.E2re[m] * vRe[m] - c.E2im[m] * vIm[m] + c.Qre[m] * nvRe[m] - c.Qim[m] * nvIm[m];
        aIm[m] = c.E2re[m] * vIm[m] + c.E2im[m] * vRe[m] + c.Qre[m] * nvIm[m] + c.Qim[m] * nvRe[m];
      }
      nonlinear(aRe, aIm, naRe, naIm);
      for (let m = 0; m < n; m++) {
        bRe[m] = c.E2re[m] * vRe[m] - c.E2im[m] * vIm[m] + c.Qre[m] * naRe[m] - c.Qim[m] * naIm[m];
        bIm[m] = c.E2re[m] * vIm[m] + c.E2im[m] * vRe[m] + c.Qre[m] * naIm[m] + c.Qim[m] * naRe[m];
      }
      nonlinear(bRe, bIm, nbRe, nbIm);
      for (let m = 0; m < n; m++) {
        const dRe = 2 * nbRe[m] - nvRe[m];
        const dIm = 2 * nbIm[m] - nvIm[m];
        cRe[m] = c.E2re[m] * aRe[m] - c.E2im[m] * aIm[m] + c.Qre[m] * dRe - c.Qim[m] * dIm;
        cIm[m] = c.E2re[m] * aIm[m] + c.E2im[m] * aRe[m] + c.Qre[m] * dIm + c.Qim[m] * dRe;
      }
      nonlinear(cRe, cIm, ncRe, ncIm);
      for (let m = 0; m < n; m++) {
        const sRe = naRe[m] + nbRe[m];
        const sIm = naIm[m] + nbIm[m];
        const re =
          c.Ere[m] * vRe[m] -
          c.Eim[m] * vIm[m] +
          (c.f1re[m] * nvRe[m] - c.f1im[m] * nvIm[m]) +
          2 * (c.f2re[m] * sRe - c.f2im[m] * sIm) +
          (c.f3re[m] * ncRe[m] - c.f3im[m] * ncIm[m]);
        const im =
          c.Ere[m] * vIm[m] +
          c.Eim[m] * vRe[m] +
          (c.f1re[m] * nvIm[m] + c.f1im[m] * nvRe[m]) +
          2 * (c.f2re[m] * sIm + c.f2im[m] * sRe) +
          (c.f3re[m] * ncIm[m] + c.f3im[m] * ncRe[m]);
        vRe[m] = re;
        vIm[m] = im;
      }
    }
    outRe.set(vRe);
    outIm.set(vIm);
    fft.inverse(outRe, outIm);
    for (let j = 0; j < n; j++) {
      if (!Number.isFinite(outRe[j])) {
        throw new NonFiniteError(`spectral solver blew up before t=${tOut[i]}; reduce hMax (now ${hMax})`);
      }
    }
    out.push(Array.from(outRe));
  }
  return out;
}

interface Coefficients {
  Ere: Float64Array;
  Eim: Float64Array;
  E2re: Float64Array;
  E2im: Float64Array;
  Qre: Float64Array;
  Qim: Float64Array;
  f1re: Float64Array;
  f1im: Float64Array;
  f2re: Float64Array;
  f2im: Float64Array;
  f3re: Float64Array;
  f3im: Float64Array;
}

type C = [number, number];
const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const scale = (a: C, s: number): C => [a[0] * s, a[1] * s];
const div = (a: C, b: C): C => {
  const d = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
};
const exp = (a: C): C => {
  const e = Math.exp(a[0]);
  return [e * Math.cos(a[1]), e * Math.sin(a[1])];
};

/**
 * ETDRK4 coefficients per mode (Kassam & Trefethen 2005, eq. 2.5 and §3): each φ-type function of
 * z = hλ is the mean of its values on M points of the unit circle centred at z.
 */
function coefficients(k: Float64Array, linear: (k: number) => C, h: number, M: number): Coefficients {
  const n = k.length;
  const make = () => new Float64Array(n);
  const c: Coefficients = {
    Ere: make(),
    Eim: make(),
    E2re: make(),
    E2im: make(),
    Qre: make(),
    Qim: make(),
    f1re: make(),
    f1im: make(),
    f2re: make(),
    f2im: make(),
    f3re: make(),
    f3im: make(),
  };
  for (let m = 0; m < n; m++) {
    const z = scale(linear(k[m]), h);
    const E = exp(z);
    const E2 = exp(scale(z, 0.5));
    let q: C = [0, 0];
    let f1: C = [0, 0];
    let f2: C = [0, 0];
    let f3: C = [0, 0];
    for (let j = 0; j < M; j++) {
      const theta = (2 * Math.PI * (j + 0.5)) / M;
      const r = add(z, [Math.cos(theta), Math.sin(theta)]);
      const er = exp(r);
      const r2 = mul(r, r);
      const r3 = mul(r2, r);
      q = add(q, div(add(exp(scale(r, 0.5)), [-1, 0]), r));
      // (−4 − r + eʳ(4 − 3r + r²)) / r³
      f1 = add(f1, div(add(add([-4, 0], scale(r, -1)), mul(er, add(add([4, 0], scale(r, -3)), r2))), r3));
      // (2 + r + eʳ(r − 2)) / r³
      f2 = add(f2, div(add(add([2, 0], r), mul(er, add(r, [-2, 0]))), r3));
      // (−4 − 3r − r² + eʳ(4 − r)) / r³
      f3 = add(
        f3,
        div(add(add(add([-4, 0], scale(r, -3)), scale(r2, -1)), mul(er, add([4, 0], scale(r, -1)))), r3),
      );
    }
    const s = h / M;
    [c.Ere[m], c.Eim[m]] = E;
    [c.E2re[m], c.E2im[m]] = E2;
    [c.Qre[m], c.Qim[m]] = scale(q, s);
    [c.f1re[m], c.f1im[m]] = scale(f1, s);
    [c.f2re[m], c.f2im[m]] = scale(f2, s);
    [c.f3re[m], c.f3im[m]] = scale(f3, s);
  }
  return c;
}
