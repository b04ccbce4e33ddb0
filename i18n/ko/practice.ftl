# 연습 화면: 답변, 떠올리기, 피드백, 요약. 복습 날짜와 평가를 보여 주는 말.

## 평가와 다음 복습

practice-rating-again = 다시
practice-rating-hard = 어려움
practice-rating-good = 좋음
practice-rating-easy = 쉬움
practice-rate-keys = 1 { practice-rating-again }  2 { practice-rating-hard }  3 { practice-rating-good }  4 { practice-rating-easy }

# 요약 표에 그대로, 또는 문장 속 값으로 ("평가했어요. 3일 뒤에 다시 나와요.").
practice-due-minutes = { $n }분 뒤
practice-due-hours = { $n }시간 뒤
practice-due-tomorrow = 내일
practice-due-days = { $n }일 뒤

practice-time-left = 남은 시간 { $left } / { $limit }

## 답변 화면

practice-answer-position = 질문 { $i }/{ $n }
practice-level-junior = 주니어
practice-level-mid = 미들
practice-level-senior = 시니어
practice-segment-intro = 자기소개
practice-segment-technical = 기술 질문
practice-segment-project = 프로젝트 경험
practice-segment-motivation = 지원 동기
practice-segment-behavioral = 인성 질문
practice-segment-closing = 마무리
practice-answer-follow-up-to = (꼬리질문 · 앞 질문: { $parent })
practice-answer-paused = 일시정지 · 남은 시간 { $left }
practice-answer-overtime = { $over } 초과 (제한 시간 { $limit })
practice-answer-editor-title = 답변
practice-answer-counts = { $chars }자 · { $words }단어
practice-answer-speaking = 말하면 약 { $time }
practice-answer-elapsed = 경과 { $time }
practice-answer-story-hint = Ctrl+T 내 경험: 사실 { $n }개
practice-answer-paused-typing = 타이머가 일시정지 중이에요. Ctrl+P로 다시 시작한 뒤 입력하세요.
practice-answer-not-saved = 답변을 저장하지 못했어요(화면에는 그대로 있어요): { $error }
practice-answer-not-saved-line = 저장 안 됨: { $error }. 화면에만 있어요. 종료하면 데이터 폴더 밖의 파일에 써 둬요
practice-answer-follow-up-mentioned = 꼬리질문: { $term }{ JOSA($term, "을") } 언급했어요
practice-answer-follow-up-missed = 꼬리질문: { $terms }{ JOSA($terms, "을") } 언급하지 않았어요
practice-answer-follow-up = 꼬리질문

## 떠올리기 화면

practice-recall-title-at = 떠올리기 { $i }/{ $n } · { $role }
practice-recall-title = 떠올리기 · { $role }
practice-recall-body-title = 떠올리기
practice-recall-overtime = { $over } 초과
practice-recall-think = 면접장에서처럼 머릿속으로, 또는 소리 내어 답해 보세요.
practice-recall-reveal = 스페이스: 지난 답변과 핵심 포인트 보기
practice-recall-last-version = 지난 답변 ({ $when })
practice-recall-no-version = 이 질문에는 아직 써 둔 답변이 없어요.
practice-recall-key-points = 핵심 포인트
practice-recall-how-well = 얼마나 잘 떠올렸나요?
practice-recall-think-first = 먼저 떠올려 보세요. 스페이스로 지난 답변을 본 뒤 평가해요.

## 피드백 화면

practice-feedback-title = 피드백 · { $prompt }
practice-feedback-time = 시간
practice-feedback-speaking = 말하기
practice-feedback-reads-as = 직무 성향
practice-feedback-within-limit = { $took } / { $limit } — 제한 시간 안
practice-feedback-over-limit = { $took } / { $limit } — { $over } 초과
practice-feedback-out-loud = 소리 내면 약 { $time }
practice-feedback-speaking-basis = ({ $words }단어, { $chars }자 · 분당 { $wpm }단어, { $spm }음절 기준)
practice-feedback-applying-for = (지원 직무: { $role })
practice-feedback-key-points = 핵심 포인트: { $total }개 중 { $covered }개 언급
practice-feedback-key-points-keys = (↑↓ 선택, 스페이스 체크)
practice-feedback-no-key-points = 이 질문에는 핵심 포인트가 없어요
practice-feedback-talking-points = 내 포인트
practice-feedback-talking-points-unread = 내 포인트를 읽지 못해서({ $error }) 빼고 확인했어요.
practice-feedback-point-found = "{ $phrase }" 찾음
practice-feedback-point-marked = 직접 체크함
practice-feedback-point-unmarked = 직접 체크 해제함
practice-feedback-point-negated = 언급했지만 부정문: "{ $phrase }"
practice-feedback-missing-numbers = 빠진 수치: { $numbers }
practice-feedback-matched-on = 매칭 단어: { $terms }
practice-feedback-story = 내 경험: 사실 { $total }개 중 { $used }개 사용
practice-feedback-fact-left-out = 빠짐
practice-feedback-your-answer = 내 답변 (찾은 부분 표시)
practice-feedback-checks = 점검
practice-feedback-fillers = 습관어
practice-feedback-star-situation = 상황
practice-feedback-star-task = 과제
practice-feedback-star-action = 행동
practice-feedback-star-result = 결과
practice-feedback-star-missing = 없음
practice-feedback-since-last = 지난 답변({ $when })과 비교: +{ $added } −{ $removed }단어
practice-feedback-notes = 참고
practice-feedback-follow-ups = 꼬리질문 (f: 다음에 하나 답하기)
practice-feedback-follow-up-mentioned = ({ $term }{ JOSA($term, "을") } 언급해서)
practice-feedback-follow-up-missed = ({ $terms }{ JOSA($terms, "을") } 언급하지 않아서)
practice-feedback-follow-up-if-mentioned = ({ $terms }{ JOSA($terms, "을") } 언급하면 나와요)
practice-feedback-follow-up-if-missing = ({ $terms }{ JOSA($terms, "을") } 빠뜨리면 나와요)
practice-feedback-rate = 평가:
practice-feedback-next-follow-up = 평가하고 나면 이어서: “{ $ask }”
practice-feedback-next-follow-up-more = 평가하고 나면 이어서: “{ $ask }” (f를 다시 누르면 다른 질문)
practice-feedback-last-time = 지난번 · { $when } · { $took } · { $rating }
practice-feedback-unrated = 평가 안 함
practice-feedback-now = 이번 · { $took }
practice-feedback-changes = 바뀐 부분: +{ $added } −{ $removed }단어
practice-feedback-compare-details = v: 핵심 포인트와 자세한 피드백

## 요약 화면

practice-summary-title = 요약 — { $n }문항 답변 (Enter: 홈)
practice-summary-question = 질문
practice-summary-time = 시간
practice-summary-words = 단어
practice-summary-points = 포인트
practice-summary-rating = 평가
practice-summary-due = 다음 복습
