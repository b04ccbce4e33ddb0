# 모의 면접: 설정, 면접 시계, 리포트와 그 Markdown, 지난 면접,
# `rehearse mock --history`.

## 이름: 면접 유형, 면접의 단계, 점검 항목, STAR, 비교 지표.

mock-round-technical = 기술 면접
mock-round-culture = 인성 면접
mock-round-full = 전체 (기술+인성)

# 리포트의 답변 줄에 붙는 단계 이름(짧게).
mock-segment-tag-intro = 자기소개
mock-segment-tag-technical = 기술
mock-segment-tag-project = 프로젝트
mock-segment-tag-motivation = 지원 동기
mock-segment-tag-behavioral = 인성
mock-segment-tag-closing = 마무리

# Markdown 리포트의 제목에 쓰는 단계 이름.
mock-segment-intro = 자기소개
mock-segment-technical = 기술 질문
mock-segment-project = 프로젝트 경험
mock-segment-motivation = 지원 동기
mock-segment-behavioral = 인성 질문
mock-segment-closing = 마무리

mock-check-definition = 정의
mock-check-example = 예시
mock-check-trade-off = 트레이드오프
mock-check-first-person = 1인칭
mock-check-numbers = 수치
mock-check-technologies = 사용한 기술
mock-check-result = 결과
mock-check-star = STAR 구조

mock-star-situation = 상황
mock-star-task = 과제
mock-star-action = 행동
mock-star-result = 결과

mock-measure-total-time = 정해진 시간 대비 총 시간
mock-measure-key-points = 다룬 핵심 포인트
mock-measure-first-person = 1인칭으로 말한 경험 답변
mock-measure-numbers = 수치가 있는 경험 답변
mock-measure-fillers = 분당 습관어
mock-measure-over-limit = 제한 시간을 넘긴 답변
mock-measure-experiences = 서로 다른 경험 수
mock-measure-star = STAR를 다 갖춘 답변

mock-trend-better = 개선
mock-trend-worse = 악화
mock-trend-same = 변화 없음

mock-rating-again = 다시
mock-rating-hard = 어려움
mock-rating-good = 좋음
mock-rating-easy = 쉬움

## 작은 조각: 시간, 목록, 제한 시간 대비 걸린 시간.

# 목록의 마지막 두 항목: 한국어는 쉼표로 잇는다.
mock-list-and = { $init }, { $last }
mock-took-of = { $took } / { $limit }

## 면접 중 답변 화면.

mock-clock = 면접 { $clock } / { $limit }
mock-clock-over = { $over } 초과
mock-no-pause = 모의 면접에는 일시정지가 없어요. 실제 면접처럼 시계가 계속 가요.

## 설정.

mock-setup-title = 모의 면접
mock-setup-start = ▶ { $round } 시작
mock-setup-role = 직무
mock-setup-language = 언어
mock-setup-round = 면접 유형
mock-setup-minutes = 시간
mock-setup-minutes-value = { $n }분
mock-setup-about-title = 진행 방식
mock-setup-shape-technical = 1차 기술 면접: 1분 자기소개, 직무 기술 질문(질문마다 면접관의 꼬리질문), 프로젝트 경험 질문 하나, 마지막으로 “궁금한 점 있으신가요?”
mock-setup-shape-culture = 2차 인성·임원 면접: 자기소개, 이 직무와 회사에 지원한 이유, 인성 질문과 꼬리질문, 마지막 한마디
mock-setup-shape-full = 두 면접을 한 번에: 기술 면접 다음에 인성 면접, 자기소개와 마무리는 한 번씩
mock-setup-how = 면접 내내 시계 하나가 멈추지 않고 가요. 일시정지도 중간 피드백도 없고, 꼬리질문은 답변에 따라 달라져요. 끝나면 리포트를 보고 답변마다 평가해요.
mock-setup-no-roles = 기술 질문이 있는 질문 모음이 없어서 면접 볼 직무가 없어요. 질문 모음을 추가하세요 (`rehearse banks new` 참고).

## 면접 중, 그리고 끝난 뒤.

