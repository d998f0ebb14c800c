/**
 * Whether this process runs the compiled build (dist/, where this file is compiled.js) or the
 * TypeScript sources through tsx: bin/build-state.mjs chooses one for the whole process, so every
 * module of it gives the same answer (docs/architecture.md, "Jobs and entry points").
 */
export const COMPILED = import.meta.url.endsWith('.js');
