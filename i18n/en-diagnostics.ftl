# en messages: diagnostics.
# Part of the en catalogue (see src/i18n/mod.rs, CATALOGUES).
#
# The messages of the diagnostics (docs/DIAGNOSTICS.md), their help lines and
# the words of their drawing. Loading builds a message id with its arguments
# (src/diag/message.rs); it becomes text when printed, in the language of
# --lang. JSON always gets these English texts. The arguments are data — field
# names, ids, terms, file names, values from the file — and are shown as they
# are; an argument that is itself a message (such as found in
# diag-wrong-type) is a phrase of this file.

## The drawing

diag-level-error = error
diag-level-warning = warning
diag-level-note = note
diag-level-help = help
diag-note-in-file = in { $file }
diag-note-at-path = at { $path }
diag-list-sep = {", "}
diag-did-you-mean = did you mean `{ $candidate }`?

## Files (E001–E006)

diag-not-file-or-code = `{ $code }` is neither a file nor a bundled jurisdiction
diag-bundled-codes = bundled jurisdictions: { $codes }
diag-cannot-read-dir = cannot read directory { $path }: { $reason }
diag-cannot-read = cannot read { $path }: { $reason }
diag-io-not-found = no such file
diag-io-permission = permission denied
diag-no-yaml = { $path } holds no .yaml file
diag-not-regular = { $path } is not a regular file
diag-too-large = { $path } is { $size } bytes; the limit is { $limit } bytes (4 MiB)
diag-binary = { $path } is binary data, not text (first invalid byte at offset { $offset })
diag-not-utf8 = { $path } is not UTF-8 text (first invalid byte at offset { $offset })
diag-empty-file = the file holds no YAML document
diag-vocabulary-missing = the bundled vocabulary ({ $file }) is missing

## YAML (E010–E012)

# "detail": the parser's own message, in English.
diag-yaml = { $detail }
diag-duplicate-key = duplicate mapping key: { $key }
diag-multiple-documents = the file holds more than one YAML document (`---`); put one jurisdiction in each file
diag-budget = the file exceeds lexgap's limits: { $limit }; see docs/DIAGNOSTICS.md, E012
diag-budget-nodes = more than 200,000 nodes (alias expansion counts)
diag-budget-aliases = more than 1,000 alias uses
diag-budget-anchors = more than 1,000 anchors
diag-budget-depth = nesting deeper than 64 levels
diag-budget-events = more than 500,000 parse events
diag-budget-text = more than 4 MiB of text
diag-budget-other = a parsing budget
diag-budget-recursion = nesting too deep

## Structure (E020–E023)

diag-wrong-type = expected { $expected }, found { $found }
diag-expected-mapping = a mapping ({ $what })
diag-expected-list = a list
diag-expected-string = a string
diag-expected-bool = true or false
diag-expected-number = a number
diag-expected-word = { $what } (a word)
diag-node-null = nothing (null)
diag-node-bool = a boolean
diag-node-int = an integer
diag-node-float = a number
diag-node-string = a string
diag-node-list = a list
diag-node-mapping = a mapping
diag-keys-not-strings = mapping keys must be strings
diag-missing-field = missing field `{ $field }`
diag-missing-arabic = missing field `{ $field }`: the Arabic wording of `{ $of }`; lexgap writes its reports in Arabic as well as English, so every instrument, definition and requirement gives both (docs/FORMAT.md, "Arabic wording")
diag-not-arabic = `{ $field }` is not written in Arabic: "{ $value }"
diag-absent-from-partly-read-law = `{ $term }` is recorded as absent from { $law }, but only part of that law was read ({ $part }): an absence needs the whole law read; leave it unknown until then
diag-arabic-quote = an `arabic` quotation is the Arabic text of the provision: `lang: ar` (found `{ $lang }`), and no `arabic` inside it
diag-unknown-field = unknown field `{ $field }`
diag-unknown-field-expected = unknown field `{ $field }` (expected one of: { $expected })
diag-bad-date = `{ $value }` is not a valid date (expected YYYY-MM-DD)
diag-bad-keyword = `{ $value }` is not a valid { $what } (expected one of: { $expected })
diag-empty-text = `text` is empty: quote the provision or leave it out
diag-bad-lang = `{ $value }` is not an ISO 639 language code (e.g. ar, en, fr)
diag-bad-source = `source` must be the URL of the page the text was read on, found `{ $value }` (only a secondary summary known by the site that carried it may be cited without a URL)
diag-term-and-other = a term item has either `term` or `other`, not both
diag-term-item-empty = a term item needs `term` (a vocabulary term) or `other` (text beyond the vocabulary)
diag-term-wrong-type = expected a term or a mapping with `term`, found { $found }
diag-requirement-no-quote = a requirement needs at least one quotation of its text
diag-offence-no-provision = an offence must cite at least one provision
diag-measure-no-provision = a measure must cite at least one provision
diag-absence-no-law = an absence must name the laws read in full to establish it
diag-implausible-age = { $age } is not a plausible age
diag-age-form = `age` is a number of years, `adult` or `child`
diag-expected-answer = an expected answer is `true` (made out), `false` (not made out) or `unknown`
diag-verdicts-definitions = expected a mapping of definition ids to true, false or unknown
diag-verdicts-offences = expected a mapping of offence ids to true, false or unknown
diag-expected-jurisdictions = expected a mapping of jurisdiction codes to offences
diag-vocabulary-not-mapping = the vocabulary file must be a mapping of term sets
diag-set-names-strings = term set names must be strings
diag-unknown-set = unknown term set `{ $set }`
diag-missing-set = missing term set `{ $set }`
diag-negative = `{ $field }` cannot be negative
diag-child-age = child age { $age } is not a plausible age

