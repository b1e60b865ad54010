//! Checks that need more than one node: vocabulary terms, references between
//! provisions, laws and offences, duplicate ids, and statements that
//! contradict each other.

use super::jurisdiction::Damage;
use crate::diag::{Code, Diagnostic, Diagnostics, FileId, Loc, Message, did_you_mean};
use crate::model::{
    BOOL_FIELDS, Instrument, Jurisdiction, Law, NUMBER_FIELDS, Provision, Sp, TermItem, TermList,
    TermRef, TermSet, Test, Vocabulary,
};
use crate::msg;
use std::collections::{BTreeMap, BTreeSet};

mod jurisdiction;
mod scenarios;

pub use scenarios::validate_scenarios;

/// The longest term of years a penalty may state: no law sets a longer one
/// (life imprisonment is `penalty.life`), and `1e308` years is a typo or an
/// attack, not a fact.
const MAX_YEARS: f64 = 100.0;

/// `distinct_versions`: two files of one jurisdiction must give different
/// `as_of` dates (a corpus), except where two versions are named to be
/// compared (`diff`: a correction against the original shares its date).
pub fn validate(
    vocab: &Vocabulary,
    instruments: &[(FileId, Instrument)],
    jurisdictions: &[(FileId, Jurisdiction, Damage)],
    distinct_versions: bool,
    diags: &mut Diagnostics,
) {
    vocabulary(vocab, diags);
    let mut req_ids: BTreeMap<&str, ()> = BTreeMap::new();
    let mut inst_ids = BTreeSet::new();
    for (file, inst) in instruments {
        let mut v = V {
            file: *file,
            diags,
            vocab,
            damage: &Damage::default(),
        };
        if !inst_ids.insert(inst.id.value.as_str()) {
            v.err(
                Code::DuplicateId,
                inst.id.loc,
                "instrument.id",
                msg!("diag-duplicate-instrument", id = &inst.id.value),
            );
        }
        for (i, r) in inst.requirements.iter().enumerate() {
            if req_ids.insert(r.id.value.as_str(), ()).is_some() {
                v.err(
                    Code::DuplicateId,
                    r.id.loc,
                    &format!("requirements[{i}].id"),
                    msg!("diag-duplicate-requirement", id = &r.id.value),
                );
            }
            v.test(&r.test, &format!("requirements[{i}].test"));
        }
    }
    let mut versions = BTreeSet::new();
    for (file, j, damage) in jurisdictions {
        let mut v = V {
            file: *file,
            diags,
            vocab,
            damage,
        };
        if distinct_versions
            && j.draft.is_none()
            && !j.code.value.is_empty()
            && !versions.insert((j.code.value.clone(), j.as_of))
        {
            v.err(
                Code::DuplicateId,
                j.code.loc,
                "jurisdiction.code",
                msg!(
                    "diag-duplicate-version",
                    code = &j.code.value,
                    date = j.as_of.to_string()
                ),
            );
        }
        v.jurisdiction(j);
    }
}

fn vocabulary(vocab: &Vocabulary, diags: &mut Diagnostics) {
    for (set, terms) in &vocab.sets {
        let mut seen = BTreeSet::new();
        for t in terms {
            if !seen.insert(t.id.value.as_str()) {
                diags.push(Diagnostic::error(
                    Code::DuplicateId,
                    msg!(
                        "diag-duplicate-term-in-set",
                        term = &t.id.value,
                        set = set.to_string()
                    ),
                ));
            }
        }
    }
    for m in vocab.set(TermSet::Measures) {
        if vocab.contains(TermSet::OffenceKinds, &m.id.value) {
            diags.push(Diagnostic::error(
                Code::DuplicateId,
                msg!("diag-measure-and-kind", term = &m.id.value),
            ));
        }
    }
}

/// The phrases naming a term set in messages: the noun ("unknown act
/// `x`") and the noun with its article ("`x` is an act, not a means").
fn set_nouns(set: TermSet) -> (Message, Message) {
    let (noun, a_noun) = match set {
        TermSet::Acts => ("diag-set-acts", "diag-set-a-acts"),
        TermSet::Means => ("diag-set-means", "diag-set-a-means"),
        TermSet::Purposes => ("diag-set-purposes", "diag-set-a-purposes"),
        TermSet::Aggravations => ("diag-set-aggravations", "diag-set-a-aggravations"),
        TermSet::Measures => ("diag-set-measures", "diag-set-a-measures"),
        TermSet::OffenceKinds => ("diag-set-offence-kinds", "diag-set-a-offence-kinds"),
    };
    (Message::new(noun), Message::new(a_noun))
}

