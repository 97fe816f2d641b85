// A photo's date is when it was taken (issue 18). Pure rules, no database and no clock (they take `now`).
import { isCalendarDateTime, amsterdamInstant, dateOnly, minutesFromClock } from "../time";

/** A camera time older than this before the upload is not believed (a wrong camera clock); the upload time is. */
export const MAX_CAPTURE_AGE_DAYS = 31;
/** Camera and server clocks differ a little: a capture time up to this far "in the future" still counts. */
export const CAPTURE_CLOCK_SKEW_MINUTES = 10;
/** Staff may move a photo's date back this far before its upload (an old photo found on the tablet). */
export const MAX_CORRECTION_DAYS = 366;

export type PhotoDate = { takenAt: Date; dateSource: "CAMERA" | "UPLOAD" };

/**
 * The camera's capture time when it is plausible: not after the upload (plus clock skew) and at most
 * MAX_CAPTURE_AGE_DAYS before it. Otherwise the upload time: a camera with its clock in 2003 must not file today's
 * photo under a day on which no child of today was placed.
 */
export function photoDateFromCapture(capturedAt: Date | null, uploadedAt: Date): PhotoDate {
  if (capturedAt) {
    const ms = capturedAt.getTime();
    const latest = uploadedAt.getTime() + CAPTURE_CLOCK_SKEW_MINUTES * 60_000;
    const earliest = uploadedAt.getTime() - MAX_CAPTURE_AGE_DAYS * 86_400_000;
    if (ms <= latest && ms >= earliest)
      return { takenAt: new Date(Math.min(ms, uploadedAt.getTime())), dateSource: "CAMERA" };
  }
  return { takenAt: uploadedAt, dateSource: "UPLOAD" };
}

/**
 * A staff correction typed as "yyyy-MM-ddTHH:mm" (Amsterdam wall clock) -> the instant, or a reason it is refused:
 * not a real date-time, after the upload, or more than MAX_CORRECTION_DAYS before it.
 */
export function correctedPhotoDate(
  value: string,
  uploadedAt: Date,
): { ok: true; takenAt: Date } | { ok: false; reason: "date" | "dateFuture" | "dateTooOld" } {
  if (!isCalendarDateTime(value)) return { ok: false, reason: "date" };
  const [day, clock] = value.split("T");
  const takenAt = amsterdamInstant(dateOnly(day), minutesFromClock(clock) ?? 0);
  if (takenAt.getTime() > uploadedAt.getTime() + CAPTURE_CLOCK_SKEW_MINUTES * 60_000)
    return { ok: false, reason: "dateFuture" };
  if (takenAt.getTime() < uploadedAt.getTime() - MAX_CORRECTION_DAYS * 86_400_000)
    return { ok: false, reason: "dateTooOld" };
  return { ok: true, takenAt };
}
