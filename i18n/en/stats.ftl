# Stats: the streak, the calendar, the roles, how the answers read against
# the role applied for, and the reviews coming due.

stats-title = Stats
stats-streak = Streak
stats-streak-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
stats-saved = · { $n ->
    [one] { $n } answer
   *[other] { $n } answers
} saved

## The calendar
stats-weekday = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
stats-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# $month is the month's name (stats-month).
stats-date = { $day } { $month }
stats-date-year = { $day } { $month } { $year }
stats-days = Answers a day
stats-days-span = Answers a day, { $from } to { $to }
stats-shade-none = none
stats-readiness-legend = Readiness: the chance of recalling a role's questions now; one rated Again, or still in its learning steps, counts 0.

## Per role
stats-roles-title = Per role
stats-roles-title-empty = Per role — nothing answered yet
stats-column-role = Role
stats-column-questions = Questions
stats-column-answers = Answers
stats-column-time = Time/limit
stats-column-over = Over
stats-column-readiness = Readiness
stats-column-due = Due

## How the answers read against the role applied for
stats-profile-title = Sounding like the role · last { $n ->
    [one] { $n } answer
   *[other] { $n } answers
} · applying for { $role }
stats-profile-title-no-role = Sounding like the role · no role chosen (r on the home screen)
stats-profile-no-answers = No answers yet.
stats-profile-too-few = { $n ->
    [one] Your last answer names too few role words to tell how it reads.
   *[other] Your last { $n } answers name too few role words to tell how they read.
}
# One role's share: "75 % frontend".
stats-role-share = { $percent } % { $role }
stats-role-two-shares = { $first }, { $second }
stats-role-answers = Your answers read { $shares }
stats-role-answers-target = Your answers read { $shares }: the role you are applying for
stats-role-answers-other = Your answers read { $shares }; you are applying for { $target }
stats-role-story = Your story reads { $shares }
stats-role-story-target = Your story reads { $shares }: the role you are applying for
stats-role-story-other = Your story reads { $shares }; you are applying for { $target }

## Coming due
stats-forecast-title = Due in the next { $days } days: { $n ->
    [one] { $n } question
   *[other] { $n } questions
}
stats-forecast-axis = today → +{ $last } days: { $counts }
