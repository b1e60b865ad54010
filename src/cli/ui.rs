//! How a run speaks (its language, `--quiet`, `--verbose`) and how it ends.

use crate::i18n::{Catalog, Lang};

/// How chatty a run is, and in which language it speaks.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub cat: &'static Catalog,
    pub quiet: bool,
    pub verbose: bool,
}

impl Ui {
    pub fn new(lang: Lang, quiet: bool, verbose: bool) -> Ui {
        Ui {
            cat: crate::i18n::catalog(lang),
            quiet,
            verbose,
        }
    }

    pub fn lang(&self) -> Lang {
        self.cat.lang
    }

    /// A line on standard error, unless `--quiet`.
    pub fn note(&self, line: &str) {
        if !self.quiet {
            eprintln!("{}", crate::diag::visible(line));
        }
    }

    /// A line on standard error with `--verbose` only.
    pub fn detail(&self, line: &str) {
        if self.verbose {
            eprintln!("lexgap: {}", crate::diag::visible(line));
        }
    }
}

/// How a command ended, as an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    FindingsFailed,
    InvalidInput,
}

impl Outcome {
    pub fn code(self) -> u8 {
        match self {
            Outcome::Clean => 0,
            Outcome::FindingsFailed => 1,
            Outcome::InvalidInput => 2,
        }
    }
}
