//! One country's encoding: its laws, the provisions quoted from them, the
//! offences they create (as facts in vocabulary terms) and the measures.

use super::{Date, Scope, Sp, Text, TranslationKind};
use crate::keyword;
use crate::model::Wording;
use serde::Serialize;

keyword!(EncodingStatus, "encoding status" { Draft = "draft", Reviewed = "reviewed" });

keyword!(
    /// `unknown` where the sources do not settle whether a later law repealed this one.
    LawStatus, "law status" { InForce = "in_force", Repealed = "repealed", Amended = "amended", Unknown = "unknown", Bill = "bill" }
);

#[derive(Debug, Clone, Serialize)]
pub struct Encoding {
    pub status: EncodingStatus,
    pub by: String,
    pub note: Option<Wording>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Jurisdiction {
    /// The file as shown to the user.
    pub file: String,
    pub code: Sp<String>,
    pub name: String,
    pub name_original: Option<String>,
    pub as_of: Date,
    pub encoding: Encoding,
    /// Set when this file is an earlier, superseded version of the jurisdiction.
    pub historical: Option<Historical>,
    /// Set when this encoding is a draft bill applied to a base encoding.
    pub draft: Option<Draft>,
    pub laws: Vec<Law>,
    pub provisions: Vec<Provision>,
    pub offences: Vec<Offence>,
    pub measures: Vec<Measure>,
    pub not_provided: Vec<NotProvided>,
    pub beyond: Vec<Beyond>,
}

impl Jurisdiction {
    pub fn provision(&self, id: &str) -> Option<&Provision> {
        self.provisions.iter().find(|p| p.id.value == id)
    }

    pub fn law(&self, id: &str) -> Option<&Law> {
        self.laws.iter().find(|l| l.id.value == id)
    }

    pub fn offences_of_kind<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Offence> + 'a {
        self.offences
            .iter()
            .filter(move |o| o.kind.vocab() == Some(kind))
    }

    /// Whether findings resting on a provision of this law must be flagged:
    /// its status is not settled, it is repealed (in an encoding of the law in
    /// force), or it is a bill (outside a draft).
    pub fn law_unsettled(&self, law: &str) -> bool {
        self.law(law).is_some_and(|l| match l.status {
            LawStatus::Unknown => true,
            LawStatus::Repealed => self.historical.is_none(),
            LawStatus::Bill => self.draft.is_none(),
            LawStatus::InForce | LawStatus::Amended => false,
        })
    }

    pub fn not_provided(&self, term: &str) -> Option<&NotProvided> {
        self.not_provided.iter().find(|n| n.term.value == term)
    }
}

/// A draft bill: an overlay file applied to a base encoding.
#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    pub title: String,
    pub note: Option<Wording>,
    /// The base encoding's file.
    pub base_file: String,
    /// The base as encoded, for "before and after".
    #[serde(skip)]
    pub base: Box<Jurisdiction>,
}

