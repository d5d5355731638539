//! A sample negotiation for a newcomer to open: a framework agreement on
//! cooperation in artificial intelligence for health, drafted in English and
//! French, negotiated by twelve States with an observer and a group, and saved
//! as two revisions (Rev.1 and Rev.2).
//!
//! Its general and final provisions come from the clause library, with the
//! library's default values; the preamble and the cooperation articles, which
//! the story of the negotiation amends word by word, are its own.
//!
//! It is built only through the public service API, as a user would build it,
//! so everything in it (history, statuses, positions, versions, the report)
//! is what the app shows for real work. It is deterministic: the same calls
//! with the same words every time. It never touches the user's preferences,
//! so the history names whichever delegation the user has set (or none).
//!
//! Long by nature: most of its lines are the sample's own words, in English
//! and French.

use std::collections::BTreeMap;

use crate::model::{
    AgreementDetails, AgreementId, AgreementKind, AgreementLanguage, Clearance, NewParty,
    NewPosition, OptionStance, PartyId, PartyKind, PartyRole, Placement, ProvisionId,
    ProvisionKind, ProvisionStatus, ProvisionText, Stance,
};
use crate::{Entente, Result};

impl Entente {
    /// Creates the sample negotiation (see the module documentation) and
    /// returns its id: what a newcomer opens to see the product at work.
    pub fn create_sample(&self) -> Result<AgreementId> {
        create_sample(self)
    }
}

/// Drafts the sample in a scratch database and brings it in as a bundle:
/// one transaction, so that a sample interrupted half-way (the laptop's
/// battery, a killed process) leaves nothing behind, as every user action
/// must. The scratch database takes the user's preferences, so the history
/// names the same delegation as if it were drafted here.
fn create_sample(entente: &Entente) -> Result<AgreementId> {
    let scratch = tempfile::tempdir()?;
    let draft = Entente::open(scratch.path())?;
    draft.set_preferences(&entente.preferences()?)?;
    let agreement = draft_sample(&draft)?;
    let bundle = scratch.path().join("sample.entente");
    draft.export_bundle(agreement, &bundle)?;
    entente.import_bundle(&bundle)
}

fn draft_sample(entente: &Entente) -> Result<AgreementId> {
    let agreement = entente.create_agreement(&details())?.id;
    let table = Drafting { entente, agreement };
    let parties = table.seat_parties()?;
    let text = table.draft_text()?;
    first_round(&table, &parties, &text)?;
    entente.save_version(agreement, "Rev.1")?;
    second_round(&table, &parties, &text)?;
    entente.save_version(agreement, "Rev.2")?;
    Ok(agreement)
}

/// The same words in English and in French.
type EnFr = (&'static str, &'static str);

const SYMBOL: &str = "AI-HEALTH/2026/1";

const TITLE: EnFr = (
    "Framework Agreement on Cooperation in Artificial Intelligence for Health",
    "Accord-cadre sur la coopération en matière d’intelligence artificielle au service de la santé",
);

/// The negotiating States, seated by region; the first four form the African Group.
const STATES: [EnFr; 12] = [
    ("Kenya", "Kenya"),
    ("Ghana", "Ghana"),
    ("Nigeria", "Nigéria"),
    ("South Africa", "Afrique du Sud"),
    ("Brazil", "Brésil"),
    ("Mexico", "Mexique"),
    ("India", "Inde"),
    ("Indonesia", "Indonésie"),
    ("Japan", "Japon"),
    ("Germany", "Allemagne"),
    ("France", "France"),
    ("Canada", "Canada"),
];

const AFRICAN_GROUP: EnFr = ("African Group", "Groupe africain");
const AFRICAN_GROUP_MEMBERS: [&str; 4] = ["Kenya", "Ghana", "Nigeria", "South Africa"];

const WHO: EnFr = (
    "World Health Organization",
    "Organisation mondiale de la Santé",
);

fn details() -> AgreementDetails {
    let authentic = |code: &str| AgreementLanguage {
        code: code.into(),
        authentic: true,
    };
    AgreementDetails {
        kind: AgreementKind::FrameworkAgreement,
        titles: in_both(TITLE),
        languages: vec![authentic("en"), authentic("fr")],
        working_language: "en".into(),
        symbol: SYMBOL.into(),
    }
}

fn in_both((en, fr): EnFr) -> BTreeMap<String, String> {
    BTreeMap::from([("en".into(), en.into()), ("fr".into(), fr.into())])
}

/// The parties that the story of the negotiation names.
struct Parties {
    nigeria: PartyId,
    south_africa: PartyId,
    brazil: PartyId,
    mexico: PartyId,
    india: PartyId,
    indonesia: PartyId,
    japan: PartyId,
    germany: PartyId,
    france: PartyId,
    canada: PartyId,
    african_group: PartyId,
}

/// The words of an article: its heading and its numbered paragraphs.
struct ArticleText {
    heading: EnFr,
    paragraphs: &'static [EnFr],
}

/// An article as drafted: its id and the ids of what stands under it.
struct Article {
    id: ProvisionId,
    paragraphs: Vec<ProvisionId>,
    subparagraphs: Vec<ProvisionId>,
}

