# Question banks: loading, validation (each message follows file:line:col),
# lint warnings, and names the library does not have.

## What a question is, as the interface names it (`kind:` in a bank).

bank-kind-technical = technical
bank-kind-behavioral = behavioral
bank-kind-experience = experience
bank-kind-intro = intro
bank-kind-closing = closing

## Where a bank came from.

bank-origin-bundled = bundled
bank-origin-user-folder = user folder
bank-origin-banks-flag = --banks
bank-origin-story = your story
bank-origin-bundled-path = (bundled) { $path }

## A time limit: 90s, 2m, 1m30s.

bank-duration-seconds = { $s }s
bank-duration-minutes = { $m }m
bank-duration-minutes-seconds = { $m }m{ $s }s

## Loading.

bank-file-unreadable = cannot read the file: { $reason }
bank-too-big = the bank is over 1 MiB ({ $max } bytes) and was refused
bank-path-unreadable = cannot read the bank path: { $reason }
bank-replaces = bank `{ $id }` from { $new } replaces the one from { $old }
bank-empty = the bank is empty; expected a mapping with `role` and `questions`
# $doc: bank or story.
bank-document-too-big = the { $doc ->
        [story] story
       *[bank] bank
    } is { $size } bytes; { $doc ->
        [story] stories
       *[bank] banks
    } over 1 MiB ({ $max } bytes) are refused
bank-not-utf8 = the file is not valid UTF-8 text

## Reading the YAML.

bank-yaml-tab = found a tab; YAML indents with spaces, not tabs
# $reason: the YAML parser's own words.
bank-yaml-syntax = YAML syntax error: { $reason }; the rest of the file was not checked
bank-yaml-too-deep = lists and mappings nest deeper than { $max } levels; a { $doc ->
        [story] story
       *[bank] bank
    } needs at most { $depth }
bank-yaml-control-character = control characters are not allowed
bank-yaml-second-document = a second YAML document (`---`); a { $doc ->
        [story] story
       *[bank] bank
    } is one document
bank-yaml-alias-inside-itself = an alias inside the very thing its anchor names; a value cannot contain itself
bank-yaml-aliases-too-big = aliases expand the { $doc ->
        [story] story
       *[bank] bank
    } past { $kib } KiB; write the text out, or share less
# What was found where something else belongs.
bank-yaml-string = string `{ $text }`
bank-yaml-sequence = sequence
bank-yaml-map = map

## Validation: what is wrong at the place named before it.

bank-wrong-type = invalid type: { $found }, expected { $expected }
bank-key-not-a-name = a key must be a plain name, not a list or mapping
bank-duplicate-key = duplicate key `{ $key }`: each key may appear once
bank-unknown-key = unknown key `{ $key }`, expected one of the keys { $allowed }
bank-unknown-kind = unknown kind `{ $kind }`; kind is one of technical, behavioral, experience, intro, closing
bank-unknown-level = unknown level `{ $level }`; level is one of junior, mid, senior
bank-time-limit-not-a-duration = time_limit must be seconds or a duration like 90, "90s", "2m" or "1m30s", not `{ $given }`
bank-time-limit-range = time_limit must be between 1 second and 60 minutes
bank-terms-empty = `{ $key }` needs at least one non-empty term
bank-follow-up-empty = a follow-up question must not be empty
bank-follow-up-ask-empty = a follow-up's `ask` must not be empty
bank-follow-up-needs-ask = a follow-up needs `ask`: the question to ask
bank-follow-up-both-conditions = a follow-up takes `if_mentions` or `if_missing`, not both: write two follow-ups
bank-key-point-empty = a key point must not be empty
bank-key-point-needs-text = a key point needs `text`
bank-key-point-text-empty = a key point's `text` must not be empty
# $what: bank, file (a bank id taken from the file name) or question.
bank-id-empty = { $what ->
        [question] question id
        [file] bank id (from the file name)
       *[bank] bank id
    } must not be empty
bank-id-too-long = { $what ->
        [question] question id
        [file] bank id (from the file name)
       *[bank] bank id
    } is longer than 100 characters
bank-id-bad-characters = { $what ->
        [question] question id
        [file] bank id (from the file name)
       *[bank] bank id
    } `{ $id }` must not contain spaces or control characters
