import { format } from "d3-format";
import type { ScaleContinuousNumeric, ScaleLogarithmic } from "d3-scale";

export interface Tick {
  value: number;
  label: string;
}

const superscript: Record<string, string> = {
  "-": "\u207b",
  "0": "\u2070",
  "1": "\u00b9",
  "2": "\u00b2",
  "3": "\u00b3",
  "4": "\u2074",
  "5": "\u2075",
  "6": "\u2076",
  "7": "\u2077",
  "8": "\u2078",
  "9": "\u2079",
};

/** 10⁻³-style label for a power of ten outside the range where plain numbers read well. */
function powerLabel(v: number): string {
  const k = Math.round(Math.log10(v));
  if (k >= -2 && k <= 3) return format("~g")(v);
  return `10${String(k)
    .split("")
    .map((c) => superscript[c] ?? c)
    .join("")}`;
}

/** Ticks of a linear scale with d3's precision-aware labels. */
export function linearTicks(scale: ScaleContinuousNumeric<number, number>, count: number): Tick[] {
  const fmt = scale.tickFormat(count);
  return scale.ticks(count).map((value) => ({ value, label: fmt(value) }));
}

/** Ticks of a log scale: powers of ten when the domain spans two or more, else d3's ticks. */
export function logTicks(scale: ScaleLogarithmic<number, number>, count: number): Tick[] {
  const all = scale.ticks();
  const powers = all.filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  if (powers.length >= 2) {
    // Decade labels are short, so allow a few more than the linear tick count before thinning.
    const step = Math.ceil(powers.length / Math.max(2, count + 2));
    return powers.filter((_, i) => i % step === 0).map((value) => ({ value, label: powerLabel(value) }));
  }
  const ticks = scale.ticks(count);
  const fmt = format("~g");
  const keep =
    ticks.length > count * 2 ? ticks.filter((_, i) => i % Math.ceil(ticks.length / count) === 0) : ticks;
  return keep.map((value) => ({ value, label: fmt(value) }));
}