impl Article {
    /// Paragraph `n`, counted from 1 as the text numbers it.
    fn paragraph(&self, n: usize) -> ProvisionId {
        self.paragraphs[n - 1]
    }

    /// The article and everything under it, as a status is given to it.
    fn whole(&self) -> Vec<ProvisionId> {
        let mut ids = vec![self.id];
        ids.extend(&self.paragraphs);
        ids.extend(&self.subparagraphs);
        ids
    }
}

/// The text as drafted, by the names the story of the negotiation uses.
struct Text {
    recitals: Vec<ProvisionId>,
    chapters: Vec<ProvisionId>,
    objective: Article,
    use_of_terms: Article,
    scope: Article,
    data_equity: Article,
    outbreak_data: Article,
    regulatory_alignment: Article,
    workforce: Article,
    inclusive_innovation: Article,
    transparency: Article,
    signature: Article,
    consent: Article,
    entry_into_force: Article,
    reservations: Article,
    withdrawal: Article,
    depositary: Article,
    authentic_texts: Article,
}

impl Text {
    /// Recital `n`, counted from 1.
    fn recital(&self, n: usize) -> ProvisionId {
        self.recitals[n - 1]
    }
}

/// The drafting table: adds the parties, text, statuses and positions of
/// one agreement through the service API.
struct Drafting<'a> {
    entente: &'a Entente,
    agreement: AgreementId,
}

impl Drafting<'_> {
    fn seat_parties(&self) -> Result<Parties> {
        let mut states = BTreeMap::new();
        for names in STATES {
            let id = self.party(PartyKind::State, PartyRole::Party, names, vec![])?;
            states.insert(names.0, id);
        }
        let state = |name: &str| states[name];
        self.party(PartyKind::Organisation, PartyRole::Observer, WHO, vec![])?;
        let members = AFRICAN_GROUP_MEMBERS.map(state).to_vec();
        let african_group =
            self.party(PartyKind::Group, PartyRole::Party, AFRICAN_GROUP, members)?;
        Ok(Parties {
            nigeria: state("Nigeria"),
            south_africa: state("South Africa"),
            brazil: state("Brazil"),
            mexico: state("Mexico"),
            india: state("India"),
            indonesia: state("Indonesia"),
            japan: state("Japan"),
            germany: state("Germany"),
            france: state("France"),
            canada: state("Canada"),
            african_group,
        })
    }

    fn party(
        &self,
        kind: PartyKind,
        role: PartyRole,
        names: EnFr,
        members: Vec<PartyId>,
    ) -> Result<PartyId> {
        let new = NewParty {
            kind,
            role,
            names: in_both(names),
            members,
        };
        Ok(self.entente.add_party(self.agreement, &new)?.id)
    }

    /// The text of Rev.1, in the order it reads.
    fn draft_text(&self) -> Result<Text> {
        let recitals = PREAMBLE
            .iter()
            .map(|&body| self.recital(body))
            .collect::<Result<_>>()?;

        let general = self.chapter(GENERAL_PROVISIONS)?;
        let objective = self.clause(general, "object-and-purpose")?;
        let use_of_terms = self.clause(general, "definitions")?;
        let scope = self.clause(general, "scope")?;

        let cooperation = self.chapter(AREAS_OF_COOPERATION)?;
        let data_equity = self.article(cooperation, &DATA_EQUITY)?;
        let outbreak_data = self.article(cooperation, &OUTBREAK_DATA)?;
        let regulatory_alignment = self.article(cooperation, &REGULATORY_ALIGNMENT)?;
        let workforce = self.clause(cooperation, "workforce-training")?;
        let inclusive_innovation = self.article(cooperation, &INCLUSIVE_INNOVATION)?;
        let transparency = self.article(cooperation, &TRANSPARENCY)?;

        let final_provisions = self.chapter(FINAL_PROVISIONS)?;
        let signature = self.clause(final_provisions, "signature")?;
        let consent = self.clause(final_provisions, "ratification")?;
        let entry_into_force = self.clause(final_provisions, "entry-into-force")?;
        let reservations = self.clause(final_provisions, "reservations")?;
        let withdrawal = self.clause(final_provisions, "withdrawal")?;
        let depositary = self.clause(final_provisions, "depositary")?;
        let authentic_texts = self.article(final_provisions, &AUTHENTIC_TEXTS)?;

        Ok(Text {
            recitals,
            chapters: vec![general, cooperation, final_provisions],
            objective,
            use_of_terms,
            scope,
            data_equity,
            outbreak_data,
            regulatory_alignment,
            workforce,
            inclusive_innovation,
            transparency,
            signature,
            consent,
            entry_into_force,
            reservations,
            withdrawal,
            depositary,
            authentic_texts,
        })
    }

    fn recital(&self, body: EnFr) -> Result<ProvisionId> {
        self.add(ProvisionKind::Recital, None, ("", ""), body)
    }

    fn chapter(&self, heading: EnFr) -> Result<ProvisionId> {
        self.add(ProvisionKind::Chapter, None, heading, ("", ""))
    }

    /// An article with its numbered paragraphs, at the end of `chapter`.
    fn article(&self, chapter: ProvisionId, text: &ArticleText) -> Result<Article> {
        let id = self.add(
            ProvisionKind::Article,
            Some(chapter),
            text.heading,
            ("", ""),
        )?;
        let paragraphs = text
            .paragraphs
            .iter()
            .map(|&body| self.paragraph(id, body))
            .collect::<Result<_>>()?;
        Ok(Article {
            id,
            paragraphs,
            subparagraphs: Vec::new(),
        })
    }

    fn paragraph(&self, article: ProvisionId, body: EnFr) -> Result<ProvisionId> {
        self.add(ProvisionKind::Paragraph, Some(article), ("", ""), body)
    }

    /// An article from the clause library with its default values, at the
    /// end of `chapter`: the words a drafter would insert from the library.
    fn clause(&self, chapter: ProvisionId, template_id: &str) -> Result<Article> {
        let placement = Placement {
            parent: Some(chapter),
            index: None,
        };
        let made = self.entente.insert_template(
            self.agreement,
            template_id,
            &BTreeMap::new(),
            placement,
        )?;
        let id = made[0];
        let provisions = self.entente.document(self.agreement)?.provisions;
        let children = |parent: ProvisionId| -> Vec<ProvisionId> {
            provisions
                .iter()
                .filter(|node| node.parent_id == Some(parent))
                .map(|node| node.id)
                .collect()
        };
        let paragraphs = children(id);
        let subparagraphs = paragraphs.iter().flat_map(|&p| children(p)).collect();
        Ok(Article {
            id,
            paragraphs,
            subparagraphs,
        })
    }

    fn add(
        &self,
        kind: ProvisionKind,
        parent: Option<ProvisionId>,
        (heading_en, heading_fr): EnFr,
        (body_en, body_fr): EnFr,
    ) -> Result<ProvisionId> {
        let texts = BTreeMap::from([
            ("en".to_string(), text(heading_en, body_en)),
            ("fr".to_string(), text(heading_fr, body_fr)),
        ]);
        let placement = Placement {
            parent,
            index: None,
        };
        self.entente
            .add_provision(self.agreement, kind, placement, &texts)
    }

    /// Replaces a paragraph's words in both languages.
    fn amend(&self, paragraph: ProvisionId, (en, fr): (&str, &str)) -> Result<()> {
        self.entente
            .set_provision_text(paragraph, "en", &text("", en))?;
        self.entente
            .set_provision_text(paragraph, "fr", &text("", fr))
    }

    /// Gives every provision of `groups` the same status, with the same note.
    fn settle(
        &self,
        status: ProvisionStatus,
        note: &str,
        groups: &[Vec<ProvisionId>],
    ) -> Result<()> {
        for &id in groups.iter().flatten() {
            self.entente.set_provision_status(id, status, note)?;
        }
        Ok(())
    }

    /// Records positions in the order given: a party's later position is its current one.
    fn record(&self, positions: &[(ProvisionId, PartyId, NewPosition)]) -> Result<()> {
        for (provision, party, position) in positions {
            self.entente.record_position(*provision, *party, position)?;
        }
        Ok(())
    }
}

