//! lexgap's own wording (requirement titles, recommendations, instrument
//! names, scenario titles) in English and, where the instrument or scenario
//! file gives it, Arabic. The words are data; which of them a page shows is
//! `i18n`'s choice (`i18n/wording.rs`).

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
}
