// The text of an agreement: the structure tree, the editor with its language
// panes side by side, and the history of the selected provision.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { formatDateTime, languageName, provisionLabel, t } from "../i18n.js";
import { bracketLegend, optionsPanel, positionsPanel, privateNotesPanel, statementsPanel, statusControls } from "./negotiation.js";
import { partyName } from "../names.js";
import { openLibraryDialog } from "./library.js";
import { searchBox } from "./search.js";

/** What the core says of a kind of provision: heading, body, where it may stand. */
const kindRules = (app, kind) => app.state.rules.provisionKinds.find((r) => r.kind === kind);

export function renderText(app, doc, readOnly) {
  const selected = findNode(doc, app.state.selectedId);
  const layout = h("div", { class: "text-layout" + (readOnly ? " read-only" : "") },
    structurePane(app, doc, selected, readOnly),
    editorPane(app, doc, selected, readOnly),
    !readOnly && historyPane(selected),
  );
  return layout;
}

function findNode(doc, id) {
  return doc.provisions.find((n) => n.id === id) ?? doc.deleted.find((n) => n.id === id) ?? null;
}

function summary(node, language) {
  const text = node.texts[language];
  const words = (text?.heading || text?.body || "").trim();
  return words.length > 90 ? words.slice(0, 88) + "…" : words;
}

// ---------------------------------------------------------------- structure

function structurePane(app, doc, selected, readOnly) {
  const working = doc.agreement.working_language;
  const rows = doc.provisions.map((node) => treeRow(app, node, working, selected));
  return h("section", { class: "pane structure", "aria-labelledby": "structure-heading" },
    h("div", { class: "pane-head" }, h("h2", { id: "structure-heading", l10n: "structure-heading" })),
    !readOnly && searchBox(app, doc),
    !readOnly && addToolbar(app, doc, selected),
    rows.length === 0
      ? h("p", { class: "empty", l10n: readOnly ? "structure-empty-version" : "structure-empty" })
      : h("ol", { class: "tree", role: "tree", "aria-labelledby": "structure-heading",
          onkeydown: (e) => treeKeys(app, doc, readOnly, e) }, rows),
    !readOnly && doc.deleted.length > 0 && h("div", { class: "deleted-list" },
      h("h3", { id: "deleted-heading", l10n: "deleted-heading" }),
      h("ol", { class: "tree", role: "tree", "aria-labelledby": "deleted-heading" },
        doc.deleted.map((node) => treeRow(app, node, working, selected))),
    ),
  );
}

function treeRow(app, node, working, selected) {
  const missing = node.deleted ? [] : node.missing_languages;
  return h("li", { role: "treeitem", "aria-selected": String(node.id === selected?.id), dataset: { depth: Math.min(node.depth, 5) } },
    h("button", {
      type: "button",
      class: "tree-row" + (node.id === selected?.id ? " selected" : "") + (node.deleted ? " deleted" : ""),
      dataset: { provisionId: node.id, kind: node.kind },
      onclick: () => app.select(node.id),
    },
      h("span", { class: "tree-label", text: node.deleted ? t(`provision-kind-${node.kind}`) : provisionLabel(node) }),
      !node.deleted && h("span", { class: "status-dot", dataset: { status: node.status }, title: t(`status-${node.status}`) }),
      h("span", { class: "tree-summary", lang: working, text: summary(node, working) }),
      missing.length > 0 && h("span", {
        class: "missing-badge",
        title: t("missing-languages", { languages: missing.map(languageName).join(", ") }),
        text: missing.map((c) => c.toUpperCase()).join(" "),
      }),
    ),
  );
}

function addToolbar(app, doc, selected) {
  return h("div", { class: "add-toolbar", role: "toolbar", "aria-label": t("add-toolbar") },
    h("span", { class: "add-toolbar-label", l10n: "add-label" }),
    h("button", { type: "button", class: "add-button library-button", id: "open-library", l10n: "library-button",
      // Inside the selected part or chapter, else at the end of the text.
      onclick: () => openLibraryDialog(app, selected && ["part", "chapter"].includes(selected.kind) ? selected.id : null) }),
    app.state.rules.provisionKinds.map(({ kind }) =>
      h("button", {
        type: "button", class: "add-button", id: `add-${kind}`, l10n: `add-${kind}`,
        onclick: () => addProvision(app, kind),
      }),
    ),
  );
}

/**
 * Adds a provision of `kind` where the selected one stands (else at the end
 * of the text), selects it and puts the cursor in its text.
 */