# What a mapping holds, in "expected a mapping ("what")".
diag-what-fact-test = a `fact` test
diag-what-lists-test = a `lists` test
diag-what-at-least-test = an `at_least` test
diag-what-child-rule = a child rule
diag-what-child-rules = the child rules
diag-what-definition = a definition
diag-what-fact = a fact
diag-what-jurisdiction-file = a jurisdiction file
diag-what-instrument-file = an instrument file
diag-what-scenario-file = a scenario file
diag-what-law = a law
diag-what-law-dates = the dates of a law
diag-what-measure = a measure
diag-what-beyond = a note on what the law does beyond the instruments
diag-what-provision = a provision
diag-what-purpose = a purpose
diag-what-quotation = a quotation
diag-what-requirement = a requirement
diag-what-term = a term
diag-what-term-list = a term list
diag-what-english = an English rendering
diag-what-translation = a translation mark (kind and translator)
diag-what-absence = an absence
diag-what-offence = an offence
diag-what-offence-kind = an offence kind
diag-what-draft-header = the draft header
diag-what-encoding = the encoding status
diag-what-expected = the expected answers
diag-what-facts = the facts
diag-what-historical = the historical-version marker
diag-what-instrument-header = the instrument header
diag-what-jurisdiction = the jurisdiction
diag-what-penalty = the penalty
diag-what-scenario-header = the scenario header
diag-what-requires = what the offence requires

# The closed sets of words, in "`x` is not a valid "what"" (one per
# `keyword!` enumeration: the id is made from its name).
diag-keyword-element = element
diag-keyword-encoding-status = encoding status
diag-keyword-law-status = law status
diag-keyword-list-field = list field
diag-keyword-obligation = obligation
diag-keyword-topic = topic
diag-keyword-rating-basis = rating basis
diag-keyword-crime = crime
diag-keyword-purposes-rule = purposes rule
diag-keyword-smuggling-conduct = smuggling conduct
diag-keyword-border-crossing = border crossing
diag-keyword-benefit = benefit
diag-keyword-document-act = act on a fraudulent document
diag-keyword-verdict = verdict
diag-keyword-confidence = confidence
diag-keyword-translation-kind = translation kind
diag-keyword-scope = scope
diag-keyword-term-set = term set
diag-keyword-classification = classification
diag-keyword-element-status = element status
diag-keyword-direction = direction
diag-keyword-provision-change = provision change
diag-keyword-rating = rating
diag-keyword-definition-class = definition class
diag-keyword-removed-kind = kind of removal
diag-keyword-status = status
diag-keyword-urgency = urgency

## Draft bills (overlays)