mock-choices-not-kept = 모의 면접 설정을 저장하지 못했어요: { $error }
mock-empty-answer = 답변이 비어 있어요. 무엇이든 말하거나, 질문을 넘기려면 Esc → 패스를 고르세요.
mock-digs-in = 면접관이 방금 한 답변을 파고들어요.
mock-report-not-kept = 리포트를 저장하지 못했어요 ({ $error }). 답변은 저장돼 있어요.
mock-gone = 그 면접은 이제 데이터 폴더에 없어요.
mock-report-damaged = 그 면접의 리포트가 손상됐어요: { $error }
mock-not-finished = 끝내지 않은 면접이라 리포트가 없어요.
mock-rated = 평가했어요. { $due } 다시 나와요.
mock-resumed = 면접을 { $n }문항 중 { $i }번째 질문부터 이어 가요.
mock-resumed-draft = 면접을 { $n }문항 중 { $i }번째 질문부터 이어 가요. 작성 중이던 답변을 되살렸고, 두 시계도 이어서 가요.
mock-plan-no-technical = `{ $language }` 언어에는 `{ $role }` 직무의 기술 질문이 없어요. 질문 모음이 있는 직무와 언어를 고르세요 (`rehearse banks list` 참고).
mock-plan-no-behavioral = `{ $language }` 언어에는 인성 질문이 없어요. `kind: behavioral` 질문이 있는 질문 모음을 추가하거나 다른 언어를 고르세요.
mock-json-damaged = 모의 면접 리포트가 손상됐어요: { $error }
mock-json-no-version = 모의 면접 리포트가 손상됐어요: 버전 번호가 없어요
mock-json-newer = 더 새 버전의 rehearse가 쓴 모의 면접 리포트예요 (리포트 버전 { $version }, 이 버전은 { $max }까지 읽어요): { $error }

## 리포트 화면.

mock-report-title = 모의 면접 리포트
mock-report-heading = { $round } · { $role } · { $language } · { $date }
mock-report-total = 총 { $took } / { $limit }
mock-report-answered = 답변 { $n }개
mock-report-answered-passed = 답변 { $n }개, 패스 { $passed }개
mock-report-over-limit = 시간 초과 { $n }개
mock-report-fillers = 습관어 분당 { $rate }회
mock-report-experiences = 경험 { $n }가지
mock-report-changes = 실전 전에 고칠 점
mock-report-no-changes = 눈에 띄는 문제가 없어요. 시간, 핵심 포인트, 구체성 모두 좋았어요. 이대로 계속 연습하세요.
mock-report-compared = 지난 면접과 비교
mock-report-missed = 자주 놓친 것
mock-report-missed-check = · { $check }: { $of }개 중 { $n }개에서 빠짐
mock-report-answers = 답변 (↑/↓ 선택, 1–4 평가: 다시, 어려움, 좋음, 쉬움)
mock-report-row = { $n }. [{ $segment }] { $prompt }
mock-report-row-mentioned = { $n }. [{ $segment }] ({ $term } 언급) { $prompt }
mock-report-row-missed = { $n }. [{ $segment }] ({ $terms } 언급 없음) { $prompt }
mock-report-passed = 패스
mock-report-not-reached = 묻지 않음
mock-report-speaking = 말하기 약 { $time }
mock-report-key-points = 핵심 포인트 { $covered }/{ $total }
mock-report-story-checks = 1인칭 { $first } · 수치 { $numbers }
mock-report-filler-count = 습관어 { $n }
mock-report-follow-ups = 꼬리질문 { $n }개
mock-report-missed-points = 놓친 것: { $points }
mock-report-rated = 평가: { $rating }
mock-report-rate-it = 평가: 1 다시 · 2 어려움 · 3 좋음 · 4 쉬움
mock-report-not-rated = 아직 평가 안 함
mock-report-unrated-left = 아직 평가하지 않은 답변이 { $n }개 있어요. 복습에서 평가할 수 있어요.

## 지난 면접.

mock-history-title = 지난 면접
mock-history-empty = 아직 끝낸 모의 면접이 없어요. 홈 화면의 모의 면접에서 시작하세요.
mock-history-row = { $date }  { $round } · { $role } · { $language }  { $took } / { $limit }  답변 { $n }개

## `rehearse mock --history`.

mock-cli-none-for-role = { $role } 직무로 본 모의 면접이 아직 없어요
mock-cli-none = 아직 본 모의 면접이 없어요. `rehearse mock --role ROLE`로 시작하세요
mock-cli-started = 시작
mock-cli-role = 직무
mock-cli-language = 언어
mock-cli-round = 면접
mock-cli-time = 시간
mock-cli-answers = 답변
mock-cli-answer-count = { $n }개
mock-cli-unfinished = (미완료)

