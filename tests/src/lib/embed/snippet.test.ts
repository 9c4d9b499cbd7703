import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  embedUrl,
  hostScript,
  iframeSnippet,
  imageSnippet,
  requestedLanguage,
} from "../../../../src/lib/embed/snippet.ts";
import { embedMapTitle } from "../../../../src/lib/embed/map-title.ts";
import { createTranslator } from "../../../../src/i18n/translate.ts";

const origin = "https://obs.example";

describe("iframeSnippet", () => {
  it("gives a fixed size its width and height, escaping the title", () => {
    expect(
      iframeSnippet({ path: "/fr/embed/map/?l=commune", title: 'Indice "A" & <B>', origin, size: "720x640" }),
    ).toBe(
      '<iframe src="https://obs.example/fr/embed/map/?l=commune" title="Indice &quot;A&quot; &amp; &lt;B&gt;" width="720" height="640" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
  });

  it("adds lang= for the host page's language, keeping the view's query", () => {
    expect(embedUrl("/fr/embed/map/?i=gp_need_index&l=bassin", origin, "nl")).toBe(
      "https://obs.example/fr/embed/map/?i=gp_need_index&l=bassin&lang=nl",
    );
    expect(embedUrl("/fr/embed/map/", origin, null)).toBe("https://obs.example/fr/embed/map/");
  });

  it("follows the responsive frame with the host script, and marks the frame", () => {
    const code = iframeSnippet({ path: "/en/embed/map/", title: "Map", origin, size: "responsive" });
    expect(code.split("\n")[0]).toBe(
      '<iframe src="https://obs.example/en/embed/map/" title="Map" width="100%" height="640" loading="lazy" style="border:0;width:100%" data-observatory-embed></iframe>',
    );
    expect(code.split("\n")[1]).toBe(hostScript(origin));
  });
});

/** Runs the host script against fake frames and a fake message listener. */
function runHostScript(message: { origin: string; data: unknown; from?: number }) {
  const frames = [
    { contentWindow: { id: 1 }, style: { height: "" } },
    { contentWindow: { id: 2 }, style: { height: "" } },
  ];
  let listener: ((event: unknown) => void) | undefined;
  let selector = "";
  const script = hostScript(origin).replace(/^<script>|<\/script>$/g, "");
  runInNewContext(script, {
    addEventListener: (_type: string, handler: (event: unknown) => void) => (listener = handler),
    document: {
      querySelectorAll: (query: string) => ((selector = query), frames),
    },
    Number,
    Math,
  });
  listener!({ ...message, source: message.from === undefined ? null : frames[message.from]!.contentWindow });
  return { heights: frames.map((f) => f.style.height), selector };
}

describe("hostScript", () => {
  it("sets the height of the one marked frame that sent the message", () => {
    const { heights, selector } = runHostScript({
      origin,
      from: 1,
      data: { type: "observatory-embed-height", height: 812.4 },
    });
    expect(selector).toBe("iframe[data-observatory-embed]");
    expect(heights).toEqual(["", "813px"]);
  });

  it("ignores other origins, other message types and absurd heights", () => {
    for (const message of [
      { origin: "https://evil.example", data: { type: "observatory-embed-height", height: 500 } },
      { origin, data: { type: "other", height: 500 } },
      { origin, data: { type: "observatory-embed-height", height: 1e7 } },
      { origin, data: { type: "observatory-embed-height", height: "x" } },
    ])
      expect(runHostScript({ ...message, from: 0 }).heights).toEqual(["", ""]);
  });
});

describe("imageSnippet", () => {
  it("points at the static SVG or the PNG the build writes beside it", () => {
    expect(imageSnippet("/fr/maps/fragility_index/quartier.svg", "svg", "Indice", origin)).toBe(
      '<img src="https://obs.example/fr/maps/fragility_index/quartier.svg" alt="Indice" style="max-width:100%;height:auto">',
    );
    expect(imageSnippet("/fr/maps/fragility_index/quartier.svg", "png", "Indice", origin)).toBe(
      '<img src="https://obs.example/fr/maps/fragility_index/quartier.png" alt="Indice" style="max-width:100%;height:auto">',
    );
  });
});

describe("requestedLanguage", () => {
  it("asks for another of the site's languages only", () => {
    expect(requestedLanguage("?i=x&lang=nl", "fr")).toBe("nl");
    expect(requestedLanguage("?lang=fr", "fr")).toBe(null);
    expect(requestedLanguage("?lang=de", "fr")).toBe(null);
    expect(requestedLanguage("", "fr")).toBe(null);
  });
});

describe("embedMapTitle", () => {
  it("names the indicator, level and year, or the change's years", () => {
    const t = createTranslator("nl");
    expect(embedMapTitle(t, { legendTitle: "Fragiliteitsindex", year: 2025, fromYear: null }, "commune")).toBe(
      "Fragiliteitsindex — gemeenten, 2025",
    );
    expect(embedMapTitle(t, { legendTitle: "Verandering 2020–2025", year: 2025, fromYear: 2020 }, "quartier")).toBe(
      "Verandering 2020–2025 — wijken",
    );
  });
});
