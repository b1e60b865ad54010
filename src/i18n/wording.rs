//! lexgap's own wording (requirement titles, recommendations, instrument
//! names, scenario titles) in English and Arabic, as the instrument and
//! scenario files give it.
//!
//! A [`Wording`] in a page's context serialises in the page's language
//! ([`super::reason::in_page_language`]): the Arabic where the data has it,
//! the English otherwise (the page then marks it as English). Outside a page
//! (JSON, the command line) it serialises in English; the JSON outputs carry
//! the Arabic in fields of their own (`title_ar`, `text_ar`).

use super::Lang;
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wording {
    pub en: String,
    pub ar: Option<String>,
}

impl Wording {
    pub fn new(en: &str, ar: Option<&str>) -> Wording {
        Wording {
            en: en.to_owned(),
            ar: ar.map(str::to_owned),
        }
    }

    /// The text in `lang`, English where there is no Arabic.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.ar) {
            (Lang::Ar, Some(ar)) => ar,
            _ => &self.en,
        }
    }
}

impl Serialize for Wording {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.get(super::reason::page_lang().unwrap_or(Lang::En)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::reason::in_page_language;

    #[test]
    fn a_page_gets_its_language_and_json_gets_english() {
        let w = Wording::new("Act: transfer", Some("الفعل: التنقيل"));
        let json = || serde_json::to_string(&w).expect("JSON");
        assert_eq!(json(), "\"Act: transfer\"");
        assert_eq!(in_page_language(Lang::Ar, json), "\"الفعل: التنقيل\"");
        assert_eq!(in_page_language(Lang::En, json), "\"Act: transfer\"");
        let untranslated = Wording::new("Act: transfer", None);
        assert_eq!(
            in_page_language(Lang::Ar, || serde_json::to_string(&untranslated)
                .expect("JSON")),
            "\"Act: transfer\""
        );
    }
}
