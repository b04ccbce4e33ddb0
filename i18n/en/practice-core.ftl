# The practice core's messages: planning and rating a session, the
# scheduler and its optimiser, and answers rescued to a file.

practice-core-no-match = No questions match these choices; loosen the roles, banks, language, level or tags.
# $error: why the store refused.
practice-core-rating-not-saved = could not save the rating: { $error }

## Ratings.

practice-core-rating-again = Again
practice-core-rating-hard = Hard
practice-core-rating-good = Good
practice-core-rating-easy = Easy

## The scheduler (FSRS). $detail: what FSRS said, as it said it.

practice-core-parameters-invalid = the FSRS parameters are not valid ({ $detail }); reset them with `rehearse optimize --reset`
practice-core-memory-state-failed = FSRS could not compute the memory state: { $detail }
practice-core-optimize-not-enough = optimising needs { $needed } repeat reviews; you have { $have }, so { $more } more
practice-core-optimize-failed = the FSRS optimiser failed: { $detail }

## An answer the database could not take, written to a file instead.

# In the file, under the question: $bank / $question are ids.
practice-core-rescued-file = { $bank } / { $question }, rehearse could not save this answer
practice-core-rescue-no-folder = no folder to write to
# $why: the database's error; $path: the file.
practice-core-rescued = your answer could not be saved in the database ({ $why }); it is in { $path }
# $error: why no file could be written; the answer follows.
practice-core-not-rescued = your answer could not be saved in the database ({ $why }) nor in a file ({ $error }); here it is:
