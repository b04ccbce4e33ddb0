# Markdown 문서에서 질문이 되지 않은 부분의 이유
# (rehearse banks import 보고).
import-skip-front-matter = 머리말(front matter)
import-skip-code-block = 코드 블록
import-skip-html = HTML
import-skip-rule = 구분선
import-skip-table = 표
import-skip-section = 절 제목
import-skip-contents = 목차
import-skip-empty-item = 빈 항목
import-skip-empty-heading = 빈 제목
import-skip-duplicate = 중복 질문
import-skip-not-question = 질문이 아님
