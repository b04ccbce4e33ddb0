# The mock interview: setup, the clock, the report, its Markdown, the
# past interviews and `rehearse mock --history`.

## Names: rounds, parts of an interview, checks, STAR parts, measures.

mock-round-technical = technical
mock-round-culture = culture
mock-round-full = full

# The part of the interview, in the report's rows.
mock-segment-tag-intro = intro
mock-segment-tag-technical = technical
mock-segment-tag-project = project
mock-segment-tag-motivation = motivation
mock-segment-tag-behavioral = behavioral
mock-segment-tag-closing = closing

# The part of the interview, in the Markdown report's headings.
mock-segment-intro = Introduction
mock-segment-technical = Technical
mock-segment-project = Project
mock-segment-motivation = Motivation
mock-segment-behavioral = Behavioural
mock-segment-closing = Closing

mock-check-definition = definition
mock-check-example = example
mock-check-trade-off = trade-off
mock-check-first-person = first person
mock-check-numbers = numbers
mock-check-technologies = named technologies
mock-check-result = result
mock-check-star = STAR structure

mock-star-situation = Situation
mock-star-task = Task
mock-star-action = Action
mock-star-result = Result

mock-measure-total-time = Total time against the round
mock-measure-key-points = Key points covered
mock-measure-first-person = Stories in first person
mock-measure-numbers = Stories with numbers
mock-measure-fillers = Fillers per minute
mock-measure-over-limit = Answers over their limit
mock-measure-experiences = Experiences drawn on
mock-measure-star = STAR answers complete

mock-trend-better = better
mock-trend-worse = worse
mock-trend-same = same

mock-rating-again = Again
mock-rating-hard = Hard
mock-rating-good = Good
mock-rating-easy = Easy

## Small pieces of text: durations, lists, a time against its limit.

# "“a”, “b” and “c”": the last two of a list.
mock-list-and = { $init } and { $last }
# "2:30 of 1:00"
mock-took-of = { $took } of { $limit }

## The answer screen during an interview.

mock-clock = Interview { $clock } of { $limit }
mock-clock-over = { $over } over
mock-no-pause = A mock interview has no pause: the clock runs as it would in the room.

## The setup.

