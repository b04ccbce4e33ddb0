# The command line: what rehearse prints and the errors it exits with.
# (`--help` and clap's own parse errors stay English: see README.md.)

## Errors and the panic message.

# Every runtime error, as one line after the program's name.
cli-error = rehearse: { $message }
cli-internal-error = rehearse: internal error ({ $message }); please report it
cli-internal-error-at = rehearse: internal error ({ $message }) at { $file }:{ $line }; please report it
cli-internal-error-unknown = unknown error
cli-needs-terminal = this command opens the full-screen app; run it in a terminal
cli-no-home-folder = cannot find a home folder for the data; pass --data-dir DIR
cli-cannot-read = cannot read { $path }
cli-cannot-write = cannot write { $path }
cli-cannot-create = cannot create { $path }
cli-not-utf8 = { $path } is not UTF-8 text
# A problem of the library: the questions made from your story.
cli-story-questions-not-loaded = its questions were not loaded: { $error }

## rehearse banks list

cli-banks-column-role = ROLE
cli-banks-column-language = LANG
cli-banks-column-bank = BANK
cli-banks-column-questions = QUESTIONS
cli-banks-column-source = SOURCE
cli-banks-summary = { $roles ->
        [one] { $roles } role
       *[other] { $roles } roles
    }, { $banks ->
        [one] { $banks } bank
       *[other] { $banks } banks
    }, { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }
cli-banks-folder = your bank folder: { $path }
cli-banks-notice = notice: { $notice }
cli-banks-problem = problem: { $problem }

## rehearse banks new

cli-banks-new-exists = { $path } already exists; choose a new file name
cli-banks-new-wrote = wrote a template bank to { $path }
cli-banks-new-check-it = check it with: rehearse banks validate { $path }

## rehearse banks validate / lint (the place, file:line:col, comes first)

cli-validate-unreadable = cannot read: { $reason }
cli-validate-no-bank-files = no *.yaml or *.yml bank files here
cli-validate-ok = ok { $file } ({ $role } `{ $id }`, { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    })
cli-validate-ok-with-warnings = ok { $file } ({ $role } `{ $id }`, { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    })
cli-validate-failed = { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    } in { $bad ->
        [one] { $bad } file
       *[other] { $bad } files
    } invalid, { $good } valid
cli-lint-failed = { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }; see `Writing match terms` in the README

## rehearse banks import FILE.md

# $reason: why the block is not a question (import.ftl).
cli-import-md-skipped = skipped { $file }:{ $line }: { $text } ({ $reason })
cli-import-md-took = took { $file }:{ $line }: { $id } — { $prompt }
# $kind: the bank's word for the kind guessed (behavioral, experience, intro, closing); $cue: the words it was guessed from.
cli-import-md-took-kind = took { $file }:{ $line }: { $id } — { $prompt } [kind: { $kind }, from “{ $cue }”; change `kind:` in the bank if that is wrong]
cli-import-md-merged = merged { $file }:{ $line }: { $prompt } (the same question as line { $into })
cli-import-md-no-questions = found no questions in { $file }; questions are list items or headings that end in `?` or ask something
cli-import-md-exists = { $path } already exists; pass -o with another file or folder
cli-import-md-invalid = could not make a bank of { $file }: { $error }
cli-import-md-wrote = wrote { $path } ({ $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $skipped } skipped, { $merged } merged); add key_points to get coverage feedback
cli-import-md-wrote-part = wrote { $path } ({ $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    })
# $max: the most a bank file may hold, in MiB.
cli-import-md-wrote-split = one bank would pass { $max } MiB, the most a bank file may hold, so { $questions ->
        [one] { $questions } question went
       *[other] { $questions } questions went
    } into { $banks } banks in { $dir } ({ $skipped } skipped, { $merged } merged); add key_points to get coverage feedback
cli-import-bad-role = --role `{ $role }` is not a role: use lowercase letters, digits and dashes, like `backend` or `data-engineering`
cli-import-bad-lang = --lang `{ $lang }` is not a language code: use one like `en` or `ko`
cli-import-bank-unwritable = cannot write the bank: { $reason }
cli-import-bank-reads-back-differently = the bank reads back differently from what was written, at `{ $what }`
cli-import-bank-too-big = the bank is { $size } bytes, over the { $max } a bank file may hold
cli-import-question-too-big = question `{ $id }` alone is over the { $max } bytes a bank file may hold; shorten its notes in the document

## rehearse settings

