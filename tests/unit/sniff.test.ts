import { describe, expect, it } from "vitest";
import { sniffContentType } from "../../lib/uploads/sniff";

describe("content sniffing", () => {
  it("recognises JPEG, PNG, WebP and PDF by their bytes", () => {
    expect(sniffContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffContentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png");
    expect(sniffContentType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffContentType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("application/pdf");
  });

  it("rejects everything else, whatever it is called", () => {
    expect(sniffContentType(new TextEncoder().encode("<svg xmlns=...>"))).toBeNull();
    expect(sniffContentType(new TextEncoder().encode("<html><script>"))).toBeNull();
    expect(sniffContentType(new Uint8Array([0x47, 0x49, 0x46, 0x38]))).toBeNull(); // GIF is not accepted
    expect(sniffContentType(new Uint8Array([]))).toBeNull();
  });
});
