interface PostgresFailure {
  code?: string;
  constraint?: string;
  driverError?: { code?: string; constraint?: string };
}

function postgresError(error: unknown): { code?: string; constraint?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const failure = error as PostgresFailure;
  return { code: failure.driverError?.code ?? failure.code, constraint: failure.driverError?.constraint ?? failure.constraint };
}

/** The database refused a row because a unique index already holds its key (optionally: that index). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const failure = postgresError(error);
  return failure.code === '23505' && (constraint === undefined || failure.constraint === constraint);
}

/** A referenced row disappeared (another request deleted it) between our check and our write. */
export function isForeignKeyViolation(error: unknown): boolean {
  return postgresError(error).code === '23503';
}
