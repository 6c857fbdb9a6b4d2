import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, databaseUrl: null, embeddedPgPort: 54329 });
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short', TRUST_PROXY: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'TRUST_PROXY']) expect(problems).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('requires a session secret and a database URL in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required[\s\S]*DATABASE_URL is required/);
  });

  it('uses MIGRATION_DATABASE_URL for migrations and falls back to DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://app@db/cg' }).migrationDatabaseUrl).toBe('postgres://app@db/cg');
    expect(
      loadConfig({ DATABASE_URL: 'postgres://app@db/cg', MIGRATION_DATABASE_URL: 'postgres://owner@db/cg' }).migrationDatabaseUrl,
    ).toBe('postgres://owner@db/cg');
  });
});
