//! The words of the field as types: agreements, parties, provisions and what the
//! service API hands to its adapters. Everything here is plain data (serde), with
//! no database and no Tauri in sight.
//!
//! Long by nature: the field's types stand together here, so that a reader
//! finds every word of the field in one file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub mod brackets;
mod error;
pub mod footnotes;
pub mod language;
pub mod numbering;
pub mod report;

pub use brackets::Bracket;
pub use error::{BracketError, InvalidValue, UnknownLanguage};

pub type AgreementId = i64;
pub type PartyId = i64;
pub type ProvisionId = i64;
pub type VersionId = i64;
pub type OptionId = i64;

/// A closed set of kinds stored as text: one declaration gives the enum, its
/// serde names, its database names and the parser that reports bad values.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident, $field:literal {
        $($(#[$variant_meta:meta])* $variant:ident = $text:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$variant_meta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Result<Self, InvalidValue> {
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err(InvalidValue { field: $field, value: text.to_string() }),
                }
            }
        }
    };
}

text_enum!(
    /// What kind of instrument is under negotiation.
    AgreementKind, "kind" {
        Treaty = "treaty",
        FrameworkAgreement = "framework-agreement",
        MemorandumOfUnderstanding = "memorandum-of-understanding",
        JointDeclaration = "joint-declaration",
        /// A resolution or decision of an organ, negotiated paragraph by paragraph.
        Resolution = "resolution",
    }
);

text_enum!(
    /// Who sits at the table: a state, an international organisation, or a
    /// group (a bloc speaking together for its member parties).
    PartyKind, "party-kind" {
        State = "state",
        Organisation = "organisation",
        Group = "group",
    }
);

text_enum!(
    /// A party binds itself; an observer takes part without binding itself.
    PartyRole, "party-role" {
        Party = "party",
        Observer = "observer",
    }
);

text_enum!(
    /// Every numbered (or unnumbered) unit of the text.
    ProvisionKind, "provision-kind" {
        Recital = "recital",
        Part = "part",
        Chapter = "chapter",
        Section = "section",
        Article = "article",
        Paragraph = "paragraph",
        Subparagraph = "subparagraph",
        Point = "point",
        Annex = "annex",
    }
);

text_enum!(
    /// How a provision takes its display number.
    #[derive(Default)]
    NumberingMode, "numbering" {
        /// The next number of its kind: Article 3.
        #[default]
        Counted = "counted",
        /// No number: a declaration's paragraph, a plain heading.
        Unnumbered = "unnumbered",
        /// The number before it with a Latin adverb: Article 3 bis, 3 ter.
        Inserted = "inserted",
    }
);

impl ProvisionKind {
    /// Where a provision of this kind may stand: `None` is the top level of
    /// the text. Paragraphs stand in articles and annexes, and also at the
    /// top level or under a heading: the operative paragraphs of a resolution
    /// or a declaration. An annex may have a structure of its own.
    pub fn may_stand_under(self, parent: Option<ProvisionKind>) -> bool {
        use ProvisionKind::*;
        matches!(
            (self, parent),
            (
                Recital | Part | Chapter | Section | Article | Paragraph | Annex,
                None
            ) | (Chapter, Some(Part))
                | (Section, Some(Part | Chapter | Annex))
                | (Article, Some(Part | Chapter | Section | Annex))
                | (Paragraph, Some(Part | Chapter | Section | Article | Annex))
                | (Subparagraph, Some(Article | Annex | Paragraph))
                | (Point, Some(Subparagraph))
        )
    }

    /// Whether provisions of this kind may go without a number: a paragraph
    /// of a declaration, words that close a list, a plain heading over a
    /// group of paragraphs, a single annex.
    pub fn may_be_unnumbered(self) -> bool {
        use ProvisionKind::*;
        matches!(self, Section | Paragraph | Subparagraph | Point | Annex)
    }

