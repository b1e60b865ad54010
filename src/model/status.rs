//! The status of a requirement against a jurisdiction. Data of the model:
//! an instrument's test names the status it gives otherwise, and checking
//! gives every finding one.

use crate::keyword;

keyword!(
    /// The result of one requirement against one jurisdiction.
    Status, "status" {
        Met = "met",
        Partial = "partial",
        Gap = "gap",
        Conflict = "conflict",
        Unknown = "unknown",
    }
);

impl Status {
    /// For `any` and for several offences of one kind: the best outcome wins.
    pub fn rank_best(self) -> u8 {
        match self {
            Status::Met => 4,
            Status::Partial => 3,
            Status::Unknown => 2,
            Status::Gap => 1,
            Status::Conflict => 0,
        }
    }

    /// For ordering findings: the most serious first.
    pub fn severity(self) -> u8 {
        match self {
            Status::Conflict => 0,
            Status::Gap => 1,
            Status::Partial => 2,
            Status::Unknown => 3,
            Status::Met => 4,
        }
    }

    /// A status mark that does not rely on colour.
    pub fn mark(self) -> &'static str {
        match self {
            Status::Met => "✔",
            Status::Partial => "◐",
            Status::Gap => "✘",
            Status::Conflict => "⚠",
            Status::Unknown => "?",
        }
    }
}
