//! The commented story that `rehearse story edit` opens when you have none.

/// A story that validates as written and explains every field, in English
/// and Korean.
pub const TEMPLATE: &str = r#"# Your story: the projects and experiences you draw on in interviews, and
# the facts of what YOU did in each. rehearse checks your experience and
# introduction answers against these facts, and asks you about them.
# 당신의 이야기: 면접에서 말할 프로젝트와 경험, 그리고 그 안에서 "내가" 한 일.
# 경험·자기소개 답변을 이 사실들과 맞춰 보고, 이 내용으로 질문을 만듭니다.
#
# Save and close the editor to keep it; an error is shown at its line and
# column, and your previous story stays until the file is valid.
# 저장하고 편집기를 닫으면 반영됩니다. 오류가 있으면 줄:칸과 함께 알려 주고,
# 올바르게 고칠 때까지 이전 이야기는 그대로 남습니다.
#
# The example below is the spec's; replace it with your own projects.
# 아래 예시는 설명용입니다. 자신의 프로젝트로 바꿔 쓰세요.

projects:
  # A stable id: lowercase letters, digits and dashes. Your answers and the
  # questions made from this project are kept under it, so keep it when you
  # rename the project (change `name`, not `id`).
  # 바뀌지 않는 id: 영문 소문자, 숫자, 대시(-)만. 답변과 생성된 질문이 이 id에
  # 묶이므로, 이름을 바꿀 때도 id는 그대로 두세요 (`name`만 바꾸기).
  - id: crawler
    # Required: what you call the project. / 필수: 프로젝트 이름.
    name: 중고 거래 가격 크롤러 (capstone)
    # Optional: when, as you like to write it. / 선택: 기간.
    when: 2024-03..2024-06
    # Optional: your role on the team. / 선택: 팀에서 맡은 역할.
    role: backend / infra
    # Optional: how many people, you included (a whole number).
    # 선택: 본인 포함 인원 수 (정수).
    team: 4
    # Optional: the technologies, as you would say them in an interview.
    # 선택: 사용한 기술. 면접에서 말할 이름 그대로.
    stack: [AWS EC2, Redshift, IAM, Python, Airflow]
    # Optional: tags that tie the project to questions (conflict, cost,
    # failure, scaling, leading, ...). / 선택: 질문과 연결할 태그.
    tags: [cost, scaling]
    # The facts of what YOU did, one line each; numbers count. An answer
    # uses a fact when it says its words and every number in it.
    # "내가" 한 일을 한 줄에 하나씩. 숫자가 중요합니다: 답변이 그 말과 모든
    # 숫자를 말해야 그 사실을 쓴 것으로 봅니다.
    did:
      - split the crawler over 8 EC2 instances, 6 h → 1.5 h
      - set Redshift cost alarms; cut the monthly bill by 40%
      - created an IAM user per teammate with least privilege
    # Optional: the result, best with a number. / 선택: 결과 (숫자로).
    result: daily price table for 2M listings
    # Optional: what you would do differently. / 선택: 다시 한다면 바꿀 점.
    lesson: would use an IAM role and a launch template next time

  # Another project: copy the block above, with its own id.
  # 다른 프로젝트는 위 블록을 복사해 새 id로 쓰세요.
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_validates_as_written() {
        let story = crate::story::parse("story.yaml", TEMPLATE.as_bytes())
            .expect("the template must validate");
        assert_eq!(story.projects.len(), 1);
        let p = &story.projects[0];
        assert_eq!(
            (p.id.as_str(), p.team, p.did.len()),
            ("crawler", Some(4), 3)
        );
        assert_eq!(p.stack, ["AWS EC2", "Redshift", "IAM", "Python", "Airflow"]);
        assert_eq!(story.facts().count(), 4, "three facts and the result");
    }
}
