// Entente's window: loads the locale and the data, keeps the state of the
// session, and hands each region of the screen to its view.

import { api, onCloseRequested, onFilesOpened } from "./ipc.js";
import { initLocale, localize, t } from "./i18n.js";
import { focusedPlace, h, replace, restoreFocus } from "./dom.js";
import { renderSidebar, openAgreementDialog } from "./views/agreements.js";
import { renderWorkspace } from "./views/workspace.js";
import { openPreferencesDialog, openTranslationsDialog } from "./views/preferences.js";
import { openBackupsDialog } from "./views/backups.js";
import { openImportDialog } from "./views/exchange.js";
import { emptySearch } from "./views/search.js";
import { handleShortcut, openKeyboardHelp } from "./views/keys.js";

const state = {
  /** [code, name in its own words] of each interface language; the pseudo-locales. */
  interfaceLanguages: [],
  pseudoLanguages: [],
  /** The interface language now shown. */
  languageInUse: "en",
  /**
   * What the core defines and the forms offer: languages, kinds of agreement,
   * of provision (with where each may stand) and of party, roles.
   */
  rules: null,
  agreements: [],
  preferences: { delegation: "", interface_language: "" },
  /** The open agreement (AgreementDocument), or null on the start screen. */
  document: null,
  /** An earlier version being read (VersionDocument), or null for the current text. */
  version: null,
  selectedId: null,
  tab: "text",
  /** The language shown beside the working language in the editor. */
  otherLanguage: null,
  /** What was searched for in the open agreement, and what was found. */
  search: emptySearch(),
  /** What the window was last told about unsaved text. */
  unsavedReported: false,
};

const app = {
  state,

  /** Saves what the editor holds; set by the text view while it shows one. */
  pendingEdits: async () => true,

  /** Called before the screen changes: false if unsaved text could not be saved. */
  leave: () => app.pendingEdits(),

  /** Runs a call to the core; shows its error in the banner and returns null on failure. */
  async run(call) {
    try {
      const result = await call();
      app.clearError();
      return result ?? true;
    } catch (error) {
      app.showError(error);
      return null;
    }
  },

  showError(error) {
    const banner = document.getElementById("banner");
    const message = error?.message ?? String(error);
    replace(
      banner,
      h("span", { class: "banner-message", text: message }),
      h("button", { type: "button", class: "banner-close", l10n: "banner-dismiss", onclick: () => app.clearError() }),
    );
    banner.dataset.code = error?.code ?? "";
    banner.hidden = false;
  },

  clearError() {
    document.getElementById("banner").hidden = true;
  },

  async refreshAgreements() {
    const agreements = await app.run(() => api.listAgreements());
    if (agreements) state.agreements = agreements;
    renderSidebar(app);
  },

  async openAgreement(id) {
    if (!(await app.leave())) return;
    const document = await app.run(() => api.document(id));
    if (!document) return;
    Object.assign(state, { document, version: null, selectedId: null, tab: "text", otherLanguage: null, search: emptySearch() });
    app.render();
  },

  /** Reloads the open agreement after a change, keeping the selection. */
  async reload() {
    if (!state.document) return;
    const document = await app.run(() => api.document(state.document.agreement.id));
    if (document) state.document = document;
    // What was found may have moved or gone: the search box asks again.
    state.search.results = null;
    await app.refreshAgreements();
    app.render();
  },

  async openVersion(versionId) {
    if (!(await app.leave())) return;
    const version = await app.run(() => api.version(versionId));
    if (!version) return;
    Object.assign(state, { version, selectedId: null, tab: "text" });
    app.render();
  },

  async closeVersion() {
    if (!(await app.leave())) return;
    Object.assign(state, { version: null, selectedId: null });
    app.render();
  },

  async select(id) {
    if (!(await app.leave())) return;
    state.selectedId = id;
    app.render();
  },

  async setTab(tab) {
    if (!(await app.leave())) return;
    state.tab = tab;
    app.render();
  },

  /** Tells the window whether closing it now would lose typed text. */
  reportUnsaved(unsaved) {
    if (unsaved === state.unsavedReported) return;
    state.unsavedReported = unsaved;
    api.setUnsavedEdits(unsaved).catch(() => {});
  },

  /** Draws the page again from the state; a keyboard user's focus stays on its control. */
  render() {
    const focused = focusedPlace();
    app.pendingEdits = async () => true;
    app.reportUnsaved(false);
    renderSidebar(app);
    renderWorkspace(app, document.getElementById("main"));
    renderDelegation();
    restoreFocus(focused);
  },

  /** The database was replaced by a backup: nothing read before may stay on screen. */
  async afterRestore() {
    Object.assign(state, { document: null, version: null, selectedId: null, tab: "text", otherLanguage: null });
    state.preferences = (await app.run(() => api.preferences())) || state.preferences;
    await app.refreshAgreements();
    app.render();
  },

  /** Reads the interface language again (after a switch, or edited translation files) and redraws. */
  async reloadLocale() {
    const locale = await app.run(() => api.locale());
    if (!locale) return false;
    applyLocale(locale);
    if (state.rules && !document.querySelector(".startup-error")) app.render();
    return true;
  },

  openNewAgreementDialog: () => openAgreementDialog(app),
  openAgreementDetails: () => openAgreementDialog(app, state.document.agreement),
};