mock-setup-title = Mock interview
mock-setup-start = ▶ Start the { $round } interview
mock-setup-role = Role
mock-setup-language = Language
mock-setup-round = Round
mock-setup-minutes = Minutes
mock-setup-minutes-value = { $n }
mock-setup-about-title = How it runs
mock-setup-shape-technical = 1차 기술면접: a one-minute self-introduction, technical questions for the role (each with the interviewer's follow-ups), one project-experience question, then "Do you have any questions for us?"
mock-setup-shape-culture = 2차 인성·임원면접: the introduction, why this role and company, behavioural questions with their follow-ups, then the closing
mock-setup-shape-full = Both rounds in one sitting: technical first, then culture, one introduction and one closing
mock-setup-how = One clock for the whole interview, no pause, no feedback until the end; the follow-ups depend on what you answer. Then a report, and you rate each answer.
mock-setup-no-roles = No bank has technical questions, so there is no role to interview for; add a bank (see `rehearse banks new`).

## While it runs, and after.

mock-choices-not-kept = Could not keep your mock choices: { $error }
mock-empty-answer = The answer is empty; say something, or Esc → pass to skip the question.
mock-digs-in = The interviewer digs into what you said.
mock-report-not-kept = The report could not be kept ({ $error }); your answers are saved.
mock-gone = That interview is no longer in the data folder.
mock-report-damaged = The report of that interview is damaged: { $error }
mock-not-finished = That interview was not finished; it has no report.
mock-rated = Rated; it comes back { $due }.
mock-resumed = Interview resumed at question { $i } of { $n }.
mock-resumed-draft = Interview resumed at question { $i } of { $n }; your draft is back and both clocks go on.
mock-plan-no-technical = No technical questions for the role `{ $role }` in `{ $language }`; choose a role and language that have a bank (see `rehearse banks list`).
mock-plan-no-behavioral = No behavioural questions in `{ $language }`; add a bank with `kind: behavioral` questions or choose another language.
mock-json-damaged = the mock interview's report is damaged: { $error }
mock-json-no-version = the mock interview's report is damaged: it has no version number
mock-json-newer = the mock interview's report was written by a newer rehearse (report version { $version }; this one reads up to { $max }): { $error }

## The report screen.

mock-report-title = Mock interview report
mock-report-heading = { $round } round · { $role } · { $language } · { $date }
mock-report-total = Total { $took } of { $limit }
mock-report-answered = { $n } answered
mock-report-answered-passed = { $n } answered, { $passed } passed
mock-report-over-limit = { $n ->
        [one] { $n } over its limit
       *[other] { $n } over their limit
    }
mock-report-fillers = fillers { $rate }/min
mock-report-experiences = { $n ->
        [one] { $n } experience drawn on
       *[other] { $n } experiences drawn on
    }
mock-report-changes = What to change before the real one
mock-report-no-changes = Nothing stood out: time, key points and concreteness held up. Keep rehearsing.
mock-report-compared = Against your last interview
mock-report-missed = Most often missed
mock-report-missed-check = · { $check }: missing in { $n } of { $of }
mock-report-answers = Answers (↑/↓ select, 1–4 rate: Again, Hard, Good, Easy)
mock-report-row = { $n }. [{ $segment }] { $prompt }
mock-report-row-mentioned = { $n }. [{ $segment }] (you mentioned { $term }) { $prompt }
mock-report-row-missed = { $n }. [{ $segment }] (you did not mention { $terms }) { $prompt }
mock-report-passed = passed
mock-report-not-reached = not reached
mock-report-speaking = ~{ $time } speaking
mock-report-key-points = key points { $covered }/{ $total }
mock-report-story-checks = I { $first } · numbers { $numbers }
mock-report-filler-count = fillers { $n }
mock-report-follow-ups = { $n ->
        [one] { $n } follow-up
       *[other] { $n } follow-ups
    }
mock-report-missed-points = missed: { $points }
mock-report-rated = rated { $rating }
mock-report-rate-it = rate it: 1 Again · 2 Hard · 3 Good · 4 Easy
mock-report-not-rated = not rated yet
mock-report-unrated-left = { $n ->
        [one] { $n } answer not rated yet: Review offers it for rating.
       *[other] { $n } answers not rated yet: Review offers them for rating.
    }

## Past interviews.

mock-history-title = Past interviews
mock-history-empty = No mock interview finished yet. Mock interview on the home screen runs one.
mock-history-row = { $date }  { $round } · { $role } · { $language }  { $took } of { $limit }  { $n ->
        [one] { $n } answer
       *[other] { $n } answers
    }

## `rehearse mock --history`.

mock-cli-none-for-role = no mock interviews for { $role } yet
mock-cli-none = no mock interviews yet; start one with `rehearse mock --role ROLE`
mock-cli-started = STARTED
mock-cli-role = ROLE
mock-cli-language = LANG
mock-cli-round = ROUND
mock-cli-time = TIME
mock-cli-answers = ANSWERS
mock-cli-answer-count = { $n ->
        [one] { $n } answer
       *[other] { $n } answers
    }
mock-cli-unfinished = (unfinished)

## The three changes that matter most.

mock-change-passed = { $of ->
        [one] You passed on { $count } of { $of } question, such as { $question }: prepare an answer for each; a partial answer beats a pass.
       *[other] You passed on { $count } of { $of } questions, such as { $question }: prepare an answer for each; a partial answer beats a pass.
    }
mock-change-first-person = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] story
           *[other] stories
        } never says what you did yourself (in { $question }): say what you did — “I built…”, not “we did…”.
       *[other] { $count } of { $of } stories never say what you did yourself (in { $question }): say what you did — “I built…”, not “we did…”.
    }
