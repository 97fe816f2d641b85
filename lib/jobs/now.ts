// The time job handlers run at. One place on purpose: every handler takes `now` from here (and tests pass their
// own), so the portal's injectable clock replaces `new Date()` in this one line once it exists.
export const currentTime = (): Date => new Date();