diag-draft-base = the draft's base `{ $base }` cannot be loaded
diag-draft-not-mapping = a draft overlay must be a mapping
diag-draft-beyond = `beyond` in a draft is a list of entries to add
diag-draft-cannot-change = a draft cannot change `{ $key }`; it keeps the base's
diag-draft-unknown-field = unknown field `{ $field }` in a draft (expected one of: { $expected })
diag-draft-list = `{ $key }` in a draft is a list
diag-draft-item-key = an item of a draft needs `{ $field }`, to say which base item it replaces
diag-draft-remove-mapping = `remove` is a mapping of lists (laws, provisions, offences, measures, not_provided)
diag-draft-remove-unknown = unknown field `{ $field }` in `remove` (expected one of: { $expected })
diag-draft-remove-ids = `remove` lists the ids (or terms) of base items
# "list": the name of a list of the file (laws, provisions…).
diag-draft-remove-missing = the base has no { $list } item `{ $id }` to remove

## References and terms (E030–E044)

diag-unknown-term = unknown { $set } `{ $term }`
diag-term-in-other-set = `{ $term }` is { $is }, not { $not }
diag-set-acts = act
diag-set-means = means
diag-set-purposes = purpose
diag-set-aggravations = aggravating circumstance
diag-set-measures = measure
diag-set-offence-kinds = offence kind
diag-set-a-acts = an act
diag-set-a-means = a means
diag-set-a-purposes = a purpose
diag-set-a-aggravations = an aggravating circumstance
diag-set-a-measures = a measure
diag-set-a-offence-kinds = an offence kind
diag-not-kind-or-measure = `{ $term }` is neither an offence kind nor a measure
diag-duplicate-instrument = instrument id `{ $id }` is used twice
diag-duplicate-requirement = requirement id `{ $id }` is used twice
diag-duplicate-definition = definition id `{ $id }` is used twice
diag-duplicate-scenario = scenario id `{ $id }` is used twice
diag-bad-id = `{ $id }` is not a valid id: use lower-case letters and digits, in runs joined by `-` (e.g. `kw-91-2013-art-1`)
diag-duplicate-law = law id `{ $id }` is used twice
diag-duplicate-provision = provision id `{ $id }` is used twice
diag-duplicate-offence = offence id `{ $id }` is used twice
diag-duplicate-version = two files encode { $code } as of { $date }; give each version its own as_of date
diag-duplicate-term-in-set = term `{ $term }` appears twice in `{ $set }`
diag-measure-and-kind = `{ $term }` is both a measure and an offence kind
diag-measure-twice = measure `{ $measure }` is listed twice; cite all its provisions in one entry
diag-not-provided-twice = `{ $term }` is listed twice as not provided
diag-term-twice = `{ $term }` is listed twice
diag-no-law = no law has the id `{ $id }`
diag-no-provision = no provision has the id `{ $id }`
diag-no-definition = no instrument defines `{ $id }`
diag-repealed-without = law `{ $law }` is repealed but does not say `repealed_by` and `repealed_on`
diag-amended-without = law `{ $law }` is amended but `amended_by` names no amending law
diag-law-no-source = law `{ $law }` names no source
diag-bad-code = `{ $code }` is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. KW)

## Requirement tests (E050, E051)

diag-no-list = offences have no list `{ $field }`
diag-no-boolean-fact = offences have no boolean fact `{ $field }`
diag-no-numeric-fact = offences have no numeric fact `{ $field }`
diag-not-boolean-fact = `{ $field }` is not a boolean fact
diag-not-numeric-fact = `{ $field }` is not a numeric fact
# "kinds": the kinds of test (offence, lists, fact…).
diag-test-not-mapping = a test is a mapping with one key ({ $kinds }), found { $found }
diag-test-one-key = a test has exactly one key ({ $kinds }); use `all` or `any` to combine tests
diag-test-key-string = a test key must be a string
diag-test-else = `else: { $value }`: the other value of a fact earns `conflict` or `gap`
diag-unknown-test = unknown test `{ $test }` (expected one of: { $expected })
diag-test-empty = `all` and `any` need at least one test

## Contradictions (E060)

