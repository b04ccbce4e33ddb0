//! The commented template that `rehearse banks new PATH` writes: the file
//! is the user's, so it comes in the interface's language, comments and
//! sample questions both.

use crate::i18n::{self, Lang};

/// The template in the interface's language.
pub fn template() -> &'static str {
    match i18n::current() {
        Lang::En => TEMPLATE,
        Lang::Ko => TEMPLATE_KO,
    }
}

/// A bank that validates as written and explains every field.
pub const TEMPLATE: &str = r#"# A rehearse question bank. One file is one bank.
# Check it with:  rehearse banks validate THIS_FILE
# Use it with:    rehearse --banks THIS_FILE practice --bank my-bank
# or copy it into your bank folder (see `rehearse banks list` for where that is).

# Unique bank id. Optional: defaults to the file name without .yaml.
# Answers are saved under (bank id, question id), so keep ids stable.
id: my-bank
title: My questions
# The role this bank serves, as a slug: backend, data-engineering, frontend, ...
role: backend
# Language code of the questions: en, ko, ...
language: en
description: Questions I expect for my next interview.

# Optional defaults applied to every question.
defaults:
  # 90, "90s", "2m" or "1m30s"
  time_limit: 2m
  # technical | behavioral | experience | intro | closing
  kind: technical

questions:
  # Unique in this bank; the key your answers are saved under.
  - id: http-idempotency
    prompt: What makes an HTTP method idempotent, and why does it matter when a failed request is sent again?
    level: junior            # junior | mid | senior (optional)
    tags: [http, api]
    time_limit: 90
    # What a strong answer covers. A plain string is matched on its words;
    # `match` lists explicit terms (any one of them counts, any language).
    key_points:
      - same effect when repeated
      - text: safe retries
        match: [retry, idempotency key, 재시도]
    # Asked next, the way interviewers dig in. A plain question is asked in
    # order; `if_mentions` asks it when the answer names one of the terms,
    # `if_missing` when it names none of them. A mock interview asks at
    # most two after an answer, those whose condition holds first.
    follow_ups:
      - How would you make a POST endpoint safe to retry?
      - ask: How do you keep the cache consistent with the database?
        if_mentions: [redis, cache, 캐시]
      - ask: What happens if the client retries after a timeout?
        if_missing: [retry, idempotency key, 재시도]
    notes: GET, PUT and DELETE are idempotent; POST is not unless you add an idempotency key.

  - id: project-aws-part
    prompt: What exactly did you do on the AWS side of your last project?
    kind: experience
    time_limit: 3m
    key_points:
      - text: your own actions, in the first person
        match: [I set up, I configured, I wrote, I split]
      - text: concrete numbers
        match: [instances, "%", ms, GB]
      - text: the result
        match: [reduced, saved, improved, result]
    follow_ups:
      - How did you decide how many instances to use?
"#;

/// [`TEMPLATE`] for a Korean interface: the same fields, explained in
/// Korean, with Korean questions.
pub const TEMPLATE_KO: &str = r#"# rehearse 질문 모음이에요. 파일 하나가 질문 모음 하나예요.
# 검사:   rehearse banks validate 이_파일
# 사용:   rehearse --banks 이_파일 practice --bank my-bank
# 아니면 내 질문 모음 폴더에 복사해 두세요(위치는 `rehearse banks list`에 나와요).

# 질문 모음 id. 적지 않으면 .yaml을 뺀 파일 이름을 써요.
# 답변은 (질문 모음 id, 질문 id)로 저장되니 id는 바꾸지 마세요.
id: my-bank
title: 내 예상 질문
# 이 질문 모음이 어느 직무를 위한 것인지: backend, data-engineering, frontend, ...
role: backend
# 질문의 언어 코드: en, ko, ...
language: ko
description: 다음 면접에서 나올 것 같은 질문이에요.

# 모든 질문에 적용되는 기본값(선택).
defaults:
  # 90, "90s", "2m", "1m30s"
  time_limit: 2m
  # technical | behavioral | experience | intro | closing
  kind: technical

