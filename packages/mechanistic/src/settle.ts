import type { Steps } from "@mechanist/autodiff";

/**
 * In a `Steps` generator: waits only for a Promise (an asynchronous backend's result); a synchronous value
 * passes straight through, so the synchronous driver never sees a yield.
 */
export function* settle<T>(v: T | Promise<T>): Steps<T> {
  return v instanceof Promise ? ((yield v) as T) : v;
}