/// Marks a file as an earlier version of a jurisdiction's law, kept so that
/// versions can be compared.
#[derive(Debug, Clone, Serialize)]
pub struct Historical {
    pub superseded_on: Date,
    pub note: Wording,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct LawDates {
    pub adopted: Option<Date>,
    pub issued: Option<Date>,
    pub published: Option<Date>,
    pub in_force: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Law {
    pub id: Sp<String>,
    pub title: String,
    pub title_original: Option<String>,
    /// The language of the law's authoritative text (ISO 639-1). A text of
    /// it quoted in another language is a translation and must say so.
    pub language: Option<Sp<String>>,
    pub number: Option<String>,
    pub dates: LawDates,
    pub status: LawStatus,
    pub repealed_by: Option<String>,
    pub repealed_on: Option<Date>,
    pub amended_by: Vec<String>,
    pub sources: Vec<String>,
    /// Where only part of the law was read: which part (`read_in_part`).
    /// An absence (`not_provided`) cannot rest on such a law.
    pub read_in_part: Option<String>,
    pub note: Option<Wording>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Provision {
    pub id: Sp<String>,
    pub law: Sp<String>,
    /// Empty where a secondary source names no article.
    pub article: String,
    pub title: Option<Wording>,
    #[serde(flatten)]
    pub text: Text,
    /// Set where `text` is not in the law's own language: who rendered it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation: Option<Translation>,
    pub note: Option<Wording>,
}

/// A provision's text that is a translation of the law, not its wording.
#[derive(Debug, Clone, Serialize)]
pub struct Translation {
    pub kind: Sp<TranslationKind>,
    /// Who made it (`by`, with `by_ar` for Arabic pages).
    pub by: Wording,
}

/// An offence kind from the vocabulary, or a kind beyond it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KindRef {
    Vocab(Sp<String>),
    Other(String),
}

impl KindRef {
    pub fn vocab(&self) -> Option<&str> {
        match self {
            KindRef::Vocab(s) => Some(&s.value),
            KindRef::Other(_) => None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TermRef {
    Vocab(Sp<String>),
    Other(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct TermItem {
    pub term: TermRef,
    pub provisions: Vec<Sp<String>>,
    pub scope: Scope,
    pub note: Option<Wording>,
}

/// A list of terms. `complete` is false when the encoder read only part of
/// the text: unlisted terms are then unknown rather than absent. `examples`
/// (means and purposes) is a law that reaches any means or any exploitation
/// in general words and names some as examples ("by any means, including
/// …", "exploitation whatever its forms, including …"): the list names, it
/// does not limit, and an unlisted term is reached.
#[derive(Debug, Clone, Serialize)]
pub struct TermList {
    pub complete: bool,
    pub examples: bool,
    pub items: Vec<TermItem>,
}

impl TermList {
    pub fn find(&self, term: &str) -> Option<&TermItem> {
        self.items
            .iter()
            .find(|i| matches!(&i.term, TermRef::Vocab(t) if t.value == term))
    }
}

/// A stated fact with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Fact<T> {
    pub value: T,
    pub provisions: Vec<Sp<String>>,
    pub scope: Scope,
    pub note: Option<Wording>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Child {
    pub age: Option<Fact<f64>>,
    pub means_required: Option<Fact<bool>>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Requires {
    /// False when the offence needs no means at all (it is wider than the
    /// Protocol's definition): every means requirement is then met.
    pub means: Option<Fact<bool>>,
    pub border_crossing: Option<Fact<bool>>,
    pub transnationality: Option<Fact<bool>>,
    pub organized_group: Option<Fact<bool>>,
    pub financial_benefit: Option<Fact<bool>>,
    pub exploitation: Option<Fact<bool>>,
    pub coercion: Option<Fact<bool>>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Penalty {
    pub min_years: Option<Fact<f64>>,
    pub max_years: Option<Fact<f64>>,
    pub life: Option<Fact<bool>>,
    pub death: Option<Fact<bool>>,
    pub fine_only: Option<Fact<bool>>,
}

keyword!(
    /// Whose illegal entry or stay a smuggling offence leaves out, in the
    /// law's own words: the SoM Protocol's test is "not a national or a
    /// permanent resident" (Art. 3(a)); some laws say "not nationals or
    /// residents" (any residence), others "not nationals"; an offence of
    /// illegal exit, or of the entry "of nationals or foreigners", no one.
    ExcludedPersons, "excluded persons" {
        Nationals = "nationals",
        NationalsAndPermanentResidents = "nationals_and_permanent_residents",
        NationalsAndResidents = "nationals_and_residents",
        NoOne = "no_one",
    }
);

keyword!(
    /// The term lists of an offence.
    ListField, "list field" { Acts = "acts", Means = "means", Purposes = "purposes", Aggravations = "aggravations" }
);

#[derive(Debug, Clone, Serialize)]
pub struct Offence {
    pub id: Sp<String>,
    pub kind: KindRef,
    pub label: Option<Wording>,
    pub provisions: Vec<Sp<String>>,
    /// `partial` when the offence covers the conduct of its kind only in part
    /// (e.g. a smuggling offence that reaches illegal exit but not entry).
    pub scope: Scope,
    pub acts: Option<TermList>,
    pub means: Option<TermList>,
    pub purposes: Option<TermList>,
    pub aggravations: Option<TermList>,
    pub consent_irrelevant: Option<Fact<bool>>,
    pub child: Child,
    pub requires: Requires,
    pub attempt: Option<Fact<bool>>,
    pub complicity: Option<Fact<bool>>,
    pub organizing: Option<Fact<bool>>,
    pub penalty: Penalty,
    pub legal_persons: Option<Fact<bool>>,
    pub migrant_liable: Option<Fact<bool>>,
    pub humanitarian_exemption: Option<Fact<bool>>,
    /// Whose entry or stay the (smuggling) offence leaves out.
    pub excluded_persons: Option<Fact<ExcludedPersons>>,
    pub note: Option<Wording>,
}

impl Offence {
    pub fn list(&self, field: ListField) -> Option<&TermList> {
        match field {
            ListField::Acts => self.acts.as_ref(),
            ListField::Means => self.means.as_ref(),
            ListField::Purposes => self.purposes.as_ref(),
            ListField::Aggravations => self.aggravations.as_ref(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Measure {
    pub measure: Sp<String>,
    pub provisions: Vec<Sp<String>>,
    pub scope: Scope,
    pub note: Option<Wording>,
}

/// Something a full reading of the named laws found absent.
#[derive(Debug, Clone, Serialize)]
pub struct NotProvided {
    pub term: Sp<String>,
    pub laws: Vec<Sp<String>>,
    pub note: Option<Wording>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Beyond {
    pub provisions: Vec<Sp<String>>,
    pub note: Wording,
}

impl ListField {
    /// The vocabulary set the list draws its terms from.
    pub fn set(self) -> super::TermSet {
        match self {
            ListField::Acts => super::TermSet::Acts,
            ListField::Means => super::TermSet::Means,
            ListField::Purposes => super::TermSet::Purposes,
            ListField::Aggravations => super::TermSet::Aggravations,
        }
    }

    pub fn from_name(name: &str) -> Option<ListField> {
        use crate::model::Keyword;
        ListField::WORDS
            .iter()
            .find(|(w, _)| *w == name)
            .map(|(_, f)| *f)
    }
}
