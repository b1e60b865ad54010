//! Decoding of an instrument file and of the test language.

use super::decode::{Cx, Decode};
use super::node::{Node, NodeKind};
use crate::diag::{Code, did_you_mean};
use crate::model::Status;
use crate::model::{ChildRule, Definition, Instrument, PurposesOpen, Requirement, Sp, Test};
use crate::msg;

const TEST_KINDS: &[&str] = &[
    "offence", "lists", "fact", "at_least", "measure", "all", "any",
];

/// The top of an instrument file: `instrument:` and `requirements:`.
pub fn decode_instrument(n: &Node, cx: &mut Cx<'_>, file: &str) -> Option<Instrument> {
    let mut top = cx.map(n, "diag-what-instrument-file")?;
    let head = top.req::<Head>(cx, "instrument");
    let definitions = top.opt_checked::<Vec<Definition>>(cx, "definitions");
    let requirements = top.req::<Vec<Requirement>>(cx, "requirements");
    top.finish(cx);
    let head = head?;
    Some(Instrument {
        id: head.id,
        order: head.order,
        title: head.title,
        title_ar: head.title_ar,
        short: head.short,
        short_ar: head.short_ar,
        adopted: head.adopted,
        source: head.source,
        binding: head.binding,
        rating_basis: head.rating_basis,
        definition_topic: head.definition_topic,
        note: head.note,
        file: file.to_owned(),
        definitions: definitions?.unwrap_or_default(),
        requirements: requirements?,
    })
}

struct Head {
    id: Sp<String>,
    order: f64,
    title: String,
    title_ar: String,
    short: String,
    short_ar: String,
    adopted: Option<crate::model::Date>,
    source: String,
    binding: bool,
    rating_basis: crate::model::RatingBasis,
    definition_topic: Option<crate::model::Topic>,
    note: Option<crate::model::Wording>,
}

impl Decode for Head {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-instrument-header")?;
        let id = m.req(cx, "id");
        let order = m.req(cx, "order");
        let title = m.req(cx, "title");
        let title_ar = m.arabic(cx, "title_ar", "title");
        let short = m.req(cx, "short");
        let short_ar = m.arabic(cx, "short_ar", "short");
        let adopted = m.opt_checked(cx, "adopted");
        let source = m.req(cx, "source");
        let binding = m.req(cx, "binding");
        let rating_basis = m.opt_checked(cx, "rating_basis");
        let definition_topic = m.opt_checked(cx, "definition_topic");
        let note = m.note_both(cx);
        m.finish(cx);
        Some(Head {
            id: id?,
            order: order?,
            title: title?,
            title_ar: title_ar?,
            short: short?,
            short_ar: short_ar?,
            adopted: adopted?,
            source: source?,
            binding: binding?,
            rating_basis: rating_basis?.unwrap_or(crate::model::RatingBasis::Mandatory),
            definition_topic: definition_topic?,
            note,
        })
    }
}

impl Decode for Requirement {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-requirement")?;
        let id = m.req(cx, "id");
        let article = m.req(cx, "article");
        let title = m.req(cx, "title");
        let title_ar = m.arabic(cx, "title_ar", "title");
        let topic = m.req(cx, "topic");
        let obligation = m.req(cx, "obligation");
        let quotes: Option<Vec<crate::model::Quote>> = m.req(cx, "quotes");
        let test = m.req(cx, "test");
        let recommendation = m.req(cx, "recommendation");
        let recommendation_ar = m.arabic(cx, "recommendation_ar", "recommendation");
        let note = m.note_both(cx);
        m.finish(cx);
        if quotes.as_ref().is_some_and(Vec::is_empty) {
            cx.error(Code::MissingField, n.loc, msg!("diag-requirement-no-quote"));
        }
        Some(Requirement {
            id: id?,
            article: article?,
            title: title?,
            title_ar: title_ar?,
            topic: topic?,
            obligation: obligation?,
            quotes: quotes?,
            test: test?,
            recommendation: recommendation?,
            recommendation_ar: recommendation_ar?,
            note,
        })
    }
}

