//! Navigation between the pages of a site: the columns (jurisdictions and
//! versions) with their slugs and links.

use super::anchor;
use crate::model::{Corpus, Date};
use serde::Serialize;

/// Links between the pages of a site; absent on a standalone report.
#[derive(Debug, Clone, Serialize)]
pub struct Nav {
    /// The way back to the site's root from this page ("" or "../").
    pub root: &'static str,
    /// The extension of the site's pages: html or md.
    pub ext: &'static str,
    /// Which page this is: index, jurisdiction, compare, instrument.
    pub page: &'static str,
}

/// One jurisdiction file as a column of a comparison or a row of the index.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnView {
    pub code: String,
    /// The page name in a site (file stem, made unique).
    pub slug: String,
    /// The column heading: the code, or the slug in capitals when two files
    /// share a code (a current and an earlier version).
    pub key: String,
    pub name: crate::model::Wording,
    pub as_of: String,
    pub draft: bool,
    /// The date an earlier version was superseded.
    pub superseded_on: Option<Date>,
}

/// Page names for the jurisdictions, from their file stems, made unique.
pub fn columns(corpus: &Corpus) -> Vec<ColumnView> {
    let mut slugs: Vec<String> = Vec::new();
    for j in &corpus.jurisdictions {
        let file = crate::project::unlabelled(&j.file);
        let stem = file
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(file)
            .trim_end_matches(".yaml")
            .trim_end_matches(".yml");
        let base = match anchor(&[stem]) {
            s if s.is_empty() => anchor(&[&j.code.value]),
            s => s,
        };
        let mut slug = base.clone();
        let mut n = 2;
        while slugs.contains(&slug) || ["index", "compare"].contains(&slug.as_str()) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        slugs.push(slug);
    }
    corpus
        .jurisdictions
        .iter()
        .zip(slugs)
        .map(|(j, slug)| {
            let shared_code = corpus
                .jurisdictions
                .iter()
                .filter(|o| o.code.value == j.code.value)
                .count()
                > 1;
            ColumnView {
                code: j.code.value.clone(),
                key: if shared_code {
                    slug.to_uppercase()
                } else {
                    j.code.value.clone()
                },
                slug,
                name: super::provision::jurisdiction_name(j),
                as_of: j.as_of.to_string(),
                draft: j.encoding.status == crate::model::EncodingStatus::Draft,
                superseded_on: j.historical.as_ref().map(|h| h.superseded_on),
            }
        })
        .collect()
}
