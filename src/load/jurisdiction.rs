//! Decoding of a jurisdiction file (docs/FORMAT.md, "Jurisdiction file").

use super::common::{Refs, is_language_code, text_fields};
use super::decode::{Cx, Decode, Lenient};
use super::node::{Node, NodeKind};
use crate::diag::Code;
use crate::model::Wording;
use crate::model::{
    Beyond, Child, Encoding, Historical, Jurisdiction, KindRef, Law, LawDates, Measure,
    NotProvided, Offence, Penalty, Provision, Requires, Scope, Sp, Translation,
};
use crate::msg;

/// What could not be decoded in a file that has errors: validation skips the
/// checks that would only repeat them (a reference into a list with a bad
/// item may point at that item).
#[derive(Debug, Default)]
pub struct Damage {
    pub laws: bool,
    pub provisions: bool,
    /// Some citing list (offences, measures, beyond) lost items.
    pub citations: bool,
}

/// Decodes as much of a jurisdiction file as can be decoded. The result is
/// only used as a corpus when the file produced no error.
pub fn decode_jurisdiction(
    n: &Node,
    cx: &mut Cx<'_>,
    file: &str,
) -> Option<(Jurisdiction, Damage)> {
    let mut m = cx.map(n, "diag-what-jurisdiction-file")?;
    let head: Option<Head> = m.req(cx, "jurisdiction");
    let as_of = m.req(cx, "as_of");
    let encoding = m.req(cx, "encoding");
    let historical = m.opt_checked(cx, "historical");
    let laws: Option<Lenient<Law>> = m.req(cx, "laws");
    let provisions: Option<Option<Lenient<Provision>>> = m.opt_checked(cx, "provisions");
    let offences: Option<Option<Lenient<Offence>>> = m.opt_checked(cx, "offences");
    let measures: Option<Option<Lenient<Measure>>> = m.opt_checked(cx, "measures");
    let not_provided: Option<Option<Lenient<NotProvided>>> = m.opt_checked(cx, "not_provided");
    let beyond: Option<Option<Lenient<Beyond>>> = m.opt_checked(cx, "beyond");
    m.finish(cx);

    fn take<T>(l: Option<Option<Lenient<T>>>, damaged: &mut bool) -> Vec<T> {
        match l {
            Some(Some(l)) => {
                *damaged |= !l.complete;
                l.items
            }
            Some(None) => Vec::new(),
            None => {
                *damaged = true;
                Vec::new()
            }
        }
    }
    let mut damage = Damage::default();
    let laws = take(Some(laws), &mut damage.laws);
    let provisions = take(provisions, &mut damage.provisions);
    let offences = take(offences, &mut damage.citations);
    let measures = take(measures, &mut damage.citations);
    let not_provided = take(not_provided, &mut damage.citations);
    let beyond = take(beyond, &mut damage.citations);
    let head = head.unwrap_or_else(|| Head {
        code: Sp {
            value: String::new(),
            loc: n.loc,
        },
        name: String::new(),
        name_original: None,
    });
    let j = Jurisdiction {
        file: file.to_owned(),
        code: head.code,
        name: head.name,
        name_original: head.name_original,
        as_of: as_of.unwrap_or(crate::model::Date {
            year: 1000,
            month: 1,
            day: 1,
        }),
        encoding: encoding.unwrap_or(Encoding {
            status: crate::model::EncodingStatus::Draft,
            by: String::new(),
            note: None,
        }),
        historical: historical.flatten(),
        draft: None,
        laws,
        provisions,
        offences,
        measures,
        not_provided,
        beyond,
    };
    Some((j, damage))
}

struct Head {
    code: Sp<String>,
    name: String,
    name_original: Option<String>,
}

impl Decode for Head {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-jurisdiction")?;
        let code = m.req(cx, "code");
        let name = m.req(cx, "name");
        let name_original = m.opt(cx, "name_original");
        m.finish(cx);
        Some(Head {
            code: code?,
            name: name?,
            name_original,
        })
    }
}

impl Decode for Encoding {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-encoding")?;
        let status = m.req(cx, "status");
        let by = m.req(cx, "by");
        let note = m.note(cx);
        m.finish(cx);
        Some(Encoding {
            status: status?,
            by: by?,
            note,
        })
    }
}

impl Decode for Historical {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-historical")?;
        let superseded_on = m.req(cx, "superseded_on");
        let note = m.note_req(cx);
        m.finish(cx);
        Some(Historical {
            superseded_on: superseded_on?,
            note: note?,
        })
    }
}

