import fs from 'node:fs';

/** Public write routes: they run outside any workspace and change no tenant data (sessions, accounts). */
const PUBLIC_WRITES = new Set([
  'POST /api/v1/auth/sign-up',
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/auth/sign-out',
  // The second step of a two-factor sign-in: like sign-in, it writes the person's own security log (two-factor.spec.ts).
  'POST /api/v1/auth/two-factor',
  // Account links opened without a session: they write the person's own security log directly (account.spec.ts).
  'POST /api/v1/account/password-reset',
  'POST /api/v1/account/password-reset/confirm',
  'POST /api/v1/account/email/confirm',
]);

/** Every write operation of the committed OpenAPI document, as `METHOD /path`. */
export function writeOperations(openapiFile: string): string[] {
  const document = JSON.parse(fs.readFileSync(openapiFile, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths)
    .flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`))
    .filter((operation) => !/^(GET|HEAD|OPTIONS) /.test(operation) && !PUBLIC_WRITES.has(operation))
    .sort();
}

/**
 * The write routes that never succeeded with an audit event during the run. The transaction interceptor
 * notes each successful audited write in the log; a route missing from it either records nothing (its
 * first call would have failed) or is never called successfully by any test.
 */
export function unauditedWrites(openapiFile: string, logFile: string): string[] {
  const seen = new Set(fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n') : []);
  return writeOperations(openapiFile).filter((operation) => !seen.has(operation));
}
