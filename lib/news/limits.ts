// News limits, without zod: the publish form imports these (lib/news/schema.ts re-exports them).

export const NEWS_TITLE_MAX = 120;
export const NEWS_BODY_MAX = 5000;
/** Same reasoning as documents: under the server-action body limit (next.config.ts). */
export const NEWS_ATTACHMENT_MAX_BYTES = 1_500_000;
export const NEWS_ATTACHMENT_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
