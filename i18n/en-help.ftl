# en messages: --help and the manual page.
# Part of the en catalogue (see src/i18n/mod.rs, CATALOGUES).
#
# The texts of the command-line definition (src/cli/mod.rs) as clap shows them
# in English; a test keeps them identical to the definitions. Other languages
# rewrite the definition from these ids (src/cli/help.rs): help-about and
# help-long-about (lexgap), help-arg-NAME (its options), help-COMMAND-about and
# help-COMMAND-arg-NAME (each command), help-value-ARG-VALUE (possible values),
# help-clap-… (the words clap writes itself) and help-section-… (the section
# headings of the manual page).

## lexgap

help-about = Checks national laws on trafficking in persons and smuggling of migrants against the international standards
help-long-about =
    lexgap checks national laws on trafficking in persons and smuggling of migrants against the UN Trafficking in Persons Protocol, the Smuggling of Migrants Protocol, UNTOC and the Arab Guiding Law, and says for every requirement whether the law meets it, with the provisions that show it.

    Without PATH, the jurisdictions bundled in the binary are used. A PATH may be a jurisdiction file, a directory of them, or the code of a bundled jurisdiction (e.g. KW).
help-arg-lang = The language of reports, the site and messages (ar: Arabic, right to left)
help-value-lang-en = English
help-value-lang-ar = Arabic (right to left; Arabic-Indic digits)
help-arg-quiet = Print only the output asked for and errors: no warnings, no summary lines
help-arg-verbose = Also say on standard error what was read and written, and how long it took

## diff

help-diff-about = What changed between two versions of a jurisdiction (or a law and a draft bill)
help-diff-arg-old = The earlier version (file or bundled code, e.g. ae-2006)
help-diff-arg-new = The later version (file or bundled code, e.g. AE)

## history

help-history-about = How a bundled jurisdiction's ratings changed over the git commits that touched its file
help-history-arg-code = The jurisdiction's code (e.g. KW)

## classify

help-classify-about = Classify fact patterns: trafficking, smuggling, both or neither, under the instruments and a law
help-classify-arg-files = Scenario files or directories
help-classify-arg-jurisdiction = Also classify under the offences of this jurisdiction (file or bundled code)

## test

help-test-about = Run the scenarios that carry expected answers (default: the bundled ones); exit 1 on a failure
help-test-arg-paths = Scenario files or directories (default: the bundled scenarios)
help-test-arg-jurisdictions = Jurisdictions the expectations name (default: the bundled ones)

## validate

help-validate-about = Validate jurisdiction, draft and scenario files (and the embedded instruments); report every error at once
help-validate-arg-paths = Jurisdiction, draft or scenario files, directories or bundled codes (default: the bundled jurisdictions)

## check

help-check-about = Check jurisdictions against the instruments and print the findings
help-check-arg-paths = Jurisdiction files, directories or bundled codes (default: the bundled jurisdictions)
help-check-arg-instruments = Only these instruments (repeatable; see `lexgap instruments`)
help-check-arg-fail_on = Exit with status 1 when a finding is at least this serious
help-value-fail_on-gap = Exit 1 if any finding is a gap or a conflict
help-value-fail_on-conflict = Exit 1 if any finding is a conflict

## instruments

help-instruments-about = List the reference instruments and how they are rated

## requirements

help-requirements-about = List the requirements of every instrument, or of one

## explain

help-explain-about = Show one requirement: its text, article, source, obligation and test in words

## report

help-report-about = Write the gap report on one jurisdiction (HTML, Markdown or JSON)
help-report-arg-path = A jurisdiction file or the code of a bundled jurisdiction
help-report-arg-output = Write to this file (atomically) instead of standard output
help-report-arg-templates = A directory of templates that replace the built-in ones of the same name
help-report-arg-edition = full: every requirement with its reasoning and texts; summary: at most four printed pages for decision-makers (JSON is the same data for both)
help-value-edition-full = Every requirement, the reasoning and the texts (an annex)
help-value-edition-summary = At most four printed pages: what was read, the ratings, the priority recommendations, the cases missed, how to read it
help-report-arg-date = The date to print as the report's date (no date is printed otherwise)

## compare

help-compare-about = Compare jurisdictions side by side: a matrix of requirements, and their provisions
help-compare-arg-paths = Jurisdiction files, directories or bundled codes (default: the bundled jurisdictions)
help-compare-arg-instruments = Only these instruments (repeatable)
help-compare-arg-requirements = Only these requirements, in the matrix and in the side-by-side text view (repeatable; default: every requirement, and the distinction checks in the text view)
help-compare-arg-output = Write to this file (atomically) instead of standard output
help-compare-arg-templates = A directory of templates that replace the built-in ones of the same name
help-compare-arg-date = The date to print as the comparison's date (no date is printed otherwise)

## site

help-site-about = Build a static site: an index, one page per jurisdiction and per instrument, the comparison
help-site-arg-paths = Jurisdiction files, directories or bundled codes (default: the bundled jurisdictions)
help-site-arg-output = The directory to write the site to (HTML and Markdown pages)
help-site-arg-templates = A directory of templates that replace the built-in ones of the same name
help-site-arg-date = The date to print on every page (no date is printed otherwise)
help-site-arg-format = How to report what was written (the pages themselves are HTML and Markdown)
help-site-arg-no_cache = Render every page, reading no cache of an earlier build, and leave no cache
help-site-arg-watch = Build, then build again on every save of a jurisdiction file or template (Ctrl-C stops)

## schema

help-schema-about = Print the JSON Schema of a kind of input file, for editors (see README)
help-value-kind-jurisdiction = A jurisdiction file (statutes/national/*.yaml)
help-value-kind-scenario = A scenario file (scenarios/*.yaml)
help-value-kind-draft = A draft bill written as an overlay
help-schema-arg-output = Write to this file (atomically) instead of standard output

## init

help-init-about = Write a commented starting file for a new jurisdiction; it validates as written
help-init-arg-code = The jurisdiction's ISO 3166-1 alpha-2 code (e.g. KW)
help-init-arg-output = Write to this file (atomically; refused if it exists) instead of standard output
help-init-arg-schema = The `$schema` the file's editor modeline points to
help-init-arg-date = The as-of date to write (default: today)

## completions

help-completions-about = Print a shell completion script (e.g. `lexgap completions bash > ~/.local/share/bash-completion/completions/lexgap`)

## man

help-man-about = Print the manual page (roff), generated from these definitions; with -o DIR, one page per command
help-man-arg-output = Write lexgap.1 and one lexgap-COMMAND.1 per command into this directory

## The words clap writes

help-clap-help-more = Print help (see more with '--help')
help-clap-help-summary = Print help (see a summary with '-h')
help-clap-help-subcommands = Print help for the subcommand(s)
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-help = Print help
help-clap-version = Print version
help-clap-possible-values = Possible values:
help-clap-possible-values-inline = [possible values:
help-clap-default = [default:
help-clap-usage = Usage:
help-clap-arguments = Arguments:
help-clap-options = Options:
help-clap-commands = Commands:

## The section headings of the manual page

help-section-name = NAME
help-section-synopsis = SYNOPSIS
help-section-description = DESCRIPTION
help-section-options = OPTIONS
help-section-subcommands = SUBCOMMANDS
help-section-extra = EXTRA
help-section-version = VERSION
help-section-authors = AUTHORS

## unknowns

help-unknowns-about = The encoder's worklist: the unknown findings grouped by the fact, list, measure or offence that would settle them, most first
help-unknowns-arg-paths = Jurisdiction files, directories or bundled codes (default: the bundled jurisdictions)
