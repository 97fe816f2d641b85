"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { deletePhotoAction } from "./actions";

export function DeletePhoto({ photoId, back }: { photoId: string; back: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(deletePhotoAction, { ok: false });
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t("photos.deleteConfirm"))) event.preventDefault();
      }}
    >
      <input type="hidden" name="photoId" value={photoId} />
      <input type="hidden" name="back" value={back} />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("photos.delete")}
      </Button>
      {state.message && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t(state.message)}
        </p>
      )}
    </form>
  );
}