    /// Whether a provision of this kind may be numbered in every case
    /// (counted, inserted or unnumbered) that `numbering` names.
    pub fn allows(self, numbering: NumberingMode) -> bool {
        match numbering {
            NumberingMode::Counted => true,
            NumberingMode::Unnumbered => self.may_be_unnumbered(),
            NumberingMode::Inserted => self != ProvisionKind::Recital,
        }
    }

    /// Whether its number counts among its parent's children (a paragraph of
    /// an article) rather than through the whole text (an article, or an
    /// operative paragraph of a resolution).
    pub fn numbered_within(self, parent: Option<ProvisionKind>) -> bool {
        use ProvisionKind::*;
        match self {
            Paragraph => matches!(parent, Some(Article | Annex)),
            Section | Subparagraph | Point => true,
            _ => false,
        }
    }
}

impl ProvisionKind {
    /// Whether provisions of this kind carry a heading ("Article 3 — Scope").
    pub fn has_heading(self) -> bool {
        use ProvisionKind::*;
        matches!(self, Part | Chapter | Section | Article | Annex)
    }

    /// Whether provisions of this kind carry running text.
    pub fn has_body(self) -> bool {
        use ProvisionKind::*;
        !matches!(self, Part | Chapter | Section)
    }
}

/// What a user interface needs to know of a kind of provision to offer only
/// what the core accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProvisionKindRules {
    pub kind: ProvisionKind,
    pub has_heading: bool,
    pub has_body: bool,
    /// The kinds it may stand under; `None` is the top level of the text.
    pub parents: Vec<Option<ProvisionKind>>,
    /// The ways it may be numbered.
    pub numberings: Vec<NumberingMode>,
}

pub fn provision_kind_rules() -> Vec<ProvisionKindRules> {
    let parents = std::iter::once(None).chain(ProvisionKind::ALL.iter().copied().map(Some));
    ProvisionKind::ALL
        .iter()
        .map(|&kind| ProvisionKindRules {
            kind,
            has_heading: kind.has_heading(),
            has_body: kind.has_body(),
            parents: parents
                .clone()
                .filter(|&p| kind.may_stand_under(p))
                .collect(),
            numberings: NumberingMode::ALL
                .iter()
                .copied()
                .filter(|&n| kind.allows(n))
                .collect(),
        })
        .collect()
}

/// The closed lists a form may offer, as the model defines them: the window
/// offers these and nothing written again in JavaScript.
#[derive(Debug, Clone, Serialize)]
pub struct Vocabulary {
    /// Every language a negotiation can be held in, and the six offered first.
    pub languages: &'static [&'static str],
    pub un_languages: [&'static str; 6],
    pub agreement_kinds: &'static [AgreementKind],
    pub provision_kinds: Vec<ProvisionKindRules>,
    pub party_kinds: &'static [PartyKind],
    pub party_roles: &'static [PartyRole],
    pub statuses: &'static [ProvisionStatus],
    pub stances: &'static [Stance],
    pub clearances: &'static [Clearance],
    pub private_note_kinds: &'static [PrivateNoteKind],
    pub statement_kinds: &'static [StatementKind],
}

impl Vocabulary {
    pub fn new() -> Vocabulary {
        Vocabulary {
            languages: language::KNOWN_LANGUAGES,
            un_languages: language::UN_LANGUAGES,
            agreement_kinds: AgreementKind::ALL,
            provision_kinds: provision_kind_rules(),
            party_kinds: PartyKind::ALL,
            party_roles: PartyRole::ALL,
            statuses: ProvisionStatus::ALL,
            stances: Stance::ALL,
            clearances: Clearance::ALL,
            private_note_kinds: PrivateNoteKind::ALL,
            statement_kinds: StatementKind::ALL,
        }
    }
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary::new()
    }
}

/// A language of the negotiation, and whether its text will be equally authentic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementLanguage {
    pub code: String,
    pub authentic: bool,
}

/// What a user fills in to create an agreement or change its details.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AgreementDetails {
    pub kind: AgreementKind,
    /// Title per language code; the working language's title is required.
    pub titles: BTreeMap<String, String>,
    pub languages: Vec<AgreementLanguage>,
    pub working_language: String,
    #[serde(default)]
    pub symbol: String,
}