diag-superseded-after = a version superseded on { $superseded } must be encoded as of an earlier date, not { $as_of }
diag-in-force-repealed = law `{ $law }` is in force but has `repealed_by`/`repealed_on`
diag-repealed-before = law `{ $law }` is repealed on { $repealed }, before its own date { $date }
diag-kind-not-provided = `{ $kind }` is listed as not provided, but offence `{ $offence }` is of that kind
diag-means-not-required = `requires.means: false` says the offence needs no means, but it lists means: if the law names them as examples ("by any means, including …"), say so with `means: {"{"}examples: true, items: [...]{"}"}`
diag-penalty-min-max = minimum penalty { $min } years exceeds the maximum { $max }
diag-measure-not-provided = `{ $measure }` is listed both as a measure and as not provided

## Command line (E070–E090)

diag-no-instrument = no instrument has the id `{ $id }`
diag-instruments-list = instruments: { $ids }
diag-no-requirement = no requirement has the id `{ $id }`
diag-no-requirement-chosen = no requirement of the chosen instruments has the id `{ $id }`
diag-list-requirements = list them with `lexgap requirements`
diag-date-option = `--date { $date }` is not a valid YYYY-MM-DD calendar date
diag-output-is-input = the output { $output } is an input ({ $input }); refusing to overwrite it
diag-write-elsewhere = write the output to another file
diag-draft-list-op-not-list = `{ $field }` of { $offence } is not a list in the base, so `add` and `remove` cannot apply to it
diag-draft-list-op-item = an item to add or remove is a term, or an item with `term`, `other` or `id`
diag-draft-list-remove-missing = `{ $field }` of { $offence } in the base has no item { $item } to remove
diag-draft-drops = this `{ $field }` of { $offence } replaces the base list and leaves out: { $items }
diag-draft-drops-notes = this `{ $field }` of { $offence } restates { $items } without the notes the base gives them
diag-draft-drops-help = write `{ $field }: {"{"}add: [...], remove: [...]{"}"}` instead: the base list is kept except what you name
diag-site-busy = another lexgap run is writing a site into { $dir } (it holds { $lock }); nothing was written
diag-site-busy-help = wait for it to finish, or write this site into another directory
diag-watch-nothing = nothing to watch: the jurisdictions, instruments and scenarios are the ones embedded in the binary
diag-watch-nothing-help = name the jurisdiction files or directories to watch, or run in a checkout of lexgap
diag-watch-failed = cannot watch { $what } for changes: { $error }
diag-output-in-data = the output { $output } is in, or links into, lexgap's own data ({ $dir }); no report, site, schema or manual page is written there
diag-write-outside-data = write the output outside statutes/, scenarios/ and templates/ (for example under out/)
diag-output-is-dir = { $path } is a directory; -o names the file to write
diag-site-not-dir = { $path } exists and is not a directory
diag-report-many = `{ $path }` holds { $count } jurisdiction files; a report is on one
diag-report-one = name one file, or use `lexgap site` for several
diag-diff-one-each = `{ $old }` and `{ $new }` must each hold one jurisdiction file
diag-diff-codes = `{ $old }` encodes { $old_code } and `{ $new }` encodes { $new_code }: only versions of one jurisdiction can be compared
# "error": the template engine's message, in English.
diag-render-diff = cannot render the diff: { $error }
diag-init-code = `{ $code }` is not an ISO 3166-1 alpha-2 code (two letters, e.g. KW)
diag-schema-one-line = `--schema` must be one line
diag-init-exists = { $path } exists; `lexgap init` does not overwrite a file
diag-choose-another-name = choose another file name
diag-git-missing = `lexgap history` needs git, and git is not installed
# "error": the system's or git's message, in English.
diag-git-run = cannot run git: { $error }
diag-git-history = git cannot read the history here ({ $error }); run lexgap history inside a clone of the lexgap repository
diag-git-no-commit = no commit touched { $path }

## Warnings (W001, W002)

