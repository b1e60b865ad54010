# lexgap's interface strings in English (the catalogue every other language
# follows: i18n/ar.ftl has the same messages with the same variables, which a
# unit test checks). Interface text only: legal text never goes here.

## Words for the values of closed sets

status-met = met
status-partial = partial
status-gap = gap
status-conflict = conflict
status-unknown = unknown
encoding-draft = draft
encoding-reviewed = reviewed
basis-mandatory = mandatory
basis-all = all
class-full = full
class-partial = partial
class-none = none
class-unknown = unknown
class-full_so_far = full so far
obligation-mandatory = mandatory
obligation-optional = optional
obligation-recommended = recommended
topic-definition = definition
topic-criminalization = criminalization
topic-penalties = penalties
topic-protection = protection
topic-prevention = prevention
topic-jurisdiction = jurisdiction
topic-cooperation = cooperation
topic-distinction = distinction
verb-urge = urge
verb-consider = consider
verb-invite = invite
confidence-verbatim = verbatim
confidence-secondary = secondary
kind-trafficking = trafficking
kind-smuggling = smuggling
kind-both = both
kind-neither = neither
kind-undetermined = undetermined
verdict-yes = yes
verdict-no = no
verdict-unknown = unknown
direction-improved = improved
direction-worsened = worsened
direction-changed = changed
change-added = added
change-removed = removed
change-reworded = reworded
language-en = in English
language-ar = in Arabic
language-fr = in French

## Command-line output

errors-warnings = { $errors } error(s), { $warnings } warning(s)
validate-ok = ok: { $jurisdictions } jurisdiction file(s), { $scenarios ->
        [0] {""}
       *[other] { $scenarios } scenario file(s),{" "}
    }{ $instruments } instrument(s), { $requirements } requirement(s), { $warnings } warning(s)