bank-role-not-a-slug = role `{ $role }` must be a slug: lowercase letters, digits and dashes, like `backend` or `data-engineering`
bank-language-not-a-code = language `{ $language }` must be a language code like `en` or `ko`
# $key: the key in the file (title, prompt).
bank-value-empty = { $key } must not be empty
bank-missing-role = missing key `role`: every bank names the role it serves, like `role: backend`
bank-missing-questions = missing key `questions`: a bank needs a list of questions
bank-questions-empty = `questions` is empty; a bank needs at least one question
bank-duplicate-question-id = duplicate question id `{ $id }` (first at line { $line }): ids must be unique in a bank
bank-missing-key = missing key `{ $key }`

## What belongs there (the `expected` of an invalid type).

bank-expected-bank = a mapping with `role` and `questions`
bank-expected-bank-id = a bank id
bank-expected-title = a title
bank-expected-role = a role slug
bank-expected-language = a language code
bank-expected-description = a description
bank-expected-defaults = a mapping of question defaults
bank-expected-questions = a list of questions
bank-expected-question = a question: a mapping with `id` and `prompt`
bank-expected-question-id = a question id
bank-expected-prompt = a prompt
bank-expected-kind = a kind
bank-expected-level = a level
bank-expected-time-limit = a time limit
bank-expected-key-points = a list of key points
bank-expected-key-point = a key point: a string, or a mapping with `text` and `match`
bank-expected-key-point-text = the key point's text
bank-expected-follow-ups = a list of follow-up questions
bank-expected-follow-up = a follow-up: a question, or a mapping with `ask` and `if_mentions` or `if_missing`
bank-expected-follow-up-question = the follow-up question
bank-expected-notes = notes
# $what: one item of the list, as below (term, tag).
bank-expected-list-of = a list of { $what }s
bank-expected-one = a { $what }
bank-term = term
bank-tag = tag

## `banks lint`: risky match terms.

bank-lint-warning = warning: question `{ $question }`, term `{ $term }`: { $message }
bank-lint-one-syllable = a one-syllable Hangul term matches inside many unrelated words; use a longer term
bank-lint-particle = the term ends in the particle `{ $particle }`, so it misses the same word with any other particle; drop the particle
bank-lint-inside-common-words = the term also matches inside common words ({ $words }); use a longer or more specific term
bank-lint-negation = the term is itself a negation, and a term in a negated clause never counts; name what is there instead ("plain text", not "not encrypted")
bank-lint-in-prompt = the term also appears in the question's prompt, so repeating the question covers this point
bank-lint-generic = a generic word is this key point's only kind of term, so almost any answer covers it; add the specific words

## A name on the command line that no bank has. $what: role, language,
## bank, tag or question; $given: what was typed.

bank-unknown = unknown { $what ->
        [role] role
        [language] language
        [bank] bank
        [tag] tag
       *[question] question
    } `{ $given }`
bank-unknown-tag-in-chosen-banks = unknown tag `{ $given }` in the banks chosen by --role, --bank and --lang
# $round: technical or full.
bank-unknown-role-for-round = unknown role `{ $given }` for a { $round ->
        [full] full
       *[technical] technical
    } round, which needs technical questions
bank-unknown-role-for-round-in = unknown role `{ $given }` for a { $round ->
        [full] full
       *[technical] technical
    } round, which needs technical questions in `{ $lang }`
bank-unknown-question-in-bank = unknown question `{ $given }` in bank `{ $bank }`
# $unknown: one of the sentences above; $near: the nearest names.
bank-unknown-did-you-mean = { $unknown }; did you mean { $near }?
bank-unknown-no-near = { $unknown }.
bank-names-or = { $a } or { $b }
# The names there are.
bank-known = { $what ->
        [role] Roles
        [language] Languages
        [bank] Banks
        [tag] Tags
       *[question] Questions
    }: { $names }
bank-known-more = { $what ->
        [role] Roles
        [language] Languages
        [bank] Banks
        [tag] Tags
       *[question] Questions
    }: { $names } and { $more } more
bank-known-none = There are no { $what ->
        [role] roles
        [language] languages
        [bank] banks
        [tag] tags
       *[question] questions
    }.
bank-known-none-in-chosen-banks = There are no tags in the banks chosen by --role, --bank and --lang.
bank-known-none-for-round = There are no roles for a { $round ->
        [full] full
       *[technical] technical
    } round, which needs technical questions.
bank-known-none-for-round-in = There are no roles for a { $round ->
        [full] full
       *[technical] technical
    } round, which needs technical questions in `{ $lang }`.
bank-known-none-in-bank = There are no questions in bank `{ $bank }`.
