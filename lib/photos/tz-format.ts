import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "../time";

/** "yyyy-MM-dd HH.mm" in Amsterdam time (dots, not colons: colons are not allowed in Windows file names). */
export const formatInTimeZone = (instant: Date) => format(new TZDate(instant.getTime(), TIME_ZONE), "yyyy-MM-dd HH.mm");
