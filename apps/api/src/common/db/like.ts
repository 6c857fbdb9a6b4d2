/** Escapes LIKE/ILIKE wildcards (and the escape character itself), so a search term matches literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A search term as a "contains" pattern for ILIKE. */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;
