//! Decoding of scenario files (docs/FORMAT.md, "Scenario file").

use super::decode::{Cx, Decode};
use super::node::{Node, NodeKind};
use crate::diag::{Code, Message};
use crate::model::Keyword;
use crate::model::{
    Age, Expected, ExpectedJurisdiction, ExpectedOffence, Facts, Purpose, Scenario, Sp, Standing,
    Verdict,
};
use crate::msg;

/// A scenario file is a map whose first concern is `scenario:`.
pub fn is_scenario(n: &Node) -> bool {
    n.get("scenario").is_some()
}

pub fn decode_scenario(n: &Node, cx: &mut Cx<'_>, file: &str) -> Option<Scenario> {
    let mut m = cx.map(n, "diag-what-scenario-file")?;
    let head: Option<Head> = m.req(cx, "scenario");
    let facts = m.req(cx, "facts");
    let expected = m.opt_checked(cx, "expected");
    m.finish(cx);
    let head = head?;
    Some(Scenario {
        file: file.to_owned(),
        id: head.id,
        title: head.title,
        title_ar: head.title_ar,
        story: head.story,
        source: head.source,
        facts: facts?,
        expected: expected.flatten(),
    })
}

struct Head {
    id: Sp<String>,
    title: String,
    title_ar: Option<String>,
    story: String,
    source: Option<String>,
}

impl Decode for Head {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-scenario-header")?;
        let id = m.req(cx, "id");
        let title = m.req(cx, "title");
        let title_ar = m.arabic_opt(cx, "title_ar");
        let story = m.req(cx, "story");
        let source = m.opt(cx, "source");
        m.finish(cx);
        Some(Head {
            id: id?,
            title: title?,
            title_ar,
            story: story?,
            source,
        })
    }
}

impl Decode for Age {
    /// A number of years, or `adult` / `child` when only that is known.
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        match &n.kind {
            NodeKind::Str(s) if s == "adult" => Some(Age::Adult),
            NodeKind::Str(s) if s == "child" => Some(Age::Child),
            NodeKind::Int(_) | NodeKind::Float(_) => {
                let y = f64::decode(n, cx)?;
                if (0.0..=120.0).contains(&y) {
                    Some(Age::Years(y))
                } else {
                    cx.error(
                        Code::BadValue,
                        n.loc,
                        msg!("diag-implausible-age", age = y.to_string()),
                    );
                    None
                }
            }
            _ => {
                cx.error(Code::BadValue, n.loc, msg!("diag-age-form"));
                None
            }
        }
    }
}

impl Decode for Purpose {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        match &n.kind {
            NodeKind::Map(_) => {
                let mut m = cx.map(n, "diag-what-purpose")?;
                let other = m.req(cx, "other");
                m.finish(cx);
                Some(Purpose::Other(other?))
            }
            _ => Sp::<String>::decode(n, cx).map(Purpose::Vocab),
        }
    }
}