mock-change-first-person-we = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] story
           *[other] stories
        } never says what you did yourself ({ $we } in { $question }): say what you did — “I built…”, not “we did…”.
       *[other] { $count } of { $of } stories never say what you did yourself ({ $we } in { $question }): say what you did — “I built…”, not “we did…”.
    }
mock-change-key-points = You covered { $covered } of { $of } { $of ->
        [one] key point
       *[other] key points
    }; { $question } missed { $points }: lead with the points a strong answer needs.
mock-change-overtime = { $count } of { $of } { $of ->
        [one] answer
       *[other] answers
    } ran over the limit; { $question } took { $took } of { $limit }: cut to the main point and stop in time.
mock-change-too-short = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] answer
           *[other] answers
        } was far too short for the limit; { $question } takes about { $spoken } to say, of { $limit }: add an example and a number.
       *[other] { $count } of { $of } answers were far too short for the limit; { $question } takes about { $spoken } to say, of { $limit }: add an example and a number.
    }
mock-change-numbers = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] story
           *[other] stories
        } gives no number, such as { $question }: say how many, how fast, how much.
       *[other] { $count } of { $of } stories give no number, such as { $question }: say how many, how fast, how much.
    }
mock-change-result = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] story
           *[other] stories
        } ends without a result, such as { $question }: say what changed and by how much.
       *[other] { $count } of { $of } stories end without a result, such as { $question }: say what changed and by how much.
    }
mock-change-star-situation = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] story
           *[other] stories
        } misses the Situation of STAR, such as { $question }: set the scene first: where, when, what was at stake.
       *[other] { $count } of { $of } stories miss the Situation of STAR, such as { $question }: set the scene first: where, when, what was at stake.
    }
mock-change-star-task = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] story
           *[other] stories
        } misses the Task of STAR, such as { $question }: say what your goal or responsibility was.
       *[other] { $count } of { $of } stories miss the Task of STAR, such as { $question }: say what your goal or responsibility was.
    }
mock-change-star-action = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] story
           *[other] stories
        } misses the Action of STAR, such as { $question }: say the steps you took, one by one.
       *[other] { $count } of { $of } stories miss the Action of STAR, such as { $question }: say the steps you took, one by one.
    }
mock-change-star-result = { $count ->
        [one] { $count } of { $of } { $of ->
            [one] story
           *[other] stories
        } misses the Result of STAR, such as { $question }: say what changed and by how much.
       *[other] { $count } of { $of } stories miss the Result of STAR, such as { $question }: say what changed and by how much.
    }
mock-change-definition = No definition in { $count } of { $of } technical { $of ->
        [one] answer
       *[other] answers
    }, such as { $question }: start by saying what it is, in one sentence.
mock-change-example = No example in { $count } of { $of } technical { $of ->
        [one] answer
       *[other] answers
    }, such as { $question }: give one concrete case.
mock-change-trade-off = No trade-off in { $count } of { $of } technical { $of ->
        [one] answer
       *[other] answers
    }, such as { $question }: say what it costs and when you would not use it.
mock-change-fillers = { $rate } fillers a minute ({ $total } in all: { $words }): pause instead of filling.
mock-change-one-experience = All { $stories } stories drew on one experience ({ $anchors }): prepare a second one so each question gets its best story.

## The comparison with the previous interview.

# "Fillers per minute: 4.2 → 2.1, better"
mock-compared-line = { $measure }: { $before } → { $now }, { $trend }

## The report as Markdown (export, study sheet).