## 가장 중요한 세 가지 고칠 점.

mock-change-passed = { $of }문항 중 { $count }문항을 패스했어요 (예: { $question }). 질문마다 답변을 준비하세요. 일부라도 답하는 편이 패스보다 나아요.
mock-change-first-person = 경험 답변 { $of }개 중 { $count }개가 내가 한 일을 말하지 않아요 (예: { $question }). “저희가 했습니다”가 아니라 “제가 만들었습니다”처럼 말하세요.
mock-change-first-person-we = 경험 답변 { $of }개 중 { $count }개가 내가 한 일을 말하지 않아요 ({ $question }에서 { $we }). “저희가 했습니다”가 아니라 “제가 만들었습니다”처럼 말하세요.
mock-change-key-points = 핵심 포인트 { $of }개 중 { $covered }개를 다뤘어요. { $question }에서는 { $points }{ JOSA($points, "을") } 놓쳤어요. 좋은 답변에 꼭 필요한 포인트부터 말하세요.
mock-change-overtime = 답변 { $of }개 중 { $count }개가 제한 시간을 넘겼어요. { $question }{ JOSA($question, "은") } 제한 { $limit }에 { $took } 걸렸어요. 요점만 말하고 시간 안에 끝내세요.
mock-change-too-short = 답변 { $of }개 중 { $count }개가 제한 시간에 비해 너무 짧아요. { $question }{ JOSA($question, "은") } 말하면 약 { $spoken }, 제한은 { $limit }{ JOSA($limit, "이에요") }. 예시와 숫자를 더하세요.
mock-change-numbers = 경험 답변 { $of }개 중 { $count }개에 수치가 없어요 (예: { $question }). 몇 개인지, 얼마나 빨라졌는지, 얼마나 줄었는지 숫자로 말하세요.
mock-change-result = 경험 답변 { $of }개 중 { $count }개가 결과 없이 끝나요 (예: { $question }). 무엇이 얼마나 달라졌는지 말하세요.
mock-change-star-situation = 경험 답변 { $of }개 중 { $count }개에 STAR의 상황이 없어요 (예: { $question }). 언제, 어디서, 무엇이 걸린 일이었는지 먼저 말하세요.
mock-change-star-task = 경험 답변 { $of }개 중 { $count }개에 STAR의 과제가 없어요 (예: { $question }). 내 목표나 맡은 일이 무엇이었는지 말하세요.
mock-change-star-action = 경험 답변 { $of }개 중 { $count }개에 STAR의 행동이 없어요 (예: { $question }). 내가 한 일을 한 단계씩 말하세요.
mock-change-star-result = 경험 답변 { $of }개 중 { $count }개에 STAR의 결과가 없어요 (예: { $question }). 무엇이 얼마나 달라졌는지 말하세요.
mock-change-definition = 기술 답변 { $of }개 중 { $count }개에 정의가 없어요 (예: { $question }). 그것이 무엇인지 한 문장으로 먼저 말하세요.
mock-change-example = 기술 답변 { $of }개 중 { $count }개에 예시가 없어요 (예: { $question }). 구체적인 사례를 하나 드세요.
mock-change-trade-off = 기술 답변 { $of }개 중 { $count }개에 트레이드오프가 없어요 (예: { $question }). 어떤 비용이 드는지, 언제는 쓰지 않을지 말하세요.
mock-change-fillers = 습관어가 1분에 { $rate }번 나왔어요 (모두 { $total }번: { $words }). 말을 채우지 말고 잠깐 멈추세요.
mock-change-one-experience = 경험 답변 { $stories }개가 모두 한 가지 경험에서 나왔어요 ({ $anchors }). 질문마다 가장 맞는 이야기를 고를 수 있게 두 번째 경험을 준비하세요.

## 지난 면접과 비교.

# "분당 습관어: 4.2 → 2.1, 개선"
mock-compared-line = { $measure }: { $before } → { $now }, { $trend }

## Markdown 리포트 (내보내기, 학습 노트).