questions:
  # 이 질문 모음 안에서 겹치지 않는 id. 답변이 이 id로 저장돼요.
  - id: http-idempotency
    prompt: HTTP 메서드가 멱등하다는 건 무슨 뜻이고, 실패한 요청을 다시 보낼 때 왜 중요한가요?
    level: junior            # junior | mid | senior (선택)
    tags: [http, api]
    time_limit: 90
    # 좋은 답변이 다뤄야 할 내용. 문자열만 적으면 그 안의 단어로 찾고,
    # `match`에는 찾을 말을 직접 적어요(하나만 나와도 다룬 것으로 쳐요. 언어는 상관없어요).
    key_points:
      - 서버 상태 동일
      - text: 안전한 재시도
        match: [재시도, 멱등성 키, retry]
    # 면접관이 파고들듯 이어서 묻는 꼬리질문. 질문만 적으면 순서대로 묻고,
    # `if_mentions`는 답변에 그 말이 나오면, `if_missing`은 하나도 안 나오면 물어요.
    # 모의 면접에서는 답변 하나에 조건이 맞는 꼬리질문을 앞에서부터 두 개까지 물어요.
    follow_ups:
      - POST 엔드포인트를 안전하게 재시도하려면 어떻게 하나요?
      - ask: 캐시와 데이터베이스를 어떻게 일관되게 유지하나요?
        if_mentions: [캐시, 레디스, redis, cache]
      - ask: 타임아웃 뒤에 클라이언트가 재시도하면 어떻게 되나요?
        if_missing: [재시도, 멱등성 키, retry]
    notes: GET, PUT, DELETE는 멱등하고 POST는 멱등성 키를 더하지 않으면 멱등하지 않아요.

  - id: project-aws-part
    prompt: 지난 프로젝트에서 AWS 쪽은 정확히 어떤 일을 직접 하셨나요?
    kind: experience
    time_limit: 3m
    key_points:
      - text: 내가 한 일을 1인칭으로
        match: [제가 설정, 직접 구성, 제가 작성, 제가 나눠]
      - text: 구체적인 숫자
        match: [인스턴스, "%", ms, GB]
      - text: 결과
        match: [줄였, 절감, 개선, 결과적으로]
    follow_ups:
      - 인스턴스 수는 어떻게 정하셨나요?
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{Bank, CompactString, Origin, parse_bank};

    fn parsed(text: &str) -> Bank {
        parse_bank(
            "template.yaml",
            "template",
            text.as_bytes(),
            Origin::Bundled("t".into()),
        )
        .unwrap_or_else(|e| panic!("the template must validate: {e}"))
    }

    #[test]
    fn template_validates_as_written() {
        let bank = parsed(TEMPLATE);
        assert_eq!(bank.id, "my-bank");
        assert_eq!(bank.questions.len(), 2);
        assert_eq!(bank.questions[0].time_limit, 90);
        assert_eq!(bank.questions[1].time_limit, 180);
        assert_eq!(
            bank.questions[0].key_points[1].terms,
            ["retry", "idempotency key", "재시도"]
        );
    }

    #[test]
    fn the_korean_template_validates_and_lints_clean_with_the_same_fields() {
        let bank = parsed(TEMPLATE_KO);
        let en = parsed(TEMPLATE);
        assert_eq!(
            (bank.id.as_str(), bank.language.as_str()),
            ("my-bank", "ko")
        );
        let ids = |b: &Bank| -> Vec<(CompactString, u32, usize, usize)> {
            b.questions
                .iter()
                .map(|q| {
                    (
                        q.id.clone(),
                        q.time_limit,
                        q.key_points.len(),
                        q.follow_ups.len(),
                    )
                })
                .collect()
        };
        assert_eq!(ids(&bank), ids(&en));
        for (b, text) in [(&bank, TEMPLATE_KO), (&en, TEMPLATE)] {
            let warnings = crate::bank::lint::lint_source("template.yaml", b, text.as_bytes());
            assert!(warnings.is_empty(), "{}: {warnings:?}", b.language);
        }
        let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
        assert_eq!(template(), TEMPLATE_KO);
    }
}