check-encoding = ; encoding { $status } by { $by }
check-as-of = as of { $date }
check-superseded = Earlier version, superseded on { $date }
check-definition = definition: { $class }
check-summary-heading = Summary: { $files } file(s) × { $instruments } instrument(s), the rating and the coverage (assessed/counted) of each
check-summary-legend = C compliant · LC largely · PC partially · NC non-compliant · NR not rated: under three quarters of the counted requirements assessed (unknown is never compliant)
check-not-rated = not rated: { $assessed } of { $counted } requirements assessed; a letter needs { $needed }
not-rated-counts = { $assessed } of { $counted } requirements assessed; a letter needs { $needed }
check-definition-counts = { $class } ({ $assessed } of { $counted } assessed)
definition-assessed = { $assessed } of { $counted } assessed
coverage = coverage
flag-secondary = rests on a secondary source
flag-unsettled = rests on a law whose status is not settled
flag-secondary-and-unsettled = rests on a secondary source; on a law whose status is not settled
article = Art. { $n }
article-not-given = Article not given
binding = binding
not-binding = not binding
instrument-counts = { $binding }; { $requirements } requirements; rated over { $basis } requirements
rating-rules =
    Rating (over the requirements the instrument's rating basis counts: mandatory ones by default):
      coverage = assessed / counted (unknown findings are not assessed)
      score    = (met + 0.5 × partial) / assessed
      NR  not rated            coverage under 75 %: too little was assessed for a letter
      C   compliant            every counted requirement assessed and met
      LC  largely compliant    score ≥ 0.8 and no conflict (a score of 1 with unknowns left)
      PC  partially compliant  score ≥ 0.5 (or score ≥ 0.8 with a conflict)
      NC  non-compliant        score < 0.5
    Definition class (over the requirements of the instrument's definition topic):
      unknown      under 75 % of them assessed
      full         every requirement met
      partial      some met or partial, and some established short (partial, gap or conflict)
      none         none met or partial, and at least one gap or conflict
      full so far  some met, none established short, the rest unknown
label-instrument = Instrument
label-article = Article
label-obligation = Obligation
label-topic = Topic
label-english = English
label-source = Source
label-test = Test
label-if-not-met = If not met
label-note = Note
note-quote-language = The text is { $language }, as in lexgap's sources; they hold no text of it in this language, and lexgap does not translate legal text.
note-quote-english-beside-arabic = The English text ({ $cite }), as quoted in lexgap's sources, beside the Arabic:
translation-official = official translation
translation-unofficial = unofficial translation
translation-encoder = encoder's own translation
translation-of-law = Not the law's own wording: { $kind } { $language } (by { $by }). The law's authoritative text is { $law_language }.
verdict-made-out = made out
verdict-not-made-out = not made out
verdict-cannot-tell = cannot tell
verdict-untested = not tested
classify-under-protocols = Under the Protocols
classify-under-law = Under the law of { $name } ({ $code })
classify-no-offence = no offence is encoded
classify-aggravations = aggravating circumstances
test-not-found = not found
test-expected-got = expected { $expected }, got { $actual }
test-summary = { $passed } passed, { $failed } failed
diff-ratings = Ratings
diff-definition = definition
diff-counts = Gaps closed: { $closed }   Gaps opened: { $opened }   Findings changed: { $changed }
diff-findings-changed = Findings whose status changed
diff-provisions = Provisions
diff-before = before
diff-after = after
history-heading = ratings over the commits that touched { $path }
history-does-not-load = does not load with this version of lexgap
history-too-large = not read: { $size } bytes, larger than the input size limit of { $limit } bytes
draft-heading = Draft bill: { $title } (applied to { $base })
draft-closes = closes { $count } gap(s)
draft-opens = opens { $count } gap(s)
diff-removed = Taken out by the new version ({ $count }):
removed-term = { $offence }: { $item } is no longer among its { $field }
removed-note = { $offence }: { $item } stays among its { $field }, without its note
removed-offence-note = { $offence }: its note is gone
removed-offence = the offence { $item } is gone
removed-measure = the measure { $item } is gone
removed-not-provided = the recorded absence of { $item } is gone
removed-beyond = an entry beyond the instruments ({ $item }) is gone
site-written = site: { $files } files ({ $jurisdictions } jurisdictions, { $instruments } instruments; { $bytes } bytes) in { $dir }
site-progress = rendered { $done } of { $total } pages
nothing-written = nothing was written
init-bundled = note: { $code } is bundled with lexgap already; to correct its encoding, edit its file under statutes/national/
init-written = wrote { $path }: replace the <...> placeholders, then run `lexgap validate { $path }`
man-written = wrote { $count } manual pages in { $dir }

## Reports and the site (templates: t / tmd)

status-meaning-met = the law does what the requirement asks
status-meaning-partial = it does so only in part
status-meaning-gap = the law was read, and does not do it
status-meaning-conflict = the law does the opposite
status-meaning-unknown = the encoding is silent: not assessed
sep-semicolon = ;
sep-comma = ,
skip = Skip to the content
nav-site = Site
nav-all = All jurisdictions
nav-compare = Comparison
footer-made-by = Made by { $generator } from the encodings named above
footer-on = , on { $date }
footer-traceable = Every finding is traceable to the quoted text of the law and of the instrument; where an encoding is silent, the finding is <em>unknown</em>, never a guess.
footer-statuses = Statuses:
flag-secondary-source = secondary source
flag-law-unsettled = law's status not settled
no-english = No English rendering.
source-label = Source:
encoder-note = Encoder's note:
report-title = gap report
report-kicker = Gap report
law-as-of = Law as of
encoding = Encoding
encoding-by = { $status }, by { $by }
file = File
versions = Versions of this law
versions-colon = Versions of this law:
warn-draft-html = <strong>Draft encoding.</strong> This encoding has not been reviewed. Its findings show what lexgap reads in the texts quoted below; check them against the texts before relying on them.
warn-historical-html = <strong>Earlier version.</strong> The law encoded here was superseded on { $date }.
note-interface-language-html = This report is written in English.
contents = Contents
laws-covered = Laws covered
draft-changes = What this draft bill would change
summary = Summary
serious = Most serious findings
distinction = Trafficking and smuggling kept apart
missed = Cases this law would miss
every-requirement = Every requirement
beyond = Beyond the instruments
sources = Sources
col-law = Law
col-status = Status
col-dates = Dates
law-number = No. { $n }
not-settled = not settled
repealed-by = repealed by { $by }
on-date = on { $date }
amended-by = amended by { $by }
law-read-in-part = Read in part only (no absence is recorded from it):
not-given = not given
draft-applied-html = <strong>{ $title }</strong>, applied to <span class="rid">{ $base }</span>.
col-instrument = Instrument
col-rating-before = Rating before
col-rating-after = Rating after
col-coverage-before = Coverage before
col-coverage-after = Coverage after
draft-counts = It would close { $closed ->
        [one] { $closed } gap or conflict
       *[other] { $closed } gaps or conflicts
    } and open { $opened }; { $changed ->
        [one] { $changed } finding changes
       *[other] { $changed } findings change
    } in all.
gaps-closes = Gaps it closes
gaps-opens = Gaps it opens
read-with-care = Read with care.
warn-secondary = { $n ->
        [one] { $n } finding rests
       *[other] { $n } findings rest
    } on a secondary source (a summary, not the statutory wording).
warn-unsettled = { $n ->
        [one] { $n } finding rests
       *[other] { $n } findings rest
    } on a law whose status the sources do not settle.
warn-marked-html = Each is marked <span class="flag">where it appears</span>.
summary-caption = Rating per instrument over the requirements it counts; unknown findings are left out of the score and shown as coverage.
col-rating = Rating
col-coverage = Coverage
col-definition = Trafficking definition
counts-all = counts all requirements
counts-mandatory = counts mandatory requirements
percent = { $n }%
not-rated-note = NR: not rated, because fewer than three quarters of the counted requirements could be assessed; a letter would say more about what was read of the law than about the law. Unknown is never counted as compliant.
ratings-legend = Ratings: C compliant · LC largely compliant · PC partially compliant · NC non-compliant · NR not rated. A letter needs at least 75 % of the counted requirements assessed; C needs every one assessed and met. Score = (met + ½ partial) / assessed; LC ≥ 0.8 with no conflict; PC ≥ 0.5; NC below.
serious-intro-html = Every finding short of met that calls for action, with its recommendation: first what lexgap <strong>urges</strong> (a mandatory requirement with a gap or a conflict), then what it asks to <strong>consider</strong>, then what it <strong>invites</strong>.
no-action = No finding calls for action.
distinction-intro = Trafficking in persons is a crime against the person and needs no border crossing; smuggling of migrants is procuring illegal entry for a benefit. These checks say whether the law keeps the two apart.
col-requirement = Requirement
col-law-says = What the law says
col-recommendation = Recommendation
no-distinction = No instrument in this report has distinction checks.
missed-intro-html = The fact patterns bundled with lexgap that are trafficking or smuggling under the Protocols and that none of this law's offences reaches, with the elements that fail. A case the law <strong>would</strong> miss fails every offence that could catch it; one it <strong>might</strong> miss depends on something the encoding does not say.
col-case = Case
col-under-protocols = Under the Protocols
col-missed = Missed
col-why-missed = Why the law's offences do not reach it
would-miss = would miss
might-miss = might miss
missed-none = Every bundled case that is trafficking or smuggling under the Protocols is reached by at least one of this law's offences.
requirements-intro-html = By instrument and article: the instrument's text beside the national provisions that the findings rest on (original language, and the English rendering with who made it), then each requirement's finding.
aria-text = text
national-law = National law
aria-national = national provisions
source-once = (for every text of it quoted below)
quoted-above = quoted above, under { $place }
noted-above = Encoder's note: as for { $place } above
summary-title = Summary for decision-makers
summary-kicker = Gap report, summary
summary-read = What was read
summary-read-counts = The findings rest on { $provisions } provisions quoted from these laws, for { $findings } requirements of the instruments.
summary-read-secondary = { $n } findings rest on a secondary source (a summary or report, not the text of the law).
summary-read-unsettled = { $n } findings rest on a law whose status is not settled.
summary-chart-caption = Each instrument's counted requirements by status: met, partial, gap, conflict, unknown (grey).
summary-chart-row = met { $met } · partial { $partial } · gap { $gap } · conflict { $conflict } · unknown { $unknown }
summary-recommendations = Priority recommendations
summary-recommendations-intro = Most serious first. Each is numbered by the jurisdiction and the requirement it answers, so that a number stays the same from one report to the next and can be cited.
summary-method = How to read this summary
summary-unknown-not-compliant = Unknown is never compliant: it means the texts read do not settle the question, and it is left out of a rating, which then needs three quarters of the requirements assessed.
summary-full-report = The full report gives every requirement with the instrument's text, the reasoning and the national provisions it rests on, quoted in its annex.
summary-missed-more = { $n ->
        [one] One more case it might miss (it turns on something the encoding does not say) is in the full report.
       *[other] { $n } more cases it might miss (each turns on something the encoding does not say) are in the full report.
    }
summary-missed-why = Why each is missed, element by element, is in the full report.
report-date-as-of = { $date } (the data's as-of date; --date sets another)
made-with = Made with
inputs-digest-title = SHA-256 of the files this report was made from: the instruments, the vocabulary, the scenarios and the jurisdiction's file
cite-as = Cite as:
cite-report = lexgap, “Gap report: { $name } ({ $code }), law as of { $as_of }”, { $generator }, inputs sha256:{ $digest }, { $date }.
cite-summary = lexgap, “Gap report, summary: { $name } ({ $code }), law as of { $as_of }”, { $generator }, inputs sha256:{ $digest }, { $date }.
# From before to after: on a right-to-left page the arrow points left.
arrow = →
annex-texts = Annex: the texts of the national law
annex-texts-intro = Every provision this report cites, once, as quoted in the encoding, with its source and its English rendering where the original is in another language. The articles above and the reasons link here.
texts-in-annex-short = (texts in the annex)
texts-in-annex-md = The texts are quoted in the annex.
no-provision-cited = No provision is cited: the encoding is silent here, or the law was read in full and found to lack it.
beyond-intro = What the law does that the instruments do not ask for. It is not rated.
beyond-offence = Offence: { $label }
beyond-among = among the { $field } of offence { $offence }
beyond-noted = Noted by the encoder
beyond-measure = Measure: { $label }
beyond-none = The encoding records nothing beyond the instruments.
used-for = for { $what }
on-law = On { $title }:
instruments = Instruments
report-date = Report date
warn-draft-md = **⚑ Draft encoding.** This encoding has not been reviewed. Its findings show what lexgap reads in the texts quoted below; check them against the texts before relying on them.
warn-historical-md = **⚑ Earlier version.** The law encoded here was superseded on { $date }.
draft-applied-md = **{ $title }**, applied to { $base }.
draft-counts-md = It would close { $closed } gap(s) or conflict(s) and open { $opened }; { $changed } finding(s) change in all.
warn-secondary-md = { $n } finding(s) rest on a secondary source (a summary, not the statutory wording).
warn-unsettled-md = { $n } finding(s) rest on a law whose status the sources do not settle.
warn-marked-md = Each is marked ⚑ where it appears.
basis-all-requirements = all requirements
basis-mandatory-requirements = mandatory requirements
serious-intro-md = First what lexgap **urges** (a mandatory requirement with a gap or a conflict), then what it asks to **consider**, then what it **invites**.
missed-intro-md = The fact patterns bundled with lexgap that are trafficking or smuggling under the Protocols and that none of this law's offences reaches, with the elements that fail. A case the law **would** miss fails every offence that could catch it; one it **might** miss depends on something the encoding does not say.
requirements-intro-md = By instrument and article: the instrument's text, the national provisions that the findings rest on (original language, and the English rendering with who made it), then each requirement's finding.
flag-law-not-settled = law not settled
note-colon = Note:
made-by-md = Made by { $generator }
index-title = lexgap — trafficking and smuggling laws against the international standards
index-h1 = Laws on trafficking in persons and smuggling of migrants, against the international standards
index-lead = For each jurisdiction, how its law meets the UN Trafficking in Persons Protocol, the Smuggling of Migrants Protocol, the UN Convention against Transnational Organized Crime and the Arab Guiding Law: a FATF-style rating with the share of requirements that could be assessed, and the number of recommendations by urgency.
glance = Ratings at a glance
col-jurisdiction = Jurisdiction
col-as-of = As of
earlier-version = earlier version
index-cell-html = Each cell: the rating (C compliant, LC largely, PC partially, NC non-compliant; NR not rated, when fewer than three quarters of the counted requirements could be assessed), then assessed/counted requirements. <a href="compare.html">The full comparison</a> shows every requirement.
the-instruments = The instruments
n-requirements = { $n } requirements
index-cell-md = Each cell: the rating (C compliant, LC largely, PC partially, NC non-compliant; NR not rated, when fewer than three quarters of the counted requirements could be assessed), then assessed/counted requirements. [The full comparison](compare.md) shows every requirement.
aria-matrix = requirements by jurisdiction
col-article = Article
read-with-care-short = read with care
coverage-assessed-counted = Coverage (assessed / counted)
not-rated-rating-note = NR: not rated, because fewer than three quarters of the counted requirements could be assessed.
assessed-counted = assessed/counted
flag-read-with-care = rests on a secondary source or on a law whose status is not settled.
rating-C = compliant
rating-LC = largely compliant
rating-PC = partially compliant
rating-NC = non-compliant
rating-NR = not rated
class-label-full = full: every element of the definition is met
class-label-partial = partial: some elements are met, some fall short
class-label-none = none: no element is met and some are established short
class-label-unknown = unknown: fewer than three quarters of the definition's elements could be assessed
class-label-full_so_far = full so far: the elements assessed are met, the others are unknown
law-status-in_force = in force
law-status-repealed = repealed
law-status-amended = in force as amended
law-status-unknown = status not settled by the sources
law-status-bill = draft bill, not in force
date-adopted = adopted
date-issued = issued
date-published = published
date-in_force = in force
beyond-kind-offence_kind = an offence of a kind the instruments do not name
beyond-kind-term = a term outside the instruments' vocabulary
beyond-kind-note = noted by the encoder
beyond-kind-unasked = a term of lexgap's vocabulary that no requirement asks for
field-acts = acts
standing-national = the person is a national of the destination
standing-permanent_resident = the person is a permanent resident of the destination
standing-temporary_resident = the person holds a temporary residence permit in the destination
standing-none = the person has no residence in the destination
standing-none_stated = the person is not a national or permanent resident of the destination, and the facts state no residence there
standing-national_or_permanent = the person is a national or a permanent resident of the destination
excluded-nationals = nationals
excluded-nationals_and_permanent_residents = nationals and permanent residents
excluded-nationals_and_residents = nationals and residents
excluded-no_one = no one
document-act-producing = producing
document-act-procuring = procuring
document-act-providing = providing
document-act-possessing = possessing
untested-other = an offence kind of the encoder's own, not in the vocabulary
field-means = means
field-purposes = purposes
field-aggravations = aggravations
version-draft = draft bill: { $title }
version-superseded = superseded on { $date }
version-in-force = in force
test-offence = an offence of { $kind } exists
test-measure = the law provides: { $measure }
test-lists = the offence of { $kind } includes { $term } among its { $field }
test-fact = for the offence of { $kind }, `{ $field }` is { $value } (otherwise { $otherwise })
test-at-least = for the offence of { $kind }, `{ $field }` is at least { $min }
test-plain-fact = the offence of { $kind } { $fact } (otherwise { $otherwise })
test-plain-at-least = for the offence of { $kind }, { $fact } is at least { $min }
test-all = all of: { $parts }
test-any = any of: { $parts }
bool-true = true
bool-false = false
list-separator = ;
article-word-guidance = Guidance
article-word-draft-article-not-given = Draft (article not given)
compare-title = Comparison of { $n } jurisdictions
compare-h1 = { $n ->
        [one] { $n } jurisdiction
       *[other] { $n } jurisdictions
    } side by side
compare-lead = Every requirement against every jurisdiction, grouped by instrument and article, with the rating and coverage of each instrument; then the provisions of each jurisdiction set next to each other for
compare-lead-distinction = the checks that keep trafficking and smuggling apart
compare-lead-chosen = the chosen requirements
side-by-side = Provisions side by side
status-marks = Status marks
legend-flag = rests on a secondary source or on a law whose status is not settled
jurisdictions = Jurisdictions
col-column = Column
earlier-superseded = earlier version, superseded { $date }
side-by-side-default-html = The checks that keep trafficking and smuggling apart. Choose other requirements with <code>lexgap compare --requirement ID</code>.
checked-as = checked as:
aria-provisions = provisions
instrument-title = requirements and jurisdictions
short-name = Short name
adopted = Adopted
binding-label = Binding
binding-yes = yes
binding-no = no: rated as alignment
rated-over = Rated over
rated-over-all = all its requirements
rated-over-mandatory = its mandatory requirements
requirements-in-all = { $n } requirements in all
text-label = Text
how-each-fares = How each jurisdiction fares
the-requirements = The requirements
col-checked-as = Checked as
col-where-short = Where short, lexgap recommends

## The diff page (diff.html, diff.md)

diff-title = what changed
diff-kicker = What changed
col-before = Before
col-after = After
diff-ratings-coverage = Ratings and coverage
diff-counts-html = { $closed ->
        [one] { $closed } gap or conflict
       *[other] { $closed } gaps or conflicts
    } closed, { $opened } opened, { $changed ->
        [one] { $changed } finding
       *[other] { $changed } findings
    } changed in all. A change to or from <em>unknown</em> says what is known of the law changed, not the law.
diff-counts-md = { $closed } gap(s) or conflict(s) closed, { $opened } opened, { $changed } finding(s) changed in all. A change to or from *unknown* says what is known of the law changed, not the law.
col-why-before = Why, before
col-why-after = Why, after
diff-no-finding = No finding changed.
diff-provisions-changed = Provisions added, removed or reworded
col-provision = Provision
col-change = Change
diff-no-provision = No provision changed.
diff-removed-heading = Taken out by the new version

## The comparison in Markdown (compare.md)

marks-colon = Marks:
side-by-side-default-md = The checks that keep trafficking and smuggling apart. Choose other requirements with `lexgap compare --requirement ID`.

## --verbose lines and the errors of writing (standard error)
verbose-done = done in { $ms } ms (exit { $code })
verbose-read = read { $files } file(s) ({ $jurisdictions } jurisdiction(s)) in { $ms } ms
verbose-file = {"  "}{ $file } ({ $bytes } bytes)
verbose-site = rendered and wrote { $pages } pages in { $ms } ms
watch-changed = changed: { $files }
watch-built = built in { $ms } ms: { $rendered } pages rendered, { $unchanged } left as they were
watch-more = {" "}… and { $count } more
watch-invalid = the site was not changed (the last good build stays); fix the file and save it again
watch-watching = watching { $dirs } for changes (Ctrl-C to stop)
watch-stopped = stopped watching
verbose-site-unchanged = left { $pages } pages as they were: unchanged since the last build (the site's cache)
verbose-site-cache-missing = no cache of an earlier build in the site's directory: every page is rendered
verbose-site-cache-unreadable = the site's cache could not be read (damaged, or of another format): ignored, every page is rendered
verbose-site-cache-foreign = the site's cache was made by another build of lexgap, with other templates, shared data or language: ignored, every page is rendered
verbose-site-trees = parsed { $parsed ->
        [one] { $parsed } input file
       *[other] { $parsed } input files
    }; read { $kept } unchanged since the last build from its trees (the site's cache)
verbose-site-trees-damaged = the trees of the last build could not be read (damaged, or of another format): ignored, every input file is parsed
verbose-site-trees-foreign = the trees of the last build were made by another build of lexgap: ignored, every input file is parsed
verbose-wrote = wrote { $file } ({ $bytes } bytes)
error-cannot-write = cannot write output: { $error }
error-cannot-encode-json = cannot encode JSON: { $error }

# The recommendation of a partial finding (src/check/recommend.rs).
recommend-partial-term = Cover { $term } in full among the { $field } of the offence of { $offence }: the law names it, but only in part.
recommend-partial = The law provides for this only in part; to meet the requirement in full: { $recommendation }

# The headings and row labels of the comparison as CSV (render::compare_csv).
csv-instrument = instrument
csv-article = article
csv-requirement = requirement
csv-title = title
csv-obligation = obligation
csv-rating = { $short } rating (NR: not rated, under 75 % assessed)
csv-coverage = { $short } coverage (assessed/counted)

## unknowns (the encoder's worklist)
unknowns-heading = { $unknown } of { $findings } findings unknown
unknowns-letter-needs = not rated: a letter needs { $needed } assessed
unknowns-none = No finding is unknown.
unknowns-items = What would settle them, the most findings first: the YAML path to fill in (or, where a full reading of the law finds nothing, the term to record under not_provided), then what it asks for:
unknowns-need-offence = no offence of this kind is encoded: { $kind }
unknowns-need-fact = { $offence }: not encoded
unknowns-need-open-list = { $offence }: the list is open (read only in part, or its words do not settle that it is whole) and does not name what the test asks for: name it where the law does, or set complete: true where the whole text shows the list is closed
unknowns-need-measure = measure not encoded: { $measure }
unknowns-bears-on = { $findings ->
        [one] 1 finding
       *[other] { $findings } findings
    }: { $instruments }{ $alone ->
        [0] {""}
        [one] ; it alone settles 1 of them
       *[other] ; it alone settles { $alone } of them
    }
unknowns-unattributed = { $n ->
        [one] 1 unknown finding turns on nothing the file could fill in.
       *[other] { $n } unknown findings turn on nothing the file could fill in.
    }
unknowns-laws-in-part = Laws read only in part (an absence cannot rest on them):

## the report: how little was read, and what is still unknown
warn-little-read-html = <strong>How little was read.</strong> { $laws ->
        [one] The one law encoded here was read only in part
       *[other] None of the { $laws } laws encoded here was read in full
    }{ $verbatim ->
        [0] ; no provision quoted is in the law's own words (each is a third party's summary)
       *[other] { $secondary ->
            [0] {""}
            [one] ; 1 of the { $provisions } provisions quoted is a third party's summary, not the law's words
           *[other] ; { $secondary } of the { $provisions } provisions quoted are a third party's summaries, not the law's words
        }
    }. { $unknown } of { $findings } findings are unknown: a rating says what was read, not what the law does. The full report's “What is still unknown” lists what would settle them.
warn-little-read-md = **⚑ How little was read.** { $laws ->
        [one] The one law encoded here was read only in part
       *[other] None of the { $laws } laws encoded here was read in full
    }{ $verbatim ->
        [0] ; no provision quoted is in the law's own words (each is a third party's summary)
       *[other] { $secondary ->
            [0] {""}
            [one] ; 1 of the { $provisions } provisions quoted is a third party's summary, not the law's words
           *[other] ; { $secondary } of the { $provisions } provisions quoted are a third party's summaries, not the law's words
        }
    }. { $unknown } of { $findings } findings are unknown: a rating says what was read, not what the law does. The full report's “What is still unknown” lists what would settle them.
unknowns-section = What is still unknown
unknowns-intro = { $unknown } of { $findings } findings { $unknown ->
        [one] is
       *[other] are
    } unknown: the encoding is silent because the text that would settle them was not read. What would settle them, the most findings first: where to write it in the jurisdiction file (the YAML path), or, where a full reading of the law finds nothing, the term to record under not_provided.
col-fill-in = Fill in (YAML path)
col-asks-for = What it asks for
col-findings = Unknown findings
col-settles-alone = Settled by it alone
unknowns-more = { $n ->
        [one] One more item: the command lexgap unknowns { $code } lists every item.
       *[other] { $n } more items: the command lexgap unknowns { $code } lists every item.
    }
unknowns-unattributed-page = { $n ->
        [one] One unknown finding turns on nothing the file could fill in.
       *[other] { $n } unknown findings turn on nothing the file could fill in.
    }
col-what-was-read = What was read
compare-coverage = { $unknown } of { $findings } findings unknown; { $full } of { $laws } laws read in full
compare-little-read = little read: ratings provisional
compare-filter-note = A link to an instrument shows its matrix alone (in print too);
compare-all-instruments = show every instrument.