impl Decode for LawDates {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-law-dates")?;
        let adopted = m.opt_checked(cx, "adopted");
        let issued = m.opt_checked(cx, "issued");
        let published = m.opt_checked(cx, "published");
        let in_force = m.opt_checked(cx, "in_force");
        m.finish(cx);
        Some(LawDates {
            adopted: adopted?,
            issued: issued?,
            published: published?,
            in_force: in_force?,
        })
    }
}

impl Decode for Law {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-law")?;
        let id = m.req(cx, "id");
        let title = m.req(cx, "title");
        let title_original = m.opt(cx, "title_original");
        let language: Option<Sp<String>> = m.opt(cx, "language");
        let language = language.filter(|l| {
            let ok = is_language_code(&l.value);
            if !ok {
                let message = msg!("diag-bad-lang", value = &l.value);
                cx.in_key("language", |cx| cx.error(Code::BadValue, l.loc, message));
            }
            ok
        });
        let number = m.opt(cx, "number");
        let dates = m.opt_checked(cx, "dates");
        let status = m.req(cx, "status");
        let repealed_by = m.opt(cx, "repealed_by");
        let repealed_on = m.opt_checked(cx, "repealed_on");
        let amended_by = m.opt_checked(cx, "amended_by");
        let sources: Option<Vec<String>> = m.req(cx, "sources");
        let read_in_part = m.opt(cx, "read_in_part");
        let note = m.note(cx);
        m.finish(cx);
        Some(Law {
            id: id?,
            title: title?,
            title_original,
            language,
            number,
            dates: dates?.unwrap_or_default(),
            status: status?,
            repealed_by,
            repealed_on: repealed_on?,
            amended_by: amended_by?.unwrap_or_default(),
            sources: sources?,
            read_in_part,
            note,
        })
    }
}

impl Decode for Provision {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-provision")?;
        let id = m.req(cx, "id");
        let law = m.req(cx, "law");
        let article: Option<Sp<String>> = m.opt(cx, "article");
        let title = m.wording(cx, "title", "title_ar");
        let text = text_fields(&mut m, cx);
        let translation = m.opt_checked(cx, "translation");
        let note = m.note(cx);
        m.finish(cx);
        // Only a secondary summary may name no article: the law's own words
        // always stand somewhere in it.
        let article = match (article, &text) {
            (Some(a), _) if a.value.trim() == "?" => {
                cx.in_key("article", |cx| {
                    cx.error(Code::BadValue, a.loc, msg!("diag-article-question"));
                });
                None
            }
            (Some(a), _) => Some(a.value),
            (None, Some(t)) if !t.is_secondary() => {
                cx.error(Code::MissingField, n.loc, msg!("diag-article-required"));
                None
            }
            (None, _) => Some(String::new()),
        };
        Some(Provision {
            id: id?,
            law: law?,
            article: article?,
            title,
            text: text?,
            translation: translation?,
            note,
        })
    }
}

impl Decode for Translation {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-translation")?;
        let kind = m.req(cx, "kind");
        let by: Option<String> = m.req(cx, "by");
        let by_ar = m.arabic_opt(cx, "by_ar");
        m.finish(cx);
        Some(Translation {
            kind: kind?,
            by: Wording::new(&by?, by_ar.as_deref()),
        })
    }
}

impl Decode for KindRef {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        match &n.kind {
            NodeKind::Map(_) => {
                let mut m = cx.map(n, "diag-what-offence-kind")?;
                let other = m.req(cx, "other");
                m.finish(cx);
                Some(KindRef::Other(other?))
            }
            _ => Sp::<String>::decode(n, cx).map(KindRef::Vocab),
        }
    }
}

impl Decode for Child {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-child-rules")?;
        let age = m.opt_checked(cx, "age");
        let means_required = m.opt_checked(cx, "means_required");
        m.finish(cx);
        Some(Child {
            age: age?,
            means_required: means_required?,
        })
    }
}

impl Decode for Requires {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-requires")?;
        let means = m.opt_checked(cx, "means");
        let border_crossing = m.opt_checked(cx, "border_crossing");
        let transnationality = m.opt_checked(cx, "transnationality");
        let organized_group = m.opt_checked(cx, "organized_group");
        let financial_benefit = m.opt_checked(cx, "financial_benefit");
        let exploitation = m.opt_checked(cx, "exploitation");
        let coercion = m.opt_checked(cx, "coercion");
        m.finish(cx);
        Some(Requires {
            means: means?,
            border_crossing: border_crossing?,
            transnationality: transnationality?,
            organized_group: organized_group?,
            financial_benefit: financial_benefit?,
            exploitation: exploitation?,
            coercion: coercion?,
        })
    }
}

