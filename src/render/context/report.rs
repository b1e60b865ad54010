//! The context of a jurisdiction's report ([`ReportPage`]), also its JSON.

use super::provision::{jurisdiction_name, law_title};
use super::{
    InstrumentView, LinkView, Nav, Ordered, ProvisionView, anchor, dir_of, provision_view,
};
use crate::check::{
    self, BeyondKind, DefinitionClass, Finding, InstrumentSummary, JurisdictionCheck, Rating,
    Status, StatusCounts, Trace, Verb,
};
use crate::i18n::article_label;
use crate::i18n::reason::Arg;
use crate::model::Wording;
use crate::model::{
    Corpus, Date, Jurisdiction, LawStatus, ListField, Obligation, RatingBasis, Topic,
};
use serde::Serialize;
use std::collections::BTreeSet;

pub const REPORT_FORMAT: &str = "lexgap-report/1";

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
    /// The SHA-256 of the files the report was made from
    /// (`SourceMap::digest`), set by the command that loaded them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs_digest: Option<String>,
    /// The annex of texts: every provision a finding or `beyond` cites, in
    /// file order, each printed once; articles and reasons link to it.
    pub annex: Vec<String>,
    pub sources: Vec<SourceView>,
    /// The bundled scenarios that are trafficking or smuggling under the
    /// Protocols and that none of the law's offences reaches.
    pub missed: Vec<crate::classify::MissedCase>,
    /// How many of them the law would miss (every offence that could catch
    /// the case fails), and might miss: the summary names the first and
    /// counts the second.
    pub missed_certain: usize,
    pub missed_possible: usize,
    /// How much of the law was read, and what would settle the unknown
    /// findings (the encoder's worklist).
    pub unknowns: super::UnknownsView,
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
    pub note: Option<Wording>,
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
    /// On an Arabic page, the name in the original language where it is
    /// Arabic.
    pub name: Wording,
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
    pub note: Option<Wording>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoricalView {
    pub superseded_on: Date,
    pub note: Wording,
}

#[derive(Debug, Clone, Serialize)]
pub struct LawView {
    pub id: String,
    /// On an Arabic page, the original title where it is Arabic.
    pub title: Wording,
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
    /// Where only part of the law was read: which part (no absence rests on
    /// such a law).
    pub read_in_part: Option<String>,
    pub sources: Vec<LinkView>,
    pub note: Option<Wording>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    pub what: &'static str,
    pub date: Date,
}

#[derive(Debug, Clone, Serialize)]
pub struct SummaryView {
    pub instrument: String,
    pub short: Wording,
    pub basis: RatingBasis,
    pub rating: Rating,
    pub rating_label: &'static str,
    /// The rule that gave the rating (`check::RATING_RULE`).
    pub rating_rule: &'static str,
    pub assessed: usize,
    pub counted: usize,
    /// The fewest assessed requirements that give a letter.
    pub needed: usize,
    /// assessed / counted, in whole percent (rounded down).
    pub coverage_percent: usize,
    /// Counts over the requirements the rating counts.
    pub counts: StatusCounts,
    /// Counts over every requirement of the instrument.
    pub all: StatusCounts,
    pub definition_class: Option<DefinitionClass>,
    pub definition_label: Option<&'static str>,
    pub definition_assessed: Option<usize>,
    pub definition_counted: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Warnings {
    pub draft: bool,
    pub historical: bool,
    /// An instrument is not rated: too little was assessed for a letter.
    pub not_rated: bool,
    /// Findings resting on a secondary source.
    pub secondary: usize,
    /// Findings resting on a law whose status is not settled, or repealed.
    pub uncertain_law: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub requirement: String,
    pub instrument: String,
    pub instrument_short: Wording,
    pub article: String,
    pub article_label: String,
    /// The anchor of the finding in the full list.
    pub anchor: String,
    pub title: Wording,
    pub obligation: Obligation,
    pub topic: Option<Topic>,
    pub status: Status,
    pub mark: &'static str,
    pub verb: Option<Verb>,
    pub recommendation: Option<Wording>,
    pub secondary: bool,
    pub uncertain_law: bool,
    /// The provisions that decide the status.
    pub provisions: Vec<String>,
    /// The trace, one line per step.
    pub lines: Vec<TraceLine>,
    /// The facts read (e.g. `kw-tip.child.means_required = true`).
    pub facts: Vec<String>,
    /// The encoder's notes on the evidence (Markdown).
    pub notes: Vec<Wording>,
    /// For each note, where the report's list of requirements first gives
    /// it when that is an earlier finding: the full report prints a note
    /// once and refers back to it.
    pub notes_above: Vec<Option<Above>>,
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
    pub short: Wording,
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
    /// For each text the article quotes (`instruments[…].articles[…].quotes`),
    /// the earlier article of the report that already quotes it, if any.
    pub quotes_above: Vec<Option<Above>>,
}

/// Where the report already printed a text: the anchor to link to and what
/// to call it.
#[derive(Debug, Clone, Serialize)]
pub struct Above {
    pub anchor: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BeyondView {
    pub kind: BeyondKind,
    pub kind_label: &'static str,
    pub offence: Option<String>,
    pub offence_label: Option<Wording>,
    pub field: Option<ListField>,
    /// For a kind beyond the vocabulary, the offence's Arabic label on an
    /// Arabic page, where the encoding gives one.
    pub label: Wording,
    pub provisions: Vec<String>,
    pub note: Option<Wording>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub link: LinkView,
    /// What was taken from it: law ids and provision ids.
    pub used_for: Vec<String>,
}

pub(super) fn law_status_label(s: LawStatus) -> &'static str {
    match s {
        LawStatus::InForce => "in force",
        LawStatus::Repealed => "repealed",
        LawStatus::Amended => "in force as amended",
        LawStatus::Unknown => "status not settled by the sources",
        LawStatus::Bill => "draft bill, not in force",
    }
}

pub(super) fn beyond_kind_label(k: BeyondKind) -> &'static str {
    match k {
        BeyondKind::OffenceKind => "an offence of a kind the instruments do not name",
        BeyondKind::Term => "a term outside the instruments' vocabulary",
        BeyondKind::Note => "noted by the encoder",
        BeyondKind::Unasked => "a term of the vocabulary that no requirement asks for",
    }
}