/// The first three sessions, up to Rev.1: the general and final provisions
/// largely settled, the cooperation articles still open.
fn first_round(table: &Drafting, p: &Parties, text: &Text) -> Result<()> {
    use ProvisionStatus::*;
    use Stance::*;

    let preamble_agreed = [1, 2, 3, 5].map(|n| text.recital(n)).to_vec();
    table.settle(
        Agreed,
        "Agreed at the second session",
        &[preamble_agreed, text.chapters.clone()],
    )?;
    table.settle(
        Agreed,
        "Agreed at the third session",
        &[
            text.objective.whole(),
            text.scope.whole(),
            text.consent.whole(),
            text.withdrawal.whole(),
            text.depositary.whole(),
            text.authentic_texts.whole(),
        ],
    )?;
    table.settle(
        Agreed,
        "Agreed at the third session; dates to be confirmed at adoption",
        &[text.signature.whole()],
    )?;
    table.settle(
        AgreedAdReferendum,
        "Subject to confirmation by capitals",
        &[text.use_of_terms.whole(), text.reservations.whole()],
    )?;
    table.settle(
        InformallyAgreed,
        "Informal consultations facilitated by Canada",
        &[text.workforce.whole()],
    )?;
    table.settle(
        InformallyAgreed,
        "Informal consultations",
        &[vec![
            text.inclusive_innovation.paragraph(1),
            text.inclusive_innovation.paragraph(3),
            text.transparency.paragraph(1),
        ]],
    )?;

    let sovereignty = text.recital(4);
    let tech_transfer = text.inclusive_innovation.paragraph(2);
    let human_oversight = text.transparency.paragraph(2);
    #[rustfmt::skip]
    let positions = [
        (sovereignty, p.germany, proposes("Delete “and the sovereignty of States over health data generated within their jurisdiction”.", "Sovereignty is addressed in the operative part")),
        (sovereignty, p.india, says(Supports, "Insists on the reference to sovereignty")),
        (sovereignty, p.indonesia, says(Supports, "")),
        (text.data_equity.id, p.india, says(NoInstructions, "Awaiting instructions")),
        (text.data_equity.id, p.brazil, proposes("In paragraph 2, replace “shall make available” by “shall endeavour to make available”.", "")),
        (text.data_equity.id, p.germany, says(Supports, "")),
        (text.data_equity.id, p.japan, says(Flexible, "")),
        (text.data_equity.id, p.african_group, says(Supports, "Statement on behalf of the African Group")),
        (text.data_equity.id, p.nigeria, says(Reservation, "Reserves its position on paragraph 3 (benefit sharing)")),
        (text.data_equity.id, p.india, proposes("In paragraph 2, insert “as appropriate and in accordance with its national law” after “Each Party shall”.", "Instructions received from capital")),
        (text.outbreak_data.id, p.indonesia, says(Opposes, "Sharing must be matched by access to the resulting tools")),
        (text.outbreak_data.id, p.african_group, proposes("In paragraph 2, add: “Parties that are developing countries shall have access to such tools on preferential terms.”", "")),
        (text.outbreak_data.id, p.mexico, says(NoInstructions, "")),
        (text.outbreak_data.id, p.france, says(Supports, "")),
        (text.outbreak_data.id, p.canada, says(Supports, "")),
        (text.regulatory_alignment.id, p.japan, proposes("In paragraph 1, replace “shall harmonize” by “shall endeavour to align”.", "Harmonization exceeds the mandate of national regulators")),
        (text.regulatory_alignment.id, p.india, says(Reservation, "Concerned at the burden on national regulators")),
        (text.regulatory_alignment.id, p.germany, says(Supports, "")),
        (text.regulatory_alignment.id, p.france, says(Supports, "")),
        (text.workforce.id, p.african_group, says(Supports, "")),
        (text.workforce.id, p.canada, says(Supports, "Facilitator of the informal consultations")),
        (text.workforce.id, p.germany, says(Flexible, "")),
        (tech_transfer, p.african_group, proposes(FAVOURABLE_TERMS, "")),
        (tech_transfer, p.india, proposes(FAVOURABLE_TERMS, "Co-sponsors the African Group proposal")),
        (tech_transfer, p.germany, says(Reservation, "Technology transfer must remain voluntary")),
        (tech_transfer, p.japan, says(Reservation, "Technology transfer must remain voluntary")),
        (human_oversight, p.france, proposes("Add at the end: “, and that patients are informed when an artificial intelligence system has contributed to such a decision”.", "")),
        (human_oversight, p.canada, says(Supports, "")),
        (human_oversight, p.indonesia, says(NoInstructions, "")),
        (text.entry_into_force.id, p.mexico, proposes("Replace “twentieth instrument” by “fortieth instrument” in both paragraphs.", "As in the WHO Framework Convention on Tobacco Control")),
        (text.entry_into_force.id, p.canada, says(Flexible, "")),
        (text.entry_into_force.id, p.germany, says(Supports, "")),
        (text.reservations.id, p.brazil, awaiting_capital("Ad referendum; awaiting confirmation from Brasília")),
        (text.reservations.id, p.japan, awaiting_capital("Ad referendum")),
        (text.reservations.id, p.south_africa, says(Supports, "")),
    ];
    table.record(&positions)?;

    // Technology transfer: two wordings on the table, and who prefers which.
    let entente = table.entente;
    let voluntary = entente.add_option(
        tech_transfer,
        &in_both(VOLUNTARY_TRANSFER),
        &[p.germany, p.japan],
    )?;
    let favourable = entente.add_option(
        tech_transfer,
        &in_both(FAVOURABLE_TRANSFER),
        &[p.african_group, p.india],
    )?;
    let on = |option_id, stance| OptionStance { option_id, stance };
    for (party, option, stances, note) in [
        (
            p.germany,
            voluntary,
            [on(voluntary, Supports), on(favourable, Opposes)],
            "Option 1, or no text on transfer",
        ),
        (
            p.african_group,
            favourable,
            [on(voluntary, Opposes), on(favourable, Supports)],
            "Option 2 is the Group's proposal",
        ),
        (
            p.brazil,
            favourable,
            [on(voluntary, Reservation), on(favourable, Supports)],
            "Can join a consensus on Option 2",
        ),
    ] {
        let position = NewPosition {
            preferred_option: Some(option),
            option_stances: stances.to_vec(),
            ..says(Flexible, note)
        };
        entente.record_position(tech_transfer, party, &position)?;
    }
    Ok(())
}

