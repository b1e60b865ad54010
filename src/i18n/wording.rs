//! lexgap's own wording ([`Wording`], the model's data) in a language.
//!
//! A [`Wording`] in a page's context serialises in the page's language
//! ([`super::reason::in_page_language`]): the Arabic where the data has it,
//! the English otherwise (the page then marks it as English). Outside a page
//! (JSON, the command line) it serialises in English; the JSON outputs carry
//! the Arabic in fields of their own (`title_ar`, `text_ar`).

use super::Lang;
use crate::model::Wording;
use serde::{Serialize, Serializer};

impl Wording {
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
