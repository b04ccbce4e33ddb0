# The home screen, the role-applied-for popup and the banks list
# (src/tui/screens/home.rs).

## The menu.
home-practice = Practice
home-review = Review ({ $n } due)
home-mock = Mock interview
home-past-mocks = Past interviews
home-past-mocks-count = Past interviews ({ $n })
home-story = My story
home-browse = Browse answers
home-stats = Stats
home-banks = Banks
home-quit = Quit

## Today, as label: value.
home-today = Today
home-due-label = Due for review today
home-due-value = { $n }
home-streak-label = Practice streak
home-streak-value = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
home-last-session-label = Last session
home-last-session-none = none yet
# $when: date and time; $mode: one of home-mode-*.
home-last-session-value = { $when }, { $mode }, { $n ->
    [one] { $n } question
   *[other] { $n } questions
}
home-mode-practice = practice
home-mode-review = review
home-mode-recall = recall
home-mode-mock = mock
home-answers-label = Answers saved
home-answers-value = { $n }
home-applying-label = Applying for
home-role-not-chosen = not chosen
home-role-change-hint = (r to change)
home-role-choose-hint = (r to choose)
home-unrated = { $n ->
    [one] { $n } answer waits for a rating: Review rates it first.
   *[other] { $n } answers wait for a rating: Review rates them first.
}
home-interview-label = Interview
home-interview-today = { $date } (today)
home-interview-tomorrow = { $date } (tomorrow)
home-interview-in = { $date } (in { $n } days)
home-interview-yesterday = { $date } (yesterday)
home-interview-ago = { $date } ({ $n } days ago)
home-new-per-role = New questions per role
home-problems = { $n ->
    [one] { $n } bank problem
   *[other] { $n } bank problems
} in { $files ->
    [one] { $files } file
   *[other] { $files } files
}:
# $target: the one file, or PATH when there are several.
home-problems-more = and { $n } more: see them all under Banks, or run `rehearse banks validate { $target }`
home-notice = notice: { $text }

## The role-applied-for popup.
home-role-title = Applying for
home-role-ask = Which role are you applying for?
home-role-current = The role you are applying for:
home-role-explain = Every answer gets a role profile (how much it sounds like each role), held against this one.
home-role-none = no particular role
home-role-keys-first = Enter chooses · Esc asks me later (r on the home screen changes it)
home-role-keys = Enter chooses · Esc keeps it as it is

## The banks list.
home-banks-title = Banks: { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} in { $banks ->
    [one] { $banks } bank
   *[other] { $banks } banks
}
home-origin-bundled = bundled
home-origin-user = user folder
home-origin-command-line = --banks
home-origin-story = your story
