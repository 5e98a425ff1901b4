import { describe, expect, it } from "vitest";
import { highlightMentions } from "./highlight-mentions.ts";

describe("highlightMentions", () => {
  const mention = "Some 30,000 North Koreans work in Russia.";
  const body = `Opening paragraph without the story.\n\nA lead-in. ${mention} A closing <b>remark</b>.\n\nAnother paragraph.`;

  it("shows the paragraphs holding a mention, the mention marked and everything escaped", () => {
    const out = highlightMentions(body, [mention]).map((p) => p.text);
    expect(out).toEqual([`A lead-in. <mark>${mention}</mark> A closing &lt;b&gt;remark&lt;/b&gt;.`]);
  });

  it("shows a mention missing from the body on its own, marked and escaped", () => {
    const out = highlightMentions("Unrelated body.", ["<i>reworded</i> sentence"]).map((p) => p.text);
    expect(out).toEqual(["<mark>&lt;i&gt;reworded&lt;/i&gt; sentence</mark>"]);
  });

  it("merges overlapping mentions into one mark", () => {
    const out = highlightMentions("Alpha beta gamma delta.", ["Alpha beta", "beta gamma"]).map((p) => p.text);
    expect(out).toEqual(["<mark>Alpha beta gamma</mark> delta."]);
  });

  it("shows nothing for an article without mentions", () => {
    expect(highlightMentions(body, [])).toEqual([]);
  });
});
