//! The words the reader knows, taken from the same locale files the export
//! writes with: the labels of each kind of provision ("Article 3", 第3条,
//! المادة 3) and their other forms (`reader-label-*`), the word that opens
//! a preamble, how the closing formula and the preamble's opening line
//! begin, the words of a resolution's front matter, and the lines an export
//! of Entente's own adds (the facts line, notices, draft marks). One list
//! per language, in `locales/<lang>/document.ftl`.

use std::sync::OnceLock;

use entente_i18n::ordinal_words;
use entente_i18n::{FluentArgs, Localizer, INTERFACE_LANGUAGES};
use entente_model::numbering::{letter, roman};
use entente_model::{AgreementKind, ProvisionKind};

/// Numbers far from any real one, found again in a formatted label to
/// learn what stands before and after the number.
const NUMBER_SENTINEL: u32 = 987_654_321;
const ROMAN_SENTINEL: &str = "QZQZQZ";
/// How many of each kind's labels are formatted one by one, to learn the
/// ones a language spells out (Article premier, الفصل الأول, 第一章).
const SPELLED_OUT: u32 = 40;
/// How many other forms a `reader-label-*` message may select with `$form`.
const FORMS: u32 = 4;

/// The kinds whose labels head a line of their own.
const HEADED: [ProvisionKind; 6] = [
    ProvisionKind::Part,
    ProvisionKind::Chapter,
    ProvisionKind::Section,
    ProvisionKind::Article,
    ProvisionKind::Annex,
    ProvisionKind::Paragraph,
];

/// A label as a language writes it around its number: "article " … "",
/// "第" … "条".
#[derive(Debug, Clone)]
pub struct LabelPattern {
    pub kind: ProvisionKind,
    /// Lower-case.
    pub before: String,
    pub after: String,
}

/// A label spelled out in words, as it stands: "article premier".
#[derive(Debug, Clone)]
pub struct SpelledLabel {
    pub kind: ProvisionKind,
    /// Lower-case.
    pub label: String,
    pub number: u32,
}

/// Everything the reader recognises, in every language it reads.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub patterns: Vec<LabelPattern>,
    pub spelled: Vec<SpelledLabel>,
    /// The kind's name alone ("annex"), for a single unnumbered one.
    pub bare: Vec<(String, ProvisionKind)>,
    /// "preamble", folded (see `fold`), as the next three lists.
    pub preamble: Vec<String>,
    /// How the closing formula begins; an item that began with "…" may
    /// stand anywhere in the line.
    pub closing: Vec<String>,
    /// How the preamble's opening line begins.
    pub opening: Vec<String>,
    /// Words of a front-matter line.
    pub front_matter: Vec<String>,
    /// The kinds of agreement by name, lower-case (an export's facts line).
    pub agreement_kinds: Vec<(String, AgreementKind)>,
    /// Words of a title that name the kind of instrument, folded: the
    /// more particular kinds first, as the locale files list them.
    pub title_words: Vec<(String, AgreementKind)>,
    /// Lines an export adds that are no words of the text: notices.
    pub notices: Vec<String>,
    /// How a draft marks what is not agreed: the words before the status.
    pub not_agreed: Vec<String>,
    /// Letters other than a to z that number sub-paragraphs: أ, ب …
    pub letters: Vec<(String, u32)>,
    /// A page number's words around its two numbers, folded: ("page ", " of ", "").
    pub pages: Vec<(String, String, String)>,
}

