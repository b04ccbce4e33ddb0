# 통계: 연속 연습, 달력, 직무별 표, 지원 직무에 비춘 답변의 직무 성향,
# 다가오는 복습.

stats-title = 통계
stats-streak = 연속 연습
stats-streak-days = { $n }일
stats-saved = · 저장한 답변 { $n }개

## 달력
stats-weekday = { $day ->
    [1] 월
    [2] 화
    [3] 수
    [4] 목
    [5] 금
    [6] 토
   *[7] 일
}
stats-month = { $month }월
# $month는 달 이름(stats-month)이에요.
stats-date = { $month } { $day }일
stats-date-year = { $year }년 { $month } { $day }일
stats-days = 하루 답변 수
stats-days-span = 하루 답변 수, { $from } ~ { $to }
stats-shade-none = 없음
stats-readiness-legend = 준비도: 지금 그 직무의 질문을 떠올릴 확률이에요. ‘다시’로 평가했거나 아직 학습 단계인 질문은 0으로 쳐요.

## 직무별
stats-roles-title = 직무별
stats-roles-title-empty = 직무별 — 아직 답변이 없어요
stats-column-role = 직무
stats-column-questions = 질문
stats-column-answers = 답변
stats-column-time = 시간/제한
stats-column-over = 초과
stats-column-readiness = 준비도
stats-column-due = 복습 대기

## 지원 직무에 비춘 답변의 직무 성향
stats-profile-title = 직무 성향 · 최근 답변 { $n }개 · 지원 직무 { $role }
stats-profile-title-no-role = 직무 성향 · 지원 직무 없음 (홈 화면에서 r)
stats-profile-no-answers = 아직 답변이 없어요.
stats-profile-too-few = 최근 답변 { $n }개에 직무 용어가 너무 적어서 어느 직무에 가까운지 알 수 없어요.
# 직무 하나의 비중: "frontend 75%" (한국어는 % 앞에 띄우지 않아요).
stats-role-share = { $role } { $percent }%
stats-role-two-shares = { $first }, { $second }
stats-role-answers = 최근 답변은 { $shares } 비중이에요
stats-role-answers-target = 최근 답변은 { $shares } 비중으로, 지원 직무와 맞아요
stats-role-answers-other = 최근 답변은 { $shares } 비중인데, 지원 직무는 { $target }{ JOSA($target, "이에요") }
stats-role-story = 내 경험은 { $shares } 비중이에요
stats-role-story-target = 내 경험은 { $shares } 비중으로, 지원 직무와 맞아요
stats-role-story-other = 내 경험은 { $shares } 비중인데, 지원 직무는 { $target }{ JOSA($target, "이에요") }

## 다가오는 복습
stats-forecast-title = 앞으로 { $days }일 동안 복습할 질문: { $n }문항
stats-forecast-axis = 오늘 → { $last }일 뒤: { $counts }
