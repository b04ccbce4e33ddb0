//! The commented story that `rehearse story edit` (and `e` on My story)
//! opens when you have none: in English, or in Korean when the interface
//! is Korean. It is a file you edit, not a message: its comments are part
//! of what you keep.

use crate::i18n::{self, Lang};

/// A story that validates as written and explains every field, in English.
pub const TEMPLATE: &str = r#"# Your story: the projects and experiences you draw on in interviews, and
# the facts of what YOU did in each. rehearse checks your experience and
# introduction answers against these facts, and asks you about them.
#
# Save and close the editor to keep it; an error is shown at its line and
# column, and your previous story stays until the file is valid.
#
# The example below is the spec's; replace it with your own projects.

projects:
  # A stable id: lowercase letters, digits and dashes. Your answers and the
  # questions made from this project are kept under it, so keep it when you
  # rename the project (change `name`, not `id`).
  - id: crawler
    # Required: what you call the project.
    name: 중고 거래 가격 크롤러 (capstone)
    # Optional: when, as you like to write it.
    when: 2024-03..2024-06
    # Optional: your role on the team.
    role: backend / infra
    # Optional: how many people, you included (a whole number).
    team: 4
    # Optional: the technologies, as you would say them in an interview.
    stack: [AWS EC2, Redshift, IAM, Python, Airflow]
    # Optional: tags that tie the project to questions (conflict, cost,
    # failure, scaling, leading, ...).
    tags: [cost, scaling]
    # The facts of what YOU did, one line each; numbers count. An answer
    # uses a fact when it says its words and every number in it.
    did:
      - split the crawler over 8 EC2 instances, 6 h → 1.5 h
      - set Redshift cost alarms; cut the monthly bill by 40%
      - created an IAM user per teammate with least privilege
    # Optional: the result, best with a number.
    result: daily price table for 2M listings
    # Optional: what you would do differently.
    lesson: would use an IAM role and a launch template next time

  # Another project: copy the block above, with its own id.
"#;

/// The same template for the Korean interface: Korean comments and a
/// Korean example. The keys stay English: they are the file's format.
pub const TEMPLATE_KO: &str = r#"# 내 경험: 면접에서 이야기할 프로젝트와 경험, 그리고 그 안에서 "내가" 한 일을
# 적는 파일이에요. 경험·자기소개 답변을 여기 적은 사실과 맞춰 보고, 이 내용으로
# 질문도 만들어요.
#
# 저장하고 편집기를 닫으면 반영돼요. 오류가 있으면 줄과 칸 위치를 알려 주고,
# 올바르게 고칠 때까지 이전 내용은 그대로 남아요.
#
# 아래는 예시예요. 자신의 프로젝트로 바꿔 쓰세요.

projects:
  # 바뀌지 않는 id: 영문 소문자, 숫자, 대시(-)만 써요. 답변과 이 프로젝트로 만든
  # 질문이 이 id에 묶이니, 프로젝트 이름을 바꿀 때도 id는 그대로 두세요
  # (`name`만 바꾸기).
  - id: crawler
    # 필수: 프로젝트 이름.
    name: 중고 거래 가격 크롤러 (캡스톤)
    # 선택: 기간. 편한 형식으로 적어요.
    when: 2024-03..2024-06
    # 선택: 팀에서 맡은 역할.
    role: 백엔드 / 인프라
    # 선택: 본인을 포함한 인원 수 (정수).
    team: 4
    # 선택: 사용한 기술. 면접에서 말할 이름 그대로 적어요.
    stack: [AWS EC2, Redshift, IAM, Python, Airflow]
    # 선택: 질문과 이어 줄 태그 (conflict, cost, failure, scaling, leading 등).
    tags: [cost, scaling]
    # "내가" 한 일을 한 줄에 하나씩. 숫자가 중요해요: 답변이 그 말과 숫자를
    # 모두 말해야 그 사실을 쓴 것으로 봐요.
    did:
      - 크롤러를 EC2 인스턴스 8대로 나눠서 수집 시간을 6시간에서 1.5시간으로 단축
      - Redshift 비용 알람을 설정해 월 비용을 40% 절감
      - 팀원마다 최소 권한의 IAM 사용자를 만듦
    # 선택: 결과. 숫자로 적으면 좋아요.
    result: 매물 200만 건의 일일 가격 테이블
    # 선택: 다시 한다면 바꿀 점.
    lesson: 다음에는 IAM 역할과 시작 템플릿을 쓰겠다

  # 다른 프로젝트는 위 블록을 복사해서 새 id로 쓰세요.
"#;

/// The template in the interface's language.
pub fn template() -> &'static str {
    match i18n::current() {
        Lang::En => TEMPLATE,
        Lang::Ko => TEMPLATE_KO,
    }
}

/// Whether `text` is a template as written, in either language (the
/// language may have changed since the file was opened).
pub fn is_template(text: &str) -> bool {
    text == TEMPLATE || text == TEMPLATE_KO
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_templates_validate_as_written_with_the_same_shape() {
        for (lang, text) in [(Lang::En, TEMPLATE), (Lang::Ko, TEMPLATE_KO)] {
            let story = crate::story::parse("story.yaml", text.as_bytes())
                .unwrap_or_else(|e| panic!("the {lang:?} template must validate: {e:?}"));
            assert_eq!(story.projects.len(), 1);
            let p = &story.projects[0];
            assert_eq!(
                (p.id.as_str(), p.team, p.did.len()),
                ("crawler", Some(4), 3)
            );
            assert_eq!(p.stack, ["AWS EC2", "Redshift", "IAM", "Python", "Airflow"]);
            assert_eq!(story.facts().count(), 4, "three facts and the result");
            assert!(is_template(text));
        }
        assert!(!is_template("projects: []\n"));
    }

    #[test]
    fn the_template_follows_the_interface_language() {
        assert_eq!(template(), TEMPLATE);
        let _ko = i18n::scoped(Lang::Ko);
        assert_eq!(template(), TEMPLATE_KO);
        let hangul = |t: &str| {
            t.lines()
                .filter(|l| l.trim_start().starts_with('#'))
                .any(|l| l.chars().any(crate::text::is_hangul))
        };
        assert!(hangul(TEMPLATE_KO));
        assert!(!hangul(TEMPLATE), "the English comments are English only");
    }
}
