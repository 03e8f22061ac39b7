// Vitest's global setup: one folder per run for the migrated PGlite template that db/testing.ts
// makes on first use and copies for each test database; removed when the run ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateRoot: string;
  }
}

export default function setup(project: TestProject) {
  // A memory-backed folder where there is one: the copies are written and read like PGlite's own memory.
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const root = fs.mkdtempSync(path.join(base, 'faultline-test-template-'));
  project.provide('pgliteTemplateRoot', root);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