/// The language of the original texts: the first provision not in English.
pub(super) fn original_lang(j: &Jurisdiction) -> Option<String> {
    j.provisions
        .iter()
        .map(|p| p.text.lang.as_str())
        .find(|l| *l != "en")
        .map(str::to_owned)
}

pub fn jurisdiction_view(j: &Jurisdiction, slug: &str) -> JurisdictionView {
    let lang = original_lang(j);
    JurisdictionView {
        code: j.code.value.clone(),
        name: jurisdiction_name(j),
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
        short: Wording::new(&s.short, Some(&s.short_ar)),
        basis: s.basis,
        rating: s.rating,
        rating_label: s.rating.label(),
        rating_rule: s.rating_rule,
        assessed: s.assessed,
        counted: s.counted,
        needed: s.needed,
        coverage_percent: (s.assessed * 100).checked_div(s.counted).unwrap_or(0),
        counts: s.counted_status,
        all: s.all_status,
        definition_class: s.definition_class,
        definition_label: s.definition_class.map(DefinitionClass::label),
        definition_assessed: s.definition_assessed,
        definition_counted: s.definition_counted,
    }
}

pub(super) fn trace_lines(t: &Trace, depth: usize, out: &mut Vec<TraceLine>) {
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
        for p in t.shown_parts() {
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
    let short = corpus.instrument(&f.instrument).map_or_else(
        || Wording::new(&f.instrument, None),
        crate::model::Instrument::short_w,
    );
    let mut lines = Vec::new();
    trace_lines(&f.trace, 0, &mut lines);
    let mut facts = Vec::new();
    let mut notes: Vec<Wording> = Vec::new();
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
        title: Wording::new(&f.title, Some(&f.title_ar)),
        obligation: f.obligation,
        topic,
        status: f.status,
        mark: f.status.mark(),
        verb: f.recommendation.as_ref().map(|r| r.verb),
        recommendation: f
            .recommendation
            .as_ref()
            .map(|r| Wording::new(&r.text, Some(&r.text_ar))),
        secondary: f.secondary,
        uncertain_law: f.uncertain_law,
        provisions: f.provisions.clone(),
        lines,
        facts,
        notes_above: vec![None; notes.len()],
        notes,
    }
}

pub(super) fn law_view(l: &crate::model::Law) -> LawView {
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
        title: law_title(l),
        title_original: l.title_original.clone(),
        number: l.number.clone(),
        status: l.status,
        status_label: law_status_label(l.status),
        unsettled: l.status == LawStatus::Unknown,
        dates,
        repealed_by: l.repealed_by.clone(),
        repealed_on: l.repealed_on,
        amended_by: l.amended_by.clone(),
        read_in_part: l.read_in_part.clone(),
        sources: l.sources.iter().map(|s| LinkView::new(s)).collect(),
        note: l.note.clone(),
    }
}

