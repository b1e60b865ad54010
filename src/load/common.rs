//! Decoding of the shapes shared by instruments and jurisdictions.

use super::decode::{Cx, Decode};
use super::node::{Node, NodeKind};
use crate::diag::Code;
use crate::model::{
    Confidence, English, Fact, Quote, Scope, Sp, TermItem, TermList, TermRef, Text,
};
use crate::msg;

impl Decode for English {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-english")?;
        let text = m.req(cx, "text");
        let kind = m.req(cx, "kind");
        let by = m.opt(cx, "by");
        m.finish(cx);
        Some(English {
            text: text?,
            kind: kind?,
            by,
        })
    }
}

/// Reads the text fields (text, lang, english, source, confidence) from a
/// mapping that may hold other fields too.
pub fn text_fields(m: &mut super::decode::MapReader<'_>, cx: &mut Cx<'_>) -> Option<Text> {
    let bidi: Option<Sp<bool>> = m.opt(cx, "bidi_controls_in_source");
    let text: Option<Sp<String>> = if bidi.as_ref().is_some_and(|b| b.value) {
        cx.bidi_allowed(|cx| m.req(cx, "text"))
    } else {
        m.req(cx, "text")
    };
    if let (Some(b), Some(t)) = (&bidi, &text)
        && b.value
        && crate::diag::bidi_control(&t.value).is_none()
    {
        let message = msg!("diag-bidi-declared-none");
        cx.in_key("bidi_controls_in_source", |cx| {
            cx.error(Code::Inconsistent, b.loc, message)
        });
    }
    let lang: Option<Sp<String>> = m.req(cx, "lang");
    let english = m.opt_checked(cx, "english");
    let source: Option<Sp<String>> = m.req(cx, "source");
    let confidence: Option<Confidence> = m.req(cx, "confidence");
    let mut ok = true;
    if let Some(t) = &text
        && t.value.trim().is_empty()
    {
        cx.in_key("text", |cx| {
            cx.error(Code::BadValue, t.loc, msg!("diag-empty-text"))
        });
        ok = false;
    }
    if let Some(l) = &lang
        && !is_language_code(&l.value)
    {
        let message = msg!("diag-bad-lang", value = &l.value);
        cx.in_key("lang", |cx| cx.error(Code::BadValue, l.loc, message));
        ok = false;
    }
    if let Some(s) = &source {
        // A secondary summary may be known only by the site that carried it;
        // then it is cited as such, never dressed up as a page's URL.
        let secondary = confidence == Some(Confidence::Secondary);
        let message = if !is_url(&s.value) && !secondary {
            Some(msg!("diag-bad-source", value = &s.value))
        } else if is_url(&s.value) && names_only_a_site(&s.value) {
            Some(msg!("diag-source-site-only", value = &s.value))
        } else {
            None
        };
        if let Some(message) = message {
            cx.in_key("source", |cx| cx.error(Code::BadValue, s.loc, message));
            ok = false;
        }
    }
    let text = Text {
        text: text?.value,
        lang: lang?.value,
        english: english?,
        source: source?.value,
        confidence: confidence?,
    };
    ok.then_some(text)
}

pub fn is_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

/// `https://example.org` or `https://example.org/`: a site, not the page a
/// text was read on.
pub fn names_only_a_site(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.trim_end_matches('/').find(['/', '?', '#']).is_none()
}

pub fn is_language_code(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

impl Decode for Quote {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-quotation")?;
        let cite = m.req(cx, "cite");
        let cite_ar = m.arabic_opt(cx, "cite_ar");
        let text = text_fields(&mut m, cx);
        let arabic: Option<Option<Quote>> = m.opt_checked(cx, "arabic");
        m.finish(cx);
        let arabic = arabic?;
        if let Some(a) = &arabic
            && (a.text.lang != "ar" || a.arabic.is_some())
        {
            cx.in_key("arabic", |cx| {
                cx.error(
                    Code::BadValue,
                    n.loc,
                    msg!("diag-arabic-quote", lang = a.text.lang.as_str()),
                )
            });
            return None;
        }
        Some(Quote {
            cite: cite?,
            cite_ar,
            text: text?,
            arabic: arabic.map(Box::new),
        })
    }
}

