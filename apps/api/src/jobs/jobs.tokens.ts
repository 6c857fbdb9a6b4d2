/** The app role's connection string, for pg-boss's own small pool (workers poll outside any request). */
export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');
