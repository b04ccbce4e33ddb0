use super::vocabulary::{CURATED, Curated, FROM_BANKS, key, parse};
use super::*;
use crate::bank::{Kind, Library};

fn top(answer: &str) -> String {
    let p = role_profile(answer);
    p.top()
        .map(|s| s.role.clone())
        .unwrap_or_else(|| format!("no profile: {:?}", p.words))
}

#[test]
fn written_answers_land_on_their_role_in_both_languages() {
    let cases: &[(&str, &str)] = &[
        (
            "backend",
            "I designed the REST API in Spring Boot, wrapped the order update in a transaction, \
             added an index on user_id and used optimistic locking for concurrency.",
        ),
        (
            "backend",
            "주문 API를 스프링으로 만들면서 트랜잭션 격리 수준을 정하고, 조회 쿼리에 인덱스를 추가했고 \
             동시성 문제는 낙관적 락으로 풀었습니다.",
        ),
        (
            "frontend",
            "I built the checkout page in React with TypeScript, split it into components, \
             cut re-renders with useMemo and fixed the layout shift in the CSS.",
        ),
        (
            "frontend",
            "React로 화면을 만들고 CSS를 정리했습니다. 컴포넌트를 나누고 렌더링 횟수를 줄였습니다.",
        ),
        (
            "data-engineering",
            "I moved the nightly ETL into Airflow: a DAG loads the raw events into Redshift, \
             partitioned by date, with a backfill for the missing days.",
        ),
        (
            "data-engineering",
            "Airflow로 ETL 파이프라인을 만들고 Redshift에 파티션 단위로 적재했습니다. 데이터 품질 검사도 넣었습니다.",
        ),
        (
            "cloud-devops",
            "I wrote the Terraform for the VPC and subnets, put the EC2 instances behind a load balancer, \
             and set up IAM roles with least privilege and a CI/CD deployment.",
        ),
        (
            "cloud-devops",
            "EC2 인스턴스를 Terraform으로 만들고 VPC와 보안 그룹을 설정했습니다. IAM 권한을 나누고 고정 IP를 붙여 배포했습니다.",
        ),
    ];
    for (role, answer) in cases {
        assert_eq!(&top(answer), role, "{answer}");
    }
}

#[test]
fn react_and_css_on_the_screen_is_frontend() {
    let p = role_profile("React로 화면을 만들고 CSS를 입혔습니다. 버튼 컴포넌트도 만들었습니다.");
    let top = p.top().unwrap();
    assert_eq!(top.role, "frontend");
    assert_eq!(top.percent, 100);
    for w in ["React", "화면", "CSS", "컴포넌트"] {
        assert!(top.words.iter().any(|t| t == w), "{w} in {:?}", top.words);
    }
}

#[test]
fn the_aws_crawler_answer_is_not_frontend() {
    let answers = [
        "I split the crawler over 8 EC2 instances, which cut the run from 6 h to 1.5 h. I managed \
         Redshift and set cost alarms on it, created an IAM user per teammate, gave the instances \
         static IPs, and made sure everyone's code ran on every instance.",
        "크롤러를 EC2 인스턴스 8대로 나눠 6시간 걸리던 수집을 1.5시간으로 줄였습니다. Redshift를 관리하며 \
         비용 알람을 걸었고, 팀원마다 IAM 사용자를 만들고 고정 IP를 붙였으며, 팀원 코드가 모든 인스턴스에서 \
         돌도록 배포했습니다.",
    ];
    for a in answers {
        let p = role_profile(a);
        let top = p.top().unwrap_or_else(|| panic!("no profile: {a}"));
        assert!(
            ["cloud-devops", "data-engineering", "backend"].contains(&top.role.as_str()),
            "{:?}",
            p.shares
        );
        assert_eq!(p.percent_of("frontend"), 0, "{:?}", p.shares);
        assert_eq!(p.percent_of("cloud-devops"), top.percent, "{:?}", p.shares);
        assert!(p.percent_of("data-engineering") > 0, "{:?}", p.shares);
    }
}

#[test]
fn a_mixed_answer_shows_both_roles() {
    for a in [
        "The React dashboard's components call our Spring Boot API; on the server I wrapped the \
         writes in a transaction and added an index for the slow query.",
        "React 컴포넌트로 화면을 만들었고, 서버 쪽은 스프링으로 API를 만들면서 트랜잭션과 인덱스를 \
         설계했습니다.",
    ] {
        let p = role_profile(a);
        let (f, b) = (p.percent_of("frontend"), p.percent_of("backend"));
        assert!(f >= 25 && b >= 25, "{:?}", p.shares);
        assert_eq!(p.shares.iter().map(|s| s.percent).sum::<u32>(), 100);
        let line = p.line().unwrap();
        assert!(
            line.contains("frontend") && line.contains("backend"),
            "{line}"
        );
    }
}