/// A list of provision ids.
pub type Refs = Vec<Sp<String>>;

impl<T: Decode + Clone> Decode for Fact<T> {
    /// Bare (`true`, `15`) or detailed (`{value, provisions, scope, note}`).
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        if let NodeKind::Map(_) = n.kind {
            let mut m = cx.map(n, "diag-what-fact")?;
            let value = m.req(cx, "value");
            let provisions = m.opt_checked::<Refs>(cx, "provisions");
            let scope = m.opt_checked(cx, "scope");
            let note = m.note(cx);
            // The detailed form is where a fact says where it comes from; one
            // that names no provision is an inference no text states.
            if let Some(p) = &provisions
                && p.as_ref().is_none_or(Vec::is_empty)
            {
                cx.error(
                    Code::MissingField,
                    n.loc,
                    msg!("diag-fact-without-provision"),
                );
            }
            m.finish(cx);
            Some(Fact {
                value: value?,
                provisions: provisions?.unwrap_or_default(),
                scope: scope?.unwrap_or(Scope::Full),
                note,
            })
        } else {
            let value = T::decode(n, cx)?;
            Some(Fact {
                value,
                provisions: Vec::new(),
                scope: Scope::Full,
                note: None,
            })
        }
    }
}

impl Decode for TermItem {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        match &n.kind {
            NodeKind::Str(s) => Some(TermItem {
                term: TermRef::Vocab(Sp {
                    value: s.clone(),
                    loc: n.loc,
                }),
                provisions: Vec::new(),
                scope: Scope::Full,
                note: None,
            }),
            NodeKind::Map(_) => {
                let mut m = cx.map(n, "diag-what-term")?;
                let term: Option<Sp<String>> = m.opt(cx, "term");
                let other: Option<String> = m.opt(cx, "other");
                let provisions = m.opt_checked::<Refs>(cx, "provisions");
                let scope = m.opt_checked(cx, "scope");
                let note = m.note(cx);
                m.finish(cx);
                let term = match (term, other) {
                    (Some(t), None) => TermRef::Vocab(t),
                    (None, Some(o)) => TermRef::Other(o),
                    (Some(_), Some(_)) => {
                        cx.error(Code::BadValue, n.loc, msg!("diag-term-and-other"));
                        return None;
                    }
                    (None, None) => {
                        cx.error(Code::MissingField, n.loc, msg!("diag-term-item-empty"));
                        return None;
                    }
                };
                Some(TermItem {
                    term,
                    provisions: provisions?.unwrap_or_default(),
                    scope: scope?.unwrap_or(Scope::Full),
                    note,
                })
            }
            _ => {
                cx.error(
                    Code::WrongType,
                    n.loc,
                    msg!("diag-term-wrong-type", found = n.kind.describe()),
                );
                None
            }
        }
    }
}

impl Decode for TermList {
    /// A plain list (complete) or `{complete: false, items: [...]}`.
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        match &n.kind {
            NodeKind::Map(_) => {
                let mut m = cx.map(n, "diag-what-term-list")?;
                let examples: Option<Option<bool>> = m.opt_checked(cx, "examples");
                let examples = examples?.unwrap_or(false);
                // Examples are an open list by nature; `complete` may then
                // be left out, and must not say true.
                let complete: Option<bool> = if examples && !m.has("complete") {
                    Some(false)
                } else {
                    m.req(cx, "complete")
                };
                let items = m.req(cx, "items");
                m.finish(cx);
                if examples && complete == Some(true) {
                    cx.error(Code::Inconsistent, n.loc, msg!("diag-examples-complete"));
                    return None;
                }
                Some(TermList {
                    complete: complete?,
                    examples,
                    items: items?,
                })
            }
            _ => Some(TermList {
                complete: true,
                examples: false,
                items: Vec::<TermItem>::decode(n, cx)?,
            }),
        }
    }
}