/// The two wordings on technology transfer, as Option 1 and Option 2.
const VOLUNTARY_TRANSFER: EnFr = (
    "The Parties shall promote the transfer of artificial intelligence technologies for health, and of the related know-how, on voluntary and mutually agreed terms.",
    "Les Parties promeuvent le transfert des technologies d’intelligence artificielle au service de la santé, et du savoir-faire qui s’y rattache, selon des modalités volontaires et mutuellement convenues.",
);
const FAVOURABLE_TRANSFER: EnFr = (
    "The Parties shall promote the transfer of artificial intelligence technologies for health, and of the related know-how, on favourable terms, including on concessional and preferential terms, as mutually agreed.",
    "Les Parties promeuvent le transfert des technologies d’intelligence artificielle au service de la santé, et du savoir-faire qui s’y rattache, à des conditions favorables, y compris à des conditions concessionnelles et préférentielles, selon des modalités mutuellement convenues.",
);

/// The African Group's wording on technology transfer.
const FAVOURABLE_TERMS: &str = "Replace “on voluntary and mutually agreed terms” by “on favourable terms, including on concessional and preferential terms, as mutually agreed”.";

/// The fourth session, up to Rev.2: softer wording on data sharing, the
/// African Group's sentence on outbreak tools and Japan's wording on
/// regulatory alignment; entry into force agreed ad referendum; outbreak
/// data still blocked.
fn second_round(table: &Drafting, p: &Parties, text: &Text) -> Result<()> {
    use ProvisionStatus::*;
    use Stance::*;

    table.amend(text.data_equity.paragraph(2), DATA_SETS_REV2)?;
    table.amend(text.outbreak_data.paragraph(2), OUTBREAK_TOOLS_REV2)?;
    table.amend(text.regulatory_alignment.paragraph(1), ALIGNMENT_REV2)?;
    // Words still open on human oversight, bracketed with their proposers.
    let (meaningful, accountable) = (
        format!("{{{}}}", p.india),
        format!("{{{},{}}}", p.brazil, p.mexico),
    );
    table.amend(
        text.transparency.paragraph(2),
        (
            &format!("Each Party shall ensure that decisions concerning the diagnosis or treatment of a patient remain subject to ⟦meaningful⟧{meaningful} human oversight by a qualified health professional⟦, who remains accountable for the decision⟧{accountable}."),
            &format!("Chaque Partie veille à ce que les décisions relatives au diagnostic ou au traitement d’un patient restent soumises à un contrôle humain ⟦effectif⟧{meaningful} exercé par un professionnel de santé qualifié⟦, qui demeure responsable de la décision⟧{accountable}."),
        ),
    )?;

    table.settle(
        InformallyAgreed,
        "Reference to sovereignty kept; Germany can join",
        &[vec![text.recital(4)]],
    )?;
    table.settle(
        Agreed,
        "Confirmed by capitals at the fourth session",
        &[text.use_of_terms.whole()],
    )?;
    table.settle(
        InformallyAgreed,
        "Rev.2 wording accepted in informal consultations",
        &[vec![
            text.data_equity.paragraph(1),
            text.data_equity.paragraph(2),
        ]],
    )?;
    table.settle(
        InformallyAgreed,
        "On the wording proposed by Japan",
        &[text.regulatory_alignment.whole()],
    )?;
    table.settle(
        Agreed,
        "Agreed at the fourth session",
        &[text.workforce.whole()],
    )?;
    table.settle(
        AgreedAdReferendum,
        "Twenty instruments kept; subject to confirmation by capitals",
        &[text.entry_into_force.whole()],
    )?;

    #[rustfmt::skip]
    let positions = [
        (text.recital(4), p.germany, says(Flexible, "Can accept the recital as drafted")),
        (text.data_equity.id, p.india, says(Flexible, "Can accept the Rev.2 wording")),
        (text.data_equity.id, p.brazil, says(Supports, "Rev.2 reflects its proposal")),
        (text.outbreak_data.id, p.african_group, says(Supports, "Rev.2 reflects the Group’s proposal")),
        (text.outbreak_data.id, p.mexico, says(Flexible, "")),
        (text.outbreak_data.id, p.indonesia, says(Opposes, "Rev.2 addition insufficient; seeks a benefit-sharing annex")),
        (text.regulatory_alignment.id, p.japan, says(Supports, "Rev.2 reflects its proposal")),
        (text.regulatory_alignment.id, p.india, says(Flexible, "")),
        (text.inclusive_innovation.paragraph(2), p.germany, proposes("Replace “on voluntary and mutually agreed terms” by “on voluntary and mutually agreed terms, including, where appropriate, on concessional terms”.", "Bridging proposal")),
        (text.transparency.paragraph(2), p.indonesia, says(Flexible, "")),
        (text.entry_into_force.id, p.mexico, awaiting_capital("Can join consensus on twenty, subject to confirmation")),
        (text.entry_into_force.id, p.india, awaiting_capital("")),
        (text.entry_into_force.id, p.canada, cleared("2026-03-12", "Confirmed by Ottawa")),
        (text.reservations.id, p.japan, cleared("2026-03-12", "Confirmed by Tokyo")),
    ];
    table.record(&positions)
}