/** Formats the page in a locale; problems in the translator's files show in the banner. */
function applyLocale(locale) {
  initLocale(locale);
  state.languageInUse = locale.language;
  localize(document);
  document.title = t("app-name");
  if (locale.problems.length > 0) {
    const [first] = locale.problems;
    app.showError({
      code: "translations",
      message: t("translations-banner", { count: locale.problems.length,
        first: `${first.path}:${first.line}:${first.column}: ${first.message}` }),
    });
  }
}

function renderDelegation() {
  const button = document.getElementById("delegation-button");
  const delegation = state.preferences.delegation;
  button.textContent = delegation ? t("delegation-button", { delegation }) : t("delegation-button-unset");
  button.title = button.textContent;
  button.classList.toggle("unset", !delegation);
}

/** The database could not be opened: say why, and where, instead of a workspace. */
function renderStartupError(error) {
  document.getElementById("delegation-button").hidden = true;
  document.getElementById("backups-button").hidden = true;
  document.querySelector(".layout").replaceChildren(
    h("section", { class: "startup-error" },
      h("h1", { l10n: "startup-error-heading" }),
      h("p", { class: "startup-error-message", text: error.message }),
      h("p", { l10n: "startup-error-help" }),
    ),
  );
}

async function start() {
  let startup;
  try {
    startup = await api.startup();
  } catch (error) {
    document.body.textContent = error?.message ?? String(error);
    return;
  }
  state.interfaceLanguages = startup.interface_languages;
  state.pseudoLanguages = startup.pseudo_languages;
  applyLocale(startup.locale);
  state.rules = {
    languages: startup.languages,
    unLanguages: startup.un_languages,
    agreementKinds: startup.agreement_kinds,
    provisionKinds: startup.provision_kinds,
    partyKinds: startup.party_kinds,
    partyRoles: startup.party_roles,
    statuses: startup.statuses,
    stances: startup.stances,
    clearances: startup.clearances,
    privateNoteKinds: startup.private_note_kinds,
    statementKinds: startup.statement_kinds,
    renderings: startup.renderings,
    formats: startup.formats,
  };
  if (startup.error) {
    renderStartupError(startup.error);
    return;
  }
  state.preferences = (await app.run(() => api.preferences())) || state.preferences;
  document.getElementById("delegation-button").addEventListener("click", () => openPreferencesDialog(app));
  document.getElementById("translations-button").addEventListener("click", () => openTranslationsDialog(app));
  document.getElementById("backups-button").addEventListener("click", () => openBackupsDialog(app));
  document.getElementById("keys-button").addEventListener("click", openKeyboardHelp);
  // Closing with unsaved text: save it, then close. If saving fails the
  // banner says why and the window stays; asking again closes it anyway.
  let saveFailedOnClose = false;
  onCloseRequested(async () => {
    if (saveFailedOnClose || (await app.leave())) {
      await api.closeWindow();
    } else {
      saveFailedOnClose = true;
    }
  });
  document.addEventListener("keydown", (event) => handleShortcut(app, event));
  await app.refreshAgreements();
  app.render();
  openFilesHandedOver();
}

/**
 * A file opened with Entente, dropped on its window or named on its command
 * line opens the import dialog, chosen and named; several open one after
 * the other, each once no other dialog is open, so nothing the user is
 * doing is cut short.
 */
function openFilesHandedOver() {
  const dialog = document.getElementById("dialog");
  const next = async () => {
    if (dialog.open) return;
    const file = await api.takeOpenedFile();
    if (file) openImportDialog(app, file);
  };
  onFilesOpened(next);
  dialog.addEventListener("close", next);
  next();
}

start();
