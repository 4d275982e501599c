import { describe, expect, it } from "vitest";
import {
  EquationError,
  formatLinearOde,
  MAX_DEPTH,
  MAX_SOURCE_LENGTH,
  parseLinearOde,
  sampleLinearOde,
} from "../src/equation/index.js";

const linear = parseLinearOde;

describe("linear ODE parser", () => {
  it("splits a linear equation into coefficients a_k(t) and forcing f(t)", () => {
    const ode = linear("u'' + 0.3u' + 4u = 0");
    expect(ode.order).toBe(2);
    expect([0, 1, 2].map((k) => ode.coefficient(k, 1.7))).toEqual([4, 0.3, 1]);
    const tv = linear("2*t*u + u' - sin(t) = exp(-t) + 1e-3*u''' - 3");
    expect(tv.order).toBe(3);
    for (const t of [0, 0.5, 2]) {
      expect(tv.coefficient(0, t)).toBeCloseTo(2 * t, 14);
      expect(tv.coefficient(1, t)).toBe(1);
      expect(tv.coefficient(2, t)).toBe(0);
      expect(tv.coefficient(3, t)).toBeCloseTo(-1e-3, 14);
      expect(tv.forcing(t)).toBeCloseTo(Math.exp(-t) - 3 + Math.sin(t), 14);
    }
    const misc = linear("-(t^2 + pi)u^(2)/2 + abs(t - e)*u = sqrt(t)*tanh(t) + log(2)cos(t)");
    expect(misc.coefficient(2, 3)).toBeCloseTo(-(9 + Math.PI) / 2, 14);
    expect(misc.coefficient(0, 3)).toBeCloseTo(3 - Math.E, 14);
    expect(misc.forcing(3)).toBeCloseTo(Math.sqrt(3) * Math.tanh(3) + Math.log(2) * Math.cos(3), 14);
  });
  it("rejects malformed and nonlinear equations at the offending character", () => {
    const at = (s: string) => {
      try {
        linear(s);
      } catch (e) {
        expect(e).toBeInstanceOf(EquationError);
        return (e as EquationError).position;
      }
      throw new Error(`accepted ${s}`);
    };
    expect(at("u' + 4u = 0 )")).toBe(12);
    expect(at("u' + 4 $ u = 0")).toBe(7);
    expect(at("u' + foo(t)*u = 0")).toBe(5);
    expect(at("u' + (t = 0")).toBe(8);
    expect(at("u' + 2u")).toBe(7);
    expect(at("u*u' = 0")).toBe(2);
    expect(at("u' + u^2 = 0")).toBe(5);
    expect(at("u' + sin(u) = 0")).toBe(9);
    expect(at("u' + 1/u = 0")).toBe(7);
    expect(at("4u = t")).toBe(0);
  });

  it("u(t), u'(t) are function notation, not a product with t", () => {
    const ode = linear("u'(t) + u(t) = 0");
    expect([ode.coefficient(0, 5), ode.coefficient(1, 5)]).toEqual([1, 1]);
    expect(ode.timeVarying).toBe(false);
    expect(linear("u''(t)+t*u( t ) = 1").coefficient(0, 3)).toBe(3);
  });

  it("deep nesting is refused with an EquationError, never a stack overflow", () => {
    for (const depth of [MAX_DEPTH + 1, 5000]) {
      const nested = `u' + ${"(".repeat(depth)}u${")".repeat(depth)} = 0`;
      expect(() => linear(nested)).toThrow(EquationError);
      expect(() => linear(`u' = ${"-".repeat(depth)}1`)).toThrow(/nested more than/);
      expect(() => linear(`u' = ${"2^".repeat(depth)}1`)).toThrow(EquationError);
      expect(() => linear(`u' = ${"sin(".repeat(depth)}t${")".repeat(depth)}`)).toThrow(EquationError);
    }
    const ok = `u' + ${"(".repeat(MAX_DEPTH - 1)}u${")".repeat(MAX_DEPTH - 1)} = 0`;
    expect(linear(ok).coefficient(0, 0)).toBe(1);
  });

  it("long sums and products parse and evaluate in linear time (10,000 terms)", () => {
    expect(() => linear(`u' = ${"1+".repeat(MAX_SOURCE_LENGTH)}1`)).toThrow(/longer than/);
    for (const n of [10_000]) {
      const ode = linear(`u' ${" + 1e-3*t*u".repeat(n)} = ${"1 + ".repeat(n)}0`);
      expect(ode.coefficient(0, 2)).toBeCloseTo(n * 2e-3, 8);
      expect(ode.forcing(0)).toBe(n);
      const product = linear(`u' = ${"1*".repeat(n / 5)}u`);
      expect(product.coefficient(0, 0)).toBe(-1);
    }
  });

  it("derivative orders, numbers and names are checked", () => {
    expect(() => linear("u^(1000000) = 0")).toThrow(/order 1000000 is too high/);
    expect(() => linear("u^(99999999999999999999) = 0")).toThrow(EquationError);
    expect(() => linear("u' = 1e999")).toThrow(/overflows/);
    for (const name of ["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty"]) {
      expect(() => linear(`u' + u = ${name}^0`)).toThrow(/unknown name/);
      expect(() => linear(`u' + ${name}(t)*u = 0`)).toThrow(/unknown name/);
    }
    expect(() => linear("u' = 0x10")).toThrow(EquationError);
    // another letter for the unknown: say that it is called u (was "unexpected character")
    for (const eq of ["v' + v = 0", "y'' + y = 0", "u' + x' = 0"])
      expect(() => linear(eq)).toThrow(/derivative of an unknown function: the unknown is called u/);
  });

  it("reports time dependence", () => {
    expect(linear("u'' + 0.3u' + 4u = 0").timeVarying).toBe(false);
    expect(linear("u' + 2*t*u = 0").timeVarying).toBe(true);
    expect(linear("u' = sin(t)").timeVarying).toBe(true);
    expect(linear("u' = sin(pi)").timeVarying).toBe(false);
  });
});

describe("sampleLinearOde and formatLinearOde", () => {
  it("samples coefficients per grid point and refuses non-finite values by name", () => {
    const { coefficients, rhs } = sampleLinearOde(linear("u' + t*u = cos(t)"), [0, 1, 2]);
    expect([...coefficients]).toEqual([0, 1, 1, 1, 2, 1]);
    expect([...rhs]).toEqual([1, Math.cos(1), Math.cos(2)]);
    expect(() => sampleLinearOde(linear("u' + log(t)*u = 0"), [0, 1])).toThrow(
      /coefficient of u is -Infinity at t = 0/,
    );
    expect(() => sampleLinearOde(linear("u' = 1e200*1e200"), [0, 1])).toThrow(/right-hand side is Infinity/);
    expect(() => sampleLinearOde(linear("u' - u' + u = 0"), [0, 1])).toThrow(/0 at every grid point/);
  });

  it("formats constant-coefficient equations canonically and others as typed", () => {
    expect(formatLinearOde(linear("u'' + 0.3u' + 4u = 0"))).toBe("u'' + 0.3u' + 4u = 0");
    expect(formatLinearOde(linear("-u' = u - 3"))).toBe("-u' - u = -3");
    expect(formatLinearOde(linear("u' +  t*u = 0"))).toBe("u' + t*u = 0");
  });
});
