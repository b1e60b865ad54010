//! The context of the comparison ([`ComparePage`]): rating rows, the matrix
//! of requirements by jurisdiction and the side-by-side texts; also its JSON.

use super::{
    ColumnView, Nav, ProvisionView, RequirementView, TraceLine, anchor, columns, provision_view,
    trace_lines,
};
use crate::check::{DefinitionClass, InstrumentSummary, JurisdictionCheck, Rating, Status, Verb};
use crate::i18n::article_label;
use crate::model::Wording;
use crate::model::{Corpus, Instrument, Obligation, Requirement, Topic};
use serde::Serialize;

pub const COMPARE_FORMAT: &str = "lexgap-compare/1";

#[derive(Debug, Clone, Serialize)]
pub struct ComparePage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nav: Option<Nav>,
    pub columns: Vec<ColumnView>,
    /// One per column: how much of its law was read and how many of its
    /// findings are unknown, so a reader sees why a rating is provisional.
    pub coverage: Vec<super::CoverageCell>,
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
    pub short: Wording,
    pub anchor: String,
    /// One per column; over the whole instrument, whatever rows are shown.
    pub ratings: Vec<RatingCell>,
    pub groups: Vec<MatrixGroup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatingCell {
    pub rating: Rating,
    pub rating_label: &'static str,
    pub assessed: usize,
    pub counted: usize,
    /// The fewest assessed requirements that give a letter.
    pub needed: usize,
    pub definition_class: Option<DefinitionClass>,
    pub definition_assessed: Option<usize>,
    pub definition_counted: Option<usize>,
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
    pub title: Wording,
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
    pub instrument_short: Wording,
    pub article: String,
    pub article_label: String,
    pub title: Wording,
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

pub(super) fn rating_cell(s: &InstrumentSummary) -> RatingCell {
    RatingCell {
        rating: s.rating,
        rating_label: s.rating.label(),
        assessed: s.assessed,
        counted: s.counted,
        needed: s.needed,
        definition_class: s.definition_class,
        definition_assessed: s.definition_assessed,
        definition_counted: s.definition_counted,
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
    // Where each requirement's finding sits in a check (see `finding_at`).
    let mut at = 0;
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
            at += 1;
            if !only.is_empty() && !only.contains(&r.id.value) {
                continue;
            }
            let cells = checks
                .iter()
                .map(|c| {
                    let f = c
                        .finding_at(at - 1, &r.id.value)
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
                title: r.title_w(),
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
            short: inst.short_w(),
            anchor: anchor(&["inst", &inst.id.value]),
            ratings,
            groups,
        });
    }
    out
}

/// The requirements whose national texts the comparison sets side by side
/// (with their traces): those named with `--requirement`, else those that
/// keep trafficking and smuggling apart. The other findings show as cells.
pub fn side_by_side<'a>(instruments: &[&'a Instrument], only: &[String]) -> Vec<&'a Requirement> {
    instruments
        .iter()
        .flat_map(|i| &i.requirements)
        .filter(|r| {
            if only.is_empty() {
                r.topic == Topic::Distinction
            } else {
                only.contains(&r.id.value)
            }
        })
        .collect()
}

pub fn compare_page(
    corpus: &Corpus,
    instruments: &[&Instrument],
    checks: &[JurisdictionCheck],
    only: &[String],
) -> ComparePage {
    let columns = columns(corpus);
    let chosen = side_by_side(instruments, only);
    let text_view = chosen
        .iter()
        .map(|r| {
            let at = instruments
                .iter()
                .flat_map(|i| &i.requirements)
                .position(|x| x.id.value == r.id.value)
                .unwrap_or(0);
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
                        .finding_at(at, &r.id.value)
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
                instrument_short: inst.short_w(),
                article: r.article.clone(),
                article_label: article_label(&r.article),
                title: r.title_w(),
                entries,
            }
        })
        .collect();
    ComparePage {
        generated: None,
        nav: None,
        columns,
        coverage: corpus
            .jurisdictions
            .iter()
            .zip(checks)
            .map(|(j, c)| super::coverage_cell(j, c))
            .collect(),
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