fn text(heading: &str, body: &str) -> ProvisionText {
    ProvisionText {
        heading: heading.into(),
        body: body.into(),
    }
}

fn says(stance: Stance, note: &str) -> NewPosition {
    NewPosition {
        stance,
        amendment: String::new(),
        clearance: Clearance::NotNeeded,
        cleared_on: None,
        note: note.into(),
        preferred_option: None,
        option_stances: Vec::new(),
    }
}

fn proposes(amendment: &str, note: &str) -> NewPosition {
    NewPosition {
        amendment: amendment.into(),
        ..says(Stance::ProposesAmendment, note)
    }
}

/// Agreement ad referendum, still to be confirmed by the capital.
fn awaiting_capital(note: &str) -> NewPosition {
    NewPosition {
        clearance: Clearance::PendingCapital,
        ..says(Stance::Supports, note)
    }
}

/// Agreement confirmed by the capital on `day` (YYYY-MM-DD, a past day).
fn cleared(day: &str, note: &str) -> NewPosition {
    NewPosition {
        clearance: Clearance::Cleared,
        cleared_on: Some(day.into()),
        ..says(Stance::Supports, note)
    }
}

// The words of Rev.1 that the clause library does not give: the preamble and
// the cooperation articles, which the story amends word by word, and the
// authentic texts. Numbers ("Article 3", "(a)") are the app's to compute, so
// none is written here.

