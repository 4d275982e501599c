// @ts-check
import { Converter, ReflectionKind } from "typedoc";

/** TypeDoc plugin: name each entry module after its package ("neurlp/src" → "@mechanist/neurlp"). */
/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const mod of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const m = /^([\w-]+)\/src$/.exec(mod.name);
      if (m) mod.name = `@mechanist/${m[1]}`;
    }
  });
}