/// The agreement's own facts (without its text and parties).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: AgreementId,
    pub kind: AgreementKind,
    pub symbol: String,
    pub working_language: String,
    pub languages: Vec<AgreementLanguage>,
    pub titles: BTreeMap<String, String>,
    /// Per language, the words around the provisions, as an imported text had them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub framing: BTreeMap<String, Framing>,
    pub created_at: String,
    pub updated_at: String,
}

/// The words of a text that stand around its provisions, in one language:
/// kept from the text the agreement was read from, written back on export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Framing {
    /// Lines before the title: a document symbol, distribution, date,
    /// session, agenda item; one per line.
    pub front_matter: String,
    /// Who speaks before the recitals: "The General Assembly,", "The Parties
    /// to this Convention,".
    pub preamble_opening: String,
    /// The line between the recitals and the provisions: "Have agreed as follows:".
    pub preamble_closing: String,
    /// The testimonium, "Done at …" and the signature blocks, as the text had them.
    pub closing: String,
}

impl Framing {
    pub fn is_empty(&self) -> bool {
        *self == Framing::default()
    }
}

impl Agreement {
    /// The title in the working language (always present: creation requires it).
    pub fn title(&self) -> &str {
        self.titles
            .get(&self.working_language)
            .map(String::as_str)
            .unwrap_or_default()
    }
}

/// One line of the agreement list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementSummary {
    pub id: AgreementId,
    pub title: String,
    pub kind: AgreementKind,
    pub symbol: String,
    pub working_language: String,
    pub languages: Vec<String>,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewParty {
    pub kind: PartyKind,
    pub role: PartyRole,
    /// Name per language code; at least one is required.
    pub names: BTreeMap<String, String>,
    /// For a group: its member parties.
    #[serde(default)]
    pub members: Vec<PartyId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub id: PartyId,
    pub kind: PartyKind,
    pub role: PartyRole,
    pub names: BTreeMap<String, String>,
    pub members: Vec<PartyId>,
}

impl Party {
    /// Its name in `language`, or else in the first language it has one in.
    pub fn name_in(&self, language: &str) -> &str {
        self.names
            .get(language)
            .or_else(|| self.names.values().next())
            .map_or("", String::as_str)
    }
}

/// The words of one provision in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProvisionText {
    #[serde(default)]
    pub heading: String,
    #[serde(default)]
    pub body: String,
}

impl ProvisionText {
    pub fn is_empty(&self) -> bool {
        self.heading.trim().is_empty() && self.body.trim().is_empty()
    }
}

/// A display number computed from the order of the text, in the forms the
/// languages' labels choose from ("Article 3", "Chapter III", "(c)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Numbering {
    pub ordinal: u32,
    pub roman: String,
    pub letter: String,
    /// For an inserted provision, which Latin adverb follows the number:
    /// 1 for bis, 2 for ter …; 0 for a counted one.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub inserted: u32,
    /// That adverb ("bis"); empty for a counted provision.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub latin: String,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One provision as the workspace shows it: the text is a list of these in
/// document order, each with its depth in the tree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProvisionNode {
    pub id: ProvisionId,
    pub parent_id: Option<ProvisionId>,
    pub kind: ProvisionKind,
    pub depth: u32,
    /// `None` for deleted provisions, which stand outside the numbering, and
    /// for unnumbered ones.
    pub number: Option<Numbering>,
    #[serde(default)]
    pub numbering: NumberingMode,
    pub texts: BTreeMap<String, ProvisionText>,
    /// Languages of the agreement in which this provision has no text yet.
    pub missing_languages: Vec<String>,
    pub deleted: bool,
    #[serde(default)]
    pub status: ProvisionStatus,
    /// Competing wordings, in the order they were proposed.
    #[serde(default)]
    pub options: Vec<ProvisionOption>,
    /// The bracketed spans of its text in the working language, with their proposers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub brackets: Vec<Bracket>,
    /// The clause template it was made from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateOrigin>,
    /// The provisions that name it out of its place, outermost first
    /// (`AgreementDocument::cite_provisions`, run whenever a text or a saved
    /// version is loaded); empty for deleted provisions.
    #[serde(default)]
    pub citation: Vec<ProvisionId>,
}

