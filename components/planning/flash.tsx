"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionMessage } from "@/components/action-feedback";

// Outcome of an action whose item leaves the list (a withdrawn absence, a cancelled request): the small form
// unmounts on revalidation, so it hands its result to this list-level slot, which stays mounted.
const FlashContext = createContext<(state: ActionState) => void>(() => {});

export function FlashArea({ children }: { children: ReactNode }) {
  const [flash, setFlash] = useState<ActionState>({ ok: false });
  return (
    <FlashContext.Provider value={setFlash}>
      <div aria-live="polite" className="mb-2">
        <ActionMessage state={flash} />
      </div>
      {children}
    </FlashContext.Provider>
  );
}

/** Reports a finished action's state to the surrounding FlashArea. */
export function useFlash(state: ActionState) {
  const setFlash = useContext(FlashContext);
  useEffect(() => {
    if (state.message) setFlash(state);
  }, [state, setFlash]);
}
