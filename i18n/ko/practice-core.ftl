# 연습의 핵심 메시지: 세션 계획과 평가, 스케줄러와 최적화, 파일로 옮긴 답변.

practice-core-no-match = 이 조건에 맞는 질문이 없어요. 직무, 질문 모음, 언어, 난이도, 태그 조건을 넓혀 보세요.
practice-core-rating-not-saved = 평가를 저장하지 못했어요: { $error }

## 평가.

practice-core-rating-again = 다시
practice-core-rating-hard = 어려움
practice-core-rating-good = 좋음
practice-core-rating-easy = 쉬움

## 스케줄러 (FSRS). $detail: FSRS가 알려 준 내용 그대로.

practice-core-parameters-invalid = FSRS 매개변수가 올바르지 않아요({ $detail }). `rehearse optimize --reset`으로 초기화해 주세요.
practice-core-memory-state-failed = FSRS가 기억 상태를 계산하지 못했어요: { $detail }
practice-core-optimize-not-enough = 최적화하려면 반복 복습이 { $needed }번 필요해요. 지금 { $have }번이라 { $more }번 더 해야 해요.
practice-core-optimize-failed = FSRS 최적화에 실패했어요: { $detail }

## 데이터베이스에 저장하지 못해 파일로 옮긴 답변.

practice-core-rescued-file = { $bank } / { $question }, rehearse가 이 답변을 저장하지 못했어요
practice-core-rescue-no-folder = 저장할 폴더가 없어요
practice-core-rescued = 답변을 데이터베이스에 저장하지 못했어요({ $why }). { $path }에 저장해 두었어요.
practice-core-not-rescued = 답변을 데이터베이스({ $why })에도 파일({ $error })에도 저장하지 못했어요. 답변은 아래와 같아요:
