// Client-side cost preview (the server re-checks everything): which credit lots can pay for a day, integers only.
export type LotView = { remaining: number; validFrom: string; expiresOn: string };

/** Minutes usable for care on an ISO date: lots valid that day (validFrom <= day <= expiresOn). */
export const usableOn = (lots: LotView[], isoDate: string) =>
  lots.filter((l) => l.validFrom <= isoDate && l.expiresOn >= isoDate).reduce((s, l) => s + l.remaining, 0);