impl Decode for Facts {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-facts")?;
        let acts = m.req(cx, "acts");
        let means = m.req(cx, "means");
        let purposes = m.req(cx, "purposes");
        let age = m.opt_checked(cx, "age");
        let border = m.req(cx, "border");
        let benefit = m.req(cx, "benefit");
        let standing: Option<Option<Standing>> = m.opt_checked(cx, "standing");
        let stated = standing.flatten();
        // A standing settles nationality; `national_of_destination` may then
        // be left out, and must not say otherwise.
        let implied = stated.map(|s| matches!(s, Standing::National | Standing::PermanentResident));
        let national_of_destination: Option<bool> = match implied {
            Some(v) if !m.has("national_of_destination") => Some(v),
            _ => m.req(cx, "national_of_destination"),
        };
        if let (Some(s), Some(i), Some(nat)) = (stated, implied, national_of_destination)
            && i != nat
        {
            cx.error(
                Code::Inconsistent,
                n.loc,
                msg!(
                    "diag-standing-contradicts",
                    standing = s.as_str(),
                    national = nat.to_string()
                ),
            );
        }
        let enabling_illegal_stay = m.opt_checked(cx, "enabling_illegal_stay");
        let organized_group = m.opt_checked(cx, "organized_group");
        let documents = m.opt_checked(cx, "documents");
        let attempt = m.opt_checked(cx, "attempt");
        let liability = m.opt_checked(cx, "liability");
        let aggravations = m.opt_checked(cx, "aggravations");
        m.finish(cx);
        // A field in error is replaced by a neutral value so that the terms of
        // the other fields are still checked; the errors are recorded, so the
        // scenario is never used.
        Some(Facts {
            acts: acts.unwrap_or_default(),
            means: means.unwrap_or_default(),
            purposes: purposes.unwrap_or_default(),
            age: age.flatten(),
            border: border.unwrap_or(crate::model::Border::None),
            benefit: benefit.unwrap_or(crate::model::Benefit::None),
            national_of_destination: national_of_destination.unwrap_or(false),
            standing: stated,
            enabling_illegal_stay: enabling_illegal_stay.flatten().unwrap_or(false),
            organized_group: organized_group.flatten().unwrap_or(false),
            documents: documents.flatten().unwrap_or_default(),
            attempt: attempt.flatten().unwrap_or(false),
            liability: liability
                .flatten()
                .unwrap_or(crate::model::Liability::Facilitator),
            aggravations: aggravations.flatten().unwrap_or_default(),
        })
    }
}

fn verdict(n: &Node, cx: &mut Cx<'_>) -> Option<Verdict> {
    match &n.kind {
        NodeKind::Bool(true) => Some(Verdict::Yes),
        NodeKind::Bool(false) => Some(Verdict::No),
        NodeKind::Str(s) if s == "unknown" => Some(Verdict::Unknown),
        _ => {
            cx.error(Code::BadValue, n.loc, msg!("diag-expected-answer"));
            None
        }
    }
}

/// A mapping of ids to verdicts, keeping each key's position.
/// `message` is the error for a node that is not a mapping.
fn verdicts(
    n: &Node,
    cx: &mut Cx<'_>,
    message: &'static str,
) -> Option<Vec<(Sp<String>, Verdict)>> {
    let NodeKind::Map(entries) = &n.kind else {
        cx.error(Code::WrongType, n.loc, Message::new(message));
        return None;
    };
    let mut out = Vec::new();
    let mut ok = true;
    for (k, v) in entries {
        let Some(key) = Sp::<String>::decode(k, cx) else {
            ok = false;
            continue;
        };
        match cx.in_key(&key.value.clone(), |cx| verdict(v, cx)) {
            Some(verdict) => out.push((key, verdict)),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

impl Decode for Expected {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-expected")?;
        let defs: Option<Option<Raw>> = m.opt_checked(cx, "definitions");
        let juris: Option<Option<Raw>> = m.opt_checked(cx, "jurisdictions");
        m.finish(cx);
        let definitions = match defs? {
            Some(r) => cx.in_key("definitions", |cx| {
                verdicts(&r.0, cx, "diag-verdicts-definitions")
            })?,
            None => Vec::new(),
        };
        let mut jurisdictions = Vec::new();
        if let Some(r) = juris? {
            let NodeKind::Map(entries) = &r.0.kind else {
                cx.error(
                    Code::WrongType,
                    r.0.loc,
                    msg!("diag-expected-jurisdictions"),
                );
                return None;
            };
            for (k, v) in entries {
                let code = Sp::<String>::decode(k, cx)?;
                let offences = cx.in_key("jurisdictions", |cx| {
                    cx.in_key(&code.value.clone(), |cx| {
                        verdicts(v, cx, "diag-verdicts-offences")
                    })
                })?;
                jurisdictions.push(ExpectedJurisdiction {
                    code,
                    offences: offences
                        .into_iter()
                        .map(|(offence, verdict)| ExpectedOffence { offence, verdict })
                        .collect(),
                });
            }
        }
        Some(Expected {
            definitions,
            jurisdictions,
        })
    }
}

/// A node kept as it is, decoded later by hand.
struct Raw(Node);

impl Decode for Raw {
    fn decode(n: &Node, _cx: &mut Cx<'_>) -> Option<Self> {
        Some(Raw(n.clone()))
    }
}
