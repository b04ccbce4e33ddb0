# 홈 화면, 지원 직무 팝업, 질문 모음 목록 (src/tui/screens/home.rs).

## 메뉴.
home-practice = 연습
home-review = 복습 (오늘 { $n }문항)
home-mock = 모의 면접
home-past-mocks = 지난 모의 면접
home-past-mocks-count = 지난 모의 면접 ({ $n })
home-story = 내 경험
home-browse = 답변 모아보기
home-stats = 통계
home-banks = 질문 모음
home-quit = 종료

## 오늘, "이름: 값"으로.
home-today = 오늘
home-due-label = 오늘 복습할 질문
home-due-value = { $n }문항
home-streak-label = 연속 연습
home-streak-value = { $n }일
home-last-session-label = 최근 세션
home-last-session-none = 아직 없음
# $when: 날짜와 시각, $mode: home-mode-* 중 하나.
home-last-session-value = { $when }, { $mode }, { $n }문항
home-mode-practice = 연습
home-mode-review = 복습
home-mode-recall = 떠올리기 복습
home-mode-mock = 모의 면접
home-answers-label = 저장한 답변
home-answers-value = { $n }개
home-applying-label = 지원 직무
home-role-not-chosen = 정하지 않음
home-role-change-hint = (r로 변경)
home-role-choose-hint = (r로 선택)
home-unrated = 평가를 기다리는 답변이 { $n }개 있어요. 복습에서 먼저 평가해요.
home-interview-label = 면접일
home-interview-today = { $date } (오늘, D-day)
home-interview-tomorrow = { $date } (내일, D-1)
home-interview-in = { $date } (D-{ $n })
home-interview-yesterday = { $date } (어제)
home-interview-ago = { $date } ({ $n }일 지남)
home-new-per-role = 직무별 새 질문
home-problems = 질문 모음 파일 { $files }개에서 문제 { $n }개:
# $target: 파일이 하나면 그 파일, 여럿이면 PATH.
home-problems-more = 외 { $n }개 더 있어요. 질문 모음 화면에서 모두 보거나 `rehearse banks validate { $target }`{ JOSA($target, "을") } 실행해 보세요
home-notice = 알림: { $text }

## 지원 직무 팝업.
home-role-title = 지원 직무
home-role-ask = 어떤 직무에 지원하나요?
home-role-current = 지금 지원 직무:
home-role-explain = 모든 답변에 직무 프로필(어느 직무처럼 들리는지)이 붙고, 이 직무와 비교해요.
home-role-none = 특정 직무 없음
home-role-keys-first = Enter 선택 · Esc 나중에 (홈 화면에서 r로 바꿀 수 있어요)
home-role-keys = Enter 선택 · Esc 그대로 두기

## 질문 모음 목록.
home-banks-title = 질문 모음 { $banks }개, { $questions }문항
home-origin-bundled = 기본 제공
home-origin-user = 사용자 폴더
home-origin-command-line = --banks
home-origin-story = 내 경험
