//! What a site's report is made from, so that its key for the page cache
//! ([`super::cache`]) is told from the input files, without making the
//! report: a site built again after one edit then makes only the report of
//! the file that changed (and of the other versions of its law).
//!
//! A report on a jurisdiction is made from its own file; from the files of
//! the other versions of the same law in the site (its timeline lists them),
//! with their page names; and from every input that is not a jurisdiction
//! file (the instruments, the vocabulary, the scenarios: what its findings
//! and the cases it would miss are weighed against). Besides, as every
//! page, from the binary, the templates, the language and the shared data
//! (the build key), the date given and its place in the site. Nothing else
//! of the corpus reaches it: no other jurisdiction's findings, name or
//! order. A draft is also made from its base, which may be any file: a
//! draft's report is keyed by its context, as every other page is.

use super::cache::{Key, PageKeys};
use super::context::{ColumnView, Nav};
use crate::model::Corpus;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};

/// The input files of a site, as its reports' keys need them.
#[derive(Debug)]
pub struct SiteInputs<'a> {
    /// SHA-256 of every input file that is not a jurisdiction file (its
    /// name and text, in the order they were read), in hex.
    shared: String,
    /// The text of each jurisdiction file, by the name its jurisdiction
    /// gives as its file.
    texts: HashMap<&'a str, &'a str>,
}

impl<'a> SiteInputs<'a> {
    /// `files`: every file the site was loaded from (name, text), in the
    /// order read.
    pub fn new(files: impl IntoIterator<Item = (&'a str, &'a str)>, corpus: &Corpus) -> Self {
        let jurisdictions: HashSet<&str> = corpus
            .jurisdictions
            .iter()
            .map(|j| j.file.as_str())
            .collect();
        let mut texts = HashMap::new();
        let mut h = Sha256::new();
        for (name, text) in files {
            if jurisdictions.contains(name) {
                texts.insert(name, text);
            } else {
                for part in [name, text] {
                    h.update((part.len() as u64).to_le_bytes());
                    h.update(part.as_bytes());
                }
            }
        }
        let shared = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        SiteInputs { shared, texts }
    }

    /// The key of the report on the jurisdiction at `index` (page `stem`),
    /// from its inputs; `None` for a draft, or a jurisdiction whose file
    /// was not read as one of the site's inputs.
    #[allow(clippy::too_many_arguments)]
    pub fn report_key(
        &self,
        keys: &PageKeys,
        stem: &str,
        corpus: &Corpus,
        columns: &[ColumnView],
        index: usize,
        generated: Option<&str>,
        nav: Option<&Nav>,
    ) -> Option<Key> {
        let this = &corpus.jurisdictions[index];
        if this.draft.is_some() {
            return None;
        }
        let versions = corpus
            .jurisdictions
            .iter()
            .zip(columns)
            .filter(|(j, _)| j.code.value == this.code.value)
            .map(|(j, c)| {
                Some(Version {
                    file: &j.file,
                    slug: &c.slug,
                    text: self.texts.get(j.file.as_str())?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let made_from = MadeFrom {
            made_from: "report-inputs/1",
            generated,
            nav,
            shared: &self.shared,
            this: &this.file,
            versions,
        };
        Some(keys.key_of(stem, &made_from))
    }
}

/// What a report's key is a digest of (never a page's context: the first
/// field tells them apart).
#[derive(Serialize)]
struct MadeFrom<'a> {
    made_from: &'static str,
    generated: Option<&'a str>,
    nav: Option<&'a Nav>,
    shared: &'a str,
    this: &'a str,
    /// Every version of the law in the site, this one among them, in the
    /// site's order.
    versions: Vec<Version<'a>>,
}

#[derive(Serialize)]
struct Version<'a> {
    file: &'a str,
    slug: &'a str,
    text: &'a str,
}
