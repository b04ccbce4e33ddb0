# 피드백의 설명: 점검 항목과 그 이유, STAR, 직무 프로필 (src/feedback/).

## 피드백이 보여 주는 점검 항목.

feedback-check-key-points = 핵심 포인트
feedback-check-definition = 정의
feedback-check-example = 예시
feedback-check-trade-off = 트레이드오프·적용 시점
feedback-check-first-person = 본인이 한 일 (1인칭)
feedback-check-numbers = 수치
feedback-check-technologies = 사용한 기술
feedback-check-result = 결과
feedback-check-star = STAR 구조

## 질문에 맞지 않아 보지 않는 항목.

feedback-unasked-of-concepts = 개념 질문에서는 보지 않아요
feedback-unasked-concepts-only = 개념 질문에서만 봐요
feedback-unasked-of-closings = 마무리 질문에서는 보지 않아요
feedback-unasked-stories-only = 경험 질문에서만 봐요

## 통과하거나 못 한 이유. 통과하면 답변을 그대로 인용해요.

feedback-key-points-none = 이 질문에는 핵심 포인트가 없어요
feedback-key-points-covered = 핵심 포인트 { $n }개 중 { $covered }개를 짚었어요
feedback-definition-none = 개념을 정의하는 문장이 없어요
feedback-example-none = 예시가 없어요
feedback-trade-off-none = 트레이드오프나 언제 쓰는지에 대한 말이 없어요
feedback-first-person-only-we = “{ $we }”{ JOSA($we, "라고") }만 하고 본인이 한 일은 말하지 않았어요
feedback-first-person-none = 본인이 직접 한 일을 말하는 문장이 없어요
feedback-numbers-none = 수치가 없어요: 몇 건, 몇 초, 몇 퍼센트인지 말해 보세요
feedback-technologies-none = 도구나 기술 이름이 없어요
feedback-result-unmeasured = { $quote }{ JOSA($quote, "라고") } 했지만 얼마나 바뀌었는지는 말하지 않았어요
feedback-result-none = 결과가 없어요: 무엇이 얼마나 바뀌었는지 말해 보세요
feedback-star-complete = 상황, 과제, 행동, 결과가 모두 있어요
feedback-star-missing = { $parts }{ JOSA($parts, "이") } 빠졌어요

## STAR: 네 부분과, 답변에서 각 부분을 찾은 근거.

feedback-star-situation = 상황
feedback-star-task = 과제
feedback-star-action = 행동
feedback-star-result = 결과
feedback-star-heading = 소제목 "{ $heading }"
feedback-star-cue = 표현 "{ $cue }"

## 직무 프로필: 답변이 어느 직무처럼 들리는지.

feedback-role-backend = 백엔드
feedback-role-frontend = 프론트엔드
feedback-role-data-engineering = 데이터 엔지니어링
feedback-role-cloud-devops = 클라우드·DevOps
feedback-role-short-backend = 백엔드
feedback-role-short-frontend = 프론트엔드
feedback-role-short-data-engineering = 데이터
feedback-role-short-cloud-devops = 클라우드
feedback-role-share = { $role } { $percent }%
feedback-role-too-few = 직무 단어가 적어서 아직 판단할 수 없어요 ({ $words }; { $needed }개 필요)
feedback-role-leans-away = 이 답변은 { $target }({ $target_percent }%)보다 { $ahead }({ $percent }%)에 가깝게 들려요. { $words } 같은 단어 때문이에요.
feedback-role-story-words = 내 경험에는 이 답변에 쓸 만한 { $target } 단어가 있어요: { $words }.
