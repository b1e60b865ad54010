//! Plain-text output of the commands. Presentation only.

use crate::check::{DefinitionClass, Finding, JurisdictionCheck, Status, Trace, describe_test};
use crate::model::{Corpus, Instrument, Requirement, TranslationKind};
use std::fmt::Write as _;

pub fn check_report(corpus: &Corpus, results: &[JurisdictionCheck]) -> String {
    let mut s = String::new();
    for (n, r) in results.iter().enumerate() {
        if n > 0 {
            s.push('\n');
        }
        let j = corpus.jurisdictions.iter().find(|j| j.file == r.file);
        let status = j.map_or(String::new(), |j| {
            format!("; encoding {} by {}", j.encoding.status, j.encoding.by)
        });
        let _ = writeln!(
            s,
            "{} {} — as of {} ({}{status})",
            r.code, r.name, r.as_of, r.file
        );
        if let Some(h) = j.and_then(|j| j.historical.as_ref()) {
            let _ = writeln!(
                s,
                "  Earlier version, superseded on {}: {}",
                h.superseded_on,
                h.note.trim()
            );
        }
        if let Some(summary) = j.and_then(|j| super::diff_cmds::draft_summary(corpus, j)) {
            s.push_str(&summary);
        }
        s.push('\n');
        for sum in &r.summaries {
            let c = &sum.counted_status;
            let basis = match sum.basis {
                crate::model::RatingBasis::Mandatory => "mandatory",
                crate::model::RatingBasis::All => "all",
            };
            let rating = if sum.provisional {
                format!("{}*", sum.rating)
            } else {
                sum.rating.to_string()
            };
            let _ = write!(
                s,
                "  {:<18} {:<3} coverage {:>2}/{:<2} ({basis})  met {} · partial {} · gap {} · conflict {} · unknown {}",
                sum.short,
                rating,
                sum.assessed,
                sum.counted,
                c.met,
                c.partial,
                c.gap,
                c.conflict,
                c.unknown
            );
            if let Some(class) = sum.definition_class {
                let word = match class {
                    DefinitionClass::Full => "full",
                    DefinitionClass::Partial => "partial",
                    DefinitionClass::None => "none",
                    DefinitionClass::Unknown => "unknown",
                };
                let _ = write!(s, "  definition: {word}");
            }
            s.push('\n');
        }
        if r.summaries.iter().any(|s| s.provisional) {
            s.push_str(
                "  * provisional: fewer than half of the counted requirements could be assessed\n",
            );
        }
        s.push('\n');
        let mut ordered: Vec<(usize, &Finding)> = r.findings.iter().enumerate().collect();
        ordered.sort_by_key(|(i, f)| {
            (
                f.status.severity(),
                f.recommendation.as_ref().map_or(3, |r| r.verb as u8),
                *i,
            )
        });
        for (_, f) in ordered {
            finding(&mut s, f);
        }
    }
    s
}

fn finding(s: &mut String, f: &Finding) {
    let secondary = if f.uncertain_law {
        if f.secondary {
            "  [rests on a secondary source; on a law whose status is not settled]"
        } else {
            "  [rests on a law whose status is not settled]"
        }
    } else if f.secondary {
        "  [rests on a secondary source]"
    } else {
        ""
    };
    let _ = writeln!(
        s,
        "  {} {:<8} {:<42} {} {} — {} [{}]{secondary}",
        f.status.mark(),
        f.status.to_string(),
        f.requirement,
        instrument_short(&f.instrument),
        article(&f.article),
        f.title,
        f.obligation
    );
    if let Some(r) = &f.recommendation {
        let _ = writeln!(s, "      {}: {}", r.verb, r.text);
    }
    trace(s, &f.trace, 6);
}

