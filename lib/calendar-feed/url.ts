import { env } from "../env";

/** The public URL of a feed (the token is its only secret). */
export const feedUrl = (token: string) => new URL(`/api/agenda/${token}.ics`, env.APP_URL).toString();

/** The same URL with webcal://, which phones open in their calendar app as a subscription. */
export const webcalUrl = (url: string) => url.replace(/^https?:\/\//, "webcal://");