const PREAMBLE: [EnFr; 5] = [
    (
        "Recognizing that artificial intelligence offers significant opportunities to improve the prevention, detection, diagnosis and treatment of disease and to strengthen health systems,",
        "Reconnaissant que l’intelligence artificielle offre des possibilités considérables d’améliorer la prévention, la détection, le diagnostic et le traitement des maladies, ainsi que de renforcer les systèmes de santé,",
    ),
    (
        "Concerned that the benefits of artificial intelligence for health are unevenly distributed among and within States, and that disparities in access to data, computing capacity and skills risk widening existing health inequities,",
        "Préoccupées par le fait que les bienfaits de l’intelligence artificielle au service de la santé sont inégalement répartis entre les États et en leur sein, et que les disparités dans l’accès aux données, aux capacités de calcul et aux compétences risquent d’aggraver les inégalités existantes en matière de santé,",
    ),
    (
        "Recalling the Constitution of the World Health Organization, under which the Organization acts as the directing and coordinating authority on international health work, and the International Health Regulations (2005),",
        "Rappelant la Constitution de l’Organisation mondiale de la Santé, aux termes de laquelle l’Organisation agit en tant qu’autorité directrice et coordonnatrice, dans le domaine de la santé, des travaux ayant un caractère international, ainsi que le Règlement sanitaire international (2005),",
    ),
    (
        "Affirming that the development and use of artificial intelligence for health should respect human rights, including the right to privacy, and the sovereignty of States over health data generated within their jurisdiction,",
        "Affirmant que la mise au point et l’utilisation de l’intelligence artificielle au service de la santé devraient respecter les droits de l’homme, y compris le droit à la vie privée, ainsi que la souveraineté des États sur les données de santé produites sous leur juridiction,",
    ),
    (
        "Determined to strengthen international cooperation so that artificial intelligence for health is safe, effective, inclusive and trustworthy, and benefits all peoples,",
        "Résolues à renforcer la coopération internationale afin que l’intelligence artificielle au service de la santé soit sûre, efficace, inclusive et digne de confiance, et qu’elle profite à tous les peuples,",
    ),
];

const GENERAL_PROVISIONS: EnFr = ("General provisions", "Dispositions générales");

const AREAS_OF_COOPERATION: EnFr = ("Areas of cooperation", "Domaines de coopération");

const DATA_EQUITY: ArticleText = ArticleText {
    heading: (
        "Data equity and health-data sharing",
        "Équité en matière de données et partage des données de santé",
    ),
    paragraphs: &[
        (
            "The Parties shall cooperate to promote the fair, ethical and secure sharing of health data for the development and evaluation of artificial intelligence systems, with due respect for the privacy of individuals and for the sovereignty of each Party over health data generated within its jurisdiction.",
            "Les Parties coopèrent en vue de promouvoir le partage équitable, éthique et sécurisé des données de santé aux fins de la mise au point et de l’évaluation de systèmes d’intelligence artificielle, dans le strict respect de la vie privée des personnes et de la souveraineté de chaque Partie sur les données de santé produites sous sa juridiction.",
        ),
        (
            "Each Party shall make available, on fair and reasonable terms, de-identified health data sets held by public bodies for the research and development of artificial intelligence systems for health.",
            "Chaque Partie met à disposition, à des conditions équitables et raisonnables, les ensembles de données de santé dépersonnalisées détenus par des organismes publics aux fins de la recherche et de la mise au point de systèmes d’intelligence artificielle au service de la santé.",
        ),
        (
            "Benefits arising from the use of shared health data, including access to the artificial intelligence systems developed with them, shall be shared fairly and equitably with the Parties that provided the data, taking into account the needs of developing countries.",
            "Les avantages découlant de l’utilisation des données de santé partagées, y compris l’accès aux systèmes d’intelligence artificielle mis au point à partir de ces données, sont partagés de manière juste et équitable avec les Parties qui les ont fournies, compte tenu des besoins des pays en développement.",
        ),
    ],
};

