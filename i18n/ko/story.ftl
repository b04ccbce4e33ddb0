# 내 경험: 내 경험 화면, 답변 옆 내 경험 패널, `rehearse story show|edit`,
# 내 경험 파일의 검사 오류와 편집기.

## 내 경험 화면

story-title = 내 경험
story-title-counts = 내 경험 · 프로젝트 { $projects }개, 사실 { $facts }개
story-edit-not-saved = 수정한 내용에 문제가 { $n }개 있어서 저장하지 않았어요. 아래는 기존 내 경험이에요.
story-edit-again = e를 누르면 다시 수정할 수 있어요. 작성한 내용은 { $file }에 남아 있어요.
story-edit-pending = 저장하지 않은 수정 내용이 { $file }에 남아 있어요. e를 누르면 다시 열어요.
story-empty = 아직 내 경험을 작성하지 않았어요.
story-empty-explained = 내 경험에는 면접에서 이야기할 프로젝트와, 그 안에서 직접 한 일을 숫자와 함께 적어요("크롤러를 EC2 8대로 나눠 6시간 → 1.5시간"). 경험·자기소개 답변을 여기 적은 사실과 맞춰 보고, 답변 화면에서는 질문마다 관련된 사실을 보여 줘요.
story-empty-edit = { $key }{ JOSA($key, "을") } 누르면 설명이 달린 템플릿이 $EDITOR에서 { $file } 파일로 열려요. 저장하고 닫으면 반영돼요.
story-empty-shell = 셸에서는: rehearse story edit
story-team-of = 팀 { $n }명
story-gaps = 아직 내 경험에 없는 역량

## 프로젝트 항목 (화면과 `story show`)

story-field-when = 기간
story-field-role = 역할
story-field-team = 팀
story-field-stack = 기술 스택
story-field-tags = 태그
story-field-did = 한 일
story-field-result = 결과
story-field-lesson = 배운 점

## 내 경험 화면에서 수정한 뒤

story-unreadable = 내 경험을 읽지 못했어요: { $error }
story-unchanged = 내 경험에 바뀐 내용이 없어요.
story-template-untouched = 템플릿을 고치지 않고 닫아서 저장하지 않았어요. 예시를 자신의 프로젝트로 바꿔 주세요.
story-save-invalid = 문제가 { $n }개 있어서 저장하지 않았어요. e를 누르면 다시 수정해요.
story-save-failed = { $error }. 작성한 내용은 { $file }에 남아 있어요. e를 누르면 다시 시도해요.
story-saved = 내 경험을 저장했어요: 프로젝트 { $projects }개, 사실 { $facts }개.

## 답변 옆 내 경험 패널

story-panel-title = 내 경험
story-panel-nothing = 이 질문과 관련된 내 경험이 없어요.
story-panel-too-narrow = 내 경험 패널은 터미널 너비 { $n }칸부터 보여요.
story-panel-more = … 외 { $n }개

## rehearse story show

story-none-yet = 아직 내 경험이 없어요. `rehearse story edit`로 작성하세요. 설명이 달린 템플릿이 편집기($VISUAL 또는 $EDITOR)에서 열려요
story-show-invalid = { $error }. { $path }에 저장된 내 경험이 더 이상 올바르지 않아요. `rehearse story edit`로 고쳐 주세요
story-show-gaps = 아직 어느 프로젝트에도 없는 역량 (하나씩 이야기를 준비해 두세요):
story-show-heading = 내 경험: 프로젝트 { $projects }개, 사실 { $facts }개 ({ $saved } 저장)
story-show-no-projects = 아직 프로젝트가 없어요. `rehearse story edit`로 추가하세요.
story-show-team = { $n }명

## rehearse story edit

