# 명령줄: rehearse가 출력하는 말과 끝낼 때의 오류.
# (`--help`와 clap이 직접 내는 인자 오류는 영어예요. README.md 참고.)

## 오류와 내부 오류.

# 실행 중 오류 한 줄. 앞의 프로그램 이름은 유닉스 도구의 관례대로 그대로 둬요.
cli-error = rehearse: { $message }
cli-internal-error = rehearse: 내부 오류가 났어요({ $message }). 버그로 알려 주세요
cli-internal-error-at = rehearse: 내부 오류가 났어요({ $message }, { $file }:{ $line }). 버그로 알려 주세요
cli-internal-error-unknown = 알 수 없는 오류
cli-needs-terminal = 이 명령은 전체 화면 앱을 열어요. 터미널에서 실행해 주세요
cli-no-home-folder = 데이터를 둘 홈 폴더를 찾을 수 없어요. --data-dir DIR로 폴더를 알려 주세요
cli-cannot-read = 읽을 수 없어요: { $path }
cli-cannot-write = 쓸 수 없어요: { $path }
cli-cannot-create = 폴더를 만들 수 없어요: { $path }
cli-not-utf8 = UTF-8 텍스트가 아니에요: { $path }
cli-story-questions-not-loaded = 내 경험에서 만든 질문을 불러오지 못했어요: { $error }

## rehearse banks list

cli-banks-column-role = 직무
cli-banks-column-language = 언어
cli-banks-column-bank = 질문 모음
cli-banks-column-questions = 질문 수
cli-banks-column-source = 출처
cli-banks-summary = 직무 { $roles }개, 질문 모음 { $banks }개, { $questions }문항
cli-banks-folder = 내 질문 모음 폴더: { $path }
cli-banks-notice = 알림: { $notice }
cli-banks-problem = 문제: { $problem }

## rehearse banks new

cli-banks-new-exists = 이미 있는 파일이에요: { $path }. 다른 파일 이름을 골라 주세요
cli-banks-new-wrote = 질문 모음 템플릿을 만들었어요: { $path }
cli-banks-new-check-it = 검사하려면: rehearse banks validate { $path }

## rehearse banks validate / lint (앞에 파일:줄:열이 붙어요)

cli-validate-unreadable = 읽을 수 없어요: { $reason }
cli-validate-no-bank-files = 여기에는 *.yaml이나 *.yml 질문 모음 파일이 없어요
cli-validate-ok = 통과 { $file } ({ $role } `{ $id }`, { $questions }문항)
cli-validate-ok-with-warnings = 통과 { $file } ({ $role } `{ $id }`, { $questions }문항, 경고 { $warnings }개)
cli-validate-failed = 파일 { $bad }개에서 문제 { $problems }개를 찾았어요. 통과한 파일은 { $good }개예요
cli-lint-failed = 파일 { $files }개에서 경고 { $warnings }개가 나왔어요. README의 `Writing match terms`를 참고해 주세요

## rehearse banks import FILE.md