/// The clause template a provision was made from, its version then, the
/// values it was filled with, and whether its words were since edited by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TemplateOrigin {
    pub id: String,
    pub version: String,
    #[serde(default)]
    pub values: BTreeMap<String, Value>,
    #[serde(default)]
    pub modified: bool,
}

/// A value given to a clause template's variable, checked against its type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Boolean(bool),
    Integer(i64),
    /// Text, a date (YYYY-MM-DD) or a choice's option.
    Text(String),
    /// The parties of a `parties` variable (one for `party`).
    Parties(Vec<i64>),
    /// Text written in each language ("World Health Organization",
    /// «Organisation mondiale de la Santé» …), by language code.
    Texts(BTreeMap<String, String>),
}

/// One of the competing wordings of a provision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProvisionOption {
    pub id: OptionId,
    /// "Option 2": counted among the options not withdrawn; none when withdrawn.
    pub number: Option<u32>,
    pub texts: BTreeMap<String, String>,
    /// The parties that proposed it; empty when unattributed.
    pub proposers: Vec<PartyId>,
    pub withdrawn: bool,
    /// The bracketed spans of its wording in the working language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub brackets: Vec<Bracket>,
}

/// Everything the workspace shows of one agreement; also what a named version
/// freezes. Saved versions are this, as JSON: a field added here (or to the
/// types it holds) needs `#[serde(default)]` so that earlier versions still open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementDocument {
    pub agreement: Agreement,
    pub parties: Vec<Party>,
    /// Live provisions in document order.
    pub provisions: Vec<ProvisionNode>,
    /// Deleted provisions, kept for history and restoring.
    pub deleted: Vec<ProvisionNode>,
}

impl AgreementDocument {
    /// Fills each provision's `citation`. A reader of treaties names a
    /// provision out of its place by the provisions it stands in, outermost
    /// first: "Article 12, paragraph 3 (a)" leaves out the part, chapter or
    /// section the article stands in (articles are numbered through them),
    /// while an annex, which numbers its own articles, stays. The provision
    /// itself is always named, even a chapter.
    pub fn cite_provisions(&mut self) {
        let places: std::collections::HashMap<ProvisionId, (Option<ProvisionId>, ProvisionKind)> =
            self.provisions
                .iter()
                .map(|n| (n.id, (n.parent_id, n.kind)))
                .collect();
        for node in &mut self.provisions {
            let mut path = vec![node.id];
            let mut above = node.parent_id;
            while let Some(id) = above {
                let Some(&(parent, kind)) = places.get(&id) else {
                    break;
                };
                let grouping = matches!(
                    kind,
                    ProvisionKind::Part | ProvisionKind::Chapter | ProvisionKind::Section
                );
                if !grouping {
                    path.push(id);
                }
                above = parent;
            }
            path.reverse();
            node.citation = path;
        }
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts {
            languages: self.agreement.languages.len(),
            ..Counts::default()
        };
        for node in &self.provisions {
            let slot = match node.kind {
                ProvisionKind::Recital => &mut counts.recitals,
                ProvisionKind::Part => &mut counts.parts,
                ProvisionKind::Chapter => &mut counts.chapters,
                ProvisionKind::Section => &mut counts.sections,
                ProvisionKind::Article => &mut counts.articles,
                ProvisionKind::Paragraph => &mut counts.paragraphs,
                ProvisionKind::Subparagraph => &mut counts.subparagraphs,
                ProvisionKind::Point => &mut counts.points,
                ProvisionKind::Annex => &mut counts.annexes,
            };
            *slot += 1;
        }
        for party in &self.parties {
            let slot = match (party.kind, party.role) {
                (PartyKind::Group, _) => &mut counts.groups,
                (_, PartyRole::Observer) => &mut counts.observers,
                (_, PartyRole::Party) => &mut counts.parties,
            };
            *slot += 1;
        }
        counts
    }
}