story-edit-no-temp-dir = { $file }{ JOSA($file, "을") } 둘 개인 임시 폴더를 만들 수 없어요
story-edit-errors = { $file }에 오류가 { $n }개 있어요. 내 경험은 바뀌지 않았어요
story-edit-saved = 내 경험을 저장했어요: 프로젝트 { $projects }개, 사실 { $facts }개
story-edit-unchanged = 내 경험에 바뀐 내용이 없어요: 프로젝트 { $projects }개, 사실 { $facts }개
story-edit-template-untouched = 템플릿을 고치지 않고 닫아서 저장하지 않았어요. 예시를 자신의 프로젝트로 바꿔 주세요
story-edit-kept = 수정한 내용은 { $file }에 남아 있어요
story-edit-editor-failed = { $error }. 내 경험은 바뀌지 않았어요
story-edit-editor-failed-kept = { $error }. 내 경험은 바뀌지 않았어요 (작성한 내용은 { $file }에 남아 있어요)
story-edit-again-ask = 다시 수정할까요? [Y/n]
story-edit-cannot-write = { $file }에 쓸 수 없어요
story-edit-cannot-read = { $file }{ JOSA($file, "을") } 다시 읽을 수 없어요

## 편집기 ($VISUAL, $EDITOR): 내 경험과 답변의 Ctrl+E

story-editor-cannot-start = 편집기 `{ $editor }`{ JOSA($editor, "을") } 실행할 수 없어요 ({ $error }). $VISUAL이나 $EDITOR에 설치된 편집기를 지정해 주세요
story-editor-failed = 편집기 `{ $editor }`{ JOSA($editor, "이") } 오류로 끝났어요 ({ $status })

## 내 경험 읽기: 어디에 무엇이 와야 하는지("expected …" 뒤), 그리고
## 무엇이 잘못됐는지 (앞에 파일:줄:칸이 붙어요)

story-invalid = { $more ->
        [0] 내 경험의 형식이 올바르지 않아요: { $error }
       *[other] 내 경험의 형식이 올바르지 않아요: { $error } (외 { $more }건)
    }
story-file-name = 내 경험
story-db-unreadable = 데이터베이스에서 읽을 수 없어요: { $error }
story-import-bad-time = `updated_at` 값 `{ $value }`{ JOSA($value, "은") } RFC 3339 시각이 아니에요 (예: 2026-11-25T09:30:00.000Z)
story-expect-root = 프로젝트 목록 `projects`가 있는 매핑
story-expect-projects = 프로젝트 목록
story-expect-project = 프로젝트 (`id`와 `name`이 있는 매핑)
story-expect-id = 프로젝트 id
story-expect-name = 프로젝트 이름
story-expect-when = 기간 (예: `2024-03..2024-06`)
story-expect-role = 맡은 역할 (예: `백엔드 / 인프라`)
story-expect-lesson = 다시 한다면 바꿀 점
story-expect-team = 팀 인원 수
story-expect-result = 결과
story-expect-facts = 사실 목록 (한 줄에 하나씩 `- `로 시작)
story-expect-fact = 사실
story-missing-id = `id` 키가 없어요: 프로젝트마다 `crawler` 같은 바뀌지 않는 id(slug)가 있어야 해요
story-missing-name = `name` 키가 없어요: 프로젝트마다 `가격 크롤러 (캡스톤)` 같은 이름이 있어야 해요
story-name-empty = 프로젝트 이름(`name`)이 비어 있어요
story-result-empty = 결과(`result`)가 비어 있어요
story-fact-empty = 빈 사실이 있어요: 직접 한 일을 숫자와 함께 적어 주세요
story-id-empty = 프로젝트 id가 비어 있어요: `crawler` 같은 slug를 적어 주세요
story-id-not-slug = 프로젝트 id `{ $id }`{ JOSA($id, "은") } slug여야 해요: `crawler`, `price-crawler`처럼 영문 소문자, 숫자, 대시(-)만 쓸 수 있어요
story-id-duplicate = 프로젝트 id `{ $id }`{ JOSA($id, "이") } 겹쳐요 ({ $line }번째 줄에 먼저 있어요): id는 프로젝트마다 달라야 해요
story-team-invalid = `team`에는 본인을 포함한 인원 수를 1 이상의 정수로 적어 주세요 (`{ $value }`{ JOSA($value, "은") } 안 돼요)
