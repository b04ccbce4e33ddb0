# 질문 모음: 불러오기, 검사(각 메시지는 파일:줄:열 뒤에 붙어요), lint 경고,
# 질문 모음에 없는 이름.

## 질문의 종류(질문 모음의 `kind:`).

bank-kind-technical = 기술
bank-kind-behavioral = 인성
bank-kind-experience = 경험
bank-kind-intro = 자기소개
bank-kind-closing = 마무리

## 질문 모음을 어디서 가져왔는지.

bank-origin-bundled = 기본 제공
bank-origin-user-folder = 내 폴더
bank-origin-banks-flag = --banks
bank-origin-story = 내 경험
bank-origin-bundled-path = (기본 제공) { $path }

## 시간: 90초, 2분, 1분 30초.

bank-duration-seconds = { $s }초
bank-duration-minutes = { $m }분
bank-duration-minutes-seconds = { $m }분 { $s }초

## 불러오기.

bank-file-unreadable = 파일을 읽을 수 없어요: { $reason }
bank-too-big = 질문 모음이 1 MiB({ $max }바이트)를 넘어서 읽지 않았어요
bank-path-unreadable = 질문 모음 경로를 읽을 수 없어요: { $reason }
bank-replaces = { $new }의 `{ $id }` 질문 모음이 { $old }의 것을 대신해요
bank-empty = 질문 모음이 비어 있어요. `role`과 `questions`가 있는 매핑이어야 해요
bank-document-too-big = { $doc ->
        [story] 내 경험 파일이
       *[bank] 질문 모음이
    } { $size }바이트예요. 1 MiB({ $max }바이트)가 넘는 파일은 읽지 않아요
bank-not-utf8 = UTF-8 텍스트 파일이 아니에요

## YAML 읽기.

bank-yaml-tab = 탭이 있어요. YAML은 탭이 아니라 공백으로 들여 써요
bank-yaml-syntax = YAML 문법 오류예요: { $reason }. 파일의 나머지 부분은 검사하지 않았어요
bank-yaml-too-deep = 목록과 매핑이 { $max }단계보다 깊이 겹쳐 있어요. { $doc ->
        [story] 내 경험은
       *[bank] 질문 모음은
    } { $depth }단계면 충분해요
bank-yaml-control-character = 제어 문자는 쓸 수 없어요
bank-yaml-second-document = YAML 문서가 하나 더 있어요(`---`). { $doc ->
        [story] 내 경험은
       *[bank] 질문 모음은
    } 문서 하나여야 해요
bank-yaml-alias-inside-itself = 별칭(alias)이 자기 앵커 안에 있어요. 값이 자기 자신을 담을 수는 없어요
bank-yaml-aliases-too-big = 별칭(alias)을 펼치면 { $doc ->
        [story] 내 경험이
       *[bank] 질문 모음이
    } { $kib } KiB를 넘어요. 내용을 직접 적거나 덜 공유해 주세요
bank-yaml-string = 문자열 `{ $text }`
bank-yaml-sequence = 목록
bank-yaml-map = 매핑

## 검사: 앞에 적힌 위치에서 무엇이 잘못됐는지.

