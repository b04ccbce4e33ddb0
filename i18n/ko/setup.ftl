# 연습 설정과 태그 목록 (src/tui/screens/setup.rs).

setup-title = 연습 — 아무것도 고르지 않으면 모든 직무와 질문 모음
setup-matching = 조건에 맞는 질문: { $n }문항
setup-start = 시작: { $n }문항
setup-start-none = 시작: 물어볼 질문이 없어요 — 아래 조건을 넓혀 주세요

## 각 줄의 이름(한 열에 맞춰요)과 값.
setup-count = 문항 수
setup-language = 언어
setup-level = 난이도
setup-tags = 태그
setup-any = 전체
setup-level-junior = 주니어
setup-level-mid = 미들
setup-level-senior = 시니어
setup-level-none-note = (난이도가 없는 질문은 모든 난이도에 들어가요)
setup-level-without = 난이도 없는 { $n }문항 포함 (모든 난이도에 들어가요)
setup-tags-any = 전체 (Enter로 목록에서 고르기)
# 체크 상자 뒤: 직무, 또는 질문 모음과 그 제목.
setup-role-row = 직무 { $role }
setup-bank-row = 질문 모음 { $bank } — { $title }

## 태그 목록.
setup-tags-title = 태그 — 조건에 맞는 질문 { $n }문항
setup-filter = 필터:
setup-filter-hint = 입력해서 목록 좁히기
# 이 태그가 붙은 질문 수.
setup-tag-count = { $n }문항
setup-no-tags = 이 조건에 맞는 질문에는 태그가 없어요.
setup-no-tag-match = “{ $query }”{ JOSA($query, "이") } 들어간 태그가 없어요. Backspace로 지워요.

## 불러온 질문 모음에 없는 지난 조건: 하나씩 이름을 붙이고, 목록을 한 문장에.
setup-gone-role = 직무 { $name }
setup-gone-bank = 질문 모음 { $name }
setup-gone-language = 언어 { $name }
setup-gone-tag = 태그 { $name }
# $list: 위의 setup-gone-*를 ", "로 이은 목록.
setup-left-out = 지난 연습 조건 중 { $list }{ JOSA($list, "은") } 불러온 질문 모음에 없어서 뺐어요.