/// How many of each thing an agreement holds (`entente show`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub recitals: usize,
    pub parts: usize,
    pub chapters: usize,
    pub sections: usize,
    pub articles: usize,
    pub paragraphs: usize,
    pub subparagraphs: usize,
    pub points: usize,
    pub annexes: usize,
    pub parties: usize,
    pub observers: usize,
    pub groups: usize,
    pub languages: usize,
}

/// Where a provision goes: under `parent` (or at the top level), at `index`
/// among its siblings (or at the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub parent: Option<ProvisionId>,
    pub index: Option<usize>,
}

text_enum!(
    /// What a history entry records.
    HistoryAction, "history-action" {
        Created = "created",
        TextChanged = "text-changed",
        Moved = "moved",
        Deleted = "deleted",
        Restored = "restored",
        StatusChanged = "status-changed",
        OptionAdded = "option-added",
        OptionChanged = "option-changed",
        OptionWithdrawn = "option-withdrawn",
    }
);

text_enum!(
    /// How far the negotiators have come on a provision. (Taking it out of
    /// the text is deleting it, which the history records as such.)
    #[derive(Default)]
    ProvisionStatus, "status" {
        #[default]
        Pending = "pending",
        InformallyAgreed = "informally-agreed",
        AgreedAdReferendum = "agreed-ad-referendum",
        Agreed = "agreed",
    }
);

text_enum!(
    /// Where a party stands on a provision.
    Stance, "stance" {
        Supports = "supports",
        Opposes = "opposes",
        ProposesAmendment = "proposes-amendment",
        Reservation = "reservation",
        Flexible = "flexible",
        NoInstructions = "no-instructions",
    }
);

text_enum!(
    /// Whether a delegation's agreement ad referendum has been confirmed by its capital.
    #[derive(Default)]
    Clearance, "clearance" {
        #[default]
        NotNeeded = "none",
        PendingCapital = "pending-capital",
        Cleared = "cleared",
    }
);

/// What a user records of a party's position on a provision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewPosition {
    pub stance: Stance,
    /// The wording the party proposes (required with `ProposesAmendment`).
    #[serde(default)]
    pub amendment: String,
    #[serde(default)]
    pub clearance: Clearance,
    /// The day the capital cleared it (YYYY-MM-DD), with `Cleared`.
    #[serde(default)]
    pub cleared_on: Option<String>,
    #[serde(default)]
    pub note: String,
    /// The option of the provision the party prefers, if it has options.
    #[serde(default)]
    pub preferred_option: Option<OptionId>,
    /// Where the party stands on each option it has spoken to.
    #[serde(default)]
    pub option_stances: Vec<OptionStance>,
}

/// A party's stance on one option of a provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionStance {
    pub option_id: OptionId,
    pub stance: Stance,
}

/// A position as it was recorded: who recorded it, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub id: i64,
    pub provision_id: ProvisionId,
    pub party_id: PartyId,
    pub stance: Stance,
    pub amendment: String,
    pub clearance: Clearance,
    pub cleared_on: Option<String>,
    pub note: String,
    pub preferred_option: Option<OptionId>,
    pub option_stances: Vec<OptionStance>,
    pub recorded_at: String,
    pub recorded_by: String,
}

text_enum!(
    /// What a private note holds: how far the delegation can go, where it
    /// cannot go, or anything else it keeps to itself.
    PrivateNoteKind, "private-note-kind" {
        Fallback = "fallback",
        RedLine = "red-line",
        Note = "note",
    }
);

/// A note of the delegation's own on a provision. It never leaves this
/// machine: no export, report, version or exchange file contains it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrivateNote {
    pub id: i64,
    pub provision_id: ProvisionId,
    pub kind: PrivateNoteKind,
    pub text: String,
    pub written_at: String,
    pub written_by: String,
}

