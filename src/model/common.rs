//! Shapes shared by instruments and jurisdictions: spans, dates, quoted text.

use super::Loc;
use crate::keyword;
use serde::Serialize;
use std::fmt;

/// A value with the position it was read from, for cross-reference errors.
#[derive(Debug, Clone)]
pub struct Sp<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T: Serialize> Serialize for Sp<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T: PartialEq> PartialEq for Sp<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

/// A calendar date (proleptic Gregorian), written YYYY-MM-DD.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if year < 1000 || day == 0 || day > days {
            return None;
        }
        Some(Date {
            year: u16::try_from(year).ok()?,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

keyword!(
    /// How firm a text is: the wording of the law, or a third party's summary.
    Confidence, "confidence" { Verbatim = "verbatim", Secondary = "secondary" }
);

keyword!(
    /// Who made an English rendering.
    TranslationKind, "translation kind" { Official = "official", Unofficial = "unofficial", Encoder = "encoder" }
);

keyword!(
    /// Whether a term, fact or measure is covered in full or only in part.
    Scope, "scope" { Full = "full", Partial = "partial" }
);

#[derive(Debug, Clone, Serialize)]
pub struct English {
    pub text: String,
    pub kind: TranslationKind,
    pub by: Option<String>,
}

/// A quoted text with its provenance.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub text: String,
    pub lang: String,
    pub english: Option<English>,
    pub source: String,
    pub confidence: Confidence,
}

impl Text {
    pub fn is_secondary(&self) -> bool {
        self.confidence == Confidence::Secondary
    }
}

/// A quotation of an instrument (or of guidance) backing a requirement.
#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    pub cite: String,
    /// The citation in Arabic, for Arabic pages (lexgap's wording).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cite_ar: Option<String>,
    #[serde(flatten)]
    pub text: Text,
    /// The same provision in a published Arabic text (`lang: ar`), shown
    /// beside the English on Arabic pages (docs/FORMAT.md, "Arabic texts of
    /// an instrument").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arabic: Option<Box<Quote>>,
}
