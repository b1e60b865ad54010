//! The context of a site's index ([`IndexPage`]): a row per jurisdiction.

use super::{ColumnView, Nav, RatingCell, columns, dir_of, original_lang, rating_cell};
use crate::check::{JurisdictionCheck, Verb};
use crate::model::Corpus;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct IndexPage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nav: Option<Nav>,
    pub instruments: Vec<String>,
    pub rows: Vec<IndexRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndexRow {
    pub column: ColumnView,
    pub name_original: Option<String>,
    pub original_lang: Option<String>,
    pub original_dir: &'static str,
    pub ratings: Vec<RatingCell>,
    /// Recommendations by verb.
    pub urge: usize,
    pub consider: usize,
    pub invite: usize,
}

pub fn index_page(corpus: &Corpus, checks: &[JurisdictionCheck]) -> IndexPage {
    let rows = columns(corpus)
        .into_iter()
        .zip(&corpus.jurisdictions)
        .zip(checks)
        .map(|((column, j), c)| {
            let verbs = |v: Verb| {
                c.findings
                    .iter()
                    .filter(|f| f.recommendation.as_ref().is_some_and(|r| r.verb == v))
                    .count()
            };
            let lang = original_lang(j);
            IndexRow {
                column,
                name_original: j.name_original.clone(),
                original_dir: lang.as_deref().map_or("auto", dir_of),
                original_lang: lang,
                ratings: c.summaries.iter().map(rating_cell).collect(),
                urge: verbs(Verb::Urge),
                consider: verbs(Verb::Consider),
                invite: verbs(Verb::Invite),
            }
        })
        .collect();
    IndexPage {
        generated: None,
        nav: None,
        instruments: corpus
            .instruments
            .iter()
            .map(|i| i.id.value.clone())
            .collect(),
        rows,
    }
}
