//! The command line as clap reads it: the commands, their arguments and
//! the value kinds they take. Only data: the commands live in the
//! `*_cmds` modules.

use crate::i18n::Lang;
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "lexgap",
    version,
    about = "Checks national laws on trafficking in persons and smuggling of migrants against the international standards",
    long_about = "lexgap checks national laws on trafficking in persons and smuggling of migrants against the \
UN Trafficking in Persons Protocol, the Smuggling of Migrants Protocol, UNTOC and the Arab Guiding Law, \
and says for every requirement whether the law meets it, with the provisions that show it.\n\n\
Without PATH, the jurisdictions bundled in the binary are used. A PATH may be a jurisdiction file, a \
directory of them, or the code of a bundled jurisdiction (e.g. KW)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of reports, the site and messages (ar: Arabic, right to left).
    #[arg(long, global = true, value_enum, default_value = "en")]
    pub lang: Lang,
    /// Print only the output asked for and errors: no warnings, no summary lines.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also say on standard error what was read and written, and how long it took.
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// The kinds of file `lexgap schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// A jurisdiction file (statutes/national/*.yaml).
    Jurisdiction,
    /// A scenario file (scenarios/*.yaml).
    Scenario,
    /// A draft bill written as an overlay.
    Draft,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The editions of `lexgap report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Edition {
    /// Every requirement, the reasoning and the texts (an annex).
    Full,
    /// At most four printed pages: what was read, the ratings, the priority
    /// recommendations, the cases missed, how to read it.
    Summary,
}

/// The formats of `lexgap report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageFormat {
    Html,
    Md,
    Json,
}

/// The formats of `lexgap compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Html,
    Md,
    Json,
    Csv,
}

