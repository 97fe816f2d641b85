// Message limits, without zod: the message form imports these (lib/messages/schema.ts re-exports them).

export const MESSAGE_BODY_MAX = 4000;
export const SUBJECT_MAX = 120;
/** Server actions accept 2 MB bodies (next.config.ts); one attachment of 1.5 MB leaves room for the text. */
export const MAX_ATTACHMENT_BYTES = 1_500_000;
/** HEIC is offered too: the form redraws it as JPEG where the browser can read it (components/messages/shrink-image.ts). */
export const ATTACHMENT_ACCEPT =
  "image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,.pdf";
