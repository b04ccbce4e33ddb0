# 마크다운 면접 준비 노트(`export --format markdown`): 면접 전에 읽는
# 글이라 인터페이스 언어로 써요.

study-title = 면접 준비 노트
study-exported = rehearse에서 { $date }에 내보냈어요.
study-no-answers = 아직 답변이 없어요.
study-no-answers-for-role = { $role } 직무의 답변이 아직 없어요.
study-versions = 버전 { $n }개
study-last-rated = 마지막 평가 { $rating }
study-next-review = 다음 복습 { $date }
study-key-points = 핵심 포인트:
study-talking-points = 내 포인트:
study-latest-answer = 최근 답변({ $date }, { $time } / 제한 시간 { $limit }):
