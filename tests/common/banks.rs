//! The fixture banks the app tests load, in English and Korean.

/// An English backend question with key points, a follow-up and notes.
pub const EN_BACKEND: &str = r#"
id: fixture-en
title: Fixture backend
role: backend
language: en
questions:
  - id: idempotency
    prompt: What makes an HTTP method idempotent, and why does it matter for retries?
    level: junior
    time_limit: 90
    key_points:
      - text: same effect when repeated
        match: [same effect, repeated]
      - text: safe retries
        match: [retry, retries]
    follow_ups:
      - How would you make a POST endpoint safe to retry?
    notes: PUT and DELETE are idempotent; POST needs an idempotency key.
"#;

/// A Korean behavioral question.
pub const KO_BEHAVIORAL: &str = r#"
id: fixture-ko
title: 픽스처 인성
role: behavioral
language: ko
questions:
  - id: conflict
    prompt: 팀원과 갈등이 있었던 경험과 어떻게 해결했는지 말씀해 주세요.
    kind: behavioral
    time_limit: 2m
    key_points:
      - text: 제가 한 행동
        match: [제가 직접, 제안했]
      - text: 결과
        match: [결과, 줄였]
"#;

/// Korean backend questions at two levels with Korean tags.
pub const KO_TAGS: &str = r#"
id: fixture-ko-tags
title: 픽스처 백엔드
role: backend
language: ko
questions:
  - id: cache
    prompt: 캐시 무효화 전략을 설명해 주세요.
    level: junior
    tags: [캐시, 데이터베이스]
  - id: index
    prompt: 인덱스가 오히려 느리게 만드는 경우는 언제인가요?
    level: senior
    tags: [데이터베이스]
  - id: intro
    prompt: 1분 자기소개를 해 주세요.
    kind: intro
    tags: [자기소개]
"#;

/// Four Korean backend questions, the first with key points.
pub const KO_BACKEND: &str = r#"
id: fixture-ko
title: 픽스처 백엔드
role: backend
language: ko
questions:
  - id: cache
    prompt: 캐시 무효화 전략을 설명해 주세요.
    time_limit: 2m
    tags: [cache]
    key_points:
      - text: TTL
        match: [TTL, 만료]
      - text: 쓰기 시 무효화
        match: [무효화, delete]
  - id: q2
    prompt: 두 번째 질문입니다?
  - id: q3
    prompt: 세 번째 질문입니다?
  - id: q4
    prompt: 네 번째 질문입니다?
"#;

/// One Korean experience question, about splitting a crawler over
/// servers: what the stories of the story tests answer.
pub const KO_EXPERIENCE: &str = r#"
id: story-fixture-ko
title: 프로젝트 경험
role: project-experience
language: ko
questions:
  - id: crawler
    prompt: 크롤러를 여러 서버로 나눈 경험을 말씀해 주세요.
    kind: experience
    time_limit: 2m
    key_points:
      - text: 나눈 방법
        match: [EC2, 분산]
"#;

/// Four backend questions, one in Korean, the first with a follow-up.
pub const KEYS_EN: &str = r#"
id: keys-en
title: Keys fixture
role: backend
language: en
questions:
  - id: q1
    prompt: What makes an HTTP method idempotent?
    time_limit: 90
    tags: [http]
    key_points:
      - text: same effect when repeated
        match: [same effect]
      - text: safe retries
        match: [retry]
    follow_ups:
      - How would you make a POST endpoint safe to retry?
  - id: q2
    prompt: How does a B-tree index speed up a lookup?
    key_points:
      - text: logarithmic search
        match: [log n, logarithmic]
  - id: q3
    prompt: When would you choose a message queue over a direct call?
  - id: q4
    prompt: 트랜잭션 격리 수준을 설명해 주세요.
"#;

/// English backend questions at every level, one without.
pub const MIXED_EN: &str = r#"
id: mixed-en
title: Mixed levels
role: backend
language: en
questions:
  - id: junior-http
    prompt: What is HTTP?
    level: junior
    tags: [http, api]
  - id: mid-cache
    prompt: How would you cache this?
    level: mid
    tags: [cache, http]
  - id: senior-shard
    prompt: How would you shard this database?
    level: senior
    tags: [db, scaling]
  - id: no-level
    prompt: Tell me about an API you designed.
    tags: [api]
"#;

/// Korean data questions with Korean tags.
pub const MIXED_KO: &str = r#"
id: mixed-ko
title: 혼합 레벨
role: data
language: ko
questions:
  - id: etl
    prompt: ETL 파이프라인을 설명해 주세요.
    level: junior
    tags: [파이프라인, 캐시]
  - id: cache
    prompt: 캐시 전략을 설명해 주세요.
    level: senior
    tags: [캐시]
"#;

/// A small interview in English: a self-introduction, one technical
/// question whose follow-ups react to the answer, and the closing.
pub const MOCK_EN: &[(&str, &str)] = &[
    (
        "mock-be.yaml",
        r#"
id: mock-be
role: backend
language: en
questions:
  - id: cache
    prompt: How would you speed up a slow product page backed by a database?
    time_limit: 2m
    key_points:
      - text: a cache in front of the database
        match: [cache, redis]
      - text: measure before and after
        match: [measure, p95, latency]
    follow_ups:
      - How would you know it worked?
      - ask: How do you keep Redis consistent with the database?
        if_mentions: [redis]
      - ask: What happens right after a deploy, when the cache is empty?
        if_missing: [warm, cold start]
"#,
    ),
    (
        "mock-intro.yaml",
        r#"
id: mock-intro
role: intro
language: en
questions:
  - id: intro
    prompt: Please introduce yourself.
    kind: intro
    tags: [self-intro]
"#,
    ),
    (
        "mock-close.yaml",
        r#"
id: mock-close
role: closing
language: en
questions:
  - id: questions
    prompt: Do you have any questions for us?
    kind: closing
    time_limit: 60
    tags: [reverse-questions]
"#,
    ),
];

/// The same interview as a Korean 1차 기술면접.
pub const MOCK_KO: &[(&str, &str)] = &[
    (
        "mock-be-ko.yaml",
        r#"
id: mock-be-ko
role: backend
language: ko
questions:
  - id: cache
    prompt: 상품 상세 페이지 조회가 느린데, 어떻게 개선하시겠어요?
    time_limit: 2m
    key_points:
      - text: DB 앞단의 캐시
        match: [캐시, redis, 레디스]
      - text: 개선 전후 측정
        match: [측정, 응답 시간, p95]
    follow_ups:
      - 개선됐다는 건 어떻게 확인하실 건가요?
      - ask: 레디스를 쓰신다고 했는데, DB와 데이터가 어긋나면 어떻게 맞추시겠어요?
        if_mentions: [redis, 레디스]
      - ask: 배포 직후 캐시가 비어 있을 때는 어떻게 되나요?
        if_missing: [워밍, 예열]
"#,
    ),
    (
        "mock-intro-ko.yaml",
        r#"
id: mock-intro-ko
role: intro
language: ko
questions:
  - id: intro
    prompt: 1분 자기소개 부탁드립니다.
    kind: intro
    tags: [self-intro]
"#,
    ),
    (
        "mock-close-ko.yaml",
        r#"
id: mock-close-ko
role: closing
language: ko
questions:
  - id: last
    prompt: 마지막으로 궁금한 점이나 하고 싶은 말씀 있으신가요?
    kind: closing
    time_limit: 60
    tags: [reverse-questions]
"#,
    ),
];
