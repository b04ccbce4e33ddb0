# The feedback's explanations: the checks, their reasons, STAR and the
# role profile (src/feedback/).

## The checks, as the feedback lists them.

feedback-check-key-points = Key points
feedback-check-definition = Definition
feedback-check-example = Example
feedback-check-trade-off = Trade-off or when to use it
feedback-check-first-person = What you did (first person)
feedback-check-numbers = Numbers
feedback-check-technologies = Named technologies
feedback-check-result = Result
feedback-check-star = STAR structure

## Why a check does not fit the question.

feedback-unasked-of-concepts = not asked of a concept question
feedback-unasked-concepts-only = asked of concept questions only
feedback-unasked-of-closings = not asked of a closing question
feedback-unasked-stories-only = asked of stories only

## Why a check passed or failed. A passed check quotes the answer instead.

feedback-key-points-none = this question lists no key points
# $covered of $n key points the answer covers.
feedback-key-points-covered = { $covered } of { $n ->
        [one] { $n } key point
       *[other] { $n } key points
    } covered
feedback-definition-none = no definition found
feedback-example-none = no example found
feedback-trade-off-none = no trade-off or when to use it found
# $we: the first "we" the answer says.
feedback-first-person-only-we = says “{ $we }” but never what you did yourself
feedback-first-person-none = no sentence says what you did yourself
feedback-numbers-none = no numbers: how many, how fast, how much
feedback-technologies-none = no tool or technology named
# $quote: the answer's sentence, in quotes.
feedback-result-unmeasured = { $quote } says it changed, but not by how much
feedback-result-none = no outcome: what changed, by how much
feedback-star-complete = situation, task, action and result all there
# $parts: the parts missing, by name, in answer order.
feedback-star-missing = missing: { $parts }

## STAR: the parts, and what found each one in the answer.

feedback-star-situation = Situation
feedback-star-task = Task
feedback-star-action = Action
feedback-star-result = Result
# $heading: the answer's line that names the part ("Situation:", "[상황]").
feedback-star-heading = heading "{ $heading }"
# $cue: the words of the answer that show the part ("as a result", "줄였").
feedback-star-cue = cue "{ $cue }"

## The role profile: how an answer reads, role by role.

feedback-role-backend = backend
feedback-role-frontend = frontend
feedback-role-data-engineering = data-engineering
feedback-role-cloud-devops = cloud-devops
# The short names a profile shows (data/role-vocabulary.yaml's labels).
feedback-role-short-backend = backend
feedback-role-short-frontend = frontend
feedback-role-short-data-engineering = data
feedback-role-short-cloud-devops = cloud
# One role's share: "frontend 80 %".
feedback-role-share = { $role } { $percent } %
# $words: the role words found; $needed: how many make a profile.
feedback-role-too-few = too few role words to tell ({ $words }; { $needed } needed)
# $words: the words that pulled the answer toward $ahead.
feedback-role-leans-away = This sounds more { $ahead } ({ $percent } %) than { $target } ({ $target_percent } %): { $words } pulled it there.
# $words: the target role's words in your story the answer did not use.
feedback-role-story-words = Your story has { $target } words this answer could use: { $words }.
