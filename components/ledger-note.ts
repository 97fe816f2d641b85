// Roefjes/tegoed ledger notes in words (issue 17: "VACATION 2026-12-22 MIDDAG" was on screen). The planning code
// writes a few fixed shapes; each becomes a sentence in the reader's language. Anything else is shown as written.
import { dayInWords } from "@/lib/date-words";

type Translate = (key: string, values?: Record<string, string>) => string;

const REQUEST = /^(EXTRA|TEGOED|VACATION|SWAP) (\d{4}-\d{2}-\d{2}) (OCHTEND|MIDDAG|NASCHOOLS)$/;
const ABSENCE = /^Afmelding (\d{4}-\d{2}-\d{2}) (OCHTEND|MIDDAG|NASCHOOLS)$/;
const GRANT = /^Roefjes (\d{4})$/;
const FIXED: Record<string, string> = {
  "Afmelding ingetrokken": "absenceWithdrawn",
  Terugboeking: "refund",
  Vervallen: "expired",
};

/** `t` is the "ledgerNotes" namespace. */
export function ledgerNoteWords(note: string, t: Translate, locale: string): string {
  const request = REQUEST.exec(note);
  if (request) {
    const [, type, date, dagdeel] = request;
    return t("request", {
      what: t(`type.${type}`),
      date: dayInWords(date, { locale }),
      dagdeel: t(`dagdeel.${dagdeel}`),
    });
  }
  const absence = ABSENCE.exec(note);
  if (absence) return t("absence", { date: dayInWords(absence[1], { locale }), dagdeel: t(`dagdeel.${absence[2]}`) });
  const grant = GRANT.exec(note);
  if (grant) return t("grant", { year: grant[1] });
  if (FIXED[note]) return t(FIXED[note]);
  return note;
}
