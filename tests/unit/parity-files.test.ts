// Upload checks by content and size, safe download names, human file sizes.
import { describe, expect, it } from "vitest";
import { checkBytes, checkUpload } from "../../lib/uploads/checked-upload";
import { documentFileName } from "../../lib/documents/schema";
import { formatBytes } from "../../components/format-bytes";
import { PNG_HEADER, tinyPdf } from "../fixtures/files";

const pdfOnly = { maxBytes: 1000, accept: ["application/pdf"] as const };

describe("checkBytes / checkUpload", () => {
  it("accepts by content, whatever the name or claimed type", async () => {
    expect(checkBytes(tinyPdf(), pdfOnly)).toMatchObject({ ok: true, upload: { type: "application/pdf" } });
    const disguised = new File([PNG_HEADER], "jaaropgave.pdf", { type: "application/pdf" });
    expect(await checkUpload(disguised, pdfOnly)).toEqual({ ok: false, problem: "wrongType" });
  });

  it("missing, empty and too large files", async () => {
    expect(await checkUpload(null, pdfOnly)).toEqual({ ok: false, problem: "missing" });
    expect(await checkUpload("text", pdfOnly)).toEqual({ ok: false, problem: "missing" });
    expect(await checkUpload(new File([], "leeg.pdf"), pdfOnly)).toEqual({ ok: false, problem: "missing" });
    expect(await checkUpload(new File([tinyPdf(), Buffer.alloc(1000)], "groot.pdf"), pdfOnly)).toEqual({
      ok: false,
      problem: "tooLarge",
    });
  });
});

describe("documentFileName", () => {
  it("keeps letters and digits, drops accents and anything path-like", () => {
    expect(documentFileName("Jaaropgave 2025")).toBe("jaaropgave-2025.pdf");
    expect(documentFileName("Factuur café ‘november’")).toBe("factuur-cafe-november.pdf");
    expect(documentFileName("../../etc/passwd")).toBe("etc-passwd.pdf");
    expect(documentFileName("***")).toBe("document.pdf");
  });
});

describe("formatBytes", () => {
  it("formats in the user's locale", () => {
    expect(formatBytes(512, "nl")).toBe("512 B");
    expect(formatBytes(84_200, "nl")).toBe("84,2 kB");
    expect(formatBytes(1_250_000, "en")).toBe("1.3 MB");
  });
});