struct V<'a> {
    file: FileId,
    diags: &'a mut Diagnostics,
    vocab: &'a Vocabulary,
    damage: &'a Damage,
}

impl V<'_> {
    fn err(&mut self, code: Code, loc: Loc, path: &str, message: Message) {
        self.diags.push(
            Diagnostic::error(code, message)
                .at(loc.file.unwrap_or(self.file), Some(loc))
                .path(path),
        );
    }

    /// A text of a law in another language than the law's own is a
    /// translation, and must say who made it; the law's own language must be
    /// known for any text quoted as its wording. A secondary summary is
    /// nobody's wording, so neither applies to it.
    fn translation<'j>(
        &mut self,
        law: &'j Law,
        k: usize,
        p: &Provision,
        path: &str,
        asked: &mut BTreeSet<&'j str>,
    ) {
        let lang = &p.text.lang;
        match (&law.language, &p.translation) {
            (Some(own), Some(t)) if own.value == *lang => self.err(
                Code::Inconsistent,
                t.kind.loc,
                &format!("{path}.translation"),
                msg!("diag-translation-own-language", lang = lang),
            ),
            _ if p.text.is_secondary() => {}
            (None, _) if asked.insert(law.id.value.as_str()) => self.err(
                Code::MissingField,
                law.id.loc,
                &format!("laws[{k}]"),
                msg!(
                    "diag-law-language-missing",
                    law = &law.id.value,
                    provision = &p.id.value
                ),
            ),
            (Some(own), None) if own.value != *lang => self.err(
                Code::MissingField,
                p.id.loc,
                path,
                msg!(
                    "diag-translation-unmarked",
                    provision = &p.id.value,
                    lang = lang,
                    law = &law.id.value,
                    law_lang = &own.value
                ),
            ),
            _ => {}
        }
    }

    fn err_help(
        &mut self,
        code: Code,
        loc: Loc,
        path: &str,
        message: Message,
        help: Option<Message>,
    ) {
        self.diags.push(
            Diagnostic::error(code, message)
                .at(loc.file.unwrap_or(self.file), Some(loc))
                .path(path)
                .help(help),
        );
    }

    /// Checks that `id` is a term of `set`, with a did-you-mean or a note
    /// saying which set it does belong to.
    fn term(&mut self, set: TermSet, id: &Sp<String>, path: &str) {
        if self.vocab.contains(set, &id.value) {
            return;
        }
        let help = match self.vocab.set_of(&id.value) {
            Some(other) => Some(msg!(
                "diag-term-in-other-set",
                term = &id.value,
                is = set_nouns(other).1,
                not = set_nouns(set).1
            )),
            None => did_you_mean(
                &id.value,
                self.vocab.set(set).iter().map(|t| t.id.value.as_str()),
            ),
        };
        self.err_help(
            Code::UnknownTerm,
            id.loc,
            path,
            msg!(
                "diag-unknown-term",
                set = set_nouns(set).0,
                term = &id.value
            ),
            help,
        );
    }

    fn test(&mut self, t: &Test, path: &str) {
        match t {
            Test::Offence { kind } => {
                self.term(TermSet::OffenceKinds, kind, &format!("{path}.offence"))
            }
            Test::Measure { measure } => {
                self.term(TermSet::Measures, measure, &format!("{path}.measure"))
            }
            Test::Lists {
                offence,
                field,
                term,
            } => {
                self.term(
                    TermSet::OffenceKinds,
                    offence,
                    &format!("{path}.lists.offence"),
                );
                match Test::list_set(&field.value) {
                    Some(set) => self.term(set, term, &format!("{path}.lists.term")),
                    None => self.err_help(
                        Code::UnknownTestField,
                        field.loc,
                        &format!("{path}.lists.field"),
                        msg!("diag-no-list", field = &field.value),
                        did_you_mean(&field.value, ["acts", "means", "purposes", "aggravations"]),
                    ),
                }
            }
            Test::Fact { offence, field, .. } => {
                self.term(
                    TermSet::OffenceKinds,
                    offence,
                    &format!("{path}.fact.offence"),
                );
                self.field(
                    field,
                    (BOOL_FIELDS, NUMBER_FIELDS),
                    ("diag-no-boolean-fact", "diag-not-boolean-fact"),
                    &format!("{path}.fact.field"),
                );
            }
            Test::AtLeast { offence, field, .. } => {
                self.term(
                    TermSet::OffenceKinds,
                    offence,
                    &format!("{path}.at_least.offence"),
                );
                self.field(
                    field,
                    (NUMBER_FIELDS, BOOL_FIELDS),
                    ("diag-no-numeric-fact", "diag-not-numeric-fact"),
                    &format!("{path}.at_least.field"),
                );
            }
            Test::All(ts) | Test::Any(ts) => {
                let key = if matches!(t, Test::All(_)) {
                    "all"
                } else {
                    "any"
                };
                for (i, t) in ts.iter().enumerate() {
                    self.test(t, &format!("{path}.{key}[{i}]"));
                }
            }
        }
    }

    /// Checks that a test names a fact of the kind it needs (`want`), with
    /// the messages for "no such fact" and "a fact of the other kind".
    fn field(
        &mut self,
        field: &Sp<String>,
        (want, other): (&[&str], &[&str]),
        (no_such, wrong_kind): (&'static str, &'static str),
        path: &str,
    ) {
        if want.contains(&field.value.as_str()) {
            return;
        }
        let help = if other.contains(&field.value.as_str()) {
            Some(Message::new(wrong_kind).arg("field", &field.value))
        } else {
            did_you_mean(&field.value, want.iter().copied())
        };
        self.err_help(
            Code::UnknownTestField,
            field.loc,
            path,
            Message::new(no_such).arg("field", &field.value),
            help,
        );
    }

    fn term_list(
        &mut self,
        list: &TermList,
        set: TermSet,
        provs: &[&str],
        path: &str,
        cited: &mut BTreeSet<String>,
    ) {
        let mut seen = BTreeSet::new();
        for (i, item) in list.items.iter().enumerate() {
            let p = format!("{path}[{i}]");
            let TermItem {
                term, provisions, ..
            } = item;
            if let TermRef::Vocab(t) = term {
                self.term(set, t, &p);
                if !seen.insert(t.value.as_str()) {
                    self.err(
                        Code::DuplicateId,
                        t.loc,
                        &p,
                        msg!("diag-term-twice", term = &t.value),
                    );
                }
            }
            self.refs(provisions, provs, &format!("{p}.provisions"), cited);
        }
    }

    fn refs(
        &mut self,
        refs: &[Sp<String>],
        known: &[&str],
        path: &str,
        cited: &mut BTreeSet<String>,
    ) {
        for (i, r) in refs.iter().enumerate() {
            if !self.damage.provisions {
                self.reference(r, known, &format!("{path}[{i}]"), "diag-no-provision");
            }
            cited.insert(r.value.clone());
        }
    }

    /// Checks that `r` names one of `known`; `message` is the error's id
    /// (`diag-no-law`: "no law has the id `x`").
    fn reference(&mut self, r: &Sp<String>, known: &[&str], path: &str, message: &'static str) {
        if !known.contains(&r.value.as_str()) {
            let help = did_you_mean(&r.value, known.iter().copied());
            self.err_help(
                Code::DanglingReference,
                r.loc,
                path,
                Message::new(message).arg("id", &r.value),
                help,
            );
        }
    }

    /// Checks that the ids of a list are well formed (they become anchors
    /// and file names in reports) and unique; `message` is the duplicate
    /// error's id (`diag-duplicate-law`: "law id `x` is used twice").
    fn unique<'b>(
        &mut self,
        ids: impl Iterator<Item = &'b Sp<String>>,
        list: &str,
        message: &'static str,
    ) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if !id.value.is_empty() && !well_formed_id(&id.value) {
                self.err(
                    Code::BadValue,
                    id.loc,
                    &format!("{list}[{i}].id"),
                    msg!("diag-bad-id", id = &id.value),
                );
            }
            if !seen.insert(id.value.as_str()) {
                self.err(
                    Code::DuplicateId,
                    id.loc,
                    &format!("{list}[{i}].id"),
                    Message::new(message).arg("id", &id.value),
                );
            }
        }
    }
}

/// An id as docs/FORMAT.md has it: lower-case letters and digits in runs
/// joined by single `-` (`kw-91-2013-art-1`).
fn well_formed_id(id: &str) -> bool {
    id.split('-').all(|run| {
        !run.is_empty()
            && run
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}
