# 답변 모아보기: 답변한 질문 목록, 질문 하나의 버전·비교·내 포인트·질문
# 모음의 핵심 포인트.

## 목록
browse-search-typing = 검색: { $text }▏
browse-search-none = 검색: (/)
browse-search = 검색: { $text }
browse-role-filter = 직무: { $role }
browse-tag-filter = 태그: { $tag }
browse-filter-all = 전체
browse-list-title = 답변한 질문: { $total }문항 중 { $shown }문항
browse-empty = 아직 답변한 질문이 없어요. 먼저 몇 문항 연습해 보세요.
browse-empty-filtered = 검색어와 필터에 맞는 답변이 없어요.
browse-answers-unreadable = 답변을 읽지 못했어요: { $error }
browse-attempts = { $n }회

## 질문 하나
browse-versions-unreadable = 답변 버전을 읽지 못했어요: { $error }
browse-talking-points-unreadable = 내 포인트를 읽지 못했어요: { $error }
browse-talking-points-saved = 내 포인트를 저장했어요. 이제 핵심 포인트를 확인할 때 함께 봐요.
browse-talking-points-not-saved = 내 포인트를 저장하지 못했어요: { $error }
browse-talking-points-locked = 내 포인트를 읽지 못해서 지금은 고칠 수 없어요.
browse-talking-points-placeholder = 이 질문에 쓸 내 사실을 한 줄에 하나씩 적어 주세요("EC2 인스턴스 8대"). Ctrl+S 저장, Esc 취소.
browse-talking-points-title = 내 포인트
browse-talking-points-none = 아직 없어요 — e로 "EC2 인스턴스 8대" 같은 내 사실을 적으면 답변 확인에 써요
browse-editor-title = 내 포인트 — 한 줄에 하나 · Ctrl+S 저장 · Esc 취소
browse-version-deleted = 그 버전을 삭제했어요.
browse-next-review = 다음 복습 { $date }
browse-key-points-title = 질문 모음의 핵심 포인트
browse-bank-notes = 참고:
browse-bank-nothing = 질문 모음에 이 질문의 핵심 포인트나 참고 내용이 없어요.
browse-follow-up = “{ $parent }”의 꼬리질문이에요. 꼬리질문에는 따로 핵심 포인트가 없어요.
browse-question-gone = 질문 모음 “{ $bank }”에 이 질문이 더 이상 없어서 핵심 포인트와 참고 내용을 보여 줄 수 없어요.
browse-bank-gone = 질문 모음 `{ $bank }`{ JOSA($bank, "을") } 더 이상 불러올 수 없어요(삭제, 이름 변경 또는 이동). 핵심 포인트와 참고 내용은 보여 줄 수 없지만 답변 버전은 모두 여기 있어요.

## 버전과 두 버전의 비교
browse-versions-title = 버전 ({ $n })
browse-words = { $n }단어
browse-diff-title = { $old } → { $new }: 단어 +{ $inserted } −{ $deleted }
browse-first-version = { $date } (첫 버전)
browse-no-versions = 남은 버전이 없어요
browse-delete-title = 삭제
browse-delete-ask = 이 버전을 삭제할까요?
browse-yes = 예
browse-no = 아니요
