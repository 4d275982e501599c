/**
 * The one number grammar for text the user types or files carry (CSV cells, CLI flags): an optional sign,
 * decimal digits with an optional fraction, an optional exponent. `Number()` alone also accepts `0x10`,
 * `0b101`, `0o17`, `Infinity` and reads `""` or `" "` as 0: each would be a silently different number.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value of a strict decimal literal, or undefined when `text` is not one or overflows to ±Infinity. */
export function parseDecimal(text: string): number | undefined {
  if (text.length > 1000 || !DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
