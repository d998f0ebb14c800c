#!/usr/bin/env node
// Entry point for `npx connectfi-conformance`. The CLI is TypeScript run through tsx's loader,
// so the package works from a checkout without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
