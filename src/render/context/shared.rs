//! What every page shares: the instruments with their quoted texts by
//! article, the vocabulary and the legends ([`Shared`], once in Tera's global
//! context), and the small views and helpers the pages use.

use super::Ordered;
use crate::check::{self, Rating, Status, Verb};
use crate::i18n::{Lang, article_label, catalog};
use crate::model::Wording;
use crate::model::{
    Confidence, Corpus, Date, English, Instrument, Obligation, Quote, RatingBasis, Requirement,
    Text, Topic,
};
use serde::Serialize;

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
    pub short: Wording,
    pub title: Wording,
    pub source: LinkView,
    pub binding: bool,
    pub basis: RatingBasis,
    pub adopted: Option<Date>,
    pub note: Option<Wording>,
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
    pub title: Wording,
    pub topic: Topic,
    pub obligation: Obligation,
    pub recommendation: Wording,
    pub note: Option<Wording>,
    /// The test in words.
    pub test: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteView {
    pub cite: Wording,
    #[serde(flatten)]
    pub text: TextView,
    /// The same provision in a published Arabic text, for Arabic pages.
    pub arabic: Option<Box<QuoteView>>,
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
pub(super) fn dir_of(lang: &str) -> &'static str {
    match lang {
        "ar" | "fa" | "he" | "ur" | "ps" | "yi" | "dv" | "ug" | "ckb" | "sd" => "rtl",
        _ => "ltr",
    }
}

pub(super) fn text_view(t: &Text) -> TextView {
    TextView {
        // A text keeps a directional override only where its source holds
        // one (`bidi_controls_in_source`); shown raw, it would reorder the
        // words around it, so the page shows where it stands instead.
        text: crate::diag::visible(&t.text),
        lang: t.lang.clone(),
        dir: dir_of(&t.lang),
        english: t.english.as_ref().map(english_view),
        source: LinkView::new(&t.source),
        confidence: t.confidence,
        secondary: t.is_secondary(),
    }
}

pub(super) fn english_view(e: &English) -> EnglishView {
    EnglishView {
        text: e.text.clone(),
        kind: e.kind,
        kind_label: check::translation_label(e.kind),
        by: e.by.clone(),
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

    /// The shared data for pages in `lang`: the requirements' tests in words
    /// in that language, facts said in words (the JSON outputs keep the
    /// English of [`Shared::new`], with the fields).
    pub fn localized(&self, corpus: &Corpus, lang: Lang) -> Shared {
        let mut s = self.clone();
        let cat = catalog(lang);
        for (_, inst) in &mut s.instruments.0 {
            for (id, r) in &mut inst.requirements.0 {
                if let Some((_, req)) = corpus.requirement(id) {
                    r.test = check::describe_test_for_page(cat, &req.test, &corpus.vocabulary);
                }
            }
        }
        s
    }
}

/// The texts an article of an instrument quotes: those of its requirements,
/// each once, in the order of the requirements.
pub(super) fn article_quotes<'i>(i: &'i Instrument, article: &str) -> Vec<&'i Quote> {
    let mut quotes: Vec<&Quote> = Vec::new();
    for q in i
        .requirements
        .iter()
        .filter(|r| r.article == article)
        .flat_map(|r| &r.quotes)
    {
        if !quotes
            .iter()
            .any(|x| x.cite == q.cite && x.text.text == q.text.text)
        {
            quotes.push(q);
        }
    }
    quotes
}

pub(super) fn instrument_view(corpus: &Corpus, i: &Instrument) -> InstrumentView {
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
        requirements.push(r.id.value.clone(), requirement_view(corpus, r));
    }
    for (article, a) in &mut articles.0 {
        a.quotes = article_quotes(i, article)
            .into_iter()
            .map(quote_view)
            .collect();
    }
    InstrumentView {
        id: i.id.value.clone(),
        slug: anchor(&[&i.id.value]),
        short: i.short_w(),
        title: i.title_w(),
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

pub(super) fn quote_view(q: &Quote) -> QuoteView {
    QuoteView {
        cite: Wording::new(&q.cite, q.cite_ar.as_deref()),
        text: text_view(&q.text),
        arabic: q.arabic.as_deref().map(|a| Box::new(quote_view(a))),
    }
}

pub(super) fn requirement_view(corpus: &Corpus, r: &Requirement) -> RequirementView {
    RequirementView {
        id: r.id.value.clone(),
        article: r.article.clone(),
        title: r.title_w(),
        topic: r.topic,
        obligation: r.obligation,
        recommendation: r.recommendation_w(),
        note: r.note.clone(),
        test: check::describe_test(&r.test, &corpus.vocabulary),
    }
}
