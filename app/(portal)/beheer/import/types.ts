import type { ActionState } from "@/lib/action-state";
import type { ImportPreview } from "@/lib/beheer/import";
import type { CsvEncoding } from "@/lib/beheer/csv-format";

/** `encoding`: how an uploaded file was read (pasted text has none). */
export type ImportState = ActionState & {
  preview?: ImportPreview;
  csv?: string;
  encoding?: CsvEncoding;
  /** Guardian accounts the import just created: the "invite them all" button sends their activation e-mails. */
  createdGuardianIds?: string[];
};
