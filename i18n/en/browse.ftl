# Browse: every answered question, and one question's versions, diffs,
# talking points and the bank's key points.

## The list
browse-search-typing = search: { $text }▏
browse-search-none = search: (/)
browse-search = search: { $text }
browse-role-filter = role: { $role }
browse-tag-filter = tag: { $tag }
browse-filter-all = all
browse-list-title = Answered questions: { $shown } of { $total }
browse-empty = Nothing answered yet: practise a few questions first.
browse-empty-filtered = No answered question matches the search and the filters.
browse-answers-unreadable = Could not read your answers: { $error }
browse-attempts = { $n }×

## One question
browse-versions-unreadable = Could not read the versions: { $error }
browse-talking-points-unreadable = Could not read your talking points: { $error }
browse-talking-points-saved = Talking points saved; the coverage check uses them from now on.
browse-talking-points-not-saved = Could not save the talking points: { $error }
browse-talking-points-locked = Your talking points could not be read, so they cannot be edited now.
browse-talking-points-placeholder = Your own facts for this question, one per line ("8 EC2 instances"). Ctrl+S saves, Esc cancels.
browse-talking-points-title = Your talking points
browse-talking-points-none = none yet — e adds your own facts ("8 EC2 instances"); coverage checks them too
browse-editor-title = Talking points — one per line · Ctrl+S saves · Esc cancels
browse-version-deleted = Deleted that version.
browse-next-review = next review { $date }
browse-key-points-title = Key points from the bank
browse-bank-notes = Notes:
browse-bank-nothing = Its bank gives this question no key points or notes.
browse-follow-up = A follow-up to “{ $parent }”; follow-ups have no key points of their own.
browse-question-gone = The bank “{ $bank }” no longer has this question, so its key points and notes cannot be shown.
browse-bank-gone = The bank `{ $bank }` is not loaded any more (deleted, renamed or moved), so the key points and notes cannot be shown; your versions are all here.

## Versions and the diff between two
browse-versions-title = Versions ({ $n })
browse-words = { $n }w
browse-diff-title = { $old } → { $new }: +{ $inserted } −{ $deleted } words
browse-first-version = { $date } (first version)
browse-no-versions = No versions left
browse-delete-title = Delete
browse-delete-ask = Delete this version?
browse-yes = yes
browse-no = no
