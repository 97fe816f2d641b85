// Ids from forms and URLs are untrusted strings; Postgres rejects malformed uuids with an error, so check first and
// treat a malformed id exactly like an unknown one (NOT_FOUND).
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID_PATTERN.test(value);
