//! Decoding of vocabulary.yaml.

use super::decode::{Cx, Decode};
use super::node::{Node, NodeKind};
use crate::diag::{Code, did_you_mean};
use crate::model::Keyword;
use crate::model::{BOOL_FIELDS, Sp, Term, TermSet, Vocabulary};
use crate::msg;

impl Decode for Term {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-term")?;
        let id = m.req(cx, "id");
        let en = m.req(cx, "en");
        let ar = m.req(cx, "ar");
        let definition = m.req(cx, "definition");
        let not_an_element: Option<Sp<String>> = m.opt(cx, "not_an_element");
        let informational = m.opt(cx, "informational");
        m.finish(cx);
        if let Some(f) = &not_an_element
            && !(f.value.starts_with("requires.") && BOOL_FIELDS.contains(&f.value.as_str()))
        {
            let help = did_you_mean(
                &f.value,
                BOOL_FIELDS
                    .iter()
                    .copied()
                    .filter(|f| f.starts_with("requires.")),
            );
            cx.in_key("not_an_element", |cx| {
                cx.error_help(
                    Code::UnknownTestField,
                    f.loc,
                    msg!("diag-not-an-element", field = &f.value),
                    help,
                );
            });
            return None;
        }
        Some(Term {
            id: id?,
            en: en?,
            ar: ar?,
            definition: definition?,
            not_an_element,
            informational,
        })
    }
}

impl Decode for Vocabulary {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let NodeKind::Map(entries) = &n.kind else {
            cx.error(Code::WrongType, n.loc, msg!("diag-vocabulary-not-mapping"));
            return None;
        };
        let mut vocab = Vocabulary::default();
        let mut ok = true;
        for (k, v) in entries {
            let key = match &k.kind {
                NodeKind::Str(s) => s.as_str(),
                _ => {
                    cx.error(Code::WrongType, k.loc, msg!("diag-set-names-strings"));
                    ok = false;
                    continue;
                }
            };
            let Some((_, set)) = TermSet::WORDS.iter().find(|(w, _)| *w == key) else {
                let help = did_you_mean(key, TermSet::WORDS.iter().map(|(w, _)| *w));
                cx.error_help(
                    Code::UnknownField,
                    k.loc,
                    msg!("diag-unknown-set", set = key),
                    help,
                );
                ok = false;
                continue;
            };
            match cx.in_key(key, |cx| Vec::<Term>::decode(v, cx)) {
                Some(terms) => vocab.sets.push((*set, terms)),
                None => ok = false,
            }
        }
        for (_, set) in TermSet::WORDS {
            if !vocab.sets.iter().any(|(s, _)| s == set) {
                cx.error(
                    Code::MissingField,
                    n.loc,
                    msg!("diag-missing-set", set = set.to_string()),
                );
                ok = false;
            }
        }
        ok.then_some(vocab)
    }
}