bank-wrong-type = 여기에는 { $expected }{ JOSA($expected, "이") } 와야 하는데 { $found }{ JOSA($found, "이") } 있어요
bank-key-not-a-name = 키는 목록이나 매핑이 아니라 이름이어야 해요
bank-duplicate-key = `{ $key }` 키가 두 번 나왔어요. 키는 한 번만 쓸 수 있어요
bank-unknown-key = `{ $key }`{ JOSA($key, "은") } 없는 키예요. 쓸 수 있는 키: { $allowed }
bank-unknown-kind = `{ $kind }`{ JOSA($kind, "은") } 없는 종류예요. kind는 technical, behavioral, experience, intro, closing 중 하나예요
bank-unknown-level = `{ $level }`{ JOSA($level, "은") } 없는 난이도예요. level은 junior, mid, senior 중 하나예요
bank-time-limit-not-a-duration = time_limit에는 초 단위 숫자나 90, "90s", "2m", "1m30s" 같은 시간을 적어 주세요. `{ $given }`{ JOSA($given, "은") } 쓸 수 없어요
bank-time-limit-range = time_limit은 1초에서 60분 사이여야 해요
bank-terms-empty = `{ $key }`에는 비어 있지 않은 매칭 단어가 하나 이상 있어야 해요
bank-follow-up-empty = 꼬리질문이 비어 있어요
bank-follow-up-ask-empty = 꼬리질문의 `ask`가 비어 있어요
bank-follow-up-needs-ask = 꼬리질문에는 물어볼 질문인 `ask`가 있어야 해요
bank-follow-up-both-conditions = 꼬리질문 하나에는 `if_mentions`와 `if_missing` 중 하나만 쓸 수 있어요. 꼬리질문을 두 개로 나눠 주세요
bank-key-point-empty = 핵심 포인트가 비어 있어요
bank-key-point-needs-text = 핵심 포인트에는 `text`가 있어야 해요
bank-key-point-text-empty = 핵심 포인트의 `text`가 비어 있어요
bank-id-empty = { $what ->
        [question] 질문 id가
        [file] 질문 모음 id(파일 이름에서 가져온 것)가
       *[bank] 질문 모음 id가
    } 비어 있어요
bank-id-too-long = { $what ->
        [question] 질문 id가
        [file] 질문 모음 id(파일 이름에서 가져온 것)가
       *[bank] 질문 모음 id가
    } 100자보다 길어요
bank-id-bad-characters = { $what ->
        [question] 질문 id
        [file] 질문 모음 id(파일 이름에서 가져온 것)
       *[bank] 질문 모음 id
    } `{ $id }`에 공백이나 제어 문자가 있어요. 둘 다 쓸 수 없어요
bank-role-not-a-slug = role `{ $role }`{ JOSA($role, "은") } 쓸 수 없어요. `backend`, `data-engineering`처럼 소문자, 숫자, 대시(-)로만 적어 주세요
bank-language-not-a-code = language `{ $language }`{ JOSA($language, "은") } 쓸 수 없어요. `en`, `ko` 같은 언어 코드를 적어 주세요
bank-value-empty = `{ $key }` 값이 비어 있어요
bank-missing-role = `role` 키가 없어요. 질문 모음마다 어느 직무를 위한 것인지 적어 주세요(예: `role: backend`)
bank-missing-questions = `questions` 키가 없어요. 질문 모음에는 질문 목록이 있어야 해요
bank-questions-empty = `questions`가 비어 있어요. 질문 모음에는 질문이 하나 이상 있어야 해요
bank-duplicate-question-id = 질문 id `{ $id }`{ JOSA($id, "이") } 또 나왔어요(처음은 { $line }번째 줄). 한 질문 모음 안에서 id는 겹치면 안 돼요
bank-missing-key = `{ $key }` 키가 없어요

## 그 자리에 와야 하는 것(형식이 틀렸을 때).

bank-expected-bank = `role`과 `questions`가 있는 매핑
bank-expected-bank-id = 질문 모음 id
bank-expected-title = 제목
bank-expected-role = 직무 slug
bank-expected-language = 언어 코드
bank-expected-description = 설명
bank-expected-defaults = 질문 기본값 매핑
bank-expected-questions = 질문 목록
bank-expected-question = 질문(`id`와 `prompt`가 있는 매핑)
bank-expected-question-id = 질문 id
bank-expected-prompt = 질문 문장
bank-expected-kind = 종류
bank-expected-level = 난이도
bank-expected-time-limit = 제한 시간
bank-expected-key-points = 핵심 포인트 목록
bank-expected-key-point = 핵심 포인트(문자열, 또는 `text`와 `match`가 있는 매핑)
bank-expected-key-point-text = 핵심 포인트 문장
bank-expected-follow-ups = 꼬리질문 목록
bank-expected-follow-up = 꼬리질문(질문 문장, 또는 `ask`와 `if_mentions`나 `if_missing`이 있는 매핑)
bank-expected-follow-up-question = 꼬리질문 문장
bank-expected-notes = 메모
bank-expected-list-of = { $what } 목록
bank-expected-one = { $what }
bank-term = 매칭 단어
bank-tag = 태그