mock-md-title = Mock interview: { $role }, { $round } round
mock-md-started = Language: { $language } · started { $started } UTC · mock { $id }
mock-md-total = Total time: { $took } of a { $minutes }-minute round
mock-md-total-over = Total time: { $took } of a { $minutes }-minute round ({ $over } over)
mock-md-changes = What to change
mock-md-no-changes = Nothing stood out: keep answering like this.
mock-md-compared = Compared with your previous mock
mock-md-compared-none = No measure the two have in common.
mock-md-table-head = | Measure | Before | Now | |
mock-md-interview = The interview
mock-md-answered = Answered: { $answered } of { $asked } { $asked ->
        [one] question
       *[other] questions
    }
mock-md-answered-passed = Answered: { $answered } of { $asked } { $asked ->
        [one] question
       *[other] questions
    }, { $passed } passed
mock-md-over-limit = Over their limit: { $over } of { $answered }
mock-md-key-points = Key points covered: { $covered } of { $total } ({ $share })
mock-md-stories = Stories in first person: { $first } of { $stories }; with numbers: { $numbers } of { $stories }
mock-md-star = STAR answers complete: { $complete } of { $total }
mock-md-fillers = Fillers: { $n }
mock-md-fillers-rate = Fillers: { $n }, { $rate } a minute of speaking time
mock-md-fillers-words = Fillers: { $n } ({ $words })
mock-md-experiences = Experiences drawn on: { $n }{ $unplaced ->
        [0] {""}
       *[other] ; { $unplaced } naming no project, technology or number
    }
mock-md-experiences-told = Experiences drawn on: { $n } ({ $told }){ $unplaced ->
        [0] {""}
       *[other] ; { $unplaced } naming no project, technology or number
    }
mock-md-missed-points = Key points most often missed
mock-md-missed-checks = Checks most often missed
mock-md-missed-check = No { $check } in { $n } of { $of } { $of ->
        [one] answer
       *[other] answers
    } ({ $answers })
mock-md-answers = Answers
mock-md-follow-up = Follow-up to { $answers }
mock-md-follow-up-mentioned = Follow-up to { $answers }, asked because you mentioned { $term }
mock-md-follow-up-missed = Follow-up to { $answers }, asked because you did not mention { $terms }
mock-md-passed = Passed (limit { $limit })
mock-md-not-answered = Not answered (limit { $limit })
mock-md-time = Time: { $took } of { $limit }
mock-md-time-over = Time: { $took } of { $limit } ({ $over } over)
mock-md-speaking = Speaking time: about { $spoken }; { $words ->
        [one] { $words } word
       *[other] { $words } words
    }
mock-md-key-points-of = Key points: { $covered } of { $total }
mock-md-key-points-missed = Key points: { $covered } of { $total }; missed { $missed }
mock-md-talking-points-of = Your talking points: { $covered } of { $total }
mock-md-talking-points-missed = Your talking points: { $covered } of { $total }; missed { $missed }
mock-md-checks = Checks: { $checks }
mock-md-numbers = Numbers: { $numbers }
mock-md-we = Said { $we } instead of “I”
mock-md-star-all = STAR: all four parts
mock-md-star-missing = STAR: missing { $parts }
mock-md-led-to = Led to follow-ups: { $answers }
mock-md-attempt = Attempt: { $id }
mock-md-answer-numbers = { $n ->
        [one] answer { $numbers }
       *[other] answers { $numbers }
    }
mock-md-answer-none = a question not in this report

## The study sheet's mock interviews.

mock-sheet-title = Mock interviews
mock-sheet-heading = { $minutes ->
        [one] { $date } — { $role }, { $round } round, { $minutes } minute
       *[other] { $date } — { $role }, { $round } round, { $minutes } minutes
    }
mock-sheet-total = Total time { $took } of { $limit } · { $n ->
        [one] { $n } answer
       *[other] { $n } answers
    } · { $language }
mock-sheet-follow-up = Follow-up
mock-sheet-follow-up-mentioned = Follow-up (you mentioned { $term })
mock-sheet-follow-up-missed = Follow-up (you did not mention { $terms })
mock-sheet-passed = Passed.
mock-sheet-not-answered = Not answered.