/// The formats of `lexgap diff`: the page formats go through the templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
    Md,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Exit 1 if any finding is a gap or a conflict.
    Gap,
    /// Exit 1 if any finding is a conflict.
    Conflict,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// What changed between two versions of a jurisdiction (or a law and a draft bill).
    Diff {
        /// The earlier version (file or bundled code, e.g. ae-2006).
        old: String,
        /// The later version (file or bundled code, e.g. AE).
        new: String,
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// How a bundled jurisdiction's ratings changed over the git commits that touched its file.
    History {
        /// The jurisdiction's code (e.g. KW).
        code: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Classify fact patterns: trafficking, smuggling, both or neither, under the instruments and a law.
    Classify {
        /// Scenario files or directories.
        #[arg(required = true)]
        files: Vec<String>,
        /// Also classify under the offences of this jurisdiction (file or bundled code).
        #[arg(long, value_name = "PATH|CODE")]
        jurisdiction: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Run the scenarios that carry expected answers (default: the bundled ones); exit 1 on a failure.
    Test {
        /// Scenario files or directories (default: the bundled scenarios).
        paths: Vec<String>,
        /// Jurisdictions the expectations name (default: the bundled ones).
        #[arg(long = "jurisdiction", value_name = "PATH|CODE")]
        jurisdictions: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Validate jurisdiction, draft and scenario files (and the embedded instruments); report every error at once.
    Validate {
        /// Jurisdiction, draft or scenario files, directories or bundled codes (default: the bundled jurisdictions).
        paths: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Check jurisdictions against the instruments and print the findings.
    Check {
        /// Jurisdiction files, directories or bundled codes (default: the bundled jurisdictions).
        paths: Vec<String>,
        /// Only these instruments (repeatable; see `lexgap instruments`).
        #[arg(long = "instrument", value_name = "ID")]
        instruments: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Exit with status 1 when a finding is at least this serious.
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
    },
    /// The encoder's worklist: the unknown findings grouped by the fact, list, measure or offence that would settle them, most first.
    Unknowns {
        /// Jurisdiction files, directories or bundled codes (default: the bundled jurisdictions).
        paths: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// List the reference instruments and how they are rated.
    Instruments {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// List the requirements of every instrument, or of one.
    Requirements {
        #[arg(long = "instrument", value_name = "ID")]
        instrument: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Show one requirement: its text, article, source, obligation and test in words.
    Explain {
        requirement: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Write the gap report on one jurisdiction (HTML, Markdown or JSON).
    Report {
        /// A jurisdiction file or the code of a bundled jurisdiction.
        #[arg(value_name = "PATH|CODE")]
        path: String,
        #[arg(long, value_enum, default_value = "html")]
        format: PageFormat,
        /// full: every requirement with its reasoning and texts; summary: at most four printed pages for decision-makers (JSON is the same data for both)
        #[arg(long, value_enum, default_value = "full")]
        edition: Edition,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        /// A directory of templates that replace the built-in ones of the same name.
        #[arg(long, value_name = "DIR")]
        templates: Option<std::path::PathBuf>,
        /// The date to print as the report's date (no date is printed otherwise).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Compare jurisdictions side by side: a matrix of requirements, and their provisions.
    Compare {
        /// Jurisdiction files, directories or bundled codes (default: the bundled jurisdictions).
        paths: Vec<String>,
        #[arg(long, value_enum, default_value = "html")]
        format: TableFormat,
        /// Only these instruments (repeatable).
        #[arg(long = "instrument", value_name = "ID")]
        instruments: Vec<String>,
        /// Only these requirements, in the matrix and in the side-by-side text view (repeatable;
        /// default: every requirement, and the distinction checks in the text view).
        #[arg(long = "requirement", value_name = "ID")]
        requirements: Vec<String>,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        /// A directory of templates that replace the built-in ones of the same name.
        #[arg(long, value_name = "DIR")]
        templates: Option<std::path::PathBuf>,
        /// The date to print as the comparison's date (no date is printed otherwise).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Build a static site: an index, one page per jurisdiction and per instrument, the comparison.
    Site {
        /// Jurisdiction files, directories or bundled codes (default: the bundled jurisdictions).
        paths: Vec<String>,
        /// The directory to write the site to (HTML and Markdown pages).
        #[arg(short = 'o', long = "output", value_name = "DIR", required = true)]
        output: std::path::PathBuf,
        /// A directory of templates that replace the built-in ones of the same name.
        #[arg(long, value_name = "DIR")]
        templates: Option<std::path::PathBuf>,
        /// The date to print on every page (no date is printed otherwise).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// How to report what was written (the pages themselves are HTML and Markdown).
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Render every page, reading no cache of an earlier build, and leave no cache.
        #[arg(long)]
        no_cache: bool,
        /// Build, then build again on every save of a jurisdiction file or template (Ctrl-C stops).
        #[arg(long, conflicts_with_all = ["no_cache", "format"])]
        watch: bool,
    },
    /// Print the JSON Schema of a kind of input file, for editors (see README).
    Schema {
        #[arg(value_enum, default_value = "jurisdiction")]
        kind: SchemaKind,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<std::path::PathBuf>,
    },
    /// Write a commented starting file for a new jurisdiction; it validates as written.
    Init {
        /// The jurisdiction's ISO 3166-1 alpha-2 code (e.g. KW).
        code: String,
        /// Write to this file (atomically; refused if it exists) instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        /// The `$schema` the file's editor modeline points to.
        #[arg(
            long,
            value_name = "PATH|URL",
            default_value = "../../schema/jurisdiction.schema.json"
        )]
        schema: String,
        /// The as-of date to write (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Print a shell completion script (e.g. `lexgap completions bash > ~/.local/share/bash-completion/completions/lexgap`).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), generated from these definitions; with -o DIR, one page per command.
    Man {
        /// Write lexgap.1 and one lexgap-COMMAND.1 per command into this directory.
        #[arg(short = 'o', long = "output", value_name = "DIR")]
        output: Option<std::path::PathBuf>,
    },
}