# A setting with no value.
cli-settings-none = none
cli-settings-language-set-here = { $lang } (set here)
# $var: LC_ALL, LC_MESSAGES or LANG.
cli-settings-language-from-locale = { $lang } (from { $var })
cli-settings-language-default = { $lang } (the default)
cli-settings-fsrs-defaults = defaults (run `rehearse optimize` to fit yours)
cli-settings-fsrs-fitted = fitted to your reviews
cli-settings-needs-value = give the new value too, e.g. `rehearse settings retention 0.85`
# $key: the setting as typed (retention, new-limit...); $value: what was given.
cli-settings-not-retention = settings { $key } `{ $value }` is not a number like 0.9
cli-settings-not-whole-number = settings { $key } `{ $value }` is not a whole number
cli-settings-not-a-number = settings { $key } `{ $value }` is not a number
cli-settings-retention-range = retention must be between 0.70 and 0.99
cli-settings-rate-range = a speaking rate must be between 30 and 1000 a minute
cli-settings-not-a-ui-language = settings ui-language `{ $value }` is not a language of the interface: en, ko, or auto
# $given_as: --interview-date or settings interview-date.
cli-settings-not-a-date = { $given_as } `{ $value }` is not a date in the form YYYY-MM-DD, like 2026-12-10 (or `none` to clear it)
# $problem: the sentence naming the nearest roles.
cli-settings-unknown-target-role = { $problem } (or `none` to clear it)
cli-settings-saved = saved { $key } = { $value }

## rehearse optimize

cli-optimize-reset = FSRS parameters reset to the defaults
cli-optimize-fitted = fitted FSRS parameters to { $reviews ->
        [one] { $reviews } review
       *[other] { $reviews } reviews
    } and saved them:
# $reason: how many more reviews it needs.
cli-optimize-not-enough = { $reason }; until then the default parameters are used

## rehearse check

cli-check-type-the-answer = type or pipe the answer; end with Ctrl+D
cli-check-stdin = standard input
cli-check-stdin-unreadable = cannot read the answer from standard input
# $source: a file, or standard input.
cli-check-answer-too-big = the answer in { $source } is over 1 MiB; check one answer at a time
cli-check-answer-not-utf8 = the answer in { $source } is not UTF-8 text
cli-check-answer-empty = the answer in { $source } is empty; there is nothing to check
cli-check-without-story = rehearse: { $error }; checked without it
cli-check-store-unread = rehearse: your talking points, story and speaking rates were not used: { $error }
# $spoken: a duration (1m30s).
cli-check-length = Length: { $words ->
        [one] { $words } word
       *[other] { $words } words
    }, { $chars ->
        [one] { $chars } character
       *[other] { $chars } characters
    }; about { $spoken } spoken
cli-check-key-points = Key points: { $covered } of { $total } covered
cli-check-talking-points = Your talking points: { $covered } of { $total } covered
cli-check-matched = (matched "{ $term }")
cli-check-negated = (mentioned, but negated: "{ $phrase }")
cli-check-not-said = (you didn't say { $numbers })
cli-check-checks = Checks:
cli-check-fillers = Fillers: { $fillers }
cli-check-star-situation = situation
cli-check-star-task = task
cli-check-star-action = action
cli-check-star-result = result
cli-check-star-missing = missing
cli-check-story = Your story: { $used } of { $total } facts used
cli-check-left-out = (left out)
cli-check-reads-as = Reads as: { $reads }
cli-check-reads-as-for = Reads as: { $reads } (applying for { $target })

## rehearse export / import / backup / restore

cli-export-progress = exporting
cli-import-reading = reading the export
cli-import-progress = importing
cli-export-wrote = wrote { $path }
cli-import-done = imported { $file }: { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $attempts ->
        [one] { $attempts } new attempt
       *[other] { $attempts } new attempts
    } ({ $attempts_present } already present), { $reviews ->
        [one] { $reviews } review-log entry
       *[other] { $reviews } review-log entries
    }, { $schedules ->
        [one] { $schedules } schedule
       *[other] { $schedules } schedules
    } updated, { $mocks ->
        [one] { $mocks } new mock interview
       *[other] { $mocks } new mock interviews
    } ({ $mocks_present } already present)
cli-import-story-invalid = rehearse: the story in { $file } is not valid, so it was not imported (the rest was):
cli-import-story-taken = story: taken from { $file } (there was none here)
cli-import-story-same = story: the same as the one in { $file }
cli-import-story-theirs-later = story: kept the one from { $file }, saved { $theirs }, later than the one here (saved { $ours })
cli-import-story-same-time = story: kept the one here; the one in { $file } differs but was saved at the same time ({ $ours })
cli-import-story-ours-later = story: kept the one here, saved { $ours }, later than the one in { $file } (saved { $theirs })
cli-backup-done = backed up to { $path }
cli-restore-done = restored { $source } into { $database }
cli-restore-kept-aside = the previous database was kept as { $path }
cli-restore-no-backups = there are no backups in { $folder }; pass a backup FILE
cli-restore-list = backups in { $folder }, newest first:
# One backup in the list: how many answers it holds.
cli-backup-sound = { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    }, sound
cli-backup-not-sound = NOT SOUND: { $error }
cli-restore-not-a-terminal = rehearse: nothing was restored; to restore one, pass its FILE, e.g. `rehearse restore { $file }`
# The question; $last: the number of the last backup listed.
cli-restore-which = restore which one? (1-{ $last }, Enter to cancel)
cli-restore-unreadable-answer = cannot read your answer from the terminal
cli-restore-cancelled = nothing was restored
cli-restore-unsound = backup { $number } is not sound; nothing was restored
cli-restore-not-listed = `{ $given }` is not a number from 1 to { $last }; nothing was restored
