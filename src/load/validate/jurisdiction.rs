//! The checks of one jurisdiction file: its code and dates, its laws and
//! their status, provisions and the laws they belong to, offences and the
//! provisions they cite, measures, absences, and what contradicts what.

use super::{MAX_YEARS, V};
use crate::diag::{Code, Diagnostic, did_you_mean};
use crate::load::common::{is_url, names_only_a_site};
use crate::model::{BOOL_FIELDS, Jurisdiction, KindRef, LawStatus, NUMBER_FIELDS, TermSet};
use crate::msg;
use std::collections::BTreeSet;

impl V<'_> {
    pub(super) fn jurisdiction(&mut self, j: &Jurisdiction) {
        let code = &j.code.value;
        if !code.is_empty() && (code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase())) {
            self.err(
                Code::BadCode,
                j.code.loc,
                "jurisdiction.code",
                msg!("diag-bad-code", code = code),
            );
        }
        if let Some(h) = &j.historical
            && j.as_of >= h.superseded_on
        {
            self.err(
                Code::Inconsistent,
                j.code.loc,
                "historical.superseded_on",
                msg!(
                    "diag-superseded-after",
                    superseded = h.superseded_on.to_string(),
                    as_of = j.as_of.to_string()
                ),
            );
        }

        let laws: Vec<&str> = j.laws.iter().map(|l| l.id.value.as_str()).collect();
        self.unique(j.laws.iter().map(|l| &l.id), "laws", "diag-duplicate-law");
        for (i, l) in j.laws.iter().enumerate() {
            let path = format!("laws[{i}]");
            match l.status {
                LawStatus::Repealed if l.repealed_by.is_none() || l.repealed_on.is_none() => self
                    .err(
                        Code::RepealWithoutDate,
                        l.id.loc,
                        &path,
                        msg!("diag-repealed-without", law = &l.id.value),
                    ),
                LawStatus::Amended if l.amended_by.is_empty() => self.err(
                    Code::RepealWithoutDate,
                    l.id.loc,
                    &path,
                    msg!("diag-amended-without", law = &l.id.value),
                ),
                LawStatus::InForce if l.repealed_by.is_some() || l.repealed_on.is_some() => self
                    .err(
                        Code::Inconsistent,
                        l.id.loc,
                        &path,
                        msg!("diag-in-force-repealed", law = &l.id.value),
                    ),
                _ => {}
            }
            let first = [
                l.dates.adopted,
                l.dates.issued,
                l.dates.published,
                l.dates.in_force,
            ]
            .into_iter()
            .flatten()
            .min();
            if let (Some(first), Some(rep)) = (first, l.repealed_on)
                && rep < first
            {
                self.err(
                    Code::Inconsistent,
                    l.id.loc,
                    &path,
                    msg!(
                        "diag-repealed-before",
                        law = &l.id.value,
                        repealed = rep.to_string(),
                        date = first.to_string()
                    ),
                );
            }
            if l.sources.is_empty() {
                self.err(
                    Code::MissingField,
                    l.id.loc,
                    &path,
                    msg!("diag-law-no-source", law = &l.id.value),
                );
            }
            for (k, src) in l.sources.iter().enumerate() {
                if is_url(src) && names_only_a_site(src) {
                    self.err(
                        Code::BadValue,
                        l.id.loc,
                        &format!("{path}.sources[{k}]"),
                        msg!("diag-source-site-only", value = src),
                    );
                }
            }
        }

        self.unique(
            j.provisions.iter().map(|p| &p.id),
            "provisions",
            "diag-duplicate-provision",
        );
        // Laws already asked for their language (once each).
        let mut asked = BTreeSet::new();
        for (i, p) in j.provisions.iter().enumerate() {
            if !self.damage.laws {
                self.reference(
                    &p.law,
                    &laws,
                    &format!("provisions[{i}].law"),
                    "diag-no-law",
                );
            }
            if p.text.lang != "en" && p.text.english.is_none() {
                self.diags.push(
                    Diagnostic::error(
                        Code::TranslationMissing,
                        msg!(
                            "diag-no-english",
                            provision = &p.id.value,
                            lang = &p.text.lang
                        ),
                    )
                    .at(p.id.loc.file.unwrap_or(self.file), Some(p.id.loc))
                    .path(format!("provisions[{i}]")),
                );
            }
            if let Some(k) = j.laws.iter().position(|l| l.id.value == p.law.value) {
                self.translation(&j.laws[k], k, p, &format!("provisions[{i}]"), &mut asked);
            }
        }
        let provs: Vec<&str> = j.provisions.iter().map(|p| p.id.value.as_str()).collect();
        let mut cited: BTreeSet<String> = BTreeSet::new();

        self.unique(
            j.offences.iter().map(|o| &o.id),
            "offences",
            "diag-duplicate-offence",
        );
        for (i, o) in j.offences.iter().enumerate() {
            let path = format!("offences[{i}]");
            if let KindRef::Vocab(k) = &o.kind {
                self.term(TermSet::OffenceKinds, k, &format!("{path}.kind"));
                if let Some(np) = j.not_provided(&k.value) {
                    self.err(
                        Code::Inconsistent,
                        np.term.loc,
                        "not_provided",
                        msg!(
                            "diag-kind-not-provided",
                            kind = &k.value,
                            offence = &o.id.value
                        ),
                    );
                }
            }
            self.refs(
                &o.provisions,
                &provs,
                &format!("{path}.provisions"),
                &mut cited,
            );
            for (name, list, set) in [
                ("acts", &o.acts, TermSet::Acts),
                ("means", &o.means, TermSet::Means),
                ("purposes", &o.purposes, TermSet::Purposes),
                ("aggravations", &o.aggravations, TermSet::Aggravations),
            ] {
                if let Some(list) = list {
                    self.term_list(list, set, &provs, &format!("{path}.{name}"), &mut cited);
                }
            }
            for f in BOOL_FIELDS {
                if let Some(fact) = o.bool_fact(f) {
                    self.refs(
                        &fact.provisions,
                        &provs,
                        &format!("{path}.{f}.provisions"),
                        &mut cited,
                    );
                }
            }
            // Whose entry a smuggling offence leaves out is a fact of its
            // own kind, not in the registry of bool and number facts.
            if let Some(fact) = &o.excluded_persons {
                self.refs(
                    &fact.provisions,
                    &provs,
                    &format!("{path}.excluded_persons.provisions"),
                    &mut cited,
                );
            }
            for f in NUMBER_FIELDS {
                if let Some(fact) = o.number_fact(f) {
                    self.refs(
                        &fact.provisions,
                        &provs,
                        &format!("{path}.{f}.provisions"),
                        &mut cited,
                    );
                    if fact.value < 0.0 {
                        self.err(
                            Code::BadValue,
                            o.id.loc,
                            &format!("{path}.{f}"),
                            msg!("diag-negative", field = *f),
                        );
                    }
                    if f.starts_with("penalty.") && fact.value > MAX_YEARS {
                        self.err(
                            Code::BadValue,
                            o.id.loc,
                            &format!("{path}.{f}"),
                            msg!(
                                "diag-years-bound",
                                field = *f,
                                value = if fact.value < 1e6 {
                                    fact.value.to_string()
                                } else {
                                    format!("{:e}", fact.value)
                                }
                            ),
                        );
                    }
                }
            }
            let no_means = o.requires.means.as_ref().is_some_and(|m| !m.value);
            let examples = o.means.as_ref().is_some_and(|l| l.examples);
            if no_means && !examples && o.means.as_ref().is_some_and(|l| !l.items.is_empty()) {
                self.err(
                    Code::Inconsistent,
                    o.id.loc,
                    &format!("{path}.requires.means"),
                    msg!("diag-means-not-required"),
                );
            }
            if examples && !no_means {
                self.err(
                    Code::Inconsistent,
                    o.id.loc,
                    &format!("{path}.means"),
                    msg!("diag-examples-need-no-means"),
                );
            }
            // A law reaches any means or any exploitation in general words
            // ("by any means, including", "whatever its forms, including");
            // acts and aggravations are named, never open in that way.
            for (f, l) in [("acts", &o.acts), ("aggravations", &o.aggravations)] {
                if l.as_ref().is_some_and(|l| l.examples) {
                    self.err(
                        Code::Inconsistent,
                        o.id.loc,
                        &format!("{path}.{f}"),
                        msg!("diag-examples-means-only", field = f),
                    );
                }
            }
            if let Some(a) = &o.child.age
                && !(1.0..=30.0).contains(&a.value)
            {
                self.err(
                    Code::BadValue,
                    o.id.loc,
                    &format!("{path}.child.age"),
                    msg!("diag-child-age", age = a.value.to_string()),
                );
            }
            if let (Some(min), Some(max)) = (&o.penalty.min_years, &o.penalty.max_years)
                && min.value > max.value
            {
                self.err(
                    Code::Inconsistent,
                    o.id.loc,
                    &format!("{path}.penalty"),
                    msg!(
                        "diag-penalty-min-max",
                        min = min.value.to_string(),
                        max = max.value.to_string()
                    ),
                );
            }
        }

        let mut seen_measures = BTreeSet::new();
        for (i, m) in j.measures.iter().enumerate() {
            let path = format!("measures[{i}]");
            self.term(TermSet::Measures, &m.measure, &format!("{path}.measure"));
            if !seen_measures.insert(m.measure.value.as_str()) {
                self.err(
                    Code::DuplicateId,
                    m.measure.loc,
                    &path,
                    msg!("diag-measure-twice", measure = &m.measure.value),
                );
            }
            if let Some(np) = j.not_provided(&m.measure.value) {
                self.err(
                    Code::Inconsistent,
                    np.term.loc,
                    "not_provided",
                    msg!("diag-measure-not-provided", measure = &m.measure.value),
                );
            }
            self.refs(
                &m.provisions,
                &provs,
                &format!("{path}.provisions"),
                &mut cited,
            );
        }

        let mut seen_np = BTreeSet::new();
        for (i, np) in j.not_provided.iter().enumerate() {
            let path = format!("not_provided[{i}]");
            if !self.vocab.contains(TermSet::OffenceKinds, &np.term.value)
                && !self.vocab.contains(TermSet::Measures, &np.term.value)
            {
                let all = self
                    .vocab
                    .set(TermSet::OffenceKinds)
                    .iter()
                    .chain(self.vocab.set(TermSet::Measures))
                    .map(|t| t.id.value.as_str());
                let help = did_you_mean(&np.term.value, all);
                self.err_help(
                    Code::UnknownTerm,
                    np.term.loc,
                    &format!("{path}.term"),
                    msg!("diag-not-kind-or-measure", term = &np.term.value),
                    help,
                );
            }
            if !seen_np.insert(np.term.value.as_str()) {
                self.err(
                    Code::DuplicateId,
                    np.term.loc,
                    &path,
                    msg!("diag-not-provided-twice", term = &np.term.value),
                );
            }
            if !self.damage.laws {
                for (k, l) in np.laws.iter().enumerate() {
                    self.reference(l, &laws, &format!("{path}.laws[{k}]"), "diag-no-law");
                    // An absence needs the whole law read.
                    if let Some(part) = j.law(&l.value).and_then(|law| law.read_in_part.as_deref())
                    {
                        self.err(
                            Code::Inconsistent,
                            l.loc,
                            &format!("{path}.laws[{k}]"),
                            msg!(
                                "diag-absent-from-partly-read-law",
                                term = &np.term.value,
                                law = &l.value,
                                part = part
                            ),
                        );
                    }
                }
            }
        }
        for (i, b) in j.beyond.iter().enumerate() {
            self.refs(
                &b.provisions,
                &provs,
                &format!("beyond[{i}].provisions"),
                &mut cited,
            );
        }

        for (i, p) in j.provisions.iter().enumerate() {
            if !self.damage.citations && !cited.contains(p.id.value.as_str()) {
                self.diags.push(
                    Diagnostic::error(
                        Code::UncitedProvision,
                        msg!("diag-uncited", provision = &p.id.value),
                    )
                    .at(p.id.loc.file.unwrap_or(self.file), Some(p.id.loc))
                    .path(format!("provisions[{i}]")),
                );
            }
        }
    }
}
