import type { ActionState } from "@/lib/action-state";
import type { ImportPreview } from "@/lib/beheer/import";

export type ImportState = ActionState & { preview?: ImportPreview; csv?: string };