impl Lexicon {
    /// The lexicon of every interface language, made once.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let mut lexicon = Lexicon::default();
            for language in INTERFACE_LANGUAGES {
                lexicon.learn(&Localizer::bundled(language, false));
            }
            // The longest first: "article premier" before "article".
            lexicon
                .spelled
                .sort_by_key(|s| std::cmp::Reverse(s.label.len()));
            lexicon
        })
    }

    fn learn(&mut self, l: &Localizer) {
        for kind in HEADED {
            let name = kind.as_str();
            let mut ids = vec![(format!("provision-label-{name}"), None)];
            if has_message(l, &format!("reader-label-{name}")) {
                ids.extend((1..=FORMS).map(|form| (format!("reader-label-{name}"), Some(form))));
            }
            for (id, form) in ids {
                self.learn_label(l, kind, &id, form);
            }
            push_new(
                &mut self.bare,
                (
                    l.format(&format!("provision-kind-{name}"), None)
                        .to_lowercase(),
                    kind,
                ),
            );
        }
        push_new(&mut self.preamble, fold(&l.format("preamble", None)));
        for (list, id) in [
            (&mut self.closing, "reader-closing"),
            (&mut self.opening, "reader-opening"),
            (&mut self.front_matter, "reader-front-matter"),
        ] {
            for item in l.format(id, None).split(" | ") {
                push_new(list, fold(item.trim()));
            }
        }
        for kind in AgreementKind::ALL {
            // The opening line the export writes for an instrument of this kind.
            let mut args = FluentArgs::new();
            args.set("kind", kind.as_str());
            let opening = l.format("export-preamble-opening", Some(&args));
            if opening != "export-preamble-opening" {
                push_new(&mut self.opening, fold(opening.trim()));
            }
            let name = l.format(&format!("agreement-kind-{}", kind.as_str()), None);
            push_new(&mut self.agreement_kinds, (name.to_lowercase(), *kind));
            let id = format!("reader-title-{}", kind.as_str());
            if has_message(l, &id) {
                for word in l.format(&id, None).split(" | ") {
                    push_new(&mut self.title_words, (fold(word.trim()), *kind));
                }
            }
        }
        for id in [
            "export-notice-draft",
            "export-notice-bracketed",
            "export-notice-compilation",
            "export-notice-parallel",
            "export-missing-text",
        ] {
            push_new(&mut self.notices, l.format(id, None).to_lowercase());
        }
        let mut status = FluentArgs::new();
        status.set("status", ROMAN_SENTINEL);
        let mark = l.format("export-not-agreed", Some(&status));
        if let Some((before, _)) = mark.split_once(ROMAN_SENTINEL) {
            push_new(&mut self.not_agreed, before.to_string());
        }
        let mut page = FluentArgs::new();
        page.set("n", NUMBER_SENTINEL);
        page.set("count", NUMBER_SENTINEL - 1);
        let page = fold(&l.format("reader-page", Some(&page)));
        if let Some((before, rest)) = page.split_once(&NUMBER_SENTINEL.to_string()) {
            if let Some((middle, after)) = rest.split_once(&(NUMBER_SENTINEL - 1).to_string()) {
                push_new(
                    &mut self.pages,
                    (before.to_string(), middle.to_string(), after.to_string()),
                );
            }
        }
        for n in 1..=28 {
            let mut args = FluentArgs::new();
            args.set("letter", letter(n));
            let marker = l.format("export-subparagraph", Some(&args));
            let written = marker.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
            if !written.chars().all(|c| c.is_ascii_lowercase()) {
                push_new(&mut self.letters, (written.to_string(), n));
            }
        }
    }

    /// The pattern of one label message, and its labels that spell the
    /// number out.
    fn learn_label(&mut self, l: &Localizer, kind: ProvisionKind, id: &str, form: Option<u32>) {
        let args = |n: u32, roman: &str| {
            let mut args = FluentArgs::new();
            args.set("n", n);
            args.set("roman", roman.to_string());
            args.set("small_roman", roman.to_lowercase());
            args.set("ordinal", ordinal_words(l.language(), i64::from(n)));
            // Letters number sub-paragraphs, whose labels no line begins with.
            args.set("letter", letter(n.min(SPELLED_OUT)));
            if let Some(form) = form {
                args.set("form", form);
            }
            args
        };
        let sentinel = l
            .format(id, Some(&args(NUMBER_SENTINEL, ROMAN_SENTINEL)))
            .to_lowercase();
        let number_sentinel = NUMBER_SENTINEL.to_string();
        let split = [number_sentinel.as_str(), &ROMAN_SENTINEL.to_lowercase()]
            .into_iter()
            .find_map(|s| sentinel.split_once(s));
        let Some((before, after)) = split else {
            return;
        };
        let pattern = LabelPattern {
            kind,
            before: before.to_string(),
            after: after.to_string(),
        };
        if !self
            .patterns
            .iter()
            .any(|p| p.kind == kind && p.before == pattern.before && p.after == pattern.after)
        {
            self.patterns.push(pattern);
        }
        for n in 1..=SPELLED_OUT {
            let label = l.format(id, Some(&args(n, &roman(n)))).to_lowercase();
            let plain = [n.to_string(), roman(n).to_lowercase()]
                .iter()
                .any(|number| label == format!("{before}{number}{after}"));
            if !plain && !self.spelled.iter().any(|s| s.label == label) {
                self.spelled.push(SpelledLabel {
                    kind,
                    label,
                    number: n,
                });
            }
        }
    }
}

/// Text as the reader compares words: lower-case, Arabic without its short
/// vowels and tatweel, no-break spaces as spaces: what texts write or leave
/// out at will.
pub fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        // French no-break spaces, written or not.
        .map(|c| {
            if matches!(c, '\u{a0}' | '\u{202f}') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn has_message(l: &Localizer, id: &str) -> bool {
    l.format(id, None) != id
}

fn push_new<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}
