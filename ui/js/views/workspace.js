// The main region: the start screen, or the open agreement with its header
// and its three tabs (text, parties, versions).

import { api } from "../ipc.js";
import { openExportDialog } from "./export.js";
import { openImportDialog, openSendDialog } from "./exchange.js";
import { openKitDialog } from "./kits.js";
import { h, replace } from "../dom.js";
import { formatDateTime, languageName, t } from "../i18n.js";
import { renderText } from "./text.js";
import { renderParties } from "./parties.js";
import { renderVersions } from "./versions.js";
import { renderMatrix } from "./matrix.js";

export function renderWorkspace(app, main) {
  const { document, version } = app.state;
  if (!document) {
    replace(main, startScreen(app));
    return;
  }
  const shown = version ? version.document : document;
  const tabs = [
    ["text", "tab-text", null],
    ["parties", "tab-parties", { count: shown.parties.length }],
    ["matrix", "tab-matrix", null],
    ["versions", "tab-versions", null],
  ];
  const tab = version ? "text" : app.state.tab;
  replace(
    main,
    agreementHeader(app, shown.agreement, Boolean(version)),
    version && versionBanner(app, version),
    !version && h("div", { class: "tabs", role: "tablist" },
      tabs.map(([name, l10n, l10nArgs]) =>
        h("button", {
          type: "button", role: "tab", class: "tab", id: `tab-${name}`,
          "aria-selected": String(tab === name), l10n, l10nArgs,
          onclick: () => app.setTab(name),
        }),
      ),
    ),
    h("div", { class: "tab-panel", role: "tabpanel" },
      tab === "text" ? renderText(app, shown, Boolean(version))
        : tab === "parties" ? renderParties(app, shown)
        : tab === "matrix" ? renderMatrix(app, shown)
        : renderVersions(app, shown)),
  );
}

function startScreen(app) {
  const hasAgreements = app.state.agreements.length > 0;
  return h("section", { class: "start" },
    h("img", { src: "img/logo.png", alt: "", width: 72, height: 72 }),
    h("h1", { l10n: "start-heading" }),
    h("p", { class: "start-lead", l10n: hasAgreements ? "start-choose" : "start-empty" }),
    h("div", { class: "start-actions" },
      h("button", { type: "button", class: "primary", l10n: "new-agreement", onclick: () => app.openNewAgreementDialog() }),
      h("button", { type: "button", class: "secondary", id: "start-kit", l10n: "kit-button", onclick: () => openKitDialog(app) }),
      h("button", { type: "button", class: "secondary", id: "start-import", l10n: "import-button", onclick: () => openImportDialog(app) }),
      h("button", { type: "button", class: "secondary", id: "open-sample", l10n: "start-sample",
        onclick: async (event) => {
          const button = event.currentTarget;
          button.disabled = true; // one sample per click, however eager
          const id = await app.run(() => api.createSample());
          button.disabled = false;
          if (id === null) return;
          await app.refreshAgreements();
          await app.openAgreement(id);
        } }),
    ),
    h("p", { class: "field-hint", l10n: "start-sample-hint" }),
  );
}

function agreementHeader(app, agreement, readOnly) {
  const working = agreement.working_language;
  return h("header", { class: "agreement-header" },
    h("div", { class: "agreement-title-row" },
      h("h1", { class: "agreement-title", id: "agreement-title", text: agreement.titles[working] ?? "",
        title: agreement.titles[working] ?? "" }),
      !readOnly && h("button", { type: "button", class: "secondary small", id: "edit-details", l10n: "agreement-details-edit",
        onclick: () => app.openAgreementDetails() }),
      !readOnly && h("button", { type: "button", class: "secondary small", id: "export-button", l10n: "export-button",
        onclick: () => openExportDialog(app) }),
      !readOnly && h("button", { type: "button", class: "secondary small", id: "send-button", l10n: "exchange-button",
        onclick: () => openSendDialog(app) }),
    ),
    h("div", { class: "agreement-meta" },
      h("span", { class: "meta-kind", l10n: `agreement-kind-${agreement.kind}` }),
      agreement.symbol && h("span", { class: "meta-symbol", text: agreement.symbol, title: agreement.symbol }),
      h("ul", { class: "language-chips", "aria-label": t("agreement-languages") },
        agreement.languages.map((l) =>
          h("li", {
            class: "chip" + (l.authentic ? " authentic" : "") + (l.code === working ? " working" : ""),
            title: t("language-chip-title", {
              language: languageName(l.code),
              authentic: String(l.authentic),
              working: String(l.code === working),
            }),
            text: l.code.toUpperCase(),
          }),
        ),
      ),
    ),
  );
}

function versionBanner(app, { version }) {
  return h("div", { class: "version-banner", role: "status" },
    h("span", {
      l10n: "version-reading",
      l10nArgs: { name: version.name, date: formatDateTime(version.created_at), author: version.author || t("author-unknown") },
    }),
    h("button", { type: "button", class: "secondary small", id: "close-version", l10n: "version-back",
      onclick: () => app.closeVersion() }),
  );
}
