# Your story: the My story screen, the story panel beside an answer,
# `rehearse story show|edit`, the story's validation errors and the editor.

## The My story screen

story-title = My story
story-title-counts = My story · { $projects ->
        [one] { $projects } project
       *[other] { $projects } projects
    }, { $facts ->
        [one] { $facts } fact
       *[other] { $facts } facts
    }
story-edit-not-saved = Your edit was not saved: { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    }. The story below is the one kept.
story-edit-again = e edits it again; your text is kept in { $file }.
story-edit-pending = An edit you did not save is kept in { $file }; e opens it again.
story-empty = You have not written your story yet.
story-empty-explained = Your story is the projects you will talk about and the facts of what you did, with numbers ("split the crawler over 8 EC2 instances, 6 h → 1.5 h"). Answers about you are then checked against it, and the answer screen shows the facts for each question.
story-empty-edit = { $key } opens a commented template in $EDITOR, as { $file }; save and quit to keep it.
story-empty-shell = From a shell: rehearse story edit
story-team-of = team of { $n }
story-gaps = Not covered by your story yet

## A project's fields (the screen and `story show`)

story-field-when = when
story-field-role = role
story-field-team = team
story-field-stack = stack
story-field-tags = tags
story-field-did = did
story-field-result = result
story-field-lesson = lesson

## After an edit on My story

story-unreadable = your story could not be read: { $error }
story-unchanged = Your story is unchanged.
story-template-untouched = The template came back unchanged, so nothing was saved; replace its example with your own projects.
story-save-invalid = Not saved: your story has { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    }; the old one is kept. e edits it again.
story-save-failed = { $error }; your text is kept in { $file }, e tries again.
story-saved = Saved your story: { $projects ->
        [one] { $projects } project
       *[other] { $projects } projects
    }, { $facts ->
        [one] { $facts } fact
       *[other] { $facts } facts
    }.

## The story panel beside an answer

story-panel-title = Your story
story-panel-nothing = Your story has nothing for this question.
story-panel-too-narrow = The story panel needs a terminal { $n } columns wide.
story-panel-more = … { $n } more

## rehearse story show

story-none-yet = you have no story yet; write it with `rehearse story edit`, which opens a commented template in your editor ($VISUAL or $EDITOR)
story-show-invalid = { $error }; the story saved in { $path } no longer validates, fix it with `rehearse story edit`
story-show-gaps = Not covered by any project yet (prepare a story for each):
story-show-heading = Your story: { $projects ->
        [one] { $projects } project
       *[other] { $projects } projects
    }, { $facts ->
        [one] { $facts } fact
       *[other] { $facts } facts
    } (saved { $saved })
story-show-no-projects = No projects yet; add them with `rehearse story edit`.
story-show-team = { $n }

## rehearse story edit

story-edit-no-temp-dir = cannot make a private temporary folder for { $file }
story-edit-errors = { $n ->
        [one] { $n } error
       *[other] { $n } errors
    } in { $file }; your story was not changed
story-edit-saved = saved your story: { $projects ->
        [one] { $projects } project
       *[other] { $projects } projects
    }, { $facts ->
        [one] { $facts } fact
       *[other] { $facts } facts
    }
story-edit-unchanged = your story is unchanged: { $projects ->
        [one] { $projects } project
       *[other] { $projects } projects
    }, { $facts ->
        [one] { $facts } fact
       *[other] { $facts } facts
    }
story-edit-template-untouched = the template came back unchanged, so nothing was saved; replace its example with your own projects
story-edit-kept = your edit is kept in { $file }
story-edit-editor-failed = { $error }; your story was not changed
story-edit-editor-failed-kept = { $error }; your story was not changed (your text is kept in { $file })
story-edit-again-ask = Edit again? [Y/n]
story-edit-cannot-write = cannot write { $file }
story-edit-cannot-read = cannot read { $file } back

## The editor ($VISUAL, $EDITOR), for the story and for Ctrl+E on an answer

story-editor-cannot-start = cannot start the editor `{ $editor }` ({ $error }); set $VISUAL or $EDITOR to one that exists
story-editor-failed = the editor `{ $editor }` exited with { $status }

## Reading a story: what was expected where (after "expected …"), and
## what is wrong, at the file:line:col the message follows

story-invalid = { $more ->
        [0] the story is not valid: { $error }
       *[other] the story is not valid: { $error } (and { $more } more)
    }
story-file-name = your story
story-db-unreadable = cannot be read from the database: { $error }
story-import-bad-time = its `updated_at` `{ $value }` is not an RFC 3339 time like 2026-11-25T09:30:00.000Z
story-expect-root = a mapping with `projects`, a list of your projects
story-expect-projects = a list of projects
story-expect-project = a project: a mapping with `id` and `name`
story-expect-id = a project id
story-expect-name = the project's name
story-expect-when = when it was, like `2024-03..2024-06`
story-expect-role = your role, like `backend / infra`
story-expect-lesson = what you would do differently
story-expect-team = how many people were on the team
story-expect-result = the result
story-expect-facts = a list of facts, one `- ` line each
story-expect-fact = a fact
story-missing-id = missing key `id`: every project needs a stable id, a slug like `crawler`
story-missing-name = missing key `name`: every project needs a name, like `Price crawler (capstone)`
story-name-empty = name must not be empty
story-result-empty = result must not be empty
story-fact-empty = a fact must not be empty: say what you did, with its numbers
story-id-empty = project id must not be empty: give the project a slug like `crawler`
story-id-not-slug = project id `{ $id }` must be a slug: lowercase letters, digits and dashes, like `crawler` or `price-crawler`
story-id-duplicate = duplicate project id `{ $id }` (first at line { $line }): ids must be unique in a story
story-team-invalid = team must be a positive whole number (how many people, you included), not `{ $value }`