impl Decode for Penalty {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-penalty")?;
        let min_years = m.opt_checked(cx, "min_years");
        let max_years = m.opt_checked(cx, "max_years");
        let life = m.opt_checked(cx, "life");
        let death = m.opt_checked(cx, "death");
        let fine_only = m.opt_checked(cx, "fine_only");
        m.finish(cx);
        Some(Penalty {
            min_years: min_years?,
            max_years: max_years?,
            life: life?,
            death: death?,
            fine_only: fine_only?,
        })
    }
}

impl Decode for Offence {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-offence")?;
        let id = m.req(cx, "id");
        let kind = m.req(cx, "kind");
        let label = m.wording(cx, "label", "label_ar");
        let provisions = m.req::<Refs>(cx, "provisions");
        let scope = m.opt_checked(cx, "scope");
        let acts = m.opt_checked(cx, "acts");
        let means = m.opt_checked(cx, "means");
        let purposes = m.opt_checked(cx, "purposes");
        let aggravations = m.opt_checked(cx, "aggravations");
        let consent_irrelevant = m.opt_checked(cx, "consent_irrelevant");
        let child = m.opt_checked(cx, "child");
        let requires = m.opt_checked(cx, "requires");
        let attempt = m.opt_checked(cx, "attempt");
        let complicity = m.opt_checked(cx, "complicity");
        let organizing = m.opt_checked(cx, "organizing");
        let penalty = m.opt_checked(cx, "penalty");
        let legal_persons = m.opt_checked(cx, "legal_persons");
        let migrant_liable = m.opt_checked(cx, "migrant_liable");
        let humanitarian_exemption = m.opt_checked(cx, "humanitarian_exemption");
        let excluded_persons = m.opt_checked(cx, "excluded_persons");
        let note = m.note(cx);
        m.finish(cx);
        if provisions.as_ref().is_some_and(Vec::is_empty) {
            cx.error(Code::MissingField, n.loc, msg!("diag-offence-no-provision"));
        }
        let means: Option<Option<crate::model::TermList>> = means;
        let mut requires: Requires = requires?.unwrap_or_default();
        // A means list read in full says the offence needs one of them; the
        // `requires.means` tests then see `true` without the encoder writing it.
        if requires.means.is_none()
            && let Some(Some(list)) = &means
            && list.complete
            && !list.items.is_empty()
        {
            requires.means = Some(crate::model::Fact {
                value: true,
                provisions: Vec::new(),
                scope: Scope::Full,
                note: Some(Wording::new(
                    "implied by the complete list of means",
                    Some("يُستفاد من اكتمال قائمة الوسائل"),
                )),
            });
        }
        Some(Offence {
            id: id?,
            kind: kind?,
            label,
            provisions: provisions?,
            scope: scope?.unwrap_or(Scope::Full),
            acts: acts?,
            means: means?,
            purposes: purposes?,
            aggravations: aggravations?,
            consent_irrelevant: consent_irrelevant?,
            child: child?.unwrap_or_default(),
            requires,
            attempt: attempt?,
            complicity: complicity?,
            organizing: organizing?,
            penalty: penalty?.unwrap_or_default(),
            legal_persons: legal_persons?,
            migrant_liable: migrant_liable?,
            humanitarian_exemption: humanitarian_exemption?,
            excluded_persons: excluded_persons?,
            note,
        })
    }
}

impl Decode for Measure {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-measure")?;
        let measure = m.req(cx, "measure");
        let provisions = m.req::<Refs>(cx, "provisions");
        let scope = m.opt_checked(cx, "scope");
        let note = m.note(cx);
        m.finish(cx);
        if provisions.as_ref().is_some_and(Vec::is_empty) {
            cx.error(Code::MissingField, n.loc, msg!("diag-measure-no-provision"));
        }
        Some(Measure {
            measure: measure?,
            provisions: provisions?,
            scope: scope?.unwrap_or(Scope::Full),
            note,
        })
    }
}

impl Decode for NotProvided {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-absence")?;
        let term = m.req(cx, "term");
        let laws = m.req::<Refs>(cx, "laws");
        let note = m.note(cx);
        m.finish(cx);
        if laws.as_ref().is_some_and(Vec::is_empty) {
            cx.error(Code::MissingField, n.loc, msg!("diag-absence-no-law"));
        }
        Some(NotProvided {
            term: term?,
            laws: laws?,
            note,
        })
    }
}

impl Decode for Beyond {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-beyond")?;
        let provisions = m.req::<Refs>(cx, "provisions");
        let note = m.note_req(cx);
        m.finish(cx);
        Some(Beyond {
            provisions: provisions?,
            note: note?,
        })
    }
}
