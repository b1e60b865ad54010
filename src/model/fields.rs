//! The fact fields of an offence that requirement tests may name. Tests are
//! validated against these lists, and checking reads facts through the same
//! accessors, so the two cannot drift apart.

use super::{Fact, Offence};

pub const BOOL_FIELDS: &[&str] = &[
    "consent_irrelevant",
    "child.means_required",
    "requires.means",
    "requires.border_crossing",
    "requires.transnationality",
    "requires.organized_group",
    "requires.financial_benefit",
    "requires.exploitation",
    "requires.coercion",
    "attempt",
    "complicity",
    "organizing",
    "penalty.life",
    "penalty.death",
    "penalty.fine_only",
    "legal_persons",
    "migrant_liable",
    "humanitarian_exemption",
];

pub const NUMBER_FIELDS: &[&str] = &["child.age", "penalty.min_years", "penalty.max_years"];

impl Offence {
    /// A boolean fact by its dotted name; `None` when silent or not a field.
    pub fn bool_fact(&self, field: &str) -> Option<&Fact<bool>> {
        match field {
            "consent_irrelevant" => self.consent_irrelevant.as_ref(),
            "child.means_required" => self.child.means_required.as_ref(),
            "requires.means" => self.requires.means.as_ref(),
            "requires.border_crossing" => self.requires.border_crossing.as_ref(),
            "requires.transnationality" => self.requires.transnationality.as_ref(),
            "requires.organized_group" => self.requires.organized_group.as_ref(),
            "requires.financial_benefit" => self.requires.financial_benefit.as_ref(),
            "requires.exploitation" => self.requires.exploitation.as_ref(),
            "requires.coercion" => self.requires.coercion.as_ref(),
            "attempt" => self.attempt.as_ref(),
            "complicity" => self.complicity.as_ref(),
            "organizing" => self.organizing.as_ref(),
            "penalty.life" => self.penalty.life.as_ref(),
            "penalty.death" => self.penalty.death.as_ref(),
            "penalty.fine_only" => self.penalty.fine_only.as_ref(),
            "legal_persons" => self.legal_persons.as_ref(),
            "migrant_liable" => self.migrant_liable.as_ref(),
            "humanitarian_exemption" => self.humanitarian_exemption.as_ref(),
            _ => None,
        }
    }

    /// A numeric fact by its dotted name; `None` when silent or not a field.
    pub fn number_fact(&self, field: &str) -> Option<&Fact<f64>> {
        match field {
            "child.age" => self.child.age.as_ref(),
            "penalty.min_years" => self.penalty.min_years.as_ref(),
            "penalty.max_years" => self.penalty.max_years.as_ref(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Child, KindRef, Penalty, Requires, Scope, Sp};

    fn yes() -> Option<Fact<bool>> {
        Some(Fact {
            value: true,
            provisions: Vec::new(),
            scope: Scope::Full,
            note: None,
        })
    }

    fn num() -> Option<Fact<f64>> {
        Some(Fact {
            value: 1.0,
            provisions: Vec::new(),
            scope: Scope::Full,
            note: None,
        })
    }

    /// Every field name a test may use resolves to a fact of the offence, so
    /// the validator's list and the checker's accessors agree.
    #[test]
    fn every_listed_field_resolves() {
        let o = Offence {
            id: Sp {
                value: "x".into(),
                loc: Default::default(),
            },
            kind: KindRef::Other("x".into()),
            label: None,
            provisions: Vec::new(),
            scope: Scope::Full,
            acts: None,
            means: None,
            purposes: None,
            aggravations: None,
            consent_irrelevant: yes(),
            child: Child {
                age: num(),
                means_required: yes(),
            },
            requires: Requires {
                means: yes(),
                border_crossing: yes(),
                transnationality: yes(),
                organized_group: yes(),
                financial_benefit: yes(),
                exploitation: yes(),
                coercion: yes(),
            },
            attempt: yes(),
            complicity: yes(),
            organizing: yes(),
            penalty: Penalty {
                min_years: num(),
                max_years: num(),
                life: yes(),
                death: yes(),
                fine_only: yes(),
            },
            legal_persons: yes(),
            migrant_liable: yes(),
            humanitarian_exemption: yes(),
            excluded_persons: None,
            note: None,
        };
        for f in BOOL_FIELDS {
            assert!(o.bool_fact(f).is_some(), "{f}");
        }
        for f in NUMBER_FIELDS {
            assert!(o.number_fact(f).is_some(), "{f}");
        }
        assert!(o.bool_fact("penalty.max_years").is_none());
    }
}