const OUTBREAK_DATA: ArticleText = ArticleText {
    heading: (
        "Sharing of outbreak data",
        "Partage des données relatives aux flambées",
    ),
    paragraphs: &[
        (
            "In the event of an outbreak that may constitute a public health emergency of international concern, each Party shall share outbreak data with the World Health Organization in a timely manner, in accordance with the International Health Regulations (2005).",
            "En cas de flambée susceptible de constituer une urgence de santé publique de portée internationale, chaque Partie communique en temps utile les données relatives à cette flambée à l’Organisation mondiale de la Santé, conformément au Règlement sanitaire international (2005).",
        ),
        (
            "The Parties shall cooperate in developing and using artificial intelligence tools for the early warning, surveillance and forecasting of outbreaks, and shall make such tools available to one another for public health purposes.",
            "Les Parties coopèrent à la mise au point et à l’utilisation d’outils d’intelligence artificielle aux fins de l’alerte précoce, de la surveillance et de la prévision des flambées, et mettent ces outils à la disposition les unes des autres à des fins de santé publique.",
        ),
        (
            "Outbreak data shared under this Article shall be used only for public health purposes, unless the Party that provided them agrees otherwise.",
            "Les données relatives aux flambées communiquées en application du présent article ne sont utilisées qu’à des fins de santé publique, sauf accord contraire de la Partie qui les a fournies.",
        ),
    ],
};

const REGULATORY_ALIGNMENT: ArticleText = ArticleText {
    heading: ("Regulatory alignment", "Convergence réglementaire"),
    paragraphs: &[
        (
            "The Parties shall harmonize their regulatory requirements for artificial intelligence systems used for health purposes, in particular as regards safety, performance, the evaluation of bias and post-market surveillance.",
            "Les Parties harmonisent leurs exigences réglementaires applicables aux systèmes d’intelligence artificielle utilisés à des fins sanitaires, notamment en ce qui concerne la sécurité, les performances, l’évaluation des biais et la surveillance après commercialisation.",
        ),
        (
            "The Parties shall promote the mutual recognition of conformity assessments of such systems carried out by their national regulatory authorities, and may conclude arrangements to that effect.",
            "Les Parties favorisent la reconnaissance mutuelle des évaluations de la conformité de ces systèmes effectuées par leurs autorités nationales de réglementation et peuvent conclure des arrangements à cet effet.",
        ),
        (
            "In developing their regulatory frameworks, the Parties shall take into account the guidance of the World Health Organization and relevant international standards.",
            "Dans l’élaboration de leurs cadres réglementaires, les Parties tiennent compte des orientations de l’Organisation mondiale de la Santé et des normes internationales pertinentes.",
        ),
    ],
};

const INCLUSIVE_INNOVATION: ArticleText = ArticleText {
    heading: (
        "Inclusive innovation and technology transfer",
        "Innovation inclusive et transfert de technologie",
    ),
    paragraphs: &[
        (
            "The Parties shall promote the development of artificial intelligence systems that are trained and validated on data representative of the populations for which they are intended, including women, children, older persons and underrepresented groups.",
            "Les Parties favorisent la mise au point de systèmes d’intelligence artificielle entraînés et validés sur des données représentatives des populations auxquelles ils sont destinés, y compris les femmes, les enfants, les personnes âgées et les groupes sous-représentés.",
        ),
        (
            "The Parties shall promote the transfer to developing countries of technology and know-how relating to artificial intelligence for health, on voluntary and mutually agreed terms.",
            "Les Parties favorisent le transfert aux pays en développement de technologies et de savoir-faire relatifs à l’intelligence artificielle au service de la santé, selon des modalités volontaires et mutuellement convenues.",
        ),
        (
            "Nothing in this Article shall be interpreted as requiring a Party to disclose information protected under its intellectual property law.",
            "Aucune disposition du présent article ne saurait être interprétée comme obligeant une Partie à divulguer des informations protégées par sa législation en matière de propriété intellectuelle.",
        ),
    ],
};

const TRANSPARENCY: ArticleText = ArticleText {
    heading: (
        "Transparency and human oversight",
        "Transparence et contrôle humain",
    ),
    paragraphs: &[
        (
            "Each Party shall require that artificial intelligence systems used in the provision of health services be accompanied by information on their intended purpose, performance and limitations that is accessible to health professionals and patients.",
            "Chaque Partie exige que les systèmes d’intelligence artificielle utilisés dans la prestation de services de santé soient accompagnés d’informations sur leur destination, leurs performances et leurs limites, accessibles aux professionnels de santé et aux patients.",
        ),
        (
            "Each Party shall ensure that decisions concerning the diagnosis or treatment of a patient remain subject to meaningful human oversight by a qualified health professional.",
            "Chaque Partie veille à ce que les décisions relatives au diagnostic ou au traitement d’un patient restent soumises à un contrôle humain effectif exercé par un professionnel de santé qualifié.",
        ),
        (
            "The Parties shall exchange information on serious incidents involving artificial intelligence systems used for health purposes and on the measures taken in response.",
            "Les Parties échangent des informations sur les incidents graves mettant en cause des systèmes d’intelligence artificielle utilisés à des fins sanitaires et sur les mesures prises pour y remédier.",
        ),
    ],
};

const FINAL_PROVISIONS: EnFr = ("Final provisions", "Dispositions finales");

