import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./escape-html.ts";

describe("html", () => {
  it("escapes every interpolated value, in text and in quoted attributes", () => {
    const title = `<img src=x onerror="alert(1)">`;
    const out = html`<a title="${title}">${title}</a>`.text;
    expect(out).toBe(`<a title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</a>`);
  });

  it("keeps nested html as markup, joins arrays and drops empty values", () => {
    const items = ["a<b", "c"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.text).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0");
  });

  it("escapes single quotes and ampersands", () => {
    expect(escapeHtml(`Tom's & Jerry's`)).toBe("Tom&#39;s &amp; Jerry&#39;s");
  });
});
