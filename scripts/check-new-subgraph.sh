#!/usr/bin/env bash
# `npm run test:generator` (part of `npm test`): runs `npm run new-subgraph -- sample-notes` in a
# scratch copy of the working tree, so the documented way of adding a subgraph cannot rot. The copy
# composes and builds, and the new subgraph's spec, the registry's drift tests and the composition
# test must pass there. The repository itself is left as it was.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NAME="${NEW_SUBGRAPH_CHECK_NAME:-sample-notes}"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/wayfarer-new-subgraph.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
started=$SECONDS

step() { printf '\n== new-subgraph check: %s (%ss)\n' "$1" "$((SECONDS - started))"; }
fail() {
  printf '\nnew-subgraph check FAILED: %s\n(adding a subgraph with `npm run new-subgraph` no longer works; see docs/adding-a-subgraph.md)\n' "$1" >&2
  exit 1
}

step "copying the working tree to $SCRATCH"
cd "$ROOT"
# Tracked and new files as they are now (a fresh clone in CI, uncommitted work on a laptop); a
# tracked file deleted in the working tree is left out.
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do if [ -e "$file" ]; then printf '%s\0' "$file"; fi; done |
  tar --null --files-from=- -cf - | tar -xf - -C "$SCRATCH"
# Build outputs, when there are any, so the build there is incremental.
for dist in registry/dist subgraphs/*/dist gateway/dist bench/dist; do
  [ -d "$dist" ] && mkdir -p "$SCRATCH/$(dirname "$dist")" && cp -a "$dist" "$SCRATCH/$dist"
done
# Dependencies are shared, not copied: every entry of node_modules is a link to this one's, except
# the workspace links (@wayfarer/*), which point into the copy and get the new subgraph's.
mkdir -p "$SCRATCH/node_modules"
for entry in node_modules/* node_modules/.[!.]*; do
  [ -e "$entry" ] || continue
  [ "$entry" = node_modules/@wayfarer ] && continue
  ln -s "$ROOT/$entry" "$SCRATCH/$entry"
done
cp -a node_modules/@wayfarer "$SCRATCH/node_modules/@wayfarer"
for modules in */node_modules subgraphs/*/node_modules; do
  [ -d "$modules" ] && ln -s "$ROOT/$modules" "$SCRATCH/$modules"
done

cd "$SCRATCH"
step "npm run new-subgraph -- $NAME (writes it, registers it, composes)"
npm run --silent new-subgraph -- "$NAME" || fail "the generator failed"
[ -L "node_modules/@wayfarer/$NAME" ] || fail "the generator did not link the workspace @wayfarer/$NAME"

# `npm run compose` has built the servers with the new subgraph; the console is type-checked against
# the documents codegen typed from the new schema.
step "type-checking the console"
npx tsc -p admin --noEmit || fail "the generated console resource does not type-check"

step "lint and format"
npx eslint . && npx prettier --check . >/dev/null || fail "the generated code does not pass lint or format checks"

step "the generated spec, the registry's drift tests and the composition test"
npx jest --silent "subgraphs/$NAME" registry/src/registry.spec.ts gateway/src/compose.spec.ts admin/src/graphql/codegen.spec.ts ||
  fail "tests fail on the generated subgraph"

step "passed"
