// Message limits, without zod: the message form imports these (lib/messages/schema.ts re-exports them).

export const MESSAGE_BODY_MAX = 4000;
export const SUBJECT_MAX = 120;
/** Server actions accept 2 MB bodies (next.config.ts); one attachment of 1.5 MB leaves room for the text. */
export const MAX_ATTACHMENT_BYTES = 1_500_000;
export const ATTACHMENT_ACCEPT = "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf";
