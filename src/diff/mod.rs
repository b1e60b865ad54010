//! What changed between two versions of a jurisdiction's law (or between a
//! law and a draft bill): the findings whose status changed, the ratings and
//! coverage per instrument, and the provisions added, removed or reworded.
//! Pure: two models in, one comparison out.

mod removed;
pub use removed::{Removed, RemovedKind};

use crate::check::{self, DefinitionClass, Finding, JurisdictionCheck, Rating, Status, Trace};
use crate::i18n::reason::{Arg, Reason};
use crate::keyword;
use crate::model::{Corpus, Instrument, Jurisdiction, Obligation};
use serde::Serialize;

keyword!(
    /// Which way a finding moved.
    Direction, "direction" { Improved = "improved", Worsened = "worsened", Changed = "changed" }
);

keyword!(ProvisionChangeKind, "provision change" { Added = "added", Removed = "removed", Reworded = "reworded" });

#[derive(Debug, Clone, Serialize)]
pub struct Version {
    pub file: String,
    pub as_of: String,
    /// In force, an earlier version, or a draft (in words when printed).
    pub label: Reason,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatingChange {
    pub instrument: String,
    /// In the page's language (JSON: English, and `short_ar`).
    pub short: crate::model::Wording,
    pub short_ar: String,
    pub before: Rating,
    pub after: Rating,
    pub assessed_before: usize,
    pub assessed_after: usize,
    pub counted: usize,
    pub class_before: Option<DefinitionClass>,
    pub class_after: Option<DefinitionClass>,
}

impl RatingChange {
    pub fn changed(&self) -> bool {
        self.before != self.after
            || self.assessed_before != self.assessed_after
            || self.class_before != self.class_after
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingChange {
    pub requirement: String,
    pub instrument: String,
    pub article: String,
    /// In the page's language (JSON: English, and `title_ar`).
    pub title: crate::model::Wording,
    pub title_ar: String,
    pub obligation: Obligation,
    pub before: Status,
    pub after: Status,
    pub direction: Direction,
    /// Why the status was what it was, in one line (in words when printed).
    pub reason_before: Arg,
    pub reason_after: Arg,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProvisionChange {
    pub kind: ProvisionChangeKind,
    pub id: String,
    pub article: String,
    pub law: String,
    /// The language of the texts (the later one's where both exist).
    pub lang: String,
    /// `rtl` for Arabic, so that reports set the direction.
    pub dir: &'static str,
    pub text_before: Option<String>,
    pub text_after: Option<String>,
}

fn dir_of(lang: &str) -> &'static str {
    if matches!(lang, "ar" | "fa" | "he" | "ur") {
        "rtl"
    } else {
        "ltr"
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    pub code: String,
    pub name: String,
    pub old: Version,
    pub new: Version,
    pub ratings: Vec<RatingChange>,
    pub findings: Vec<FindingChange>,
    pub provisions: Vec<ProvisionChange>,
    /// Terms, notes and entries the new version no longer has.
    pub removed: Vec<Removed>,
}

impl Diff {
    /// Gaps and conflicts that the new version closes: met or partial now.
    pub fn closed(&self) -> impl Iterator<Item = &FindingChange> {
        self.findings
            .iter()
            .filter(|f| is_short(f.before) && is_done(f.after))
    }

    /// Gaps and conflicts that the new version opens where the law was met
    /// or partly met.
    pub fn opened(&self) -> impl Iterator<Item = &FindingChange> {
        self.findings
            .iter()
            .filter(|f| is_done(f.before) && is_short(f.after))
    }
}

fn is_short(s: Status) -> bool {
    matches!(s, Status::Gap | Status::Conflict)
}

fn is_done(s: Status) -> bool {
    matches!(s, Status::Met | Status::Partial)
}

/// A trace in one line, for "the reason" of a status: the detail of a
/// leaf, or each part's status and reason.
pub fn reason(t: &Trace) -> Arg {
    if t.parts.is_empty() {
        return Arg::Steps(t.detail.clone());
    }
    let holds = matches!(t.status, Status::Met | Status::Partial);
    Arg::Steps(
        t.parts
            .iter()
            .filter(|p| !holds || t.kind != "any" || p.status == t.status)
            .map(|p| {
                Reason::new("reason-step")
                    .arg("status", Arg::status(p.status))
                    .arg("reason", reason(p))
            })
            .collect(),
    )
}

fn version(j: &Jurisdiction) -> Version {
    let label = match (&j.historical, &j.draft) {
        (_, Some(d)) => Reason::new("version-label-draft").arg("title", Arg::data(&d.title)),
        (Some(h), None) => Reason::new("version-label-superseded").arg("date", h.superseded_on),
        (None, None) => Reason::new("version-label-in-force"),
    };
    Version {
        file: j.file.clone(),
        as_of: j.as_of.to_string(),
        label,
    }
}

/// Compares two versions. The caller makes sure both are the same
/// jurisdiction (the same code).
pub fn diff(corpus: &Corpus, old: &Jurisdiction, new: &Jurisdiction) -> Diff {
    let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
    let a = check::check_jurisdiction(corpus, old, &instruments);
    let b = check::check_jurisdiction(corpus, new, &instruments);
    Diff {
        code: new.code.value.clone(),
        name: new.name.clone(),
        old: version(old),
        new: version(new),
        ratings: ratings(&a, &b),
        findings: findings(&a.findings, &b.findings),
        provisions: provisions(old, new),
        removed: removed::removed(old, new),
    }
}

fn ratings(a: &JurisdictionCheck, b: &JurisdictionCheck) -> Vec<RatingChange> {
    a.summaries
        .iter()
        .zip(&b.summaries)
        .map(|(x, y)| RatingChange {
            instrument: x.instrument.clone(),
            short: crate::model::Wording::new(&x.short, Some(&x.short_ar)),
            short_ar: x.short_ar.clone(),
            before: x.rating,
            after: y.rating,
            assessed_before: x.assessed,
            assessed_after: y.assessed,
            counted: y.counted,
            class_before: x.definition_class,
            class_after: y.definition_class,
        })
        .collect()
}

fn findings(a: &[Finding], b: &[Finding]) -> Vec<FindingChange> {
    a.iter()
        .zip(b)
        .filter(|(x, y)| x.status != y.status)
        .map(|(x, y)| {
            // Better or worse only when both versions were assessed; to or
            // from unknown, what changed is what is known, not the law.
            let direction = if x.status == Status::Unknown || y.status == Status::Unknown {
                Direction::Changed
            } else if y.status.severity() > x.status.severity() {
                Direction::Improved
            } else {
                Direction::Worsened
            };
            FindingChange {
                requirement: y.requirement.clone(),
                instrument: y.instrument.clone(),
                article: y.article.clone(),
                title: crate::model::Wording::new(&y.title, Some(&y.title_ar)),
                title_ar: y.title_ar.clone(),
                obligation: y.obligation,
                before: x.status,
                after: y.status,
                direction,
                reason_before: reason(&x.trace),
                reason_after: reason(&y.trace),
            }
        })
        .collect()
}

fn provisions(old: &Jurisdiction, new: &Jurisdiction) -> Vec<ProvisionChange> {
    let mut out = Vec::new();
    for p in &old.provisions {
        match new.provision(&p.id.value) {
            None => out.push(ProvisionChange {
                kind: ProvisionChangeKind::Removed,
                id: p.id.value.clone(),
                article: p.article.clone(),
                law: p.law.value.clone(),
                lang: p.text.lang.clone(),
                dir: dir_of(&p.text.lang),
                text_before: Some(p.text.text.clone()),
                text_after: None,
            }),
            Some(q) if q.text.text != p.text.text => out.push(ProvisionChange {
                kind: ProvisionChangeKind::Reworded,
                id: p.id.value.clone(),
                article: q.article.clone(),
                law: q.law.value.clone(),
                lang: q.text.lang.clone(),
                dir: dir_of(&q.text.lang),
                text_before: Some(p.text.text.clone()),
                text_after: Some(q.text.text.clone()),
            }),
            Some(_) => {}
        }
    }
    for q in &new.provisions {
        if old.provision(&q.id.value).is_none() {
            out.push(ProvisionChange {
                kind: ProvisionChangeKind::Added,
                id: q.id.value.clone(),
                article: q.article.clone(),
                law: q.law.value.clone(),
                lang: q.text.lang.clone(),
                dir: dir_of(&q.text.lang),
                text_before: None,
                text_after: Some(q.text.text.clone()),
            });
        }
    }
    out
}
