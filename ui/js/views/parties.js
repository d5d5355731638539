// Who sits at the table: parties, observers and groups, named per language.

import { api } from "../ipc.js";
import { partyName } from "../names.js";
import { h } from "../dom.js";
import { languageName, t } from "../i18n.js";
import { field, formError } from "./dialog.js";


export function renderParties(app, doc) {
  const { agreement, parties } = doc;
  const byId = new Map(parties.map((p) => [p.id, p]));
  return h("div", { class: "parties-layout" },
    h("section", { class: "pane", "aria-labelledby": "parties-heading" },
      h("div", { class: "pane-head" }, h("h2", { id: "parties-heading", l10n: "parties-heading" })),
      parties.length === 0
        ? h("p", { class: "empty", l10n: "parties-empty" })
        : h("table", { class: "parties-table" },
            h("thead", {}, h("tr", {},
              agreement.languages.map((l) => h("th", { text: t("party-name-in", { language: languageName(l.code) }) })),
              h("th", { l10n: "party-kind" }),
              h("th", { l10n: "party-role" }),
              h("th", { l10n: "party-members" }),
              h("th", {}, h("span", { class: "visually-hidden", l10n: "party-actions" })))),
            h("tbody", {}, parties.map((party) =>
              h("tr", { dataset: { partyId: party.id } },
                agreement.languages.map((l) => h("td", { lang: l.code, text: party.names[l.code] ?? "",
                  class: party.names[l.code] ? null : "missing-cell" })),
                h("td", { l10n: `party-kind-${party.kind}` }),
                h("td", { l10n: `party-role-${party.role}` }),
                h("td", { class: "members" }, party.kind === "group" && membersEditor(app, doc, party, byId)),
                h("td", {}, h("button", { type: "button", class: "danger small", l10n: "party-remove",
                  "aria-label": t("party-remove-label", { name: partyName(party, agreement) }),
                  onclick: async () => {
                    if (await app.run(() => api.removeParty(party.id))) await app.reload();
                  } })),
              ))),
          ),
    ),
    addPartyForm(app, doc),
  );
}

function memberChoices(doc, checked) {
  const candidates = doc.parties.filter((p) => p.kind !== "group");
  if (candidates.length === 0) return h("p", { class: "field-hint", l10n: "party-members-none" });
  return h("div", { class: "member-choices" }, candidates.map((p) =>
    h("label", { class: "check" },
      h("input", { type: "checkbox", value: String(p.id), checked: checked.includes(p.id) }),
      h("span", { text: partyName(p, doc.agreement) }))));
}

function membersEditor(app, doc, group, byId) {
  const names = group.members.map((id) => byId.get(id)).filter(Boolean).map((p) => partyName(p, doc.agreement));
  const choices = memberChoices(doc, group.members);
  return h("details", { class: "members-editor" },
    h("summary", { text: names.length ? names.join(", ") : t("party-members-empty") }),
    choices,
    h("button", { type: "button", class: "secondary small", l10n: "party-members-save",
      onclick: async () => {
        const members = [...choices.querySelectorAll("input:checked")].map((i) => Number(i.value));
        if (await app.run(() => api.setGroupMembers(group.id, members))) await app.reload();
      } }),
  );
}

function addPartyForm(app, doc) {
  const { agreement } = doc;
  const error = formError();
  const members = h("fieldset", { class: "members-field", hidden: true },
    h("legend", { l10n: "party-members" }), memberChoices(doc, []));
  const kind = h("select", { name: "kind", id: "party-kind",
    onchange: () => { members.hidden = kind.value !== "group"; } },
    app.state.rules.partyKinds.map((k) => h("option", { value: k, l10n: `party-kind-${k}` })));
  const form = h("form", { class: "pane add-party", id: "add-party-form" },
    h("h2", { l10n: "party-add-heading" }),
    agreement.languages.map((l) =>
      field("party-name-in", h("input", { name: `name-${l.code}`, lang: l.code, autocomplete: "off" }), null,
        { language: languageName(l.code) })),
    h("div", { class: "field-row" },
      field("party-kind", kind),
      field("party-role", h("select", { name: "role", id: "party-role" },
        app.state.rules.partyRoles.map((r) => h("option", { value: r, l10n: `party-role-${r}` })))),
    ),
    members,
    error.element,
    h("button", { type: "submit", class: "primary", id: "add-party", l10n: "party-add" }),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const names = {};
    for (const l of agreement.languages) names[l.code] = form.elements[`name-${l.code}`].value;
    const party = {
      kind: kind.value,
      role: form.elements.role.value,
      names,
      members: kind.value === "group"
        ? [...members.querySelectorAll("input:checked")].map((i) => Number(i.value)) : [],
    };
    try {
      await api.addParty(agreement.id, party);
      await app.reload();
      document.querySelector("#add-party-form input")?.focus();
    } catch (problem) {
      error.show(problem);
    }
  });
  return form;
}
