// Contact limits, without zod: the profile forms import these (lib/contacts/schema.ts re-exports them).

export const CONTACT_NAME_MAX = 100;
export const CONTACT_RELATION_MAX = 60;
/** A family keeps a short, current list; more than this is almost certainly a mistake. */
export const CONTACTS_PER_FAMILY_MAX = 20;
