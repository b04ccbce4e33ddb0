# The Markdown study sheet (`export --format markdown`): read before an
# interview, so it speaks the interface's language.

study-title = Study sheet
study-exported = Exported by rehearse on { $date }.
study-no-answers = No answers yet.
study-no-answers-for-role = No answers yet for { $role }.
study-versions = { $n ->
    [one] { $n } version
   *[other] { $n } versions
}
study-last-rated = last rated { $rating }
study-next-review = next review { $date }
study-key-points = Key points:
study-talking-points = Your talking points:
study-latest-answer = Your latest answer ({ $date }, { $time } of { $limit }):
