#!/usr/bin/env -S node --
// The "--" matters: Node 20 reads `--env-file F` anywhere in its arguments, even after the script,
// and exits when F does not exist. "--" ends Node's options for a direct `./bin/...` call; under
// `npx` it is npx's own Node that parses argv first, so the simulator writes with --write-env F.
// Entry point for `npx connectfi-conformance`. The CLI is TypeScript run through tsx's loader,
// so the package works from a checkout without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
