/** The --init and --t flags of `mechanist solve`. */
import { parseDecimal } from "@mechanist/datasets";
import { UsageError } from "../errors.js";

const INIT_NAME = /^u(?:('*)|\^\((\d+)\))$/;

/** `u=1,u'=0` → [1, 0]: values for orders 0..m−1 (m ≤ p), consecutive from u. */
export function parseInit(text: string, order: number): number[] {
  const values = new Map<number, number>();
  for (const part of text.split(",")) {
    const [name = "", value, extra] = part.split("=").map((s) => s.trim());
    const m = INIT_NAME.exec(name);
    // Strict decimals, as everywhere on the command line: Number() would read 0x10 as 16 and "" as 0.
    const v = value === undefined ? undefined : parseDecimal(value);
    if (m && value !== undefined && v === undefined && extra === undefined)
      throw new UsageError(
        `--init: the value of ${name}, "${value}", is not a finite decimal number (e.g. 1, -0.5, 2e-3)`,
      );
    if (!m || v === undefined || extra !== undefined)
      throw new UsageError(`--init: "${part}" is not of the form u=1 or u'=0 (e.g. --init "u=1,u'=0")`);
    const k = m[2] !== undefined ? Number(m[2]) : (m[1] ?? "").length;
    if (k >= order)
      throw new UsageError(
        `--init: ${name} has order ${k}, but an order-${order} equation takes initial values of orders 0..${order - 1} only`,
      );
    if (values.has(k)) throw new UsageError(`--init: ${name} is given twice`);
    values.set(k, v);
  }
  const out: number[] = [];
  for (let k = 0; k < values.size; k++) {
    const v = values.get(k);
    if (v === undefined)
      throw new UsageError(
        `--init: give the orders from u upward without gaps (order ${k} is missing), e.g. --init "u=1,u'=0"`,
      );
    out.push(v);
  }
  return out;
}

/** `START:END:STEP` → t = START, START+STEP, … ≤ END (END included within rounding). */
export function parseGrid(text: string): { t: number[]; step: number } {
  const parts = text.split(":");
  const nums = parts.map((p) => parseDecimal(p.trim()));
  if (parts.length !== 3 || nums.some((n) => n === undefined))
    throw new UsageError(`--t must be START:END:STEP with three numbers, e.g. --t 0:10:0.01; got "${text}"`);
  const [start, end, step] = nums as [number, number, number];
  if (step <= 0) throw new UsageError(`--t: STEP must be > 0, got ${step}`);
  if (end <= start) throw new UsageError(`--t: END must be greater than START, got ${start}:${end}`);
  const n = Math.floor((end - start) / step + 1e-9) + 1;
  if (n < 3)
    throw new UsageError(`--t gives ${n} grid points; the solver needs at least 3 (use a smaller STEP)`);
  if (n > 10_000_000)
    throw new UsageError(`--t gives ${n} grid points; use at most 10 000 000 (a larger STEP)`);
  return { t: Array.from({ length: n }, (_, i) => start + i * step), step };
}
