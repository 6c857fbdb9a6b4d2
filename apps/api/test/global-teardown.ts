import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedDatabase } from '../src/database/embedded-postgres';
import { unauditedWrites } from './audit-coverage';

interface RunConfig {
  rootDir: string;
  nonFlagArgs?: string[];
  testNamePattern?: string;
  testPathPatterns?: { patterns?: string[] };
}

/** The whole API suite ran: no file named on the command line, no test-name filter. */
function wholeSuite(config: RunConfig): boolean {
  return (config.nonFlagArgs ?? []).length === 0 && !config.testNamePattern && (config.testPathPatterns?.patterns ?? []).length === 0;
}

export default async function globalTeardown(config: RunConfig): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__cgTestDb as { db: EmbeddedDatabase; dataDir: string } | undefined;
  if (!state) return;
  const log = process.env.CG_TEST_AUDIT_LOG ?? '';
  const missing = wholeSuite(config) ? unauditedWrites(path.join(config.rootDir, 'apps/api/openapi.json'), log) : [];
  await state.db.stop();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
  // A throwing global teardown fails the jest run (exit code 1).
  if (missing.length > 0) {
    throw new Error(
      `These write routes never succeeded with an audit event in the API suite; call each from a test, and record an event in its service:\n  ${missing.join('\n  ')}`,
    );
  }
}
