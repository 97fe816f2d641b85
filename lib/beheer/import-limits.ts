// CSV import limits, without the parser: the import form imports these (lib/beheer/csv-format.ts re-exports them).

/** Largest CSV file or pasted text (the server-action body limit in next.config.ts leaves room for it). */
export const CSV_MAX_BYTES = 2 * 1024 * 1024;
export const CSV_MAX_ROWS = 5000;
