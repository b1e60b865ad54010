//! The recommendation of a finding, in English and Arabic: the
//! requirement's own where the law falls short of it, and for a partial
//! finding a wording that says what is missing is the rest of it — a term
//! the law names in part is to be covered in full, not "added".

use super::{Status, Trace};
use crate::i18n::{Lang, catalog};
use crate::model::{Requirement, TermSet, Test, Vocabulary};
use crate::t;

/// The recommendation for a finding on `r` whose test gave `trace`, in
/// English and in Arabic.
pub fn recommendation_text(r: &Requirement, trace: &Trace, vocab: &Vocabulary) -> (String, String) {
    if trace.status != Status::Partial {
        return (r.recommendation.clone(), r.recommendation_ar.clone());
    }
    let words = |lang: Lang| {
        let cat = catalog(lang);
        match partial_term(&r.test, trace) {
            Some(Test::Lists {
                offence,
                field,
                term,
            }) => {
                let set = Test::list_set(&field.value);
                let term = set.and_then(|s| vocab.get(s, &term.value));
                let kind = vocab.get(TermSet::OffenceKinds, &offence.value);
                let (term, kind) = match lang {
                    Lang::En => (
                        term.map_or(String::new(), |t| lower_first(&t.en)),
                        kind.map_or(String::new(), |k| lower_first(&k.en)),
                    ),
                    Lang::Ar => (
                        term.map_or(String::new(), |t| t.ar.clone()),
                        kind.map_or(String::new(), |k| k.ar.clone()),
                    ),
                };
                t!(
                    cat,
                    "recommend-partial-term",
                    term = &term,
                    field = &cat.word("field", &field.value),
                    offence = &kind
                )
            }
            _ => {
                let full = match lang {
                    Lang::En => lower_first(&r.recommendation),
                    Lang::Ar => r.recommendation_ar.clone(),
                };
                t!(cat, "recommend-partial", recommendation = &full)
            }
        }
    };
    (words(Lang::En), words(Lang::Ar))
}

/// The `lists` test, if any, that made the finding partial: a term the law
/// names in part (the test itself, or a part of `all` / `any`).
fn partial_term<'a>(test: &'a Test, trace: &Trace) -> Option<&'a Test> {
    match test {
        Test::Lists { .. } if trace.status == Status::Partial => Some(test),
        Test::All(parts) | Test::Any(parts) => parts
            .iter()
            .zip(&trace.parts)
            .find_map(|(t, tr)| partial_term(t, tr)),
        _ => None,
    }
}

/// "Provide that …" → "provide that …", to follow a colon.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::reason::Reason;
    use crate::load::load_instruments;

    fn leaf(status: Status) -> Trace {
        Trace::leaf(
            Reason::new("reason-measure-silent"),
            status,
            Vec::new(),
            Vec::new(),
        )
    }

    #[test]
    fn a_partial_term_is_to_be_covered_in_full_not_added() {
        let corpus = load_instruments().corpus.expect("instruments load");
        let vocab = &corpus.vocabulary;
        let (_, r) = corpus
            .requirement("tip.3a.act.transfer")
            .expect("requirement");
        let (en, ar) = recommendation_text(r, &leaf(Status::Partial), vocab);
        assert_eq!(
            en,
            "Cover transfer in full among the acts of the offence of trafficking in persons: the law names it, but only in part."
        );
        assert!(ar.contains("تنقيل") && ar.contains("الأفعال"), "{ar}");
        let (en, _) = recommendation_text(r, &leaf(Status::Gap), vocab);
        assert_eq!(en, "Add transfer to the acts of the trafficking offence.");

        // A term in part inside `any`: the part that is partial decides.
        let (_, means) = corpus
            .requirement("tip.3a.means.payments_to_controller")
            .expect("requirement");
        let mut any = leaf(Status::Partial);
        any.parts = vec![leaf(Status::Partial), leaf(Status::Gap)];
        let (en, _) = recommendation_text(means, &any, vocab);
        assert!(en.starts_with("Cover "), "{en}");

        // Anything else in part: the requirement's recommendation, as the rest to do.
        let (_, shelter) = corpus.requirement("tip.6.3a.shelter").expect("requirement");
        let (en, ar) = recommendation_text(shelter, &leaf(Status::Partial), vocab);
        assert_eq!(
            en,
            "The law provides for this only in part; to meet the requirement in full: provide appropriate housing for trafficking victims."
        );
        assert!(ar.ends_with(&shelter.recommendation_ar), "{ar}");
    }
}
