//! The data the templates see, built from the model and from `check`'s
//! output. Presentation only: every status, rating, verb, flag and order comes
//! from [`crate::check`]; this module chooses words, groups and anchors.
//!
//! [`Shared`] holds what every page shares (the instruments with their quoted
//! texts, the vocabulary, the legends) and goes once into the Tera global
//! context. Each page gets a small context of its own ([`ReportPage`],
//! [`ComparePage`], [`InstrumentPage`], [`IndexPage`]) that refers to the
//! shared data by id. The same structs, serialised with serde, are the JSON
//! outputs (docs/REPORTS.md).

use crate::check::reason::Arg;
use crate::check::{
    self, BeyondKind, DefinitionClass, Finding, InstrumentSummary, JurisdictionCheck, Rating,
    Status, StatusCounts, Trace, Verb,
};
use crate::model::{
    Confidence, Corpus, Date, English, Instrument, Jurisdiction, LawStatus, ListField, Obligation,
    Provision, Quote, RatingBasis, Requirement, Text, Topic,
};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use std::collections::BTreeSet;

pub const REPORT_FORMAT: &str = "lexgap-report/1";
pub const COMPARE_FORMAT: &str = "lexgap-compare/1";

/// A map that serialises its entries in insertion order (Tera is built with
/// `preserve_order`, so templates see the same order; nothing is hashed).
#[derive(Debug, Clone)]
pub struct Ordered<V>(pub Vec<(String, V)>);

impl<V> Default for Ordered<V> {
    fn default() -> Self {
        Ordered(Vec::new())
    }
}

