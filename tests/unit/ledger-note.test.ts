// Ledger notes in words (issue 17): no "VACATION 2026-12-22 MIDDAG" on screen.
import { describe, expect, it } from "vitest";
import { ledgerNoteWords } from "../../components/ledger-note";
import { loadMessages } from "../../lib/i18n/messages";

function translator(locale: string) {
  const messages = loadMessages(locale).ledgerNotes as Record<string, unknown>;
  return (key: string, values: Record<string, string> = {}) => {
    const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
    return String(text).replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
  };
}

describe("ledger notes", () => {
  it("turns the codes the planning writes into words, in Dutch and English", () => {
    const nl = translator("nl");
    expect(ledgerNoteWords("VACATION 2026-12-22 MIDDAG", nl, "nl")).toBe(
      "Vakantieopvang op dinsdag 22 december, middag",
    );
    expect(ledgerNoteWords("Afmelding 2026-12-21 OCHTEND", nl, "nl")).toBe("Afgemeld op maandag 21 december, ochtend");
    expect(ledgerNoteWords("Roefjes 2027", nl, "nl")).toBe("Roefjes voor 2027");
    expect(ledgerNoteWords("Terugboeking", nl, "nl")).toBe("Teruggeboekt");
    expect(ledgerNoteWords("iets anders", nl, "nl")).toBe("iets anders");
    const en = translator("en");
    expect(ledgerNoteWords("VACATION 2026-12-22 MIDDAG", en, "en")).toBe(
      "Vacation care on Tuesday 22 December, afternoon",
    );
    expect(ledgerNoteWords("Vervallen", en, "en")).toBe("Expired");
  });
});
