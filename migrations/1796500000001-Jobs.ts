import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg-boss 10.4.2's own construction SQL (schema version 24), copied here so this migration means the same
 * thing whatever pg-boss is installed later (an upgrade adds a migration with PgBoss.getMigrationPlans()).
 * Only its BEGIN/COMMIT and advisory lock are left out: TypeORM already runs each migration in a transaction.
 */
const PG_BOSS_SCHEMA = `
CREATE SCHEMA IF NOT EXISTS pgboss
  ;

CREATE TYPE pgboss.job_state AS ENUM (
  'created',
  'retry',
  'active',
  'completed',
  'cancelled',
  'failed'
)
  ;

CREATE TABLE pgboss.version (
  version int primary key,
  maintained_on timestamp with time zone,
  cron_on timestamp with time zone,
  monitored_on timestamp with time zone
)
  ;

CREATE TABLE pgboss.queue (
  name text,
  policy text,
  retry_limit int,
  retry_delay int,
  retry_backoff bool,
  expire_seconds int,
  retention_minutes int,
  dead_letter text REFERENCES pgboss.queue (name),
  partition_name text,
  created_on timestamp with time zone not null default now(),
  updated_on timestamp with time zone not null default now(),
  PRIMARY KEY (name)
)
  ;

CREATE TABLE pgboss.schedule (
  name text REFERENCES pgboss.queue ON DELETE CASCADE,
  cron text not null,
  timezone text,
  data jsonb,
  options jsonb,
  created_on timestamp with time zone not null default now(),
  updated_on timestamp with time zone not null default now(),
  PRIMARY KEY (name)
)
  ;

CREATE TABLE pgboss.subscription (
  event text not null,
  name text not null REFERENCES pgboss.queue ON DELETE CASCADE,
  created_on timestamp with time zone not null default now(),
  updated_on timestamp with time zone not null default now(),
  PRIMARY KEY(event, name)
)
  ;

CREATE TABLE pgboss.job (
  id uuid not null default gen_random_uuid(),
  name text not null,
  priority integer not null default(0),
  data jsonb,
  state pgboss.job_state not null default('created'),
  retry_limit integer not null default(2),
  retry_count integer not null default(0),
  retry_delay integer not null default(0),
  retry_backoff boolean not null default false,
  start_after timestamp with time zone not null default now(),
  started_on timestamp with time zone,
  singleton_key text,
  singleton_on timestamp without time zone,
  expire_in interval not null default interval '15 minutes',
  created_on timestamp with time zone not null default now(),
  completed_on timestamp with time zone,
  keep_until timestamp with time zone NOT NULL default now() + interval '14 days',
  output jsonb,
  dead_letter text,
  policy text
) PARTITION BY LIST (name)
  ;
ALTER TABLE pgboss.job ADD PRIMARY KEY (name, id);
CREATE TABLE pgboss.archive (LIKE pgboss.job);
ALTER TABLE pgboss.archive ADD PRIMARY KEY (name, id);
ALTER TABLE pgboss.archive ADD archived_on timestamptz NOT NULL DEFAULT now();
CREATE INDEX archive_i1 ON pgboss.archive(archived_on);

CREATE FUNCTION pgboss.create_queue(queue_name text, options json)
RETURNS VOID AS
$$
DECLARE
  table_name varchar := 'j' || encode(sha224(queue_name::bytea), 'hex');
  queue_created_on timestamptz;
BEGIN

  WITH q as (
  INSERT INTO pgboss.queue (
    name,
    policy,
    retry_limit,
    retry_delay,
    retry_backoff,
    expire_seconds,
    retention_minutes,
    dead_letter,
    partition_name
  )
  VALUES (
    queue_name,
    options->>'policy',
    (options->>'retryLimit')::int,
    (options->>'retryDelay')::int,
    (options->>'retryBackoff')::bool,
    (options->>'expireInSeconds')::int,
    (options->>'retentionMinutes')::int,
    options->>'deadLetter',
    table_name
  )
  ON CONFLICT DO NOTHING
  RETURNING created_on
  )
  SELECT created_on into queue_created_on from q;

  IF queue_created_on IS NULL THEN
    RETURN;
  END IF;

  EXECUTE format('CREATE TABLE pgboss.%I (LIKE pgboss.job INCLUDING DEFAULTS)', table_name);

  EXECUTE format('ALTER TABLE pgboss.%1$I ADD PRIMARY KEY (name, id)', table_name);
  EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
  EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT dlq_fkey FOREIGN KEY (dead_letter) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
  EXECUTE format('CREATE UNIQUE INDEX %1$s_i1 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''created'' AND policy = ''short''', table_name);
  EXECUTE format('CREATE UNIQUE INDEX %1$s_i2 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''active'' AND policy = ''singleton''', table_name);
  EXECUTE format('CREATE UNIQUE INDEX %1$s_i3 ON pgboss.%1$I (name, state, COALESCE(singleton_key, '''')) WHERE state <= ''active'' AND policy = ''stately''', table_name);
  EXECUTE format('CREATE UNIQUE INDEX %1$s_i4 ON pgboss.%1$I (name, singleton_on, COALESCE(singleton_key, '''')) WHERE state <> ''cancelled'' AND singleton_on IS NOT NULL', table_name);
  EXECUTE format('CREATE INDEX %1$s_i5 ON pgboss.%1$I (name, start_after) INCLUDE (priority, created_on, id) WHERE state < ''active''', table_name);

  EXECUTE format('ALTER TABLE pgboss.%I ADD CONSTRAINT cjc CHECK (name=%L)', table_name, queue_name);
  EXECUTE format('ALTER TABLE pgboss.job ATTACH PARTITION pgboss.%I FOR VALUES IN (%L)', table_name, queue_name);
END;
$$
LANGUAGE plpgsql;
  ;

CREATE FUNCTION pgboss.delete_queue(queue_name text)
RETURNS VOID AS
$$
DECLARE
  table_name varchar;
BEGIN
  WITH deleted as (
    DELETE FROM pgboss.queue
    WHERE name = queue_name
    RETURNING partition_name
  )
  SELECT partition_name from deleted INTO table_name;

  EXECUTE format('DROP TABLE IF EXISTS pgboss.%I', table_name);
END;
$$
LANGUAGE plpgsql;
  ;
INSERT INTO pgboss.version(version) VALUES ('24')
`;