## `banks lint`: 위험한 매칭 단어.

bank-lint-warning = 경고: 질문 `{ $question }`, 매칭 단어 `{ $term }`: { $message }
bank-lint-one-syllable = 한 음절짜리 한글 단어는 상관없는 여러 단어 안에서도 걸려요. 더 긴 말을 써 주세요
bank-lint-particle = 조사 `{ $particle }`{ JOSA($particle, "으로") } 끝나서 같은 단어에 다른 조사가 붙으면 놓쳐요. 조사를 빼 주세요
bank-lint-inside-common-words = 흔한 단어 안에서도 걸려요({ $words }). 더 길거나 구체적인 말을 써 주세요
bank-lint-negation = 이 말 자체가 부정이에요. 부정문 안의 말은 세지 않으니, 있는 것을 적어 주세요("암호화 안 함" 대신 "평문")
bank-lint-in-prompt = 질문에도 나오는 말이라 질문을 따라 말하기만 해도 이 포인트를 다룬 게 돼요
bank-lint-generic = 이 핵심 포인트의 매칭 단어가 모두 일반적인 말이라 거의 모든 답변이 다룬 게 돼요. 구체적인 말을 더해 주세요

## 명령줄에 준 이름이 질문 모음에 없을 때.

bank-unknown = `{ $given }`{ JOSA($given, "은") } 없는 { $what ->
        [role] 직무예요
        [language] 언어예요
        [bank] 질문 모음이에요
        [tag] 태그예요
       *[question] 질문이에요
    }
bank-unknown-tag-in-chosen-banks = `{ $given }`{ JOSA($given, "은") } --role, --bank, --lang으로 고른 질문 모음에 없는 태그예요
bank-unknown-role-for-round = `{ $given }`{ JOSA($given, "은") } { $round ->
        [full] 전체 면접(기술+인성)을
       *[technical] 기술 면접을
    } 볼 수 있는 직무가 아니에요. 기술 질문이 있어야 해요
bank-unknown-role-for-round-in = `{ $given }`{ JOSA($given, "은") } { $round ->
        [full] 전체 면접(기술+인성)을
       *[technical] 기술 면접을
    } 볼 수 있는 직무가 아니에요. `{ $lang }` 기술 질문이 있어야 해요
bank-unknown-question-in-bank = `{ $bank }` 질문 모음에는 `{ $given }` 질문이 없어요
bank-unknown-did-you-mean = { $unknown }. 혹시 { $near }인가요?
bank-unknown-no-near = { $unknown }.
bank-names-or = { $a } 또는 { $b }
bank-known = { $what ->
        [role] 직무
        [language] 언어
        [bank] 질문 모음
        [tag] 태그
       *[question] 질문
    }: { $names }
bank-known-more = { $what ->
        [role] 직무
        [language] 언어
        [bank] 질문 모음
        [tag] 태그
       *[question] 질문
    }: { $names } 외 { $more }개
bank-known-none = { $what ->
        [role] 직무가
        [language] 언어가
        [bank] 질문 모음이
        [tag] 태그가
       *[question] 질문이
    } 하나도 없어요.
bank-known-none-in-chosen-banks = --role, --bank, --lang으로 고른 질문 모음에는 태그가 하나도 없어요.
bank-known-none-for-round = { $round ->
        [full] 전체 면접(기술+인성)을
       *[technical] 기술 면접을
    } 볼 수 있는 직무가 하나도 없어요.
bank-known-none-for-round-in = `{ $lang }` 기술 질문으로 { $round ->
        [full] 전체 면접(기술+인성)을
       *[technical] 기술 면접을
    } 볼 수 있는 직무가 하나도 없어요.
bank-known-none-in-bank = `{ $bank }` 질문 모음에는 질문이 하나도 없어요.