text_enum!(
    /// How a statement is recorded: in summary, or word for word.
    StatementKind, "statement-kind" {
        Summary = "summary",
        Verbatim = "verbatim",
    }
);

/// What a user records of a statement made by a party on a provision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewStatement {
    pub party_id: PartyId,
    /// The day it was made (YYYY-MM-DD, not in the future).
    pub made_on: String,
    pub kind: StatementKind,
    pub text: String,
    /// Where it is recorded: a session, a document symbol, a meeting.
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: i64,
    pub provision_id: ProvisionId,
    pub party_id: PartyId,
    pub made_on: String,
    pub kind: StatementKind,
    pub text: String,
    pub source: String,
    pub recorded_at: String,
    pub recorded_by: String,
}

/// Where one party stands on one provision: its own position, and the one
/// recorded for a group it belongs to, which stands for it unless it has its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyPosition {
    pub party_id: PartyId,
    pub own: Option<Position>,
    pub through_group: Option<Position>,
}

impl PartyPosition {
    /// The position that counts for this party.
    pub fn effective(&self) -> Option<&Position> {
        self.own.as_ref().or(self.through_group.as_ref())
    }
}

/// One change to a provision: who, when, and the text before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub id: i64,
    pub provision_id: ProvisionId,
    pub at: String,
    pub author: String,
    pub action: HistoryAction,
    pub language: Option<String>,
    pub before: Option<ProvisionText>,
    pub after: Option<ProvisionText>,
    /// For a status change: the status before and after, and the note.
    #[serde(default)]
    pub status_before: Option<ProvisionStatus>,
    #[serde(default)]
    pub status_after: Option<ProvisionStatus>,
    #[serde(default)]
    pub note: Option<String>,
    /// For a change to an option: which one.
    #[serde(default)]
    pub option_id: Option<OptionId>,
}

/// A named version of the whole text (e.g. "Rev.1").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionSummary {
    pub id: VersionId,
    pub name: String,
    pub created_at: String,
    pub author: String,
}

/// An earlier version opened read-only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionDocument {
    pub version: VersionSummary,
    pub document: AgreementDocument,
}

text_enum!(
    /// What a file dialog is for: each remembers its own last folder (texts
    /// come from a USB key, exports go to a shared drive).
    FolderPurpose, "folder-purpose" {
        Import = "import",
        Export = "export",
        Send = "send",
    }
);

/// The user's settings on this machine.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// The delegation recorded as the author of every change made here.
    pub delegation: String,
    /// The language of the interface; empty: the one the environment asks for.
    #[serde(default)]
    pub interface_language: String,
}

text_enum!(
    /// Where found words stand: a provision's own text, one of its options,
    /// a statement made on it, or a private note (on this machine only).
    SearchSource, "search-source" {
        Text = "text",
        Option = "option",
        Statement = "statement",
        Note = "note",
    }
);

/// A stretch of a search hit's words, `hit` where they match what was asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One place where the words were found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    pub provision_id: ProvisionId,
    /// The provisions that cite it, outermost first (`ProvisionNode::citation`).
    pub citation: Vec<ProvisionId>,
    pub source: SearchSource,
    /// The option, statement or note (the provision's id for its own text).
    pub source_id: i64,
    /// For an option, its number among those still on the table.
    pub option_number: Option<u32>,
    /// For a statement, who made it.
    pub party_id: Option<PartyId>,
    /// `None` for statements and notes, which are in whatever language
    /// they were written.
    pub language: Option<String>,
    /// The words around the first match, with the matches marked; `…` where
    /// the text was cut.
    pub snippet: Vec<SnippetPart>,
}

/// What a search found, in the order of the text; `total` counts every
/// hit, of which at most [`SearchResults::MOST`] are listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    pub total: usize,
}

impl SearchResults {
    pub const MOST: usize = 200;
}