mock-md-title = 모의 면접: { $role }, { $round }
mock-md-started = 언어: { $language } · 시작 { $started } UTC · 면접 ID { $id }
mock-md-total = 총 시간: { $took } / { $minutes }분
mock-md-total-over = 총 시간: { $took } / { $minutes }분 ({ $over } 초과)
mock-md-changes = 고칠 점
mock-md-no-changes = 눈에 띄는 문제가 없어요. 지금처럼 답하세요.
mock-md-compared = 지난 모의 면접과 비교
mock-md-compared-none = 두 면접에 함께 있는 지표가 없어요.
mock-md-table-head = | 지표 | 이전 | 이번 | |
mock-md-interview = 면접 요약
mock-md-answered = 답변: { $asked }문항 중 { $answered }문항
mock-md-answered-passed = 답변: { $asked }문항 중 { $answered }문항, 패스 { $passed }문항
mock-md-over-limit = 제한 시간 초과: { $answered }개 중 { $over }개
mock-md-key-points = 다룬 핵심 포인트: { $total }개 중 { $covered }개 ({ $share })
mock-md-stories = 1인칭으로 말한 경험 답변: { $stories }개 중 { $first }개, 수치가 있는 답변: { $stories }개 중 { $numbers }개
mock-md-star = STAR를 다 갖춘 답변: { $total }개 중 { $complete }개
mock-md-fillers = 습관어: { $n }번
mock-md-fillers-rate = 습관어: { $n }번, 말하는 시간 1분에 { $rate }번
mock-md-fillers-words = 습관어: { $n }번 ({ $words })
mock-md-experiences = 서로 다른 경험: { $n }가지{ $unplaced ->
        [0] {""}
       *[other] , 프로젝트·기술·숫자를 말하지 않은 답변 { $unplaced }개
    }
mock-md-experiences-told = 서로 다른 경험: { $n }가지 ({ $told }){ $unplaced ->
        [0] {""}
       *[other] , 프로젝트·기술·숫자를 말하지 않은 답변 { $unplaced }개
    }
mock-md-missed-points = 자주 놓친 핵심 포인트
mock-md-missed-checks = 자주 놓친 점검 항목
mock-md-missed-check = { $check } 없음: { $of }개 중 { $n }개 ({ $answers })
mock-md-answers = 답변
mock-md-follow-up = { $answers }의 꼬리질문
mock-md-follow-up-mentioned = { $answers }의 꼬리질문, { $term }{ JOSA($term, "을") } 말해서 나온 질문
mock-md-follow-up-missed = { $answers }의 꼬리질문, { $terms }{ JOSA($terms, "을") } 말하지 않아서 나온 질문
mock-md-passed = 패스 (제한 시간 { $limit })
mock-md-not-answered = 답하지 않음 (제한 시간 { $limit })
mock-md-time = 시간: { $took } / { $limit }
mock-md-time-over = 시간: { $took } / { $limit } ({ $over } 초과)
mock-md-speaking = 말하는 시간: 약 { $spoken }, { $words }단어
mock-md-key-points-of = 핵심 포인트: { $total }개 중 { $covered }개
mock-md-key-points-missed = 핵심 포인트: { $total }개 중 { $covered }개, 놓친 것: { $missed }
mock-md-talking-points-of = 내 포인트: { $total }개 중 { $covered }개
mock-md-talking-points-missed = 내 포인트: { $total }개 중 { $covered }개, 놓친 것: { $missed }
mock-md-checks = 점검: { $checks }
mock-md-numbers = 수치: { $numbers }
mock-md-we = “저” 대신 { $we }{ JOSA($we, "이라고") } 말했어요
mock-md-star-all = STAR: 네 부분 모두 있음
mock-md-star-missing = STAR: { $parts } 빠짐
mock-md-led-to = 이어진 꼬리질문: { $answers }
mock-md-attempt = 답변 ID: { $id }
# 한국어는 답변 수에 따라 바뀌지 않는다.
mock-md-answer-numbers = { $n ->
       *[other] { $numbers }번 답변
    }
mock-md-answer-none = 이 리포트에 없는 질문

## 학습 노트의 모의 면접.

mock-sheet-title = 모의 면접
mock-sheet-heading = { $date } — { $role }, { $round }, { $minutes }분
mock-sheet-total = 총 시간 { $took } / { $limit } · 답변 { $n }개 · { $language }
mock-sheet-follow-up = 꼬리질문
mock-sheet-follow-up-mentioned = 꼬리질문 ({ $term } 언급)
mock-sheet-follow-up-missed = 꼬리질문 ({ $terms } 언급 없음)
mock-sheet-passed = 패스했어요.
mock-sheet-not-answered = 답하지 않았어요.
