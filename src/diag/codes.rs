//! Stable diagnostic codes. Each is documented in docs/DIAGNOSTICS.md; a test
//! keeps the page and this table in step.

use super::Severity;
use serde::{Serialize, Serializer};

macro_rules! codes {
    ($($variant:ident = $code:literal, $sev:ident, $summary:literal;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant),* }

        impl Code {
            pub const ALL: &[Code] = &[$(Code::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code),* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev),* }
            }

            /// One line saying what the code means.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary),* }
            }
        }
    };
}

codes! {
    FileUnreadable = "E001", Error, "the file cannot be read (missing, no permission)";
    NotAFile = "E002", Error, "a directory or special file was given where a YAML file is expected";
    FileTooLarge = "E003", Error, "the file is larger than the input size limit";
    NotUtf8 = "E004", Error, "the file is not UTF-8 text";
    EmptyFile = "E005", Error, "the file holds no YAML document";
    NoInput = "E006", Error, "a directory holds no .yaml file";
    Syntax = "E010", Error, "the YAML is malformed";
    DuplicateKey = "E011", Error, "a mapping has the same key twice";
    Budget = "E012", Error, "the YAML exceeds a resource budget (aliases, nesting, size)";
    TagOrMergeKey = "E013", Error, "the YAML uses a tag (!!binary, !custom) or a merge key (<<), which the format has no use for";
    WrongType = "E020", Error, "a value has the wrong type";
    UnknownField = "E021", Error, "a field is not part of the format";
    MissingField = "E022", Error, "a required field is missing";
    BadValue = "E023", Error, "a value is not one of those allowed";
    ControlCharacter = "E024", Error, "a text holds a control character other than tab and newline";
    BidiControl = "E025", Error, "a text holds a directional override, embedding or isolate its source does not hold";
    UnknownTerm = "E030", Error, "a term is not in the vocabulary (or not in the right set)";
    DuplicateId = "E040", Error, "two items have the same id";
    DanglingReference = "E041", Error, "a reference names a law, provision or requirement that does not exist";
    BadDate = "E042", Error, "a date is not a valid YYYY-MM-DD calendar date";
    RepealWithoutDate = "E043", Error, "a repealed law does not say by what and when";
    BadCode = "E044", Error, "a jurisdiction code is not an ISO 3166-1 alpha-2 code";
    UnknownTestField = "E050", Error, "a requirement test names a field that offences do not have";
    BadTest = "E051", Error, "a requirement test is malformed";
    Inconsistent = "E060", Error, "two statements in a file contradict each other";
    UnknownInstrument = "E070", Error, "no instrument or requirement has this id";
    OutputIsInput = "E080", Error, "an output path is also an input";
    NotComparable = "E081", Error, "two encodings to compare are not of the same jurisdiction";
    OutputExists = "E082", Error, "the output file exists and this command does not overwrite it";
    OutputBusy = "E083", Error, "another lexgap run is writing into the same output directory";
    CannotWatch = "E084", Error, "`site --watch` has no file to watch, or the system refuses to watch one";
    GitUnavailable = "E090", Error, "the history of a jurisdiction needs git and a repository";
    UncitedProvision = "W001", Warning, "a provision is not cited by any offence, measure or note";
    TranslationMissing = "W002", Warning, "a provision not in English has no English rendering";
    DraftDropsItems = "W003", Warning, "a draft restates a list and leaves out items or notes of the base that it does not name";
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