diag-uncited = provision `{ $provision }` is not cited by any offence, measure or `beyond` note
diag-no-english = provision `{ $provision }` ({ $lang }) has no English rendering
diag-law-language-missing = law { $law } does not say its language, and provision { $provision } quotes it verbatim: add `language:` (the ISO 639-1 code of the law's authoritative text, e.g. `ar`), so that a text in another language is known to be a translation
diag-translation-unmarked = the text of provision { $provision } is in `{ $lang }`, but law { $law } is written in `{ $law_lang }`: a text in another language is a translation, not the law's wording; say so with `translation:` (`kind`: official, unofficial or encoder; `by`: who made it), or quote the original
diag-translation-own-language = the text is in `{ $lang }`, the law's own language: it is the law's wording, not a translation; remove `translation`
diag-fact-without-provision = this fact names no provision: a fact given in detail says which provisions state it (`provisions: [...]`); a fact that no provision states is left out, and stays unknown
diag-source-site-only = `{ $value }` names a site, not the page the text was read on: give the page's URL, or, for a secondary summary whose page was not recorded, cite it in words (e.g. "US TIP Report 2023, via example.org; page not recorded")
diag-not-an-element = `not_an_element` names `{ $field }`, which is not one of the `requires.*` facts of an offence
diag-article-question = `?` is not an article: leave `article` out where a secondary source names none, or write the number with `?` where the source's number is unconfirmed (e.g. `1?`)
diag-article-required = missing field `article`: a provision quoted verbatim names its article; only a secondary summary that names none may leave it out
diag-standing-contradicts = `standing: { $standing }` contradicts `national_of_destination: { $national }`: a national or permanent resident is one, a temporary resident or a person without standing is not (leave `national_of_destination` out: the standing settles it)
diag-keyword-standing-in-the-destination = standing in the destination
diag-keyword-excluded-persons = excluded persons
diag-keyword-liability = liability
diag-examples-complete = terms named as examples are an open list: `examples: true` cannot go with `complete: true`
diag-examples-need-no-means = means named as examples (`examples: true`) belong to an offence that requires no means: add `requires.means: false` with the provision that says so
diag-examples-means-only = only `means` and `purposes` can be named as examples, not `{ $field }`
diag-output-is-socket = { $path } is a socket: lexgap does not write to it (nothing was written)
diag-output-is-block-device = { $path } is a block device: lexgap does not write to it (nothing was written)
diag-output-is-dangling-link = { $path } is a link to nothing: lexgap does not replace it (nothing was written)
diag-output-is-special = { $path } is a special file: lexgap does not write to it (nothing was written)
diag-output-writable = -o takes a regular file or a new path (written whole, atomically), a character device or a FIFO (written as a stream), or - for standard output
diag-control-character = the text holds the control character { $code }: a text may hold tabs and newlines, no other control character (printed, one can rewrite a terminal's screen)
diag-quote-boolean-word = YAML reads a bare no, yes, on, off, y or n (in any case) as false or true: put the word in quotes, e.g. code: "NO", lang: "no"
diag-years-bound = `{ $field }` is { $value } years: a term of years is at most 100 (a life sentence is penalty.life)
diag-bidi-control = the text holds the directional formatting character { $code }: an override, embedding or isolate reorders the text around it on screen, so that what a reader sees is not what the file says (a stored "up to <U+202E>02<U+202C> years" reads "up to 20 years")
diag-bidi-control-help = delete it; if the source's own text holds it, keep it and say so with `bidi_controls_in_source: true` beside the provision's `text` (reports then show it as <U+202E>)
diag-bidi-declared-none = `bidi_controls_in_source` is true, but the text holds no directional formatting character (U+202A to U+202E, U+2066 to U+2069): leave the field out
diag-bidi-control-delete = delete it: only a provision's text may keep one, where its source holds it
diag-yaml-tag = the YAML tag `{ $tag }` has no use in a lexgap file: a tag changes what a value means without showing it (`!!binary` decodes base64 into a text, a tag on a boolean is ignored); write the value itself, in quotes if it is a text
diag-yaml-merge-key = a merge key `<<` has no use in a lexgap file: it copies the fields of another mapping, and a field written in both keeps one value silently; write each field where it belongs
diag-more-in-file = … and { $more } more { $more ->
    [one] diagnostic
   *[other] diagnostics
} in { $file }, not drawn here (the first { 50 } of a file are; `--format json` lists every one)
diag-draft-base-not-jurisdiction = the draft's base `{ $base }` is not a jurisdiction file: name a bundled code (KW) or one `.yaml` file whose top level is `jurisdiction:` (not a draft, a scenario or any other file; it is not read)
