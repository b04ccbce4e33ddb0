# 화면을 둘러싼 부분: 하단 안내, 팝업(도움말, 답변 메뉴, 예/아니요 질문,
# 되살린 답변), 라우터와 터미널의 메시지 (src/tui/mod.rs, app.rs,
# app/*.rs, screens/overlays.rs).

## 터미널이 너무 작을 때.
shell-too-small = 터미널이 너무 작아요
shell-too-small-size = { $width }x{ $height }, 최소 { $min_width }x{ $min_height } 필요

## 도움말 팝업과 답변 메뉴.
shell-help-title = 단축키
shell-help-closes = 아무 키나 누르면 닫혀요
shell-help-closes-footer = 아무 키나 누르면 도움말이 닫혀요
shell-menu-title = 답변

## 예/아니요 질문: 제목, 질문, 그다음 일.
shell-quit-title = 종료
shell-quit = rehearse를 종료할까요?
shell-discard-title = 버리기
shell-discard-recovered = 되살린 답변과 끝내지 않은 세션을 버릴까요?
shell-cannot-undo = 되돌릴 수 없어요.
shell-skip-rating-title = 평가 건너뛰기
shell-skip-rating = 이 답변을 평가하지 않고 넘어갈까요?
shell-skip-rating-note = 답변은 저장돼 있고, 나중에 복습에서 평가할 수 있어요.
shell-quit-unrated = 이 답변을 평가하지 않고 종료할까요?
shell-quit-unrated-note = 답변은 저장돼 있어요. 다음에 여기서부터 세션을 이어서 해요.
shell-discard-answer = 이 답변을 버리고 질문을 건너뛸까요?
shell-end-session-title = 세션 끝내기
shell-end-session = 여기서 세션을 끝낼까요? 지금까지 평가한 답변은 남아요.
shell-pass-title = 패스
shell-pass = 이 질문을 패스할까요? 입력한 답변은 버리고, 면접과 시계는 계속 진행돼요.
shell-end-interview-title = 면접 끝내기
shell-end-interview = 여기서 면접을 끝낼까요? 이 답변은 버리고 남은 질문은 묻지 않아요. 리포트는 답한 질문까지만 다뤄요.
shell-not-saved-title = 저장 안 됨
# 다음 줄에 오류가 이어져요.
shell-not-saved = 답변을 저장하지 못했어요:
shell-quit-anyway = 그래도 종료할까요? 답변은 데이터 폴더 밖의 파일에 써 두고, rehearse가 끝날 때 그 파일을 알려 드려요.

## 되살린 답변.
shell-recover-title = 이어서 할까요?
# $n: 멈춘 질문 번호, $total: 전체 문항 수, $started: 시작한 날짜와 시각.
shell-recover-mock = 모의 면접을 { $total }문항 중 { $n }번째 질문에서 멈췄어요 (시작: { $started }).
shell-recover-mock-note = 그 질문부터 이어서 하고, 앞의 답변과 시계도 멈춘 그대로예요.
shell-recover-practice = 연습을 { $total }문항 중 { $n }번째 질문에서 멈췄어요 (시작: { $started }).
shell-recover-review = 복습을 { $total }문항 중 { $n }번째 질문에서 멈췄어요 (시작: { $started }).
shell-recover-recall = 떠올리기 복습을 { $total }문항 중 { $n }번째 질문에서 멈췄어요 (시작: { $started }).
# 이 버전이 모르는 모드의 세션. $mode는 저장된 그대로.
shell-recover-session = { $mode } 세션을 { $total }문항 중 { $n }번째 질문에서 멈췄어요 (시작: { $started }).
shell-recover-draft = 작성 중이던 답변:
shell-recover-keys = Enter: 이어서 하기 · Esc: 나중에 · Del: 버리기 (먼저 물어봐요)
shell-confirm-keys = y: 예 · n 또는 Esc: 아니요
shell-typing-guard = 입력 중이었던 것 같아요. 먼저 위 질문에 답해 주세요.
shell-discarded = 버렸어요.

## 지원 직무.
shell-role-set = 지원 직무를 { $role }{ JOSA($role, "으로") } 정했어요. 모든 답변의 직무 성향을 이 직무와 비교해요.
shell-role-none = 지원 직무를 정하지 않았어요. 홈 화면에서 r을 눌러 고를 수 있어요.
shell-role-not-saved = 지원 직무를 저장하지 못했어요: { $error }

## 연습과 복습.
shell-choices-not-kept = 연습 조건을 저장하지 못했어요: { $error }
# $when: 다음 질문의 복습 시점 ("10분 후", "내일").
shell-review-next-due = 지금은 복습할 질문이 없어요. 다음 복습은 { $when }{ JOSA($when, "이에요") }.
shell-review-empty = 아직 복습할 질문이 없고, 오늘의 새 질문도 다 했어요. 연습하면 복습할 질문이 쌓여요.
# $when: 답변을 쓴 날짜와 시각.
shell-unrated-earlier = { $when }에 쓴 답변을 아직 평가하지 않았어요. 평가(1–4)하면 복습 일정이 잡혀요.
shell-resumed-with-draft = { $total }문항 중 { $n }번째 질문부터 이어서 해요. 작성 중이던 답변을 되살렸고, 타이머도 멈췄던 시간부터 이어져요.
shell-resumed = { $total }문항 중 { $n }번째 질문부터 이어서 해요.
shell-answer-empty = 답변이 비어 있어요. 먼저 내용을 입력해 주세요 (건너뛰려면 Esc → 버리기).
# $when: 다시 나오는 시점 ("3일 후").
shell-rated = 평가했어요. { $when } 다시 나와요.
shell-again-later = 이 세션에서 조금 뒤에 다시 나와요.
shell-editor-placeholder = 답변을 입력해 주세요. Ctrl+S 제출, Esc 메뉴.

## 터미널, 파일, $EDITOR.
shell-needs-terminal = 전체 화면 앱은 터미널에서만 열 수 있어요. 스크립트에서는 `rehearse export`, `rehearse banks list`, `rehearse --help`를 써 주세요
shell-no-signal-handlers = 시그널 핸들러를 설치할 수 없어요
shell-no-raw-mode = 터미널을 raw 모드로 바꿀 수 없어요
shell-no-full-screen = 전체 화면을 열 수 없어요
shell-no-drawing = 화면을 그릴 수 없어요
shell-backup-failed = 자동 백업에 실패했어요: { $error }
shell-cannot-write = { $path }에 쓸 수 없어요: { $error }
shell-cannot-read-back = { $path }{ JOSA($path, "을") } 다시 읽을 수 없어요: { $error }
# $error: 편집기가 실행되지 않았거나 실패한 이유.
shell-draft-unchanged = { $error }. 답변은 그대로예요
shell-story-unchanged = { $error }. 내 경험은 그대로예요
shell-story-kept = { $error }. 내 경험은 그대로이고, 쓴 내용은 { $path }에 남아 있어요
# SIGBUS 뒤 시그널 핸들러가 한 줄로 써요.
shell-sigbus = 데이터 폴더의 파일에 문제가 생겼어요 (SIGBUS). 작성 중이던 답변은 { $path }에 있어요