pub(super) fn sources(j: &Jurisdiction) -> Vec<SourceView> {
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
/// `kinds`: what the corpus's scenarios are under the Protocols, found once
/// for every report ([`ScenarioKinds::of`](crate::classify::ScenarioKinds::of)).
pub fn report_page(
    corpus: &Corpus,
    j: &Jurisdiction,
    jc: &JurisdictionCheck,
    slug: &str,
    kinds: &crate::classify::ScenarioKinds,
) -> ReportPage {
    let mut findings: Vec<FindingView> = jc
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
                quotes_above: Vec::new(),
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
    print_once(corpus, &mut sections, &mut findings);
    let mut provisions = Ordered::default();
    for p in &j.provisions {
        provisions.push(p.id.value.clone(), provision_view(j, p));
    }
    let beyond: Vec<BeyondView> = check::beyond(j, &corpus.vocabulary)
        .into_iter()
        .map(|b| {
            // The encoder's label; in Arabic its label_ar, else the Arabic
            // name of its kind.
            let offence_label = b.offence.as_deref().and_then(|id| {
                let o = j.offences.iter().find(|o| o.id.value == id)?;
                let mut label = o.label.clone()?;
                if let (None, crate::model::KindRef::Vocab(kind)) = (&label.ar, &o.kind) {
                    label.ar = corpus
                        .vocabulary
                        .get(crate::model::TermSet::OffenceKinds, &kind.value)
                        .map(|t| t.ar.clone());
                }
                Some(label)
            });
            let label_ar = match b.kind {
                BeyondKind::OffenceKind => offence_label.as_ref().and_then(|l| l.ar.as_deref()),
                _ => None,
            };
            // A vocabulary term goes by its labels, not its id.
            let set = b.field.map_or(crate::model::TermSet::Measures, |f| f.set());
            let label = match corpus.vocabulary.get(set, &b.label) {
                Some(t) if b.kind == BeyondKind::Unasked => Wording::new(&t.en, Some(&t.ar)),
                _ => Wording::new(&b.label, label_ar),
            };
            BeyondView {
                kind: b.kind,
                kind_label: beyond_kind_label(b.kind),
                label,
                offence_label,
                offence: b.offence,
                field: b.field,
                provisions: b.provisions,
                note: b.note,
            }
        })
        .collect();
    let cited_by_finding = |id: &String| findings.iter().any(|f| f.provisions.contains(id));
    let cited_beyond = |id: &String| beyond.iter().any(|b| b.provisions.contains(id));
    let beyond_provisions = j
        .provisions
        .iter()
        .map(|p| &p.id.value)
        .filter(|id| cited_beyond(id) && !cited_by_finding(id))
        .cloned()
        .collect();
    let annex = j
        .provisions
        .iter()
        .map(|p| &p.id.value)
        .filter(|id| cited_beyond(id) || cited_by_finding(id))
        .cloned()
        .collect();
    let summaries: Vec<SummaryView> = jc.summaries.iter().map(summary_view).collect();
    let missed = crate::classify::missed_cases(corpus, kinds, j);
    ReportPage {
        generated: None,
        nav: None,
        jurisdiction: jurisdiction_view(j, slug),
        laws: j.laws.iter().map(law_view).collect(),
        warnings: Warnings {
            draft: j.encoding.status == crate::model::EncodingStatus::Draft,
            historical: j.historical.is_some(),
            not_rated: summaries.iter().any(|s| s.rating == Rating::NotRated),
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
        annex,
        inputs_digest: None,
        sources: sources(j),
        missed_certain: missed.iter().filter(|m| m.certain).count(),
        missed_possible: missed.iter().filter(|m| !m.certain).count(),
        missed,
        unknowns: super::unknowns_view(corpus, j, jc),
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

/// The full report prints an instrument's text and an encoder's note once:
/// where the list of requirements meets one again, it refers to the first.
fn print_once(corpus: &Corpus, sections: &mut [Section], findings: &mut [FindingView]) {
    let mut quoted: Vec<(&str, &str, &str, Above)> = Vec::new();
    let mut noted: Vec<(Wording, Above)> = Vec::new();
    for s in sections.iter_mut() {
        let Some(inst) = corpus
            .instruments
            .iter()
            .find(|i| i.id.value == s.instrument)
        else {
            continue;
        };
        for g in &mut s.groups {
            let here = Above {
                anchor: g.anchor.clone(),
                label: format!("{} {}", s.short.en, g.label),
            };
            g.quotes_above = super::shared::article_quotes(inst, &g.article)
                .into_iter()
                .map(|q| {
                    let key = (
                        inst.id.value.as_str(),
                        q.cite.as_str(),
                        q.text.text.as_str(),
                    );
                    match quoted.iter().find(|(i, c, t, _)| (*i, *c, *t) == key) {
                        Some((.., first)) => Some(first.clone()),
                        None => {
                            quoted.push((key.0, key.1, key.2, here.clone()));
                            None
                        }
                    }
                })
                .collect();
            for &i in &g.findings {
                let f = &mut findings[i];
                let here = Above {
                    anchor: f.anchor.clone(),
                    label: f.requirement.clone(),
                };
                f.notes_above = f
                    .notes
                    .iter()
                    .map(|n| match noted.iter().find(|(m, _)| m == n) {
                        Some((_, first)) => Some(first.clone()),
                        None => {
                            noted.push((n.clone(), here.clone()));
                            None
                        }
                    })
                    .collect();
            }
        }
    }
}