cli-import-md-skipped = 건너뜀 { $file }:{ $line }: { $text } ({ $reason })
cli-import-md-took = 가져옴 { $file }:{ $line }: { $id } — { $prompt }
cli-import-md-took-kind = 가져옴 { $file }:{ $line }: { $id } — { $prompt } [종류: { $kind }, “{ $cue }”{ JOSA($cue, "을") } 보고 정했어요. 틀렸다면 질문 모음에서 `kind:`를 고쳐 주세요]
cli-import-md-merged = 합침 { $file }:{ $line }: { $prompt } ({ $into }번째 줄과 같은 질문)
cli-import-md-no-questions = { $file }에서 질문을 찾지 못했어요. 질문은 `?`로 끝나거나 무언가를 묻는 목록 항목이나 제목이어야 해요
cli-import-md-exists = 이미 있는 파일이에요: { $path }. -o로 다른 파일이나 폴더를 주세요
cli-import-md-invalid = { $file }{ JOSA($file, "으로") } 질문 모음을 만들지 못했어요: { $error }
cli-import-md-wrote = { $questions }문항을 썼어요(건너뜀 { $skipped }개, 합침 { $merged }개): { $path }. 핵심 포인트 피드백을 받으려면 key_points를 더해 주세요
cli-import-md-wrote-part = { $questions }문항을 썼어요: { $path }
cli-import-md-wrote-split = 질문 모음 하나가 파일 하나에 담을 수 있는 { $max }MiB를 넘어서 { $questions }문항을 { $dir }에 질문 모음 { $banks }개로 나눠 썼어요(건너뜀 { $skipped }개, 합침 { $merged }개). 핵심 포인트 피드백을 받으려면 key_points를 더해 주세요
cli-import-bad-role = --role `{ $role }`{ JOSA($role, "은") } 직무가 아니에요. `backend`, `data-engineering`처럼 영어 소문자, 숫자, 대시로 써 주세요
cli-import-bad-lang = --lang `{ $lang }`{ JOSA($lang, "은") } 언어 코드가 아니에요. `en`, `ko`처럼 써 주세요
cli-import-bank-unwritable = 질문 모음을 쓰지 못했어요: { $reason }
cli-import-bank-reads-back-differently = 쓴 질문 모음을 다시 읽으니 `{ $what }`에서 내용이 달라요
cli-import-bank-too-big = 질문 모음이 { $size }바이트라서 파일 하나에 담을 수 있는 { $max }바이트를 넘어요
cli-import-question-too-big = `{ $id }` 질문 하나만으로 파일 하나에 담을 수 있는 { $max }바이트를 넘어요. 문서에서 그 답변을 줄여 주세요

## rehearse settings

cli-settings-none = 없음
cli-settings-language-set-here = { $lang } (여기서 설정)
cli-settings-language-from-locale = { $lang } ({ $var }에서)
cli-settings-language-default = { $lang } (기본값)
cli-settings-fsrs-defaults = 기본값(`rehearse optimize`로 내 복습 기록에 맞출 수 있어요)
cli-settings-fsrs-fitted = 내 복습 기록에 맞춤
cli-settings-needs-value = 새 값도 적어 주세요. 예: `rehearse settings retention 0.85`
cli-settings-not-retention = settings { $key } `{ $value }`: 0.9 같은 숫자를 적어 주세요
cli-settings-not-whole-number = settings { $key } `{ $value }`: 정수를 적어 주세요
cli-settings-not-a-number = settings { $key } `{ $value }`: 숫자를 적어 주세요
cli-settings-retention-range = retention은 0.70에서 0.99 사이여야 해요
cli-settings-rate-range = 말하는 속도는 1분에 30에서 1000 사이여야 해요
cli-settings-not-a-ui-language = settings ui-language `{ $value }`{ JOSA($value, "은") } 화면 언어가 아니에요. en, ko, auto 중에서 골라 주세요
cli-settings-not-a-date = { $given_as } `{ $value }`{ JOSA($value, "은") } 날짜가 아니에요. 2026-12-10처럼 YYYY-MM-DD로 적어 주세요(지우려면 `none`)
cli-settings-unknown-target-role = { $problem } (지우려면 `none`)
cli-settings-saved = 저장했어요: { $key } = { $value }

## rehearse optimize

cli-optimize-reset = FSRS 매개변수를 기본값으로 되돌렸어요
cli-optimize-fitted = 복습 { $reviews }번의 기록에 FSRS 매개변수를 맞추고 저장했어요:
# $reason는 문장이에요(마침표로 끝나요).
cli-optimize-not-enough = { $reason } 그때까지는 기본 매개변수를 써요

## rehearse check

