// pnpm hooks. `beforePacking` runs on every `pnpm pack` / `pnpm publish` (and so `changeset publish`):
// the "source" export condition, which points the workspace's tests at src/*.ts, is removed from the
// published package.json so that a consumer running `node --conditions=source` (or a bundler with a
// "source" condition) still gets dist/. Editing this file changes pnpm-lock.yaml's pnpmfileChecksum:
// run `pnpm install` after a change.

/** A copy of an exports/imports map without any "source" condition, at any depth. */
function withoutSource(map) {
  if (map === null || typeof map !== "object" || Array.isArray(map)) return map;
  const out = {};
  for (const [key, value] of Object.entries(map)) {
    if (key !== "source") out[key] = withoutSource(value);
  }
  return out;
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports) pkg.exports = withoutSource(pkg.exports);
      if (pkg.imports) pkg.imports = withoutSource(pkg.imports);
      return pkg;
    },
  },
};
