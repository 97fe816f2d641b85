// News items from the organisation or one location. Messages are i18n keys in the "news" namespace.
import { z } from "zod";
import { submissionKeyField } from "../forms/submission-key";
import { NEWS_TITLE_MAX, NEWS_BODY_MAX } from "./limits";
export * from "./limits";

export const PublishNewsSchema = z.object({
  title: z.string().trim().min(1, "news.titleRequired").max(NEWS_TITLE_MAX, "news.titleTooLong"),
  body: z.string().trim().min(1, "news.bodyRequired").max(NEWS_BODY_MAX, "news.bodyTooLong"),
  /** "" = the whole organisation; otherwise a location id, checked against the beheerder's scope in the DAL. */
  locationId: z.string().trim().max(36, "news.locationUnknown").default(""),
  submissionKey: submissionKeyField,
});
export type PublishNewsInput = z.infer<typeof PublishNewsSchema>;
export type PublishNewsField = Exclude<keyof PublishNewsInput, "submissionKey"> | "attachment";
