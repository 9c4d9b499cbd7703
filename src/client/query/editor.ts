/**
 * The SQL editor: a plain textarea (so typing, selection, undo, screen readers and the
 * keyboard all work as usual) over a highlighted copy of its text and beside a column of line
 * numbers. Ctrl+Enter or Cmd+Enter runs, Escape cancels; Tab still leaves the editor, so the
 * keyboard is never trapped in it.
 */
import { highlightSql } from "./highlight.ts";

export interface Editor {
  readonly textarea: HTMLTextAreaElement;
  value: string;
}

export interface EditorActions {
  run(): void;
  cancel(): void;
}

export function enhanceEditor(root: HTMLElement, actions: EditorActions): Editor {
  const textarea = root.querySelector<HTMLTextAreaElement>("textarea")!;
  const overlay = root.querySelector<HTMLElement>("[data-editor-overlay]")!;
  const gutter = root.querySelector<HTMLElement>("[data-editor-gutter]")!;
  let lineCount = 0;

  function render(): void {
    overlay.innerHTML = highlightSql(textarea.value);
    const lines = textarea.value.split("\n").length;
    if (lines !== lineCount) {
      lineCount = lines;
      gutter.textContent = Array.from({ length: lines }, (_, index) => index + 1).join("\n");
      root.style.setProperty("--gutter-digits", String(Math.max(2, String(lines).length)));
    }
    follow();
  }

  // The overlay and the gutter scroll with the textarea, which owns the scroll bars.
  function follow(): void {
    overlay.scrollTop = textarea.scrollTop;
    overlay.scrollLeft = textarea.scrollLeft;
    gutter.scrollTop = textarea.scrollTop;
  }

  textarea.addEventListener("input", render);
  textarea.addEventListener("scroll", follow);
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      actions.run();
    } else if (event.key === "Escape") {
      actions.cancel();
    }
  });
  root.dataset.enhanced = "";
  render();

  return {
    textarea,
    get value() {
      return textarea.value;
    },
    set value(sql: string) {
      textarea.value = sql;
      render();
    },
  };
}
