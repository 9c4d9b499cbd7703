import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ECHO_MAX_CHARACTERS, echoText, formatNotice } from "../../../src/i18n/url-echo.ts";

describe("echoText(raw, max)", () => {
  it("keeps a short, plain value as the visitor wrote it", () => {
    expect(echoText("galaxy")).toBe("galaxy");
    expect(echoText("Saint-Gilles – Sint-Gillis")).toBe("Saint-Gilles – Sint-Gillis");
  });

  it("cuts a long value to 60 characters, ending with an ellipsis", () => {
    const echoed = echoText("x".repeat(10_000));
    expect(ECHO_MAX_CHARACTERS).toBe(60);
    expect(echoed).toBe(`${"x".repeat(59)}…`);
    expect(echoText("x".repeat(60))).toBe("x".repeat(60));
    expect(echoText("abcdef", 4)).toBe("abc…");
  });

  it("writes bidi overrides, isolates and marks visibly instead of letting them reorder the line", () => {
    expect(echoText("\u202Eevil")).toBe("[U+202E]evil");
    expect(echoText("a\u2066b\u2069c\u200Fd\u061C")).toBe("a[U+2066]b[U+2069]c[U+200F]d[U+061C]");
  });

  it("writes control, zero-width and line-separator characters visibly", () => {
    expect(echoText("a\u0000b\nc\td\u007F\u0085")).toBe("a[U+0000]b[U+000A]c[U+0009]d[U+007F][U+0085]");
    expect(echoText("a\u200Bb\uFEFFc\u2028d")).toBe("a[U+200B]b[U+FEFF]c[U+2028]d");
  });

  it("never cuts inside a written-out character or a surrogate pair", () => {
    expect(echoText("ab\u202Ecd", 6)).toBe("ab…");
    expect(echoText("😀😀😀😀", 3)).toBe("😀😀…");
  });
});

describe("formatNotice(root, template, params)", () => {
  const { document } = parseHTML("<!doctype html><html><body><p></p></body></html>");
  const render = (template: string, params: Parameters<typeof formatNotice>[2]) => {
    const p = document.createElement("p");
    p.append(formatNotice(document as unknown as Document, template, params));
    return p.innerHTML;
  };

  it("isolates a URL value in a bdi element, as text, never as markup", () => {
    expect(render("L'indicateur « {value} » n'existe pas.", { value: { url: "<b>x</b>" } })).toBe(
      "L'indicateur « <bdi>&lt;b&gt;x&lt;/b&gt;</bdi> » n'existe pas.",
    );
  });

  it("shows a right-to-left override written out, inside the bdi", () => {
    expect(render("« {value} »", { value: { url: "\u202Eabc" } })).toBe("« <bdi>[U+202E]abc</bdi> »");
  });

  it("truncates the echoed value, and puts the site's own words in as plain text", () => {
    expect(render("{name} = ‘{value}’ ({count})", { name: "i", value: { url: "y".repeat(500) }, count: 2 })).toBe(
      `i = ‘<bdi>${"y".repeat(59)}…</bdi>’ (2)`,
    );
  });

  it("leaves an unknown placeholder as written, as formatMessage does", () => {
    expect(render("{missing} <{value}>", { value: "ok" })).toBe("{missing} &lt;ok&gt;");
  });
});
