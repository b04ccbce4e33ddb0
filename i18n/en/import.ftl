# Why a block of a Markdown document did not become a question
# (rehearse banks import's report).
import-skip-front-matter = front matter
import-skip-code-block = code block
import-skip-html = HTML
import-skip-rule = horizontal rule
import-skip-table = table
import-skip-section = section heading
import-skip-contents = table of contents
import-skip-empty-item = empty item
import-skip-empty-heading = empty heading
import-skip-duplicate = duplicate question
import-skip-not-question = not a question
