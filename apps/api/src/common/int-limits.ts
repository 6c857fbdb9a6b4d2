/** The largest value of a PostgreSQL `integer`: a larger version or number would fail in SQL, not as a 400. */
export const PG_INT_MAX = 2_147_483_647;
/** The smallest value of a PostgreSQL `integer`. */
export const PG_INT_MIN = -2_147_483_648;