cli-check-type-the-answer = 답변을 입력하거나 파이프로 넘겨 주세요. 끝내려면 Ctrl+D
cli-check-stdin = 표준 입력
cli-check-stdin-unreadable = 표준 입력에서 답변을 읽을 수 없어요
cli-check-answer-too-big = { $source }의 답변이 1 MiB를 넘어요. 답변은 한 번에 하나씩 확인해 주세요
cli-check-answer-not-utf8 = { $source }의 답변이 UTF-8 텍스트가 아니에요
cli-check-answer-empty = { $source }의 답변이 비어 있어서 확인할 게 없어요
cli-check-without-story = rehearse: { $error }. 내 경험 없이 확인했어요
cli-check-store-unread = rehearse: 내 포인트, 내 경험, 말하기 속도를 쓰지 못했어요: { $error }
cli-check-length = 길이: { $words }단어, { $chars }자. 말하면 약 { $spoken }
cli-check-key-points = 핵심 포인트: { $total }개 중 { $covered }개 다룸
cli-check-talking-points = 내 포인트: { $total }개 중 { $covered }개 다룸
cli-check-matched = (매칭 단어: "{ $term }")
cli-check-negated = (언급했지만 부정문이에요: "{ $phrase }")
cli-check-not-said = ({ $numbers }{ JOSA($numbers, "을") } 말하지 않았어요)
cli-check-checks = 점검:
cli-check-fillers = 습관어: { $fillers }
cli-check-star-situation = 상황
cli-check-star-task = 과제
cli-check-star-action = 행동
cli-check-star-result = 결과
cli-check-star-missing = 없음
cli-check-story = 내 경험: 사실 { $total }개 중 { $used }개 씀
cli-check-left-out = (빠짐)
cli-check-reads-as = 직무 성향: { $reads }
cli-check-reads-as-for = 직무 성향: { $reads } (지원 직무: { $target })

## rehearse export / import / backup / restore

cli-export-progress = 내보내는 중
cli-import-reading = 내보낸 파일을 읽는 중
cli-import-progress = 가져오는 중
cli-export-wrote = 썼어요: { $path }
cli-import-done = 가져왔어요: { $file }. { $questions }문항, 새 답변 { $attempts }개(이미 있던 답변 { $attempts_present }개), 복습 기록 { $reviews }개, 복습 일정 { $schedules }개 갱신, 새 모의 면접 { $mocks }번(이미 있던 모의 면접 { $mocks_present }번)
cli-import-story-invalid = rehearse: { $file }의 내 경험이 올바르지 않아서 그것만 빼고 가져왔어요:
cli-import-story-taken = 내 경험: 여기에 없어서 { $file }의 것을 가져왔어요
cli-import-story-same = 내 경험: { $file }의 것과 같아요
cli-import-story-theirs-later = 내 경험: { $file }의 것({ $theirs } 저장)이 여기 것({ $ours } 저장)보다 나중이라 그것으로 바꿨어요
cli-import-story-same-time = 내 경험: 여기 것을 그대로 뒀어요. { $file }의 것은 내용이 다르지만 같은 시각({ $ours })에 저장됐어요
cli-import-story-ours-later = 내 경험: 여기 것({ $ours } 저장)이 { $file }의 것({ $theirs } 저장)보다 나중이라 그대로 뒀어요
cli-backup-done = 백업했어요: { $path }
cli-restore-done = 복원했어요: { $source } → { $database }
cli-restore-kept-aside = 이전 데이터베이스는 따로 남겨 뒀어요: { $path }
cli-restore-no-backups = 백업이 없어요: { $folder }. 복원할 백업 FILE을 주세요
cli-restore-list = 백업 목록(최신순): { $folder }
cli-backup-sound = 답변 { $answers }개, 정상
cli-backup-not-sound = 손상됨: { $error }
cli-restore-not-a-terminal = rehearse: 아무것도 복원하지 않았어요. 복원하려면 FILE을 주세요. 예: `rehearse restore { $file }`
cli-restore-which = 어느 백업을 복원할까요? (1-{ $last }, 취소는 Enter)
cli-restore-unreadable-answer = 터미널에서 답을 읽을 수 없어요
cli-restore-cancelled = 아무것도 복원하지 않았어요
cli-restore-unsound = { $number }번 백업은 손상됐어요. 아무것도 복원하지 않았어요
cli-restore-not-listed = `{ $given }`{ JOSA($given, "은") } 1에서 { $last } 사이의 번호가 아니에요. 아무것도 복원하지 않았어요
