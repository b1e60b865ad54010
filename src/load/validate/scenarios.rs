//! The checks of the instruments' definitions and of the scenarios.

use super::V;
use crate::diag::{Code, Diagnostics, FileId, did_you_mean};
use crate::load::jurisdiction::Damage;
use crate::model::{Instrument, Purpose, Scenario, TermSet, Vocabulary};
use crate::msg;
use std::collections::BTreeSet;

/// Checks the instruments' definitions and the scenarios: vocabulary terms,
/// duplicate ids, and expected answers that name definitions that exist.
pub fn validate_scenarios(
    vocab: &Vocabulary,
    instruments: &[(FileId, Instrument)],
    scenarios: &[(FileId, Scenario)],
    diags: &mut Diagnostics,
) {
    let mut def_ids: BTreeSet<&str> = BTreeSet::new();
    for (file, inst) in instruments {
        let mut v = V {
            file: *file,
            diags,
            vocab,
            damage: &Damage::default(),
        };
        for (i, d) in inst.definitions.iter().enumerate() {
            let path = format!("definitions[{i}]");
            if !def_ids.insert(d.id.value.as_str()) {
                v.err(
                    Code::DuplicateId,
                    d.id.loc,
                    &format!("{path}.id"),
                    msg!("diag-duplicate-definition", id = &d.id.value),
                );
            }
            for (name, list, set) in [
                ("acts", &d.acts, TermSet::Acts),
                ("means", &d.means, TermSet::Means),
                ("purposes", &d.purposes, TermSet::Purposes),
                ("aggravations", &d.aggravations, TermSet::Aggravations),
            ] {
                for (k, t) in list.iter().enumerate() {
                    v.term(set, t, &format!("{path}.{name}[{k}]"));
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    for (file, s) in scenarios {
        let mut v = V {
            file: *file,
            diags,
            vocab,
            damage: &Damage::default(),
        };
        if !seen.insert(s.id.value.as_str()) {
            v.err(
                Code::DuplicateId,
                s.id.loc,
                "scenario.id",
                msg!("diag-duplicate-scenario", id = &s.id.value),
            );
        }
        for (name, list, set) in [
            ("acts", &s.facts.acts, TermSet::Acts),
            ("means", &s.facts.means, TermSet::Means),
            ("aggravations", &s.facts.aggravations, TermSet::Aggravations),
        ] {
            for (k, t) in list.iter().enumerate() {
                v.term(set, t, &format!("facts.{name}[{k}]"));
            }
        }
        for (k, p) in s.facts.purposes.iter().enumerate() {
            if let Purpose::Vocab(t) = p {
                v.term(TermSet::Purposes, t, &format!("facts.purposes[{k}]"));
            }
        }
        if let Some(e) = &s.expected {
            for (id, _) in &e.definitions {
                if !def_ids.contains(id.value.as_str()) {
                    let help = did_you_mean(&id.value, def_ids.iter().copied());
                    v.err_help(
                        Code::DanglingReference,
                        id.loc,
                        "expected.definitions",
                        msg!("diag-no-definition", id = &id.value),
                        help,
                    );
                }
            }
        }
    }
}