export async function addProvision(app, kind) {
  const doc = app.state.document;
  const selected = findNode(doc, app.state.selectedId);
  const near = selected && !selected.deleted ? selected.id : null;
  if (!(await app.leave())) return;
  const id = await app.run(() => api.addProvision(doc.agreement.id, kind, near, {}));
  if (id === null) return;
  app.state.selectedId = id;
  app.state.tab = "text";
  await app.reload();
  document.querySelector(".language-pane .pane-input")?.focus();
}

/** Arrow keys walk the tree; Alt+arrows move the selected provision (not in a version). */
async function treeKeys(app, doc, readOnly, event) {
  const ids = doc.provisions.map((n) => n.id);
  const index = ids.indexOf(app.state.selectedId);
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  event.preventDefault();
  const step = event.key === "ArrowDown" ? 1 : -1;
  if (event.altKey && readOnly) return;
  if (event.altKey && index >= 0) {
    await moveBy(app, doc, doc.provisions[index], step);
  } else {
    const next = ids[Math.max(0, Math.min(ids.length - 1, index + step))];
    if (next !== undefined) await app.select(next);
  }
  document.querySelector(".tree-row.selected")?.focus();
}

// ------------------------------------------------------------------- editor

function editorPane(app, doc, node, readOnly) {
  if (!node) {
    return h("section", { class: "pane editor" },
      h("p", { class: "empty", l10n: readOnly ? "editor-empty-version" : "editor-empty" }));
  }
  const agreement = doc.agreement;
  const working = agreement.working_language;
  const others = agreement.languages.map((l) => l.code).filter((c) => c !== working);
  let other = app.state.otherLanguage;
  if (!others.includes(other)) other = others[0] ?? null;
  const editable = !readOnly && !node.deleted;

  const status = h("span", { class: "save-status", role: "status" });
  // An article whose words are all in its paragraphs has no running text of
  // its own to offer: its panes show the heading alone.
  const textInParts = doc.provisions.some((n) => n.parent_id === node.id) &&
    Object.values(node.texts).every((text) => !text.body.trim());
  const panes = [languagePane(app, agreement, node, working, editable, null, textInParts)];
  if (other) {
    panes.push(languagePane(app, agreement, node, other, editable, others.length > 1 && (async (code) => {
      if (!(await app.leave())) return;
      app.state.otherLanguage = code;
      app.render();
    }), textInParts));
  }

  const dirty = () => panes.some((p) => p.changed());
  const save = async () => {
    const changed = panes.filter((p) => p.changed());
    for (const pane of changed) {
      const ok = await app.run(() => api.setProvisionText(node.id, pane.language, pane.value()));
      if (ok === null) return false;
    }
    if (changed.length > 0) await app.reload();
    return true;
  };
  if (editable) {
    app.pendingEdits = async () => (dirty() ? save() : true);
  }

  const section = h("section", {
    class: "pane editor",
    "aria-labelledby": "editor-heading",
    onkeydown: (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "s" && editable) {
        e.preventDefault();
        save();
      }
    },
    oninput: () => {
      status.textContent = dirty() ? t("editor-unsaved") : "";
      app.reportUnsaved(dirty());
    },
  },
    h("div", { class: "pane-head editor-head" },
      h("h2", { id: "editor-heading", text: node.deleted ? t(`provision-kind-${node.kind}`) : provisionLabel(node) }),
      h("span", { class: "editor-kind", text: t(`provision-kind-${node.kind}`) }),
      editable && numberingControl(app, node),
    ),
    node.deleted && h("div", { class: "deleted-notice" },
      h("span", { l10n: "editor-deleted" }),
      !readOnly && h("button", { type: "button", class: "secondary small", id: "restore-provision", l10n: "restore",
        onclick: async () => {
          if (await app.run(() => api.restoreProvision(node.id))) await app.reload();
        } }),
    ),
    readOnly && !node.deleted && h("span", { class: "status-badge", dataset: { status: node.status }, l10n: `status-${node.status}` }),
    node.template && templateOrigin(app, node, editable),
    h("div", { class: "language-panes" }, panes.map((p) => p.element)),
    bracketLegend(doc, node.brackets ?? []),
    editable && h("div", { class: "editor-actions" },
      h("button", { type: "button", class: "primary", id: "save-text", l10n: "save-text", onclick: save }),
      bracketControls(doc),
      status,
      h("span", { class: "spacer" }),
      moveControls(app, doc, node),
      h("button", { type: "button", class: "danger", id: "delete-provision", l10n: "delete-provision",
        onclick: async () => {
          if (await app.run(() => api.deleteProvision(node.id))) await app.reload();
        } }),
    ),
    editable && optionsPanel(app, doc, node),
    editable && statusControls(app, node),
    editable && positionsPanel(app, doc, node),
    editable && statementsPanel(app, doc, node),
    editable && privateNotesPanel(app, node),
  );
  return section;
}

