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
      loadConfig({
        NODE_ENV: 'production',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SESSION_SECRET: 'short',
        TRUST_PROXY: 'maybe',
        SMTP_URL: 'smtp://mail.example.org:587',
        MAIL_FROM: 'Common Ground <no-reply@example.org>',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'TRUST_PROXY']) expect(problems).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('prints PDFs with /usr/bin/chromium by default and checks the PDF settings', () => {
    expect(loadConfig({}).pdf).toEqual({ chromiumPath: '/usr/bin/chromium', concurrency: 2, queueLimit: 20, timeoutSeconds: 30 });
    expect(() => loadConfig({ CHROMIUM_PATH: 'chromium', PDF_CONCURRENCY: '0' })).toThrow(
      /CHROMIUM_PATH must be an absolute path[\s\S]*PDF_CONCURRENCY must be an integer/,
    );
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

  it('refuses to start in production without a way to send mail', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL is required[\s\S]*MAIL_FROM is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', MAIL_CATCHER: 'true' })).toThrow(
      /MAIL_CATCHER cannot be used when NODE_ENV=production/,
    );
  });

  it('catches mail locally in development without SMTP_URL, and only there by default', () => {
    expect(loadConfig({}).mail).toMatchObject({ smtpUrl: null, catcher: true });
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).mail).toMatchObject({ smtpUrl: 'smtp://127.0.0.1:2525', catcher: false });
    expect(loadConfig({ NODE_ENV: 'test' }).mail.catcher).toBe(false);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
  });

  it('works jobs in the API process unless told otherwise (tests opt in)', () => {
    expect(loadConfig({}).jobs.inProcess).toBe(true);
    expect(loadConfig({ JOBS_IN_PROCESS: 'false' }).jobs.inProcess).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).jobs.inProcess).toBe(false);
  });
});
