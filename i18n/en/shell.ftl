# The shell around the screens: the footer, the popups (help, the answer
# menu, yes/no questions, the recovered draft), the router's messages and
# the terminal's (src/tui/mod.rs, app.rs, app/*.rs, screens/overlays.rs).

## Terminal too small.
shell-too-small = terminal too small
shell-too-small-size = { $width }x{ $height }, needs { $min_width }x{ $min_height }

## The help popup and the answer menu.
shell-help-title = Keys
shell-help-closes = any key closes this help
shell-help-closes-footer = any key closes the help
shell-menu-title = Answer

## Yes/no questions: a title, the question, what follows.
shell-quit-title = Quit
shell-quit = Quit rehearse?
shell-discard-title = Discard
shell-discard-recovered = Discard the recovered answer and the unfinished session?
shell-cannot-undo = This cannot be undone.
shell-skip-rating-title = Skip rating
shell-skip-rating = Go on without rating this answer?
shell-skip-rating-note = It stays saved, and Review offers it for rating later.
shell-quit-unrated = Quit without rating this answer?
shell-quit-unrated-note = It stays saved; next time the session resumes here.
shell-discard-answer = Discard this answer and skip the question?
shell-end-session-title = End session
shell-end-session = End the session here? What you rated so far is kept.
shell-pass-title = Pass
shell-pass = Pass on this question? What you typed is discarded; the interview goes on, and the clock with it.
shell-end-interview-title = End the interview
shell-end-interview = End the interview here? This answer is discarded and the questions left are not asked; the report covers what you answered.
shell-not-saved-title = Not saved
# Followed by the error on its own line.
shell-not-saved = Your answer could not be saved:
shell-quit-anyway = Quit anyway? It will be written to a file outside the data folder, named when rehearse ends.

## The recovered draft.
shell-recover-title = Pick up where you left off?
# $n: the question it stopped at, of $total; $started: a date and time.
shell-recover-mock = You stopped a mock interview at question { $n } of { $total } (started { $started }).
shell-recover-mock-note = It resumes there, with every earlier answer and its clock where it was.
shell-recover-practice = You stopped a practice session at question { $n } of { $total } (started { $started }).
shell-recover-review = You stopped a review session at question { $n } of { $total } (started { $started }).
shell-recover-recall = You stopped a recall session at question { $n } of { $total } (started { $started }).
# A session of a mode this version does not know; $mode as stored.
shell-recover-session = You stopped a { $mode } session at question { $n } of { $total } (started { $started }).
shell-recover-draft = The answer you were writing:
shell-recover-keys = Enter resumes it, Esc keeps it for later, Del discards it (and asks first).
shell-confirm-keys = y for yes, n or Esc for no.
shell-typing-guard = That looked like typing; answer the question above first.
shell-discarded = Discarded.

## The role applied for.
shell-role-set = Applying for { $role }: every answer's role profile is held against it.
shell-role-none = No role chosen; press r on the home screen to choose one.
shell-role-not-saved = The role was not saved: { $error }

## Practice and review.
shell-choices-not-kept = Could not keep your practice choices: { $error }
# $when: when the next question is due ("in 10 min", "tomorrow").
shell-review-next-due = Nothing to review now; the next question is due { $when }.
shell-review-empty = Nothing to review yet, and today's new questions are done. Practise to fill the queue.
# $when: the date and time the answer was written.
shell-unrated-earlier = Your answer of { $when } was never rated: rate it (1–4) to schedule it.
shell-resumed-with-draft = Resumed at question { $n } of { $total }; your draft is back and the timer goes on from where it was.
shell-resumed = Resumed at question { $n } of { $total }.
shell-answer-empty = The answer is empty; type something first (or Esc → discard to skip).
# $when: when it comes back ("in 3 days").
shell-rated = Rated; it comes back { $when }.
shell-again-later = It comes back later in this session.
shell-editor-placeholder = Type your answer. Ctrl+S submits, Esc for the menu.

## The terminal, files and $EDITOR.
shell-needs-terminal = the full-screen app needs a terminal; for scripts use `rehearse export`, `rehearse banks list` or `rehearse --help`
shell-no-signal-handlers = cannot install signal handlers
shell-no-raw-mode = cannot switch the terminal to raw mode
shell-no-full-screen = cannot open the full-screen view
shell-no-drawing = cannot start drawing
shell-backup-failed = automatic backup failed: { $error }
shell-cannot-write = cannot write { $path }: { $error }
shell-cannot-read-back = cannot read { $path } back: { $error }
# $error: why the editor did not run or failed.
shell-draft-unchanged = { $error }; the draft is unchanged
shell-story-unchanged = { $error }; your story is unchanged
shell-story-kept = { $error }; your story is unchanged and your text is kept in { $path }
# Written from a signal handler after SIGBUS, on its own line.
shell-sigbus = a file in the data folder failed under it (SIGBUS); the answer you were typing is in { $path }