/**
 * The queues the app sends to. pg-boss 10 keeps one table per queue, created by create_queue(), which
 * needs CREATE on the schema: only the owner (this migration) makes them, the app role sends and works.
 * A send to a queue that does not exist returns null, so a later queue needs a migration of its own.
 */
const QUEUES: [name: string, options: Record<string, unknown>][] = [
  // pg-boss's own queue for cron schedules (its timekeeper sends scheduled jobs through it).
  ['__pgboss__send-it', {}],
  ['mail-send', { retentionMinutes: 7 * 24 * 60 }],
  ['audit-verify-sweep', {}],
  ['audit-verify', {}],
  // For issue 10's reminders and digest (scheduled by their modules): created now so they need no migration.
  ['deadline-sweep', {}],
  ['deadline-sweep-workspace', {}],
  ['daily-digest', {}],
  ['daily-digest-workspace', {}],
];

export class Jobs1796500000001 implements MigrationInterface {
  name = 'Jobs1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PG_BOSS_SCHEMA);
    for (const [name, options] of QUEUES) {
      await queryRunner.query('SELECT pgboss.create_queue($1, $2)', [name, JSON.stringify({ policy: 'standard', ...options })]);
    }
    // Send and work jobs, expire and archive them (supervision), keep schedules: nothing that creates tables.
    await queryRunner.query('GRANT USAGE ON SCHEMA pgboss TO cg_app');
    await queryRunner.query('GRANT SELECT, UPDATE ON pgboss.version TO cg_app');
    await queryRunner.query('GRANT SELECT ON pgboss.queue, pgboss.subscription TO cg_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON pgboss.job, pgboss.archive, pgboss.schedule TO cg_app');
    await queryRunner.query('REVOKE EXECUTE ON FUNCTION pgboss.create_queue(text, json), pgboss.delete_queue(text) FROM PUBLIC');

    // Sweeps fan out per workspace: they learn the ids (and nothing else) through this one function.
    // It runs as the owner, and FORCE ROW LEVEL SECURITY applies to the owner too, so the owner gets a
    // read-all policy of its own; the app role is not the owner and gains nothing but the function.
    await queryRunner.query(
      "DO $$ BEGIN EXECUTE format('CREATE POLICY owner_sweep ON workspaces FOR SELECT TO %I USING (true)', current_user); END $$",
    );
    await queryRunner.query(
      'CREATE FUNCTION job_workspace_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT id FROM workspaces ORDER BY id $$',
    );
    await queryRunner.query('REVOKE EXECUTE ON FUNCTION job_workspace_ids() FROM PUBLIC');
    await queryRunner.query('GRANT EXECUTE ON FUNCTION job_workspace_ids() TO cg_app');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION job_workspace_ids()');
    await queryRunner.query('DROP POLICY owner_sweep ON workspaces');
    await queryRunner.query('DROP SCHEMA pgboss CASCADE');
  }
}
