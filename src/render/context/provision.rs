//! A provision as the pages quote it: its law, its text, and whether the
//! text is the law's wording or a translation of it.

use super::{TextView, anchor, text_view};
use crate::i18n::article_label;
use crate::model::Wording;
use crate::model::{Jurisdiction, Law, Provision, TranslationKind};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ProvisionView {
    pub id: String,
    pub anchor: String,
    pub law: String,
    pub law_title: Wording,
    pub law_number: Option<String>,
    /// The law's status is not settled, or the law is repealed in a current
    /// encoding.
    pub law_uncertain: bool,
    pub article: String,
    pub article_label: String,
    pub title: Option<Wording>,
    #[serde(flatten)]
    pub text: TextView,
    /// Where the text is a translation, not the law's wording.
    pub translation: Option<TranslationView>,
    pub note: Option<Wording>,
}

/// Who translated a provision's text, and the law's own language.
#[derive(Debug, Clone, Serialize)]
pub struct TranslationView {
    pub kind: TranslationKind,
    pub by: Wording,
    pub law_lang: String,
}

pub fn provision_view(j: &Jurisdiction, p: &Provision) -> ProvisionView {
    let law = j.law(&p.law.value);
    ProvisionView {
        id: p.id.value.clone(),
        anchor: anchor(&["prov", &p.id.value]),
        law: p.law.value.clone(),
        law_title: law.map_or_else(|| Wording::new(&p.law.value, None), law_title),
        law_number: law.and_then(|l| l.number.clone()),
        law_uncertain: law_uncertain(j, p),
        article: p.article.clone(),
        article_label: article_label(&p.article),
        title: p.title.clone(),
        text: text_view(&p.text),
        translation: p.translation.as_ref().map(|t| TranslationView {
            kind: t.kind.value,
            by: t.by.clone(),
            law_lang: law
                .and_then(|l| l.language.as_ref())
                .map_or_else(String::new, |l| l.value.clone()),
        }),
        note: p.note.clone(),
    }
}

fn law_uncertain(j: &Jurisdiction, p: &Provision) -> bool {
    j.law_unsettled(&p.law.value)
}

/// A jurisdiction's name: the English, and for an Arabic page the name in
/// the original language where it is written in Arabic.
pub(super) fn jurisdiction_name(j: &Jurisdiction) -> Wording {
    with_arabic_original(&j.name, j.name_original.as_deref())
}

/// The English, with the original for an Arabic page where it is Arabic.
fn with_arabic_original(en: &str, original: Option<&str>) -> Wording {
    Wording::new(
        en,
        original.filter(|o| crate::render::i18n::starts_right_to_left(o)),
    )
}

/// A law's title: the English, and for an Arabic page the original title
/// where it is written in Arabic (the law's own words, not a translation).
pub(super) fn law_title(l: &Law) -> Wording {
    with_arabic_original(&l.title, l.title_original.as_deref())
}