#[test]
fn too_few_words_make_no_profile() {
    for a in [
        "",
        "I worked hard with the team and we shipped on time.",
        "React와 CSS로 만들었습니다.",
        // Three shared words weigh 1.5: not enough to lean anywhere.
        "API 서버의 캐시를 손봤습니다.",
    ] {
        let p = role_profile(a);
        assert!(!p.is_decided(), "{a}: {:?}", p.shares);
        assert_eq!(p.line(), None);
    }
    // The words are still listed.
    assert_eq!(
        role_profile("React와 CSS로 만들었습니다.")
            .words
            .iter()
            .map(|w| w.term.as_str())
            .collect::<Vec<_>>(),
        ["React", "CSS"]
    );
}

#[test]
fn negated_everyday_and_embedded_words_do_not_count() {
    let p = role_profile(
        "React는 쓰지 않았습니다. I didn't use Kubernetes. I had to react to the logic in \
         the login flow and the Javadoc.",
    );
    let words: Vec<&str> = p.words.iter().map(|w| w.term.as_str()).collect();
    for w in ["React", "Kubernetes", "Java", "log"] {
        assert!(!words.contains(&w), "{w} in {words:?}");
    }
    // Particles attached, and the longest of two overlapping words.
    let p = role_profile("EC2를 쓰고 서버 사이드 렌더링으로 바꿨습니다");
    let words: Vec<&str> = p.words.iter().map(|w| w.term.as_str()).collect();
    assert_eq!(words, ["EC2", "서버 사이드 렌더링"]);
    assert_eq!(p.words[0].span, (0, 3));
}

#[test]
fn each_word_counts_once_and_shared_words_split_their_half() {
    let once = role_profile("React React React, CSS, 컴포넌트, API");
    let vocab = Vocabulary::get();
    let api = vocab
        .terms
        .iter()
        .find(|t| t.text == "API")
        .expect("API is shared");
    assert_eq!(api.weights.len(), 2);
    assert!(api.weights.iter().all(|&(_, w)| (w - 0.25).abs() < 1e-9));
    // frontend 3 + 0.25, backend 0.25: 93 % and 7 %.
    assert_eq!(once.percent_of("frontend"), 93);
    assert_eq!(once.percent_of("backend"), 7);
    assert_eq!(once.line().unwrap(), "frontend 93 % · backend 7 %");
}

#[test]
fn leaning_away_needs_another_role_clearly_ahead() {
    let fe = role_profile("React로 화면을 만들고 CSS를 입혔고 컴포넌트를 나눴습니다.");
    let lean = fe.leans_away("backend").unwrap();
    assert_eq!(lean.ahead.role, "frontend");
    assert_eq!(lean.target_percent, 0);
    assert!(fe.leans_away("frontend").is_none());
    let mixed = role_profile(
        "React 컴포넌트로 화면을 만들었고, 스프링으로 API를 만들면서 트랜잭션과 인덱스를 설계했습니다.",
    );
    assert!(mixed.leans_away("backend").is_none(), "{:?}", mixed.shares);
    assert!(role_profile("hello").leans_away("backend").is_none());
}

#[test]
fn answers_pool_their_words() {
    let answers = [
        "React 컴포넌트와 CSS로 화면을 만들었습니다.",
        "React로 렌더링을 줄였습니다.",
        "트랜잭션과 인덱스를 설계했습니다.",
    ];
    let p = role_profile_of(answers);
    // frontend: React ×2, 컴포넌트, CSS, 화면, 렌더링 = 6; backend: 2.
    assert_eq!(p.percent_of("frontend"), 75);
    assert_eq!(p.percent_of("backend"), 25);
    assert_eq!(p.words[0].term, "React");
    assert!(role_profile_of([]).shares.is_empty());
}