/** How the provision is numbered (Article 3, Article 3 bis, no number), where its kind may vary. */
function numberingControl(app, node) {
  const { numberings } = kindRules(app, node.kind);
  if (numberings.length < 2) return null;
  return h("label", { class: "numbering-control" },
    h("span", { class: "field-label", l10n: "numbering-label" }),
    h("select", { id: "provision-numbering", onchange: async (event) => {
      if (await app.run(() => api.setNumbering(node.id, event.target.value))) await app.reload();
    } }, numberings.map((mode) =>
      h("option", { value: mode, l10n: `numbering-${mode}`, selected: mode === node.numbering }))));
}

/** Which clause template a provision came from, and new values for the clause it belongs to. */
function templateOrigin(app, node, editable) {
  const { id, version, modified } = node.template;
  return h("div", { class: "template-origin", id: "template-origin" },
    h("span", { l10n: "template-origin", l10nArgs: { template: id.replaceAll("-", " "), version } }),
    modified && h("span", { class: "template-modified", l10n: "template-modified" }),
    editable && ["article", "recital"].includes(node.kind) && h("button", { type: "button", class: "secondary small", id: "change-template-values",
      l10n: "template-change-values", onclick: () => openLibraryDialog(app, null, { articleId: node.id, origin: node.template }) }));
}

/** One language of the selected provision: its heading and body fields. */
function languagePane(app, agreement, node, code, editable, onSwitch, textInParts) {
  const rules = kindRules(app, node.kind);
  const text = node.texts[code] ?? { heading: "", body: "" };
  const authentic = agreement.languages.find((l) => l.code === code)?.authentic;
  const missing = !node.deleted && node.missing_languages.includes(code);
  const heading = rules.has_heading &&
    h("input", { class: "pane-input heading-input", lang: code, value: text.heading, readonly: !editable,
      "aria-label": t("editor-heading-label", { language: languageName(code) }), dataset: { field: "heading" } });
  const body = rules.has_body && !textInParts &&
    h("textarea", { class: "pane-input body-input", lang: code, rows: 9, readonly: !editable,
      "aria-label": t("editor-body-label", { language: languageName(code) }), dataset: { field: "body" } });
  if (body) body.value = text.body;

  const title = onSwitch
    ? h("select", { class: "pane-language", "aria-label": t("editor-other-language"),
        onchange: (e) => onSwitch(e.target.value) },
        agreement.languages.filter((l) => l.code !== agreement.working_language).map((l) =>
          h("option", { value: l.code, selected: l.code === code, text: languageName(l.code) })))
    : h("span", { class: "pane-language", text: languageName(code) });

  const element = h("div", { class: "language-pane" + (missing ? " missing" : ""), dataset: { language: code } },
    h("div", { class: "language-pane-head" },
      title,
      code === agreement.working_language && h("span", { class: "tag", l10n: "language-working" }),
      authentic && h("span", { class: "tag authentic", l10n: "language-authentic" }),
      missing && h("span", { class: "tag missing", l10n: "language-missing" }),
    ),
    heading,
    body,
    textInParts && h("p", { class: "field-hint text-in-parts", l10n: "editor-text-in-parts" }),
  );
  const value = () => ({ heading: heading ? heading.value : text.heading, body: body ? body.value : text.body });
  return {
    element,
    language: code,
    value,
    changed: () => {
      const now = value();
      return now.heading !== text.heading || now.body !== text.body;
    },
  };
}

/**
 * Wraps the words selected in the text field last used in ⟦ ⟧: not yet
 * agreed, followed by the id of the party that proposed them, if one is
 * chosen (⟦words⟧{7}). The button keeps the field's focus and selection.
 */
function bracketControls(doc) {
  const proposer = h("select", { id: "bracket-proposer", "aria-label": t("editor-bracket-proposer") },
    h("option", { value: "", l10n: "editor-bracket-unattributed" }),
    doc.parties.filter((p) => p.role === "party").map((p) =>
      h("option", { value: String(p.id), text: partyName(p, doc.agreement) })));
  const button = h("button", {
    type: "button", class: "secondary", id: "bracket-selection", l10n: "editor-bracket",
    onmousedown: (event) => event.preventDefault(),
    onclick: () => {
      const field = document.activeElement;
      if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
      const { selectionStart: start, selectionEnd: end, value } = field;
      if (start === end) return;
      const bracketed = `⟦${value.slice(start, end)}⟧${proposer.value ? `{${proposer.value}}` : ""}`;
      field.value = value.slice(0, start) + bracketed + value.slice(end);
      field.setSelectionRange(start, start + bracketed.length);
      field.dispatchEvent(new Event("input", { bubbles: true }));
    },
  });
  return h("span", { class: "bracket-controls" }, button, proposer);
}

