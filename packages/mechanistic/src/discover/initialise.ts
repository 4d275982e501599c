/** Stage "initialise": ξ from least squares on the smoothed derivatives (the STLSQ start), or zeros. */
import type { Library } from "../library.js";
import { activeLeastSquares } from "../stlsq.js";
import type { Settings } from "./options.js";
import type { PreparedData } from "./prepare.js";

export function initialCoefficients(library: Library, data: PreparedData, settings: Settings): number[][] {
  const T = library.size;
  const dim = library.variables.length;
  if (settings.init === "zeros") return Array.from({ length: dim }, () => new Array<number>(T).fill(0));
  const theta = library.evaluate(data.states);
  const allActive = new Array<boolean>(T).fill(true);
  return Array.from({ length: dim }, (_, d) => activeLeastSquares(theta, data.derivatives, d, allActive));
}
