//! Any agreement, exported as the clean Markdown text of one of its
//! languages, reads back into the same structure and the same words: the
//! reader takes in whatever the export writes, in each of the six UN
//! languages, for every kind of provision and way of numbering it.

mod common;

use std::collections::BTreeMap;

use entente_core::export::{ExportRequest, Format, Rendering};
use entente_core::model::{
    AgreementDetails, AgreementKind, AgreementLanguage, NumberingMode, Placement, ProvisionKind,
    ProvisionStatus, ProvisionText,
};
use entente_core::Entente;
use proptest::prelude::*;

const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// Words of each language that make up the generated texts.
fn words(language: &str) -> &'static [&'static str] {
    match language {
        "en" => &[
            "health",
            "data",
            "Parties",
            "cooperate",
            "workers",
            "training",
            "equity",
            "systems",
            "models",
            "safely",
        ],
        "fr" => &[
            "santé",
            "données",
            "Parties",
            "coopèrent",
            "personnels",
            "formation",
            "équité",
            "systèmes",
            "modèles",
            "l’accès",
        ],
        "es" => &[
            "salud",
            "datos",
            "Partes",
            "cooperan",
            "trabajadores",
            "formación",
            "equidad",
            "sistemas",
            "modelos",
            "acceso",
        ],
        "ru" => &[
            "здравоохранения",
            "данные",
            "Стороны",
            "сотрудничают",
            "работников",
            "подготовка",
            "равенство",
            "системы",
            "модели",
            "доступ",
        ],
        "zh" => &[
            "健康",
            "数据",
            "缔约方",
            "合作",
            "卫生工作者",
            "培训",
            "公平",
            "系统",
            "模型",
            "安全",
        ],
        _ => &[
            "الصحة",
            "البيانات",
            "الأطراف",
            "تتعاون",
            "العاملين",
            "التدريب",
            "الإنصاف",
            "النظم",
            "النماذج",
            "بأمان",
        ],
    }
}

/// A provision of the generated text: its kind, the index of its parent
/// among those before it, and how it is numbered.
#[derive(Debug, Clone)]
struct Planned {
    kind: ProvisionKind,
    parent: Option<usize>,
    numbering: NumberingMode,
}

/// A text's structure: a preamble, then either articles (in chapters, with
/// paragraphs, sub-paragraphs, points and the words closing a list) or a
/// resolution's operative paragraphs, then perhaps an annex.
fn structure() -> impl Strategy<Value = Vec<Planned>> {
    let paragraph = (0usize..3, 0usize..3, any::<bool>(), any::<bool>());
    let article = (
        any::<bool>(),
        proptest::collection::vec(paragraph.clone(), 0..3),
    );
    (
        0usize..3,
        any::<bool>(),
        proptest::collection::vec(proptest::collection::vec(article, 1..3), 1..3),
        proptest::collection::vec(paragraph, 1..4),
        any::<bool>(),
    )
        .prop_map(|(recitals, treaty, chapters, operative, annex)| {
            let mut plan = Vec::new();
            let push = |plan: &mut Vec<Planned>, kind, parent, numbering| {
                plan.push(Planned {
                    kind,
                    parent,
                    numbering,
                });
                plan.len() - 1
            };
            use NumberingMode::*;
            use ProvisionKind::*;
            for _ in 0..recitals {
                push(&mut plan, Recital, None, Counted);
            }
            // Paragraphs with their sub-paragraphs, points, the words closing
            // a list, and now and then a paragraph inserted after another.
            let paragraphs = |plan: &mut Vec<Planned>,
                              parent: Option<usize>,
                              list: &[(usize, usize, bool, bool)]| {
                for (index, &(subs, points, tail, inserted)) in list.iter().enumerate() {
                    let numbering = if inserted && index > 0 {
                        Inserted
                    } else {
                        Counted
                    };
                    let p = push(plan, Paragraph, parent, numbering);
                    for sub in 0..subs {
                        let s = push(plan, Subparagraph, Some(p), Counted);
                        if sub == 0 {
                            for _ in 0..points {
                                push(plan, Point, Some(s), Counted);
                            }
                        }
                    }
                    if tail && subs > 0 {
                        push(plan, Subparagraph, Some(p), Unnumbered);
                    }
                }
            };
            if treaty {
                for articles in &chapters {
                    let chapter = push(&mut plan, Chapter, None, Counted);
                    for (words_only, list) in articles {
                        let article = push(&mut plan, Article, Some(chapter), Counted);
                        if !words_only {
                            paragraphs(&mut plan, Some(article), list);
                        }
                    }
                }
            } else {
                paragraphs(&mut plan, None, &operative);
            }
            if annex {
                let annex = push(&mut plan, Annex, None, Counted);
                paragraphs(&mut plan, Some(annex), &operative[..1]);
            }
            plan
        })
}