// -------------------------------------------------------------------- moves

async function moveBy(app, doc, node, step) {
  const siblings = doc.provisions.filter((n) => n.parent_id === node.parent_id);
  const index = siblings.findIndex((n) => n.id === node.id) + step;
  if (index < 0 || index >= siblings.length) return;
  if (!(await app.leave())) return;
  const ok = await app.run(() => api.moveProvision(node.id, { parent: node.parent_id, index }));
  if (ok) await app.reload();
}

/** The provisions `node` may move under: those whose kind can hold it, outside its own subtree. */
function moveTargets(app, doc, node) {
  const allowed = kindRules(app, node.kind).parents;
  const inside = new Set([node.id]);
  for (const n of doc.provisions) if (inside.has(n.parent_id)) inside.add(n.id);
  const targets = doc.provisions.filter((n) => !inside.has(n.id) && allowed.includes(n.kind));
  return { topLevel: allowed.includes(null), targets };
}

function moveControls(app, doc, node) {
  const { topLevel, targets } = moveTargets(app, doc, node);
  const working = doc.agreement.working_language;
  const select = h("select", { class: "move-target", id: "move-target", "aria-label": t("move-to-label") },
    h("option", { value: "", l10n: "move-to-placeholder" }),
    topLevel && h("option", { value: "top", l10n: "move-to-top" }),
    targets.map((n) => h("option", { value: String(n.id), text: `${provisionLabel(n)} ${summary(n, working)}`.trim() })),
  );
  const moveInto = async () => {
    if (!select.value) return;
    const parent = select.value === "top" ? null : Number(select.value);
    if (!(await app.leave())) return;
    if (await app.run(() => api.moveProvision(node.id, { parent, index: null }))) await app.reload();
  };
  return h("span", { class: "move-controls" },
    h("button", { type: "button", class: "secondary", id: "move-up", l10n: "move-up", onclick: () => moveBy(app, doc, node, -1) }),
    h("button", { type: "button", class: "secondary", id: "move-down", l10n: "move-down", onclick: () => moveBy(app, doc, node, 1) }),
    (topLevel || targets.length > 0) && [
      select,
      h("button", { type: "button", class: "secondary", id: "move-into", l10n: "move-into", onclick: moveInto }),
    ],
  );
}

// ------------------------------------------------------------------ history

function historyPane(node) {
  const list = h("ol", { class: "history-list", id: "history-list" });
  // It scrolls: reachable with Tab, so that the keyboard can scroll it too.
  const pane = h("section", { class: "pane history", "aria-labelledby": "history-heading", tabindex: "0" },
    h("div", { class: "pane-head" }, h("h2", { id: "history-heading", l10n: "history-heading" })),
    node ? list : h("p", { class: "empty", l10n: "history-empty" }),
  );
  if (node) {
    api.provisionHistory(node.id).then(
      (entries) => replace(list, entries.slice().reverse().map(historyEntry)),
      (error) => replace(list, h("li", { class: "form-error", text: error?.message ?? String(error) })),
    );
  }
  return pane;
}

function historyEntry(entry) {
  const textBlock = (cls, text) => text && h("div", { class: `history-text ${cls}` },
    text.heading && h("div", { class: "history-heading", text: text.heading }),
    text.body && h("div", { text: text.body }));
  return h("li", { class: "history-entry", dataset: { action: entry.action } },
    h("div", { class: "history-what" },
      h("span", { class: "history-action", l10n: `history-${entry.action}` }),
      entry.language && h("span", { class: "tag", text: entry.language.toUpperCase(), title: languageName(entry.language) })),
    h("div", { class: "history-who", text: `${entry.author || t("author-unknown")} · ${formatDateTime(entry.at)}` }),
    entry.status_after && h("div", { class: "history-status", l10n: "history-status-change",
      l10nArgs: { before: t(`status-${entry.status_before}`), after: t(`status-${entry.status_after}`) } }),
    entry.note && h("div", { class: "history-note", text: entry.note }),
    entry.before && (entry.before.heading || entry.before.body) && textBlock("before", entry.before),
    entry.after && textBlock("after", entry.after),
  );
}
