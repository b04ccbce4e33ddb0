# The practice screens: answer, recall, feedback, summary; due dates and
# ratings as they are shown.

## Ratings and due dates

practice-rating-again = Again
practice-rating-hard = Hard
practice-rating-good = Good
practice-rating-easy = Easy
# The four ratings with their keys.
practice-rate-keys = 1 { practice-rating-again }  2 { practice-rating-hard }  3 { practice-rating-good }  4 { practice-rating-easy }

# When a question comes back: on its own in the summary, or as a value of
# a sentence ("Rated; it comes back in 3 days.").
practice-due-minutes = in { $n } min
practice-due-hours = in { $n } h
practice-due-tomorrow = tomorrow
practice-due-days =
    { $n ->
        [one] in { $n } day
       *[other] in { $n } days
    }

# A timer's gauge: time left of the limit.
practice-time-left = { $left } left of { $limit }

## The answer screen

# The title: "Q 2/5 · backend · technical · Backend basics · junior".
practice-answer-position = Q { $i }/{ $n }
practice-level-junior = junior
practice-level-mid = mid
practice-level-senior = senior
# In a mock interview the title names the part of the interview.
practice-segment-intro = self-introduction
practice-segment-technical = technical question
practice-segment-project = project experience
practice-segment-motivation = motivation
practice-segment-behavioral = behavioural question
practice-segment-closing = closing
# Above a follow-up's prompt, the question it follows.
practice-answer-follow-up-to = (follow-up to: { $parent })
practice-answer-paused = paused · { $left } left
practice-answer-overtime = overtime +{ $over } (limit { $limit })
practice-answer-editor-title = Your answer
practice-answer-counts =
    { $chars ->
        [one] { $chars } char
       *[other] { $chars } chars
    } · { $words ->
        [one] { $words } word
       *[other] { $words } words
    }
practice-answer-speaking = ~{ $time } speaking
practice-answer-elapsed = elapsed { $time }
practice-answer-story-hint =
    Ctrl+T story: { $n ->
        [one] { $n } fact
       *[other] { $n } facts
    }
practice-answer-paused-typing = The timer is paused: Ctrl+P resumes, then type.
practice-answer-not-saved = could not save the answer (it is still here): { $error }
practice-answer-not-saved-line = NOT SAVED: { $error }. It is only on screen; quitting writes it to a file outside the data folder
# Why a follow-up is asked in a mock interview; the terms are the bank's.
practice-answer-follow-up-mentioned = follow-up: you mentioned { $term }
practice-answer-follow-up-missed = follow-up: you did not mention { $terms }
practice-answer-follow-up = follow-up

## The recall screen

practice-recall-title-at = Recall { $i }/{ $n } · { $role }
practice-recall-title = Recall · { $role }
practice-recall-body-title = Recall
practice-recall-overtime = overtime +{ $over }
practice-recall-think = Answer it in your head, or out loud, as you would in the room.
practice-recall-reveal = Space: show your last version and the key points
practice-recall-last-version = Your last version ({ $when })
practice-recall-no-version = You have not written this one down yet.
practice-recall-key-points = Key points
# Followed by the four ratings with their keys.
practice-recall-how-well = How well did you recall it?
practice-recall-think-first = Think it through first; Space shows your last version, then rate.

## The feedback screen

practice-feedback-title = Feedback · { $prompt }
# The labels of the first lines, in one column.
practice-feedback-time = Time
practice-feedback-speaking = Speaking
practice-feedback-reads-as = Reads as
practice-feedback-within-limit = { $took } of { $limit } — within the limit
practice-feedback-over-limit = { $took } of { $limit } — over by { $over }
practice-feedback-out-loud = ~{ $time } out loud
practice-feedback-speaking-basis =
    ({ $words ->
        [one] { $words } word
       *[other] { $words } words
    }, { $chars ->
        [one] { $chars } char
       *[other] { $chars } chars
    }; { $wpm } wpm, { $spm } syllables/min)
practice-feedback-applying-for = (applying for { $role })
practice-feedback-key-points = Key points: { $covered } of { $total } covered
practice-feedback-key-points-keys = (↑↓ select, Space toggles)
practice-feedback-no-key-points = this question has no key points
practice-feedback-talking-points = Your talking points
practice-feedback-talking-points-unread = Your talking points could not be read ({ $error }); checked without them.
# After a key point, why it is marked so.
practice-feedback-point-found = found "{ $phrase }"
practice-feedback-point-marked = you marked it
practice-feedback-point-unmarked = you unmarked it
practice-feedback-point-negated = mentioned, but negated: "{ $phrase }"
practice-feedback-missing-numbers = you didn't say { $numbers }
practice-feedback-matched-on = matched on: { $terms }
practice-feedback-story =
    { $total ->
        [one] Your story: { $used } of 1 fact used
       *[other] Your story: { $used } of { $total } facts used
    }
practice-feedback-fact-left-out = left out
practice-feedback-your-answer = Your answer, with what matched
practice-feedback-checks = Checks
practice-feedback-fillers = fillers
practice-feedback-star-situation = Situation
practice-feedback-star-task = Task
practice-feedback-star-action = Action
practice-feedback-star-result = Result
practice-feedback-star-missing = missing
practice-feedback-since-last = Since your last version ({ $when }): +{ $added } −{ $removed } words
practice-feedback-notes = Notes
practice-feedback-follow-ups = Follow-ups (f: answer one next)
practice-feedback-follow-up-mentioned = (you mentioned { $term })
practice-feedback-follow-up-missed = (you did not mention { $terms })
practice-feedback-follow-up-if-mentioned = (asked if you mention { $terms })
practice-feedback-follow-up-if-missing = (asked if you leave out { $terms })
# Followed by the four ratings with their keys.
practice-feedback-rate = Rate it:
practice-feedback-next-follow-up = Next, after you rate: “{ $ask }”
practice-feedback-next-follow-up-more = Next, after you rate: “{ $ask }” (f again for another)
# The compare view.
practice-feedback-last-time = Last time · { $when } · { $took } · { $rating }
practice-feedback-unrated = unrated
practice-feedback-now = Now · { $took }
practice-feedback-changes = Changes: +{ $added } −{ $removed } words
practice-feedback-compare-details = v: details and key points

## The summary

practice-summary-title = Session summary — { $n } answered (Enter: home)
practice-summary-question = Question
practice-summary-time = Time
practice-summary-words = Words
practice-summary-points = Points
practice-summary-rating = Rating
practice-summary-due = Back
