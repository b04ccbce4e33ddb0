//! The commented template that `rehearse banks new PATH` writes.

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
    prompt: What makes an HTTP method idempotent, and why does it matter for retries?
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{Origin, parse_bank};

    #[test]
    fn template_validates_as_written() {
        let bank = parse_bank(
            "template.yaml",
            "template",
            TEMPLATE.as_bytes(),
            Origin::Bundled("t".into()),
        )
        .expect("template must validate");
        assert_eq!(bank.id, "my-bank");
        assert_eq!(bank.questions.len(), 2);
        assert_eq!(bank.questions[0].time_limit, 90);
        assert_eq!(bank.questions[1].time_limit, 180);
        assert_eq!(
            bank.questions[0].key_points[1].terms,
            ["retry", "idempotency key", "재시도"]
        );
    }
}
