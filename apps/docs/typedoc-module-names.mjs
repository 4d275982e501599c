// @ts-check
import { Converter, ReflectionGroup, ReflectionKind } from "typedoc";
import { GROUP_ORDER, moduleRank, NAME_ORDER } from "./api-order.mjs";

/**
 * TypeDoc plugin:
 * - names each entry module after the import path users write ("neurlp/src" → "@mechanist/neurlp",
 *   "neurlp/src/conformance" → "@mechanist/neurlp/conformance", "viz/src/node" → "@mechanist/viz/node");
 * - orders the modules and, inside each, the groups and names by importance (api-order.mjs), with error
 *   classes moved to an "Errors" group at the end, so `solveODE` opens its page instead of constructors.
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const mod of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const m = /^([\w-]+)\/src(?:\/(.+))?$/.exec(mod.name);
      if (m) mod.name = `@mechanist/${m[1]}${m[2] ? `/${m[2]}` : ""}`;
    }
  });
  // After TypeDoc's GroupPlugin (priority -100) has grouped, and before the Markdown router assigns
  // anchors: it slugs in `children` order, so the page order decides who gets the bare anchor
  // (`#fit` is the function `fit`, not a class's `fit` method that TypeDoc would have visited first).
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => orderProject(context.project), -200);
}

/** @param {import("typedoc").ProjectReflection} project */
function orderProject(project) {
  const byRank = (/** @type {{ name: string }} */ a, /** @type {{ name: string }} */ b) =>
    moduleRank(a.name) - moduleRank(b.name) || a.name.localeCompare(b.name);
  project.children?.sort(byRank);
  for (const group of project.groups ?? []) group.children.sort(byRank);
  for (const mod of project.getReflectionsByKind(ReflectionKind.Module)) {
    const m = /** @type {import("typedoc").DeclarationReflection} */ (mod);
    orderGroups(m, NAME_ORDER[mod.name] ?? []);
    const pageOrder = (m.groups ?? []).flatMap((g) => g.children);
    const at = (/** @type {import("typedoc").Reflection} */ r) => {
      const i = pageOrder.indexOf(r);
      return i < 0 ? pageOrder.length : i;
    };
    m.children?.sort((a, b) => at(a) - at(b));
  }
}

/** @param {import("typedoc").Reflection} r */
const isError = (r) => r.kindOf(ReflectionKind.Class) && /Error$/.test(r.name);

/**
 * @param {import("typedoc").DeclarationReflection} mod
 * @param {string[]} first
 */
function orderGroups(mod, first) {
  if (!mod.groups) return;
  const errors = new ReflectionGroup("Errors", mod);
  for (const group of mod.groups) {
    errors.children.push(...group.children.filter(isError));
    group.children = group.children.filter((r) => !isError(r));
  }
  const groups = mod.groups.filter((g) => g.children.length > 0);
  if (errors.children.length > 0) groups.push(errors);
  const rank = (/** @type {string} */ name) => {
    const i = first.indexOf(name);
    return i < 0 ? first.length : i;
  };
  for (const g of groups)
    g.children.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  const groupRank = (/** @type {string} */ t) => {
    const i = GROUP_ORDER.indexOf(t);
    return i < 0 ? GROUP_ORDER.length - 1 : i;
  };
  mod.groups = groups.sort((a, b) => groupRank(a.title) - groupRank(b.title));
}