impl Decode for Test {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let NodeKind::Map(entries) = &n.kind else {
            cx.error(
                Code::BadTest,
                n.loc,
                msg!(
                    "diag-test-not-mapping",
                    kinds = TEST_KINDS,
                    found = n.kind.describe()
                ),
            );
            return None;
        };
        let [(k, v)] = entries.as_slice() else {
            cx.error(
                Code::BadTest,
                n.loc,
                msg!("diag-test-one-key", kinds = TEST_KINDS),
            );
            return None;
        };
        let NodeKind::Str(kind) = &k.kind else {
            cx.error(Code::BadTest, k.loc, msg!("diag-test-key-string"));
            return None;
        };
        cx.in_key(kind, |cx| match kind.as_str() {
            "offence" => Some(Test::Offence {
                kind: Sp::<String>::decode(v, cx)?,
            }),
            "measure" => Some(Test::Measure {
                measure: Sp::<String>::decode(v, cx)?,
            }),
            "all" => Some(Test::All(non_empty(Vec::<Test>::decode(v, cx)?, v, cx)?)),
            "any" => Some(Test::Any(non_empty(Vec::<Test>::decode(v, cx)?, v, cx)?)),
            "lists" => {
                let mut m = cx.map(v, "diag-what-lists-test")?;
                let offence = m.req(cx, "offence");
                let field = m.req(cx, "field");
                let term = m.req(cx, "term");
                m.finish(cx);
                Some(Test::Lists {
                    offence: offence?,
                    field: field?,
                    term: term?,
                })
            }
            "fact" => {
                let mut m = cx.map(v, "diag-what-fact-test")?;
                let offence = m.req(cx, "offence");
                let field = m.req(cx, "field");
                let is = m.req(cx, "is");
                let otherwise: Option<Status> = m.req(cx, "else");
                m.finish(cx);
                if let Some(s) = otherwise
                    && !matches!(s, Status::Conflict | Status::Gap)
                {
                    cx.error(
                        Code::BadTest,
                        v.loc,
                        msg!("diag-test-else", value = s.to_string()),
                    );
                    return None;
                }
                Some(Test::Fact {
                    offence: offence?,
                    field: field?,
                    is: is?,
                    otherwise: otherwise?,
                })
            }
            "at_least" => {
                let mut m = cx.map(v, "diag-what-at-least-test")?;
                let offence = m.req(cx, "offence");
                let field = m.req(cx, "field");
                let min = m.req(cx, "min");
                m.finish(cx);
                Some(Test::AtLeast {
                    offence: offence?,
                    field: field?,
                    min: min?,
                })
            }
            other => {
                let help = did_you_mean(other, TEST_KINDS.iter().copied());
                cx.error_help(
                    Code::BadTest,
                    k.loc,
                    msg!("diag-unknown-test", test = other, expected = TEST_KINDS),
                    help,
                );
                None
            }
        })
    }
}

fn non_empty(v: Vec<Test>, n: &Node, cx: &mut Cx<'_>) -> Option<Vec<Test>> {
    if v.is_empty() {
        cx.error(Code::BadTest, n.loc, msg!("diag-test-empty"));
        return None;
    }
    Some(v)
}

impl Decode for ChildRule {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-child-rule")?;
        let under = m.req(cx, "under");
        let means_required = m.req(cx, "means_required");
        m.finish(cx);
        Some(ChildRule {
            under: under?,
            means_required: means_required?,
        })
    }
}

impl Decode for Definition {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-definition")?;
        let id = m.req(cx, "id");
        let crime = m.req(cx, "crime");
        let title = m.req(cx, "title");
        let title_ar = m.arabic(cx, "title_ar", "title");
        let article = m.req(cx, "article");
        let acts = m.opt_checked(cx, "acts");
        let means = m.opt_checked(cx, "means");
        let purposes = m.opt_checked(cx, "purposes");
        let purposes_open = m.opt_checked(cx, "purposes_open");
        let child = m.opt_checked(cx, "child");
        let conduct = m.opt_checked(cx, "conduct");
        let aggravations = m.opt_checked(cx, "aggravations");
        let attempt: Option<Option<String>> = m.opt_checked(cx, "attempt");
        let object_not_liable: Option<Option<String>> = m.opt_checked(cx, "object_not_liable");
        m.finish(cx);
        Some(Definition {
            id: id?,
            crime: crime?,
            title: title?,
            title_ar: title_ar?,
            article: article?,
            acts: acts?.unwrap_or_default(),
            means: means?.unwrap_or_default(),
            purposes: purposes?.unwrap_or_default(),
            purposes_open: purposes_open?.unwrap_or(PurposesOpen::Closed),
            child: child?,
            conduct: conduct?,
            aggravations: aggravations?.unwrap_or_default(),
            attempt: attempt?,
            object_not_liable: object_not_liable?,
        })
    }
}
