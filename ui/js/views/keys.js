// The keyboard: the shortcuts of the frequent actions, and the help screen
// (F1, or ? outside a text field) that lists them. Every other action is a
// control reached with Tab and Shift+Tab.

import { h } from "../dom.js";
import { t } from "../i18n.js";
import { openDialog } from "./dialog.js";
import { addProvision } from "./text.js";

/** Each shortcut as the help screen lists it: its keys, and what it does. */
const SHORTCUTS = [
  ["F1", "keys-help"],
  ["Ctrl+F", "keys-search"],
  ["Enter · Shift+Enter", "keys-search-results"],
  ["Escape", "keys-escape"],
  ["Ctrl+S", "keys-save"],
  ["Ctrl+Enter", "keys-new-paragraph"],
  ["Ctrl+Shift+P", "keys-record-position"],
  ["↑ · ↓", "keys-tree"],
  ["Alt+PageDown · Alt+PageUp", "keys-next-provision"],
  ["Alt+↑ · Alt+↓", "keys-move"],
  ["Ctrl+= · Ctrl+- · Ctrl+0", "keys-zoom"],
  ["Tab · Shift+Tab", "keys-tab"],
];

export function openKeyboardHelp() {
  openDialog({
    name: "keyboard",
    titleId: "keys-title",
    submitId: "keys-close",
    cancelId: null,
    fields: h("dl", { class: "shortcuts", id: "shortcuts" },
      SHORTCUTS.map(([keys, l10n]) => [
        h("dt", {}, keys.split(" · ").map((combination, index) => [
          index > 0 && " ",
          h("kbd", { dir: "ltr", text: combination }),
        ])),
        h("dd", { l10n }),
      ])),
    onSubmit: async () => true,
  });
}

/** Whether a key pressed in `target` is the user typing there. */
const typing = (target) => target.closest("input, textarea, select, [contenteditable]") !== null;

/**
 * The window's shortcuts: help, search, the next or previous provision, a new
 * paragraph, recording a position.
 * Those of a part of the screen (Ctrl+S in the editor, the
 * arrows in the structure) belong to it.
 */
export function handleShortcut(app, event) {
  const dialogOpen = document.getElementById("dialog").open;
  const ctrl = event.ctrlKey || event.metaKey;
  if (event.key === "F1" || (event.key === "?" && !typing(event.target) && !dialogOpen)) {
    event.preventDefault();
    if (!dialogOpen) openKeyboardHelp();
    return;
  }
  const { state } = app;
  if (dialogOpen || !state.document) return;
  if (ctrl && event.key.toLowerCase() === "f" && !state.version) {
    event.preventDefault();
    goToSearch(app);
  } else if (event.altKey && (event.key === "PageDown" || event.key === "PageUp")) {
    event.preventDefault();
    selectNext(app, event.key === "PageDown" ? 1 : -1);
  } else if (ctrl && event.key === "Enter" && !state.version) {
    event.preventDefault();
    addProvision(app, "paragraph");
  } else if (ctrl && event.shiftKey && event.key.toLowerCase() === "p" && !state.version) {
    event.preventDefault();
    goToPositionForm(app);
  }
}

/**
 * The form that records a party's position on the selected provision (the
 * first, if none is selected); with no party yet, the form that adds one.
 */
async function goToPositionForm(app) {
  const { state } = app;
  if (state.document.parties.length === 0) {
    await app.setTab("parties");
    document.querySelector("#add-party-form input")?.focus();
    return;
  }
  if (state.tab !== "text") await app.setTab("text");
  if (state.selectedId === null && state.document.provisions.length > 0) {
    await app.select(state.document.provisions[0].id);
  }
  const party = document.getElementById("position-party");
  party?.scrollIntoView({ block: "center" });
  party?.focus();
}

async function goToSearch(app) {
  if (app.state.tab !== "text") await app.setTab("text");
  const input = document.getElementById("search-input");
  input?.focus();
  input?.select();
}

/** Selects the provision after (1) or before (-1) the selected one, in the text's order. */
async function selectNext(app, step) {
  const { state } = app;
  const shown = state.version ? state.version.document : state.document;
  if (state.tab !== "text") await app.setTab("text");
  const ids = shown.provisions.map((n) => n.id);
  if (ids.length === 0) return;
  const index = ids.indexOf(state.selectedId);
  const next = index < 0 ? (step > 0 ? 0 : ids.length - 1) : Math.max(0, Math.min(ids.length - 1, index + step));
  await app.select(ids[next]);
  document.querySelector(".tree-row.selected")?.focus();
}