#[test]
fn the_vocabulary_files_parse_and_hold_each_word_once() {
    let vocab = Vocabulary::from_sources(CURATED, FROM_BANKS).unwrap();
    assert!(vocab.len() > 800, "{}", vocab.len());
    assert_eq!(
        vocab.role_ids(),
        ["backend", "frontend", "data-engineering", "cloud-devops"]
    );
    let curated: Curated = parse("curated", CURATED).unwrap();
    let mut seen = std::collections::HashMap::new();
    let listed = curated
        .terms
        .iter()
        .flat_map(|(r, ts)| ts.iter().map(move |t| (r.as_str(), t.as_str())))
        .chain(curated.shared.iter().map(|s| ("shared", s.term.as_str())));
    for (role, t) in listed {
        if let Some(first) = seen.insert(key(t), role) {
            panic!("`{t}` is listed twice: under {first} and {role}");
        }
        assert!(
            !curated.never.iter().any(|n| key(n) == key(t)),
            "`{t}` is both a role word and never one"
        );
    }
    for (i, r) in vocab.roles.iter().enumerate() {
        let words = vocab
            .terms
            .iter()
            .filter(|t| t.weights.first().is_some_and(|w| w.0 == i))
            .count();
        assert!(words > 100, "{} has only {words} words", r.id);
    }
    // Every curated word is found in its own text (as itself, or as a
    // word with the same stem: "idempotent", "idempotency").
    for t in curated.terms.values().flatten() {
        let p = role_profile(t);
        assert!(
            p.words.iter().any(|w| w.span == (0, t.len())),
            "`{t}` is not found in itself: {:?}",
            p.words
        );
    }
    // A broken file is named.
    let err = Vocabulary::from_sources("roles: [\n", FROM_BANKS).unwrap_err();
    assert!(err.starts_with("data/role-vocabulary.yaml:"), "{err}");
    let err = Vocabulary::from_sources(CURATED, "roles: {web: []}\n").unwrap_err();
    assert!(err.contains("`web`"), "{err}");
}

#[test]
fn every_bundled_technical_role_has_a_place_in_the_vocabulary() {
    let curated: Curated = parse("curated", CURATED).unwrap();
    let lib = Library::load(None, &[]);
    for b in lib.banks() {
        if b.questions.iter().any(|q| q.kind == Kind::Technical) {
            assert!(
                curated.roles.iter().any(|r| r.id == b.role)
                    || curated.common_ground.contains(&b.role),
                "bundled role `{}` is neither a vocabulary role nor common ground",
                b.role
            );
        }
    }
}

#[test]
fn the_bank_vocabulary_is_up_to_date() {
    let lib = Library::load(None, &[]);
    let built = generate::bank_vocabulary(lib.banks()).unwrap();
    assert!(
        built == FROM_BANKS,
        "data/role-vocabulary-banks.yaml is stale (the banks or the curated words changed): \
         run `cargo run --example role_vocabulary` and commit the result"
    );
}

#[test]
fn advice_names_the_pulling_words_and_the_storys_target_words() {
    let answer = role_profile(
        "React로 화면을 만들고 CSS를 입혔고 컴포넌트를 나눴습니다. 트랜잭션도 썼습니다.",
    );
    let story = role_profile_of([
        "주문 API에 트랜잭션과 인덱스를 넣었습니다",
        "동시성 문제를 낙관적 락으로 풀었습니다",
    ]);
    let advice = RoleAdvice::new(answer.clone(), Some("backend"), Some(&story));
    assert_eq!(advice.leans_away.as_ref().unwrap().ahead.role, "frontend");
    // 트랜잭션 was said already; the others are offered.
    assert_eq!(advice.story_words, ["인덱스", "동시성", "낙관적 락", "API"]);
    assert_eq!(
        advice.lean_sentence().unwrap(),
        "This sounds more frontend (80 %) than backend (20 %): React, 화면, CSS, 컴포넌트 pulled it \
         there. Your story has backend words this answer could use: 인덱스, 동시성, 낙관적 락, API."
    );
    assert_eq!(advice.reads_as().unwrap(), "frontend 80 % · backend 20 %");
    // Applying for frontend: nothing to say beyond the profile.
    let fine = RoleAdvice::new(answer.clone(), Some("frontend"), Some(&story));
    assert_eq!((&fine.leans_away, fine.lean_sentence()), (&None, None));
    assert!(fine.story_words.is_empty());
    // No story: the lean without the story's words.
    let alone = RoleAdvice::new(answer, Some("backend"), None);
    assert!(alone.lean_sentence().unwrap().ends_with("pulled it there."));
    let few = RoleAdvice::new(role_profile("React와 CSS"), Some("backend"), None);
    assert_eq!(
        few.reads_as().unwrap(),
        "too few role words to tell (React, CSS; 3 needed)"
    );
    assert_eq!(
        RoleAdvice::new(role_profile("hello"), None, None).reads_as(),
        None
    );
}

