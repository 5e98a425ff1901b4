export function decodeHtml(bytes: Uint8Array, contentType?: string | null): { html: string; charset: string; source: "bom" | "header" | "meta" | "sniff" | "default" } {
  void contentType;
  return { html: new TextDecoder("utf-8").decode(bytes), charset: "utf-8", source: "default" };
}
