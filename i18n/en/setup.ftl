# The practice setup and its tag list (src/tui/screens/setup.rs).

setup-title = Practice — nothing ticked means all roles and banks
setup-matching = { $n ->
    [one] { $n } question matches these choices
   *[other] { $n } questions match these choices
}
setup-start = Start: { $n ->
    [one] { $n } question
   *[other] { $n } questions
}
setup-start-none = Start: nothing to ask — loosen a choice below

## The rows' labels, in one column, and their values.
setup-count = Questions
setup-language = Language
setup-level = Level
setup-tags = Tags
setup-any = any
setup-level-junior = junior
setup-level-mid = mid
setup-level-senior = senior
setup-level-none-note = (a question with no level matches every level)
setup-level-without = incl. { $n } with no level (they match every level)
setup-tags-any = any (Enter picks from a list)
# After a tick box: a role, or a bank with its title.
setup-role-row = role { $role }
setup-bank-row = bank { $bank } — { $title }

## The tag list.
setup-tags-title = Tags — { $n ->
    [one] { $n } question matches these choices
   *[other] { $n } questions match these choices
}
setup-filter = filter:
setup-filter-hint = type to narrow the list
# How many questions carry a tag.
setup-tag-count = { $n ->
    [one] { $n } question
   *[other] { $n } questions
}
setup-no-tags = The questions these choices allow have no tags.
setup-no-tag-match = No tag contains “{ $query }”; Backspace erases.

## Last choices no loaded bank has: each named, then the list in a sentence.
setup-gone-role = role { $name }
setup-gone-bank = bank { $name }
setup-gone-language = language { $name }
setup-gone-tag = tag { $name }
# $list: the setup-gone-* above, joined with ", ".
setup-left-out = Your last practice choices named { $list }, which no loaded bank has; left out.