#[test]
fn every_role_of_the_vocabulary_has_a_name_in_both_languages() {
    for role in &Vocabulary::get().roles {
        let share = RoleShare {
            role: role.id.clone(),
            label: role.label.clone(),
            share: 1.0,
            percent: 100,
            words: Vec::new(),
        };
        // In English, the names are the vocabulary's own.
        assert_eq!(share.name(), role.label, "{}", role.id);
        assert_eq!(role_name(&role.id), role.id);
        let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
        for name in [share.name(), role_name(&role.id)] {
            assert!(
                crate::text::is_hangul(name.chars().next().unwrap()),
                "{name}"
            );
        }
    }
}

/// The vocabulary the app uses, decoded from what build.rs read, is the
/// one the two files' text makes, word for word; and a word `never:` bans
/// stays out of it.
#[test]
fn the_encoded_vocabulary_is_the_files_vocabulary() {
    let from_text = Vocabulary::from_sources(CURATED, FROM_BANKS).unwrap();
    let app = Vocabulary::get();
    assert_eq!(app.roles, from_text.roles);
    assert_eq!(app.terms, from_text.terms);
    let curated: Curated = parse("curated", CURATED).unwrap();
    let banned = curated.never.first().expect("the curated file bans a word");
    let word = |term: &str| super::vocabulary::BankWord {
        term: term.to_string(),
        questions: 5,
        elsewhere: 0,
    };
    let banks = super::vocabulary::FromBanks {
        roles: [(
            "backend".to_string(),
            vec![word(banned), word("zookeeper-quorum")],
        )]
        .into(),
    };
    let made = Vocabulary::from_files(&curated, &banks).unwrap();
    let has = |w: &str| made.terms.iter().any(|t| key(&t.text) == key(w));
    assert!(!has(banned), "{banned}");
    assert!(has("zookeeper-quorum"));
}

/// Everyday words in an interview answer name no role: words that
/// share a stem with a role word ("response" with "responsive", "access"
/// with "accessibility", "contains" with "container") or are one in
/// another sense ("for instance", "in fact", "focused on", "joined").
#[test]
fn everyday_words_name_no_role() {
    let everyday = [
        "I joined the team in March and focused on onboarding; in fact, for instance, \
         I was responsible for the weekly report and the response from the customer.",
        "We had a tight time constraint, so I wrote a memo and we formed a working group \
         to deal with it on the spot.",
        "The list contains three items; I had to reschedule the meeting, and I promise \
         the plan fulfilled what the client asked for.",
        "I got access to the whole spectrum of feedback, gave credit to the people who \
         qualified, and wrote a post about it after a mock interview.",
        "Her responsibility was the contract; we contained the problem and everyone was \
         ready by Friday, which produced a good result; the timing was right.",
        "연봉은 크레딧잡 자료를 보고 정했습니다.",
        "막힌 부분은 화면 공유로 같이 보면서 풀었고, 다음 날에는 화면을 공유해서 다시 설명했습니다.",
        "After the phone screen I shared my screen with the team lead.",
    ];
    for answer in everyday {
        let words: Vec<String> = role_profile(answer)
            .words
            .into_iter()
            .map(|w| w.term)
            .collect();
        assert!(words.is_empty(), "{words:?} in: {answer}");
    }
    // The same words in their technical sense still count.
    let technical = [
        ("responsive", "The layout is responsive on phones."),
        (
            "accessibility",
            "We audited accessibility with a screen reader.",
        ),
        ("container", "Each Docker container has a readiness probe."),
        ("readiness", "Each Docker container has a readiness probe."),
        (
            "instances",
            "We run the API on EC2 instances behind a load balancer.",
        ),
        (
            "spot instance",
            "Batch jobs run on spot instances to save cost.",
        ),
        (
            "form validation",
            "The signup page does form validation before it posts.",
        ),
        ("화면", "주문 화면의 리렌더링을 줄였습니다."),
        (
            "Promise",
            "The page waits on Promise.all for the three requests.",
        ),
        ("join", "The report query does a join on user_id."),
    ];
    for (term, answer) in technical {
        let words: Vec<String> = role_profile(answer)
            .words
            .into_iter()
            .map(|w| w.term)
            .collect();
        assert!(
            words.iter().any(|w| w == term),
            "{term} not in {words:?}: {answer}"
        );
    }
}