/// The words of a provision in `language`: a heading for the kinds that
/// have one, a sentence (a clause for a recital) for those with a body.
fn text(kind: ProvisionKind, language: &str, seed: usize, article_words: bool) -> ProvisionText {
    let pool = words(language);
    let pick = |n: usize| -> Vec<&str> {
        (0..n)
            .map(|i| pool[(seed * 7 + i * 3) % pool.len()])
            .collect()
    };
    let join = |w: Vec<&str>| {
        if language == "zh" {
            w.concat()
        } else {
            w.join(" ")
        }
    };
    let capitalised = |text: String| {
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    };
    let (comma, stop) = match language {
        "zh" => ("，", "。"),
        "ar" => ("،", "."),
        _ => (",", "."),
    };
    let heading = if kind.has_heading() {
        capitalised(join(pick(2 + seed % 3)))
    } else {
        String::new()
    };
    let body = match kind {
        _ if !kind.has_body() => String::new(),
        ProvisionKind::Article | ProvisionKind::Annex if !article_words => String::new(),
        ProvisionKind::Recital => format!("{}{comma}", join(pick(5))),
        _ => format!("{}{stop}", capitalised(join(pick(4 + seed % 5)))),
    };
    ProvisionText { heading, body }
}

/// Makes the planned agreement in the six languages, every provision agreed.
fn make(entente: &Entente, plan: &[Planned]) -> i64 {
    let details = AgreementDetails {
        kind: AgreementKind::Treaty,
        titles: LANGUAGES
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    text(ProvisionKind::Article, l, 1, false).heading,
                )
            })
            .collect(),
        languages: LANGUAGES
            .iter()
            .map(|l| AgreementLanguage {
                code: l.to_string(),
                authentic: true,
            })
            .collect(),
        working_language: "en".into(),
        symbol: "RT/1".into(),
    };
    let id = entente.create_agreement(&details).unwrap().id;
    let mut made = Vec::new();
    for (index, planned) in plan.iter().enumerate() {
        let has_children = plan.iter().any(|p| p.parent == Some(index));
        let texts: BTreeMap<String, ProvisionText> = LANGUAGES
            .iter()
            .map(|l| (l.to_string(), text(planned.kind, l, index, !has_children)))
            .collect();
        let placement = Placement {
            parent: planned.parent.map(|p| made[p]),
            index: None,
        };
        let provision = entente
            .add_provision(id, planned.kind, placement, &texts)
            .unwrap();
        if planned.numbering != NumberingMode::Counted {
            entente.set_numbering(provision, planned.numbering).unwrap();
        }
        entente
            .set_provision_status(provision, ProvisionStatus::Agreed, "")
            .unwrap();
        made.push(provision);
    }
    id
}

/// Each provision as its kind, the index of its parent, its numbering and
/// its words in `language`.
fn shape(
    entente: &Entente,
    id: i64,
    language: &str,
) -> Vec<(ProvisionKind, Option<usize>, NumberingMode, ProvisionText)> {
    let document = entente.document(id).unwrap();
    let index = |parent: Option<i64>| {
        parent.and_then(|p| document.provisions.iter().position(|n| n.id == p))
    };
    document
        .provisions
        .iter()
        .map(|n| {
            (
                n.kind,
                index(n.parent_id),
                n.numbering,
                n.texts.get(language).cloned().unwrap_or_default(),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_agreement_exported_in_any_language_reads_back_the_same(plan in structure()) {
        let (dir, entente) = common::open();
        let id = make(&entente, &plan);
        for language in LANGUAGES {
            let out = dir.path().join(format!("out-{language}"));
            let request = ExportRequest {
                languages: vec![language.to_string()],
                renderings: vec![Rendering::Clean],
                formats: vec![Format::Md],
                draft: false,
                place: "Geneva".into(),
                date: Some("2026-05-20".into()),
            };
            let manifest = entente.export(id, &request, &out).unwrap();
            let exported = std::fs::read_to_string(out.join(&manifest.files[0].path)).unwrap();
            let again = common::import_text(&entente, &exported, language, None);
            let original = shape(&entente, id, language);
            let read = shape(&entente, again, language);
            prop_assert_eq!(read, original, "{}:\n{}", language, exported);
        }
    }
}