/// The library's multilateral wording names the six UN languages; this
/// agreement is authentic in two.
const AUTHENTIC_TEXTS: ArticleText = ArticleText {
    heading: ("Authentic texts", "Textes faisant foi"),
    // The closing formula ("Done at …") is the export's to write, after the last article.
    paragraphs: &[(
        "The original of this Agreement, of which the English and French texts are equally authentic, shall be deposited with the Secretary-General of the United Nations.",
        "L’original du présent Accord, dont les textes anglais et français font également foi, est déposé auprès du Secrétaire général de l’Organisation des Nations Unies.",
    )],
};

// The paragraphs that Rev.2 amends, in their Rev.2 wording.

const DATA_SETS_REV2: EnFr = (
    "Each Party shall, as appropriate and in accordance with its national law, endeavour to make available, on fair and reasonable terms, de-identified health data sets held by public bodies for the research and development of artificial intelligence systems for health.",
    "Chaque Partie s’efforce, selon qu’il convient et conformément à sa législation nationale, de mettre à disposition, à des conditions équitables et raisonnables, les ensembles de données de santé dépersonnalisées détenus par des organismes publics aux fins de la recherche et de la mise au point de systèmes d’intelligence artificielle au service de la santé.",
);

const OUTBREAK_TOOLS_REV2: EnFr = (
    "The Parties shall cooperate in developing and using artificial intelligence tools for the early warning, surveillance and forecasting of outbreaks, and shall make such tools available to one another for public health purposes. Parties that are developing countries shall have access to such tools on preferential terms.",
    "Les Parties coopèrent à la mise au point et à l’utilisation d’outils d’intelligence artificielle aux fins de l’alerte précoce, de la surveillance et de la prévision des flambées, et mettent ces outils à la disposition les unes des autres à des fins de santé publique. Les Parties qui sont des pays en développement ont accès à ces outils à des conditions préférentielles.",
);

const ALIGNMENT_REV2: EnFr = (
    "The Parties shall endeavour to align their regulatory requirements for artificial intelligence systems used for health purposes, in particular as regards safety, performance, the evaluation of bias and post-market surveillance.",
    "Les Parties s’efforcent de faire converger leurs exigences réglementaires applicables aux systèmes d’intelligence artificielle utilisés à des fins sanitaires, notamment en ce qui concerne la sécurité, les performances, l’évaluation des biais et la surveillance après commercialisation.",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_holds_a_whole_negotiation() {
        let dir = tempfile::tempdir().unwrap();
        let entente = Entente::open(dir.path()).unwrap();
        let id = create_sample(&entente).unwrap();

        let document = entente.document(id).unwrap();
        let counts = document.counts();
        assert_eq!(
            (counts.parties, counts.observers, counts.groups),
            (12, 1, 1)
        );
        let group = document.parties.iter().find(|p| p.kind == PartyKind::Group);
        assert_eq!(group.unwrap().members.len(), 4);

        assert!(document.provisions.len() >= 25, "{counts:?}");
        let with_options: Vec<_> = document
            .provisions
            .iter()
            .filter(|n| n.options.len() == 2)
            .collect();
        assert_eq!(with_options.len(), 1, "technology transfer has two options");
        assert!(with_options[0]
            .options
            .iter()
            .all(|o| o.texts.len() == 2 && !o.proposers.is_empty()));
        let bracketed: Vec<_> = document
            .provisions
            .iter()
            .flat_map(|n| &n.brackets)
            .collect();
        assert_eq!(bracketed.len(), 2, "human oversight has two open spans");
        assert!(bracketed.iter().all(|b| !b.proposers.is_empty()));
        for node in &document.provisions {
            assert!(node.missing_languages.is_empty(), "{node:?}");
            for text in node.texts.values() {
                // Numbers are the app's to compute, never the drafter's to type.
                let numbered = text
                    .body
                    .starts_with(|c: char| c == '(' || c.is_ascii_digit());
                assert!(!numbered, "{:?}", text.body);
            }
        }

        let from_library: Vec<&str> = document
            .provisions
            .iter()
            .filter(|n| n.kind == ProvisionKind::Article)
            .filter_map(|n| Some(n.template.as_ref()?.id.as_str()))
            .collect();
        assert_eq!(
            from_library,
            [
                "object-and-purpose",
                "definitions",
                "scope",
                "workforce-training",
                "signature",
                "ratification",
                "entry-into-force",
                "reservations",
                "withdrawal",
                "depositary"
            ]
        );

        let versions = entente.versions(id).unwrap();
        let names: Vec<&str> = versions.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["Rev.1", "Rev.2"]);
        let softened = |document: &crate::model::AgreementDocument| {
            document.provisions.iter().any(|node| {
                node.texts["en"]
                    .body
                    .contains("endeavour to make available")
            })
        };
        let rev1 = entente.version(versions[0].id).unwrap().document;
        assert!(
            !softened(&rev1) && softened(&document),
            "Rev.2 amends Rev.1"
        );

        let report = entente.report(id).unwrap();
        assert!(!report.roll_up.blocked.is_empty());
        assert!(!report.roll_up.pending_clearances.is_empty());

        assert_eq!(entente.preferences().unwrap().delegation, "");
    }
}