impl<V> Ordered<V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn push(&mut self, key: String, value: V) {
        self.0.push((key, value));
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<V: Serialize> Serialize for Ordered<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

// ---------------------------------------------------------------- shared --

/// What every page shares; goes once into the Tera global context.
#[derive(Debug, Clone, Serialize)]
pub struct Shared {
    pub generator: String,
    /// Keyed by instrument id. Templates see maps without an order (a
    /// look-up is then cheaper): they go through `instrument_ids`.
    pub instruments: Ordered<InstrumentView>,
    /// The instruments' ids in their order.
    pub instrument_ids: Vec<String>,
    pub statuses: Vec<StatusLegend>,
    /// Status word to mark, for templates.
    pub marks: Ordered<&'static str>,
    pub verbs: Vec<VerbLegend>,
    pub ratings: Vec<RatingLegend>,
    pub rating_rules: &'static str,
    pub vocabulary: Vec<TermSetView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusLegend {
    pub status: Status,
    pub mark: &'static str,
    pub meaning: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct VerbLegend {
    pub verb: Verb,
    pub meaning: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatingLegend {
    pub rating: Rating,
    pub label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct TermSetView {
    pub set: String,
    pub terms: Vec<TermView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TermView {
    pub id: String,
    pub en: String,
    pub ar: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentView {
    pub id: String,
    /// The instrument's page name in a site.
    pub slug: String,
    pub short: String,
    pub title: String,
    pub source: LinkView,
    pub binding: bool,
    pub basis: RatingBasis,
    pub adopted: Option<Date>,
    pub note: Option<String>,
    pub defines_trafficking: bool,
    pub requirement_count: usize,
    /// Keyed by article as written in the instrument file ("3(a)").
    pub articles: Ordered<ArticleView>,
    /// Keyed by requirement id.
    pub requirements: Ordered<RequirementView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub article: String,
    pub label: String,
    pub anchor: String,
    /// The distinct quotations of the article's requirements.
    pub quotes: Vec<QuoteView>,
    pub requirements: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequirementView {
    pub id: String,
    pub article: String,
    pub title: String,
    pub topic: Topic,
    pub obligation: Obligation,
    pub recommendation: String,
    pub note: Option<String>,
    /// The test in words.
    pub test: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteView {
    pub cite: String,
    #[serde(flatten)]
    pub text: TextView,
}

/// A quoted text (of an instrument or of a law) ready to show: original
/// language with its `lang` and direction, the English rendering and who made
/// it, the source and how firm it is.
#[derive(Debug, Clone, Serialize)]
pub struct TextView {
    pub text: String,
    pub lang: String,
    pub dir: &'static str,
    pub english: Option<EnglishView>,
    pub source: LinkView,
    pub confidence: Confidence,
    pub secondary: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnglishView {
    pub text: String,
    pub kind: crate::model::TranslationKind,
    pub kind_label: &'static str,
    pub by: Option<String>,
}

/// A URL, with `href` set only for plain http(s) URLs: nothing else becomes a
/// link (in HTML an attribute, in Markdown an autolink `<…>`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LinkView {
    pub url: String,
    pub href: Option<String>,
}

impl LinkView {
    pub fn new(url: &str) -> Self {
        // Nothing that could close an attribute, an autolink or a tag.
        let safe = (url.starts_with("https://") || url.starts_with("http://"))
            && !url.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(
                        c,
                        '<' | '>' | '"' | '\'' | '`' | '\\' | '{' | '}' | '|' | '^'
                    )
            });
        LinkView {
            url: url.to_owned(),
            href: safe.then(|| url.to_owned()),
        }
    }
}

/// Scripts written right to left, by ISO 639-1 code.
fn dir_of(lang: &str) -> &'static str {
    match lang {
        "ar" | "fa" | "he" | "ur" | "ps" | "yi" | "dv" | "ug" | "ckb" | "sd" => "rtl",
        _ => "ltr",
    }
}

fn text_view(t: &Text) -> TextView {
    TextView {
        text: t.text.clone(),
        lang: t.lang.clone(),
        dir: dir_of(&t.lang),
        english: t.english.as_ref().map(english_view),
        source: LinkView::new(&t.source),
        confidence: t.confidence,
        secondary: t.is_secondary(),
    }
}

fn english_view(e: &English) -> EnglishView {
    EnglishView {
        text: e.text.clone(),
        kind: e.kind,
        kind_label: check::translation_label(e.kind),
        by: e.by.clone(),
    }
}

/// "Art. 3(a)" for article numbers, the bare word for "guidance" and the like.
pub fn article_label(a: &str) -> String {
    if a.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Art. {a}")
    } else {
        let mut c = a.chars();
        c.next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
    }
}

/// An id usable as an HTML anchor: ASCII letters, digits and '-'.
pub fn anchor(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts {
        if !out.is_empty() {
            out.push('-');
        }
        let mut dash = false;
        for c in p.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
                dash = false;
            } else if !dash && !out.is_empty() && !out.ends_with('-') {
                out.push('-');
                dash = true;
            }
        }
        while out.ends_with('-') {
            out.pop();
        }
    }
    out
}

impl Shared {
    pub fn new(corpus: &Corpus) -> Self {
        let mut instruments = Ordered::default();
        for i in &corpus.instruments {
            instruments.push(i.id.value.clone(), instrument_view(corpus, i));
        }
        Shared {
            generator: format!("lexgap {}", env!("CARGO_PKG_VERSION")),
            instrument_ids: corpus
                .instruments
                .iter()
                .map(|i| i.id.value.clone())
                .collect(),
            instruments,
            marks: Ordered(
                [
                    Status::Met,
                    Status::Partial,
                    Status::Gap,
                    Status::Conflict,
                    Status::Unknown,
                ]
                .into_iter()
                .map(|s| (s.to_string(), s.mark()))
                .collect(),
            ),
            statuses: [
                (Status::Met, "the law does what the requirement asks"),
                (Status::Partial, "it does so only in part"),
                (Status::Gap, "the law was read, and does not do it"),
                (Status::Conflict, "the law does the opposite"),
                (Status::Unknown, "the encoding is silent: not assessed"),
            ]
            .into_iter()
            .map(|(status, meaning)| StatusLegend {
                status,
                mark: status.mark(),
                meaning,
            })
            .collect(),
            verbs: [
                (
                    Verb::Urge,
                    "a mandatory requirement with a gap or a conflict",
                ),
                (
                    Verb::Consider,
                    "a mandatory requirement met only in part, or an optional one short of met",
                ),
                (Verb::Invite, "a recommended requirement short of met"),
            ]
            .into_iter()
            .map(|(verb, meaning)| VerbLegend { verb, meaning })
            .collect(),
            ratings: [
                Rating::Compliant,
                Rating::LargelyCompliant,
                Rating::PartiallyCompliant,
                Rating::NonCompliant,
                Rating::NotRated,
            ]
            .into_iter()
            .map(|rating| RatingLegend {
                rating,
                label: rating.label(),
            })
            .collect(),
            rating_rules: check::RATING_RULES,
            vocabulary: corpus
                .vocabulary
                .sets
                .iter()
                .map(|(set, terms)| TermSetView {
                    set: set.to_string(),
                    terms: terms
                        .iter()
                        .map(|t| TermView {
                            id: t.id.value.clone(),
                            en: t.en.clone(),
                            ar: t.ar.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

fn instrument_view(corpus: &Corpus, i: &Instrument) -> InstrumentView {
    let mut articles: Ordered<ArticleView> = Ordered::default();
    let mut requirements = Ordered::default();
    for r in &i.requirements {
        if articles.get(&r.article).is_none() {
            articles.push(
                r.article.clone(),
                ArticleView {
                    article: r.article.clone(),
                    label: article_label(&r.article),
                    anchor: anchor(&[&i.id.value, "art", &r.article]),
                    quotes: Vec::new(),
                    requirements: Vec::new(),
                },
            );
        }
        let a = articles.get_mut(&r.article).expect("just inserted");
        a.requirements.push(r.id.value.clone());
        for q in &r.quotes {
            if !a
                .quotes
                .iter()
                .any(|x| x.cite == q.cite && x.text.text == q.text.text)
            {
                a.quotes.push(quote_view(q));
            }
        }
        requirements.push(r.id.value.clone(), requirement_view(corpus, r));
    }
    InstrumentView {
        id: i.id.value.clone(),
        slug: anchor(&[&i.id.value]),
        short: i.short.clone(),
        title: i.title.clone(),
        source: LinkView::new(&i.source),
        binding: i.binding,
        basis: i.rating_basis,
        adopted: i.adopted,
        note: i.note.clone(),
        defines_trafficking: i.definition_topic.is_some(),
        requirement_count: i.requirements.len(),
        articles,
        requirements,
    }
}

fn quote_view(q: &Quote) -> QuoteView {
    QuoteView {
        cite: q.cite.clone(),
        text: text_view(&q.text),
    }
}

fn requirement_view(corpus: &Corpus, r: &Requirement) -> RequirementView {
    RequirementView {
        id: r.id.value.clone(),
        article: r.article.clone(),
        title: r.title.clone(),
        topic: r.topic,
        obligation: r.obligation,
        recommendation: r.recommendation.clone(),
        note: r.note.clone(),
        test: check::describe_test(&r.test, &corpus.vocabulary),
    }
}

// ------------------------------------------------------------ navigation --

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
    pub name: String,
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
                name: j.name.clone(),
                as_of: j.as_of.to_string(),
                draft: j.encoding.status == crate::model::EncodingStatus::Draft,
                superseded_on: j.historical.as_ref().map(|h| h.superseded_on),
            }
        })
        .collect()
}

// ---------------------------------------------------------------- report --

#[derive(Debug, Clone, Serialize)]
pub struct ReportPage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nav: Option<Nav>,
    pub jurisdiction: JurisdictionView,
    pub laws: Vec<LawView>,
    pub summaries: Vec<SummaryView>,
    pub warnings: Warnings,
    /// Every finding, in instrument and requirement order.
    pub findings: Vec<FindingView>,
    /// Indices into `findings` of those with a recommendation, most serious
    /// first (urge, consider, invite; then conflict, gap, partial).
    pub serious: Vec<usize>,
    /// Indices into `findings` of the trafficking / smuggling distinction
    /// checks (requirements with topic `distinction`).
    pub distinction: Vec<usize>,
    /// Every requirement, by instrument and article.
    pub sections: Vec<Section>,
    /// Every provision of the jurisdiction, keyed by id, in file order.
    pub provisions: Ordered<ProvisionView>,
    pub beyond: Vec<BeyondView>,
    /// The provisions that `beyond` cites and no finding does, in file order.
    pub beyond_provisions: Vec<String>,
    pub sources: Vec<SourceView>,
    /// The bundled scenarios that are trafficking or smuggling under the
    /// Protocols and that none of the law's offences reaches.
    pub missed: Vec<crate::classify::MissedCase>,
    /// For a draft bill: the ratings before and after, the gaps it closes
    /// and opens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<DraftView>,
    /// The versions of this jurisdiction's law, oldest first, where more
    /// than one is known.
    pub timeline: Vec<VersionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DraftView {
    pub title: String,
    pub note: Option<String>,
    pub base_file: String,
    pub ratings: Vec<crate::diff::RatingChange>,
    pub closed: Vec<crate::diff::FindingChange>,
    pub opened: Vec<crate::diff::FindingChange>,
    pub changed: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct VersionView {
    pub as_of: String,
    pub file: String,
    pub label: String,
    /// What the version is: `in_force`, `superseded` or `draft` (for
    /// templates that word the label in another language).
    pub kind: &'static str,
    /// The draft bill's title, for a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The date an earlier version was superseded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_on: Option<Date>,
    /// The page of that version in a site; `None` outside a site.
    pub slug: Option<String>,
    /// This page's version.
    pub this: bool,
}

/// The versions of one jurisdiction, oldest first; empty when there is only one.
pub fn timeline(versions: &[(&Jurisdiction, Option<String>)], this_file: &str) -> Vec<VersionView> {
    if versions.len() < 2 {
        return Vec::new();
    }
    let mut v: Vec<VersionView> = versions
        .iter()
        .map(|(j, slug)| VersionView {
            as_of: j.as_of.to_string(),
            file: j.file.clone(),
            label: match (&j.historical, &j.draft) {
                (_, Some(d)) => format!("draft bill: {}", d.title),
                (Some(h), None) => format!("superseded on {}", h.superseded_on),
                (None, None) => "in force".to_owned(),
            },
            kind: match (&j.historical, &j.draft) {
                (_, Some(_)) => "draft",
                (Some(_), None) => "superseded",
                (None, None) => "in_force",
            },
            title: j.draft.as_ref().map(|d| d.title.clone()),
            superseded_on: j
                .historical
                .as_ref()
                .filter(|_| j.draft.is_none())
                .map(|h| h.superseded_on),
            slug: slug.clone(),
            this: j.file == this_file,
        })
        .collect();
    v.sort_by(|a, b| a.as_of.cmp(&b.as_of).then_with(|| a.file.cmp(&b.file)));
    v
}

pub fn draft_view(corpus: &Corpus, j: &Jurisdiction) -> Option<DraftView> {
    let d = j.draft.as_ref()?;
    let diff = crate::diff::diff(corpus, &d.base, j);
    Some(DraftView {
        title: d.title.clone(),
        note: d.note.clone(),
        base_file: d.base_file.clone(),
        closed: diff.closed().cloned().collect(),
        opened: diff.opened().cloned().collect(),
        changed: diff.findings.len(),
        ratings: diff.ratings,
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct JurisdictionView {
    pub code: String,
    pub name: String,
    pub name_original: Option<String>,
    /// The language of the original-language names and titles, taken from
    /// the jurisdiction's provisions; `None` when they are all in English.
    pub original_lang: Option<String>,
    pub original_dir: &'static str,
    pub file: String,
    pub slug: String,
    pub as_of: String,
    pub encoding: EncodingView,
    pub historical: Option<HistoricalView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EncodingView {
    pub status: crate::model::EncodingStatus,
    pub draft: bool,
    pub by: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoricalView {
    pub superseded_on: Date,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LawView {
    pub id: String,
    pub title: String,
    pub title_original: Option<String>,
    pub number: Option<String>,
    pub status: LawStatus,
    pub status_label: &'static str,
    /// The sources do not settle whether the law is in force.
    pub unsettled: bool,
    pub dates: Vec<DateView>,
    pub repealed_by: Option<String>,
    pub repealed_on: Option<Date>,
    pub amended_by: Vec<String>,
    pub sources: Vec<LinkView>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    pub what: &'static str,
    pub date: Date,
}

#[derive(Debug, Clone, Serialize)]
pub struct SummaryView {
    pub instrument: String,
    pub short: String,
    pub basis: RatingBasis,
    pub rating: Rating,
    pub rating_label: &'static str,
    pub provisional: bool,
    pub assessed: usize,
    pub counted: usize,
    /// assessed / counted, in whole percent (rounded down).
    pub coverage_percent: usize,
    /// Counts over the requirements the rating counts.
    pub counts: StatusCounts,
    /// Counts over every requirement of the instrument.
    pub all: StatusCounts,
    pub definition_class: Option<DefinitionClass>,
    pub definition_label: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Warnings {
    pub draft: bool,
    pub historical: bool,
    pub provisional: bool,
    /// Findings resting on a secondary source.
    pub secondary: usize,
    /// Findings resting on a law whose status is not settled, or repealed.
    pub uncertain_law: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub requirement: String,
    pub instrument: String,
    pub instrument_short: String,
    pub article: String,
    pub article_label: String,
    /// The anchor of the finding in the full list.
    pub anchor: String,
    pub title: String,
    pub obligation: Obligation,
    pub topic: Option<Topic>,
    pub status: Status,
    pub mark: &'static str,
    pub verb: Option<Verb>,
    pub recommendation: Option<String>,
    pub secondary: bool,
    pub uncertain_law: bool,
    /// The provisions that decide the status.
    pub provisions: Vec<String>,
    /// The trace, one line per step.
    pub lines: Vec<TraceLine>,
    /// The facts read (e.g. `kw-tip.child.means_required = true`).
    pub facts: Vec<String>,
    /// The encoder's notes on the evidence (Markdown).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TraceLine {
    pub depth: usize,
    /// Set on the parts of an `all` / `any`; leaves carry a detail instead.
    pub status: Option<Status>,
    pub mark: Option<&'static str>,
    /// The step in words (serialised in English, or in the page's language
    /// for templates: see `i18n::reason`).
    pub text: Arg,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub instrument: String,
    pub short: String,
    pub anchor: String,
    pub groups: Vec<Group>,
}

/// The findings of one article, with the provisions they cite.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// The key of the article in `instruments[…].articles`.
    pub article: String,
    pub label: String,
    pub anchor: String,
    pub findings: Vec<usize>,
    pub provisions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProvisionView {
    pub id: String,
    pub anchor: String,
    pub law: String,
    pub law_title: String,
    pub law_number: Option<String>,
    /// The law's status is not settled, or the law is repealed in a current
    /// encoding.
    pub law_uncertain: bool,
    pub article: String,
    pub article_label: String,
    pub title: Option<String>,
    #[serde(flatten)]
    pub text: TextView,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BeyondView {
    pub kind: BeyondKind,
    pub kind_label: &'static str,
    pub offence: Option<String>,
    pub offence_label: Option<String>,
    pub field: Option<ListField>,
    pub label: String,
    pub provisions: Vec<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub link: LinkView,
    /// What was taken from it: law ids and provision ids.
    pub used_for: Vec<String>,
}

fn law_status_label(s: LawStatus) -> &'static str {
    match s {
        LawStatus::InForce => "in force",
        LawStatus::Repealed => "repealed",
        LawStatus::Amended => "in force as amended",
        LawStatus::Unknown => "status not settled by the sources",
        LawStatus::Bill => "draft bill, not in force",
    }
}

fn beyond_kind_label(k: BeyondKind) -> &'static str {
    match k {
        BeyondKind::OffenceKind => "an offence of a kind the instruments do not name",
        BeyondKind::Term => "a term outside the instruments' vocabulary",
        BeyondKind::Note => "noted by the encoder",
    }
}

/// The language of the original texts: the first provision not in English.
fn original_lang(j: &Jurisdiction) -> Option<String> {
    j.provisions
        .iter()
        .map(|p| p.text.lang.as_str())
        .find(|l| *l != "en")
        .map(str::to_owned)
}

fn law_uncertain(j: &Jurisdiction, p: &Provision) -> bool {
    j.law_unsettled(&p.law.value)
}

pub fn jurisdiction_view(j: &Jurisdiction, slug: &str) -> JurisdictionView {
    let lang = original_lang(j);
    JurisdictionView {
        code: j.code.value.clone(),
        name: j.name.clone(),
        name_original: j.name_original.clone(),
        original_dir: lang.as_deref().map_or("auto", dir_of),
        original_lang: lang,
        file: j.file.clone(),
        slug: slug.to_owned(),
        as_of: j.as_of.to_string(),
        encoding: EncodingView {
            status: j.encoding.status,
            draft: j.encoding.status == crate::model::EncodingStatus::Draft,
            by: j.encoding.by.clone(),
            note: j.encoding.note.clone(),
        },
        historical: j.historical.as_ref().map(|h| HistoricalView {
            superseded_on: h.superseded_on,
            note: h.note.clone(),
        }),
    }
}

pub fn summary_view(s: &InstrumentSummary) -> SummaryView {
    SummaryView {
        instrument: s.instrument.clone(),
        short: s.short.clone(),
        basis: s.basis,
        rating: s.rating,
        rating_label: s.rating.label(),
        provisional: s.provisional,
        assessed: s.assessed,
        counted: s.counted,
        coverage_percent: (s.assessed * 100).checked_div(s.counted).unwrap_or(0),
        counts: s.counted_status,
        all: s.all_status,
        definition_class: s.definition_class,
        definition_label: s.definition_class.map(DefinitionClass::label),
    }
}

fn trace_lines(t: &Trace, depth: usize, out: &mut Vec<TraceLine>) {
    if t.parts.is_empty() {
        let mut cites: Vec<String> = Vec::new();
        for p in t.evidence.iter().flat_map(|e| &e.provisions) {
            if !cites.contains(p) {
                cites.push(p.clone());
            }
        }
        out.push(TraceLine {
            depth,
            status: None,
            mark: None,
            text: Arg::Steps(t.detail.clone()),
            cites,
        });
    } else {
        // An `any` that holds is explained by the parts that hold (as in the
        // text output); otherwise every part is shown.
        let holds = matches!(t.status, Status::Met | Status::Partial);
        let parts: Vec<&Trace> = if holds {
            t.deciding_parts().collect()
        } else {
            t.parts.iter().collect()
        };
        for p in parts {
            out.push(TraceLine {
                depth,
                status: Some(p.status),
                mark: Some(p.status.mark()),
                text: Arg::from(p.test.clone()),
                cites: Vec::new(),
            });
            trace_lines(p, depth + 1, out);
        }
    }
}

pub fn finding_view(corpus: &Corpus, f: &Finding) -> FindingView {
    let topic = corpus.requirement(&f.requirement).map(|(_, r)| r.topic);
    let short = corpus
        .instrument(&f.instrument)
        .map_or_else(|| f.instrument.clone(), |i| i.short.clone());
    let mut lines = Vec::new();
    trace_lines(&f.trace, 0, &mut lines);
    let mut facts = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for e in f.trace.deciding_evidence() {
        if let Some(fact) = &e.fact
            && !facts.contains(fact)
        {
            facts.push(fact.clone());
        }
        if let Some(n) = &e.note
            && !notes.contains(n)
        {
            notes.push(n.clone());
        }
    }
    FindingView {
        requirement: f.requirement.clone(),
        instrument: f.instrument.clone(),
        instrument_short: short,
        article: f.article.clone(),
        article_label: article_label(&f.article),
        anchor: anchor(&["req", &f.requirement]),
        title: f.title.clone(),
        obligation: f.obligation,
        topic,
        status: f.status,
        mark: f.status.mark(),
        verb: f.recommendation.as_ref().map(|r| r.verb),
        recommendation: f.recommendation.as_ref().map(|r| r.text.clone()),
        secondary: f.secondary,
        uncertain_law: f.uncertain_law,
        provisions: f.provisions.clone(),
        lines,
        facts,
        notes,
    }
}

pub fn provision_view(j: &Jurisdiction, p: &Provision) -> ProvisionView {
    let law = j.law(&p.law.value);
    ProvisionView {
        id: p.id.value.clone(),
        anchor: anchor(&["prov", &p.id.value]),
        law: p.law.value.clone(),
        law_title: law.map_or_else(|| p.law.value.clone(), |l| l.title.clone()),
        law_number: law.and_then(|l| l.number.clone()),
        law_uncertain: law_uncertain(j, p),
        article: p.article.clone(),
        article_label: article_label(&p.article),
        title: p.title.clone(),
        text: text_view(&p.text),
        note: p.note.clone(),
    }
}

fn law_view(l: &crate::model::Law) -> LawView {
    let d = &l.dates;
    let dates = [
        ("adopted", d.adopted),
        ("issued", d.issued),
        ("published", d.published),
        ("in force", d.in_force),
    ]
    .into_iter()
    .filter_map(|(what, date)| date.map(|date| DateView { what, date }))
    .collect();
    LawView {
        id: l.id.value.clone(),
        title: l.title.clone(),
        title_original: l.title_original.clone(),
        number: l.number.clone(),
        status: l.status,
        status_label: law_status_label(l.status),
        unsettled: l.status == LawStatus::Unknown,
        dates,
        repealed_by: l.repealed_by.clone(),
        repealed_on: l.repealed_on,
        amended_by: l.amended_by.clone(),
        sources: l.sources.iter().map(|s| LinkView::new(s)).collect(),
        note: l.note.clone(),
    }
}

fn sources(j: &Jurisdiction) -> Vec<SourceView> {
    let mut out: Vec<SourceView> = Vec::new();
    let mut add = |url: &str, what: &str| match out.iter_mut().find(|s| s.link.url == url) {
        Some(s) => {
            if !s.used_for.iter().any(|w| w == what) {
                s.used_for.push(what.to_owned());
            }
        }
        None => out.push(SourceView {
            link: LinkView::new(url),
            used_for: vec![what.to_owned()],
        }),
    };
    for l in &j.laws {
        for s in &l.sources {
            add(s, &l.id.value);
        }
    }
    for p in &j.provisions {
        add(&p.text.source, &p.id.value);
    }
    out
}

/// The report on one jurisdiction, from its check over every instrument.
pub fn report_page(
    corpus: &Corpus,
    j: &Jurisdiction,
    jc: &JurisdictionCheck,
    slug: &str,
) -> ReportPage {
    let findings: Vec<FindingView> = jc
        .findings
        .iter()
        .map(|f| finding_view(corpus, f))
        .collect();
    let distinction = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.topic == Some(Topic::Distinction))
        .map(|(i, _)| i)
        .collect();
    let mut sections: Vec<Section> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if sections.last().is_none_or(|s| s.instrument != f.instrument) {
            sections.push(Section {
                instrument: f.instrument.clone(),
                short: f.instrument_short.clone(),
                anchor: anchor(&["inst", &f.instrument]),
                groups: Vec::new(),
            });
        }
        let s = sections.last_mut().expect("pushed above");
        match s.groups.iter_mut().find(|g| g.article == f.article) {
            Some(g) => g.findings.push(i),
            None => s.groups.push(Group {
                article: f.article.clone(),
                label: article_label(&f.article),
                anchor: anchor(&[&f.instrument, "art", &f.article]),
                findings: vec![i],
                provisions: Vec::new(),
            }),
        }
    }
    for s in &mut sections {
        for g in &mut s.groups {
            let mut seen = BTreeSet::new();
            let cited = g
                .findings
                .iter()
                .flat_map(|i| &findings[*i].provisions)
                .filter(|p| seen.insert(p.as_str()));
            // In the file's order, which is the law's.
            let mut ids: Vec<&String> = cited.collect();
            ids.sort_by_key(|id| j.provisions.iter().position(|p| &p.id.value == *id));
            g.provisions = ids.into_iter().cloned().collect();
        }
    }
    let mut provisions = Ordered::default();
    for p in &j.provisions {
        provisions.push(p.id.value.clone(), provision_view(j, p));
    }
    let beyond: Vec<BeyondView> = check::beyond(j)
        .into_iter()
        .map(|b| BeyondView {
            kind: b.kind,
            kind_label: beyond_kind_label(b.kind),
            offence_label: b.offence.as_deref().and_then(|id| {
                j.offences
                    .iter()
                    .find(|o| o.id.value == id)
                    .and_then(|o| o.label.clone())
            }),
            offence: b.offence,
            field: b.field,
            label: b.label,
            provisions: b.provisions,
            note: b.note,
        })
        .collect();
    let beyond_provisions = j
        .provisions
        .iter()
        .map(|p| &p.id.value)
        .filter(|id| beyond.iter().any(|b| b.provisions.contains(id)))
        .filter(|id| !findings.iter().any(|f| f.provisions.contains(id)))
        .cloned()
        .collect();
    let summaries: Vec<SummaryView> = jc.summaries.iter().map(summary_view).collect();
    ReportPage {
        generated: None,
        nav: None,
        jurisdiction: jurisdiction_view(j, slug),
        laws: j.laws.iter().map(law_view).collect(),
        warnings: Warnings {
            draft: j.encoding.status == crate::model::EncodingStatus::Draft,
            historical: j.historical.is_some(),
            provisional: summaries.iter().any(|s| s.provisional),
            secondary: findings.iter().filter(|f| f.secondary).count(),
            uncertain_law: findings.iter().filter(|f| f.uncertain_law).count(),
        },
        summaries,
        serious: check::serious_first(&jc.findings),
        distinction,
        findings,
        sections,
        provisions,
        beyond,
        beyond_provisions,
        sources: sources(j),
        missed: crate::classify::missed_cases(corpus, j),
        draft: draft_view(corpus, j),
        timeline: Vec::new(),
    }
}

/// The JSON report: the page, with the instruments' quoted texts so that the
/// file stands on its own.
#[derive(Debug, Serialize)]
pub struct ReportJson<'a> {
    pub format: &'static str,
    #[serde(flatten)]
    pub page: &'a ReportPage,
    pub instruments: &'a Ordered<InstrumentView>,
}

// --------------------------------------------------------------- compare --

#[derive(Debug, Clone, Serialize)]
pub struct ComparePage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nav: Option<Nav>,
    pub columns: Vec<ColumnView>,
    pub instruments: Vec<Matrix>,
    /// True when no requirement was chosen: the text view then shows the
    /// trafficking / smuggling distinction checks.
    pub text_default: bool,
    pub text_view: Vec<TextRow>,
}

/// One instrument's requirements by jurisdictions.
#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    pub instrument: String,
    pub short: String,
    pub anchor: String,
    /// One per column; over the whole instrument, whatever rows are shown.
    pub ratings: Vec<RatingCell>,
    pub groups: Vec<MatrixGroup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatingCell {
    pub rating: Rating,
    pub rating_label: &'static str,
    pub provisional: bool,
    pub assessed: usize,
    pub counted: usize,
    pub definition_class: Option<DefinitionClass>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixGroup {
    pub article: String,
    pub label: String,
    pub anchor: String,
    pub rows: Vec<MatrixRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub requirement: String,
    /// The requirement's anchor in a report (after `req-`).
    pub anchor: String,
    pub title: String,
    pub obligation: Obligation,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub status: Status,
    pub mark: &'static str,
    pub verb: Option<Verb>,
    pub secondary: bool,
    pub uncertain_law: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TextRow {
    pub requirement: String,
    pub instrument: String,
    pub instrument_short: String,
    pub article: String,
    pub article_label: String,
    pub title: String,
    pub entries: Vec<TextEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TextEntry {
    /// Index into `columns`.
    pub column: usize,
    pub status: Status,
    pub mark: &'static str,
    pub verb: Option<Verb>,
    pub secondary: bool,
    pub uncertain_law: bool,
    pub lines: Vec<TraceLine>,
    pub provisions: Vec<ProvisionView>,
}

fn rating_cell(s: &InstrumentSummary) -> RatingCell {
    RatingCell {
        rating: s.rating,
        rating_label: s.rating.label(),
        provisional: s.provisional,
        assessed: s.assessed,
        counted: s.counted,
        definition_class: s.definition_class,
    }
}

/// The matrices of the given instruments over the checked jurisdictions,
/// with only the requirements in `only` when it is not empty.
pub fn matrices(
    instruments: &[&Instrument],
    checks: &[JurisdictionCheck],
    only: &[String],
) -> Vec<Matrix> {
    let mut out = Vec::new();
    for inst in instruments {
        let ratings = checks
            .iter()
            .map(|c| {
                c.summaries
                    .iter()
                    .find(|s| s.instrument == inst.id.value)
                    .map(rating_cell)
                    .expect("every jurisdiction is checked against every selected instrument")
            })
            .collect();
        let mut groups: Vec<MatrixGroup> = Vec::new();
        for r in &inst.requirements {
            if !only.is_empty() && !only.contains(&r.id.value) {
                continue;
            }
            let cells = checks
                .iter()
                .map(|c| {
                    let f = c
                        .findings
                        .iter()
                        .find(|f| f.requirement == r.id.value)
                        .expect("every requirement has a finding");
                    Cell {
                        status: f.status,
                        mark: f.status.mark(),
                        verb: f.recommendation.as_ref().map(|r| r.verb),
                        secondary: f.secondary,
                        uncertain_law: f.uncertain_law,
                    }
                })
                .collect();
            let row = MatrixRow {
                requirement: r.id.value.clone(),
                anchor: anchor(&[&r.id.value]),
                title: r.title.clone(),
                obligation: r.obligation,
                cells,
            };
            match groups.iter_mut().find(|g| g.article == r.article) {
                Some(g) => g.rows.push(row),
                None => groups.push(MatrixGroup {
                    article: r.article.clone(),
                    label: article_label(&r.article),
                    anchor: anchor(&[&inst.id.value, "art", &r.article]),
                    rows: vec![row],
                }),
            }
        }
        if !only.is_empty() && groups.is_empty() {
            continue;
        }
        out.push(Matrix {
            instrument: inst.id.value.clone(),
            short: inst.short.clone(),
            anchor: anchor(&["inst", &inst.id.value]),
            ratings,
            groups,
        });
    }
    out
}

pub fn compare_page(
    corpus: &Corpus,
    instruments: &[&Instrument],
    checks: &[JurisdictionCheck],
    only: &[String],
) -> ComparePage {
    let columns = columns(corpus);
    let chosen: Vec<&Requirement> = if only.is_empty() {
        instruments
            .iter()
            .flat_map(|i| &i.requirements)
            .filter(|r| r.topic == Topic::Distinction)
            .collect()
    } else {
        instruments
            .iter()
            .flat_map(|i| &i.requirements)
            .filter(|r| only.contains(&r.id.value))
            .collect()
    };
    let text_view = chosen
        .iter()
        .map(|r| {
            let inst = corpus
                .requirement(&r.id.value)
                .map(|(i, _)| i)
                .expect("a requirement of a loaded instrument");
            let entries = checks
                .iter()
                .enumerate()
                .map(|(n, c)| {
                    let j = &corpus.jurisdictions[n];
                    let f = c
                        .findings
                        .iter()
                        .find(|f| f.requirement == r.id.value)
                        .expect("every requirement has a finding");
                    let mut lines = Vec::new();
                    trace_lines(&f.trace, 0, &mut lines);
                    TextEntry {
                        column: n,
                        status: f.status,
                        mark: f.status.mark(),
                        verb: f.recommendation.as_ref().map(|r| r.verb),
                        secondary: f.secondary,
                        uncertain_law: f.uncertain_law,
                        lines,
                        provisions: f
                            .provisions
                            .iter()
                            .filter_map(|id| j.provision(id))
                            .map(|p| provision_view(j, p))
                            .collect(),
                    }
                })
                .collect();
            TextRow {
                requirement: r.id.value.clone(),
                instrument: inst.id.value.clone(),
                instrument_short: inst.short.clone(),
                article: r.article.clone(),
                article_label: article_label(&r.article),
                title: r.title.clone(),
                entries,
            }
        })
        .collect();
    ComparePage {
        generated: None,
        nav: None,
        columns,
        instruments: matrices(instruments, checks, only),
        text_default: only.is_empty(),
        text_view,
    }
}

#[derive(Debug, Serialize)]
pub struct CompareJson<'a> {
    pub format: &'static str,
    #[serde(flatten)]
    pub page: &'a ComparePage,
    pub requirements: Vec<&'a RequirementView>,
}

// ------------------------------------------------------ instrument pages --

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentPage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nav: Option<Nav>,
    pub instrument: String,
    pub columns: Vec<ColumnView>,
    pub matrix: Matrix,
}

// ------------------------------------------------------------ index page --

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_become_links() {
        assert!(LinkView::new("https://example.org/a").href.is_some());
        assert!(LinkView::new("javascript:alert(1)").href.is_none());
        assert!(
            LinkView::new("https://x.org/\"onmouseover=x")
                .href
                .is_none()
        );
        assert!(LinkView::new("https://x.org/><script>").href.is_none());
        assert!(LinkView::new("https://x.org/a_b?c=d&e#f").href.is_some());
        assert!(LinkView::new("https://x.org/ a").href.is_none());
    }

    #[test]
    fn anchors_are_plain() {
        assert_eq!(anchor(&["tip", "art", "3(a)"]), "tip-art-3-a");
        assert_eq!(
            anchor(&["req", "tip.3a.act.transfer"]),
            "req-tip-3a-act-transfer"
        );
        assert_eq!(anchor(&["<script>"]), "script");
        assert_eq!(article_label("guidance"), "Guidance");
        assert_eq!(article_label("6(1)(b)"), "Art. 6(1)(b)");
    }
}
