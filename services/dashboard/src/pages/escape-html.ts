const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Article titles, quotes and feed names come from the web: escape every one of them. */
export function escapeHtml(value: unknown): string {
  const text = String(value ?? "");
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

/** Markup that is already safe: built by `html`, never from outside text. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = SafeHtml | string | number | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.text;
  if (Array.isArray(part)) return part.map(render).join("");
  if (part === null || part === undefined || part === false || part === true) return "";
  return escapeHtml(part);
}

/**
 * Template tag for pages: every interpolated value is escaped (text and attribute values alike,
 * as long as attributes are quoted) unless it is itself `html` output. Arrays are joined.
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0] ?? "";
  parts.forEach((part, i) => {
    out += render(part) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}