fn trace(s: &mut String, t: &Trace, indent: usize) {
    let pad = " ".repeat(indent);
    if t.parts.is_empty() {
        let provs: Vec<&str> = t
            .evidence
            .iter()
            .flat_map(|e| e.provisions.iter().map(String::as_str))
            .collect();
        let cite = if provs.is_empty() {
            String::new()
        } else {
            format!(" [{}]", dedup(&provs).join(", "))
        };
        let _ = writeln!(s, "{pad}{}{cite}", t.detail);
    } else {
        // An `any` that holds is explained by the parts that hold; listing
        // the others (e.g. "no death penalty") would read as a shortfall.
        let holds = matches!(t.status, Status::Met | Status::Partial);
        let parts: Vec<&Trace> = if holds {
            t.deciding_parts().collect()
        } else {
            t.parts.iter().collect()
        };
        for p in parts {
            let _ = writeln!(s, "{pad}{} {}: {}", p.status.mark(), p.status, p.test);
            trace(s, p, indent + 4);
        }
    }
}

fn dedup<'a>(v: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for x in v {
        if !out.contains(x) {
            out.push(x);
        }
    }
    out
}

/// "Art. 3(a)" for article numbers, the bare word for "guidance" and the like.
pub fn article(a: &str) -> String {
    if a.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Art. {a}")
    } else {
        a.to_owned()
    }
}

fn instrument_short(id: &str) -> String {
    id.to_uppercase()
}

pub fn instruments(corpus: &Corpus) -> String {
    let mut s = String::new();
    for i in &corpus.instruments {
        let binding = if i.binding { "binding" } else { "not binding" };
        let _ = writeln!(
            s,
            "{:<8} {} — {} ({binding}; {} requirements; rated over {} requirements)",
            i.id.value,
            i.short,
            i.title,
            i.requirements.len(),
            i.rating_basis
        );
        if let Some(n) = &i.note {
            let _ = writeln!(s, "         {}", n.trim());
        }
    }
    let _ = writeln!(s, "\n{}", crate::check::RATING_RULES);
    s
}

pub fn requirements(instruments: &[&Instrument]) -> String {
    let mut s = String::new();
    for i in instruments {
        let _ = writeln!(s, "{} ({})", i.short, i.id.value);
        for r in &i.requirements {
            let _ = writeln!(
                s,
                "  {:<44} {:<16} {:<12} {:<16} {}",
                r.id.value,
                article(&r.article),
                r.obligation.to_string(),
                r.topic.to_string(),
                r.title
            );
        }
        s.push('\n');
    }
    s
}

pub fn explain(corpus: &Corpus, inst: &Instrument, r: &Requirement) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", r.id.value, r.title);
    let _ = writeln!(s, "Instrument:  {} ({})", inst.title, inst.short);
    let _ = writeln!(s, "Article:     {}", article(&r.article));
    let _ = writeln!(s, "Obligation:  {}", r.obligation);
    let _ = writeln!(s, "Topic:       {}", r.topic);
    for q in &r.quotes {
        let _ = writeln!(s, "\n{} ({}, {}):", q.cite, q.text.lang, q.text.confidence);
        for line in q.text.text.lines() {
            let _ = writeln!(s, "  │ {line}");
        }
        if let Some(e) = &q.text.english {
            let kind = match e.kind {
                TranslationKind::Official => "official translation",
                TranslationKind::Unofficial => "unofficial translation",
                TranslationKind::Encoder => "encoder's own translation",
            };
            let by = e.by.as_deref().map_or(String::new(), |b| format!(", {b}"));
            let _ = writeln!(s, "  English ({kind}{by}):");
            for line in e.text.lines() {
                let _ = writeln!(s, "  │ {line}");
            }
        }
        let _ = writeln!(s, "  Source: {}", q.text.source);
    }
    let _ = writeln!(s, "\nTest: {}", describe_test(&r.test, &corpus.vocabulary));
    let _ = writeln!(s, "If not met: {}", r.recommendation);
    if let Some(n) = &r.note {
        let _ = writeln!(s, "Note: {}", n.trim());
    }
    s
}
