import { join } from "node:path";
import ts from "typescript";
import { publicPackages } from "./packages.js";

/** Every public entry point: each path of each published package's "exports" map, as its source file. */
export function entryPoints(): { name: string; file: string }[] {
  return publicPackages().flatMap((pkg) =>
    Object.entries((pkg.json.exports ?? {}) as Record<string, { source: string }>).map(([path, target]) => ({
      name: path === "." ? pkg.name : `${pkg.name}/${path.slice(2)}`,
      file: join(pkg.dir, target.source),
    })),
  );
}

/**
 * The exported functions and classes (namespaces included) of each entry point that have no doc comment,
 * as "module: name". Re-exports are followed to the declaration; an overloaded function counts as
 * documented when any of its declarations is.
 */
export function undocumentedExports(): string[] {
  const entries = entryPoints();
  const program = ts.createProgram(
    entries.map((e) => e.file),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      customConditions: ["source"],
      allowImportingTsExtensions: false,
    },
  );
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  const visit = (label: string, symbols: ts.Symbol[]) => {
    for (const exported of symbols) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (symbol.flags & ts.SymbolFlags.ValueModule) {
        visit(`${label}.${exported.name}`, checker.getExportsOfModule(symbol));
        continue;
      }
      if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class))) continue;
      const documented = (symbol.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
      if (!documented) missing.push(`${label}: ${exported.name}`);
    }
  };
  for (const e of entries) {
    const source = program.getSourceFile(e.file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read ${e.file}`);
    visit(e.name, checker.getExportsOfModule(module));
  }
  return [...new Set(missing)].sort();
}
