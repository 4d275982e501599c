/**
 * Option objects of the public APIs check their keys: JavaScript callers (and `as any` casts) can pass a
 * misspelt key such as `{ treshold: 0.1 }`, which would otherwise be ignored without a word. Each package
 * keeps a `Record<keyof Options, true>` of its keys (so TypeScript keeps the list complete) and throws its
 * own error class with the message built here.
 */
export type OptionKeys<T> = Readonly<Record<keyof T, true>>;

/** Levenshtein distance, for the "did you mean" hint (option names are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = row;
  }
  return previous[b.length]!;
}

function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(key, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * A message naming the first key of `options` that `known` does not list (with the closest known key and
 * the full list), or undefined when every key is known. `where` names the API, e.g. "solveODE options".
 * Keys whose value is undefined are ignored (spreading partial options is common and harmless). Options that are
 * not an object at all (null, a number, an array) get a message too: reading a field of null would otherwise
 * surface as a TypeError from deep inside the API.
 */
export function unknownOptionMessage(
  options: unknown,
  known: Readonly<Record<string, true>>,
  where: string,
): string | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    const got = Array.isArray(options) ? "an array" : options === null ? "null" : typeof options;
    return `${where} must be an object (or left out), got ${got}`;
  }
  const names = Object.keys(known);
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || Object.hasOwn(known, key)) continue;
    const hint = closest(key, names);
    const suggestion = hint === undefined ? "" : ` (did you mean "${hint}"?)`;
    return `${where}: unknown option "${key}"${suggestion}; known options: ${names.join(", ")}`;
  }
  return undefined;
}

/**
 * Throws `new ErrorClass(message)` when `unknownOptionMessage` has something to say: the one check behind every
 * package's option validation, each package passing its own error class.
 */
export function assertKnownOptions(
  options: unknown,
  known: Readonly<Record<string, true>>,
  where: string,
  ErrorClass: new (message: string) => Error,
): void {
  const message = unknownOptionMessage(options, known, where);
  if (message !== undefined) throw new ErrorClass(message);
}
