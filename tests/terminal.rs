//! The real binary in a real terminal (tmux): practise, type English and
//! Korean, submit, rate, export; `kill -9` and SIGTERM while typing.
//!
//! Waiting is by polling the screen or the database for a condition, never a
//! fixed sleep that a slow machine could outrun.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const BANK: &str = r#"
id: test-bank
title: Test bank
role: backend
language: en
questions:
  - id: aws-part
    prompt: What exactly did you do on the AWS side of your last project?
    kind: experience
    time_limit: 2m
    key_points:
      - text: instances
        match: [EC2, instance, 인스턴스]
      - text: alarms
        match: [alarm, 알람]
    follow_ups:
      - Why that many instances?
"#;

struct Tmux {
    socket: String,
    dir: PathBuf,
}

impl Tmux {
    fn new(name: &str, dir: &Path) -> Tmux {
        let socket = format!("rehearse-test-{}-{name}", std::process::id());
        Tmux {
            socket,
            dir: dir.to_path_buf(),
        }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux is installed");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts rehearse with `args` in a 100x30 window. The inner shell writes
    /// the pid that rehearse then takes over (exec); after rehearse exits the
    /// outer shell prints its exit code and the terminal modes.
    fn start(&self, args: &str) {
        self.start_with_env("", args);
    }

    /// Like `start`, with extra `NAME=value` pairs for rehearse's environment.
    fn start_with_env(&self, env: &str, args: &str) {
        let bin = env!("CARGO_BIN_EXE_rehearse");
        let pidfile = self.dir.join("pid");
        let _ = std::fs::remove_file(&pidfile);
        let inner = format!(
            "echo $$ > {pid}; exec env LC_ALL=C.UTF-8 {env} REHEARSE_DATA_DIR={data} REHEARSE_BANKS_DIR={none} {bin} --banks {bank} {args}",
            pid = pidfile.display(),
            data = self.dir.join("data").display(),
            none = self.dir.join("no-user-banks").display(),
            bank = self.dir.join("bank.yaml").display(),
        );
        let outer = format!(
            "sh -c '{inner}'; echo EXIT:$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon; echo END-OF-RUN; sleep 60"
        );
        self.tmux(&[
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "30",
            "sh",
            "-c",
            &outer,
        ]);
        wait_until(Duration::from_secs(10), || {
            pidfile.exists()
                && !std::fs::read_to_string(&pidfile)
                    .unwrap_or_default()
                    .trim()
                    .is_empty()
        });
    }

    fn pid(&self) -> String {
        std::fs::read_to_string(self.dir.join("pid"))
            .unwrap()
            .trim()
            .to_string()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
    }

    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {needle:?}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// The shell's report once rehearse ended: the exit code, raw mode off and
/// the alternate screen left.
fn assert_restored(end: &str, exit: &str) {
    assert!(end.contains(exit), "{end}");
    assert!(
        end.lines().any(|l| l.trim() == "icanon"),
        "raw mode left on:\n{end}"
    );
    assert!(
        !end.contains("Your answer"),
        "still on the alternate screen:\n{end}"
    );
}

impl Tmux {
    /// Sends rehearse the signal `sig` (`-TERM`, `-BUS`) and returns the
    /// screen once the shell reports it ended.
    fn signal_and_wait_for_end(&self, sig: &str) -> String {
        Command::new("kill")
            .args([sig, &self.pid()])
            .status()
            .unwrap();
        self.wait_for("END-OF-RUN")
    }

    /// Waits until the draft `text` is saved, then kills rehearse with
    /// SIGKILL and closes the window.
    fn kill_9_once_saved(&self, data: &Path, text: &str) {
        wait_until(Duration::from_secs(5), || {
            draft_text(data).as_deref() == Some(text)
        });
        Command::new("kill")
            .args(["-9", &self.pid()])
            .status()
            .unwrap();
        self.wait_for("EXIT:137");
        self.tmux(&["kill-server"]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

fn wait_until(limit: Duration, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(
            start.elapsed() < limit,
            "condition not met within {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// These tests need tmux, which `.ci/run` installs: without it they fail
/// rather than pass having run nothing.
fn tmux_available() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "tmux is not installed (apt-get install tmux; .ci/run does)"
    );
    ok
}

const TWO: &str = r#"
id: two
title: Two questions
role: backend
language: en
questions:
  - id: first
    prompt: How does an index speed up a lookup?
  - id: second
    prompt: When would you choose a message queue over a direct call?
"#;

fn setup(name: &str) -> (tempfile::TempDir, Tmux) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bank.yaml"), BANK).unwrap();
    std::fs::write(dir.path().join("two.yaml"), TWO).unwrap();
    let t = Tmux::new(name, dir.path());
    (dir, t)
}

fn draft_text(data: &Path) -> Option<String> {
    let db = data.join("rehearse.db");
    let conn =
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    conn.query_row("SELECT text FROM drafts WHERE slot = 'current'", [], |r| {
        r.get(0)
    })
    .ok()
}

/// rehearse on the data folder `data`, outside tmux.
fn rehearse_on(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rehearse"));
    c.env("REHEARSE_DATA_DIR", data);
    c
}

fn export(dir: &Path) -> serde_json::Value {
    let out = rehearse_on(&dir.join("data"))
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const ANSWER: &str =
    "I set up 8 EC2 instances and the billing alarm. 제가 직접 Redshift 비용 알람을 설정했습니다.";

#[test]
fn practise_answer_rate_and_export() {
    if !tmux_available() {
        eprintln!("tmux is not installed; .ci/run installs it");
        return;
    }
    let (dir, t) = setup("flow");
    t.start("practice --bank test-bank -n 1");
    t.wait_for("What exactly did you do on the AWS side");
    t.type_text(ANSWER);
    t.wait_for("설정했습니다");
    t.keys(&["C-s"]);
    let fb = t.wait_for("1-4 rate");
    assert!(fb.contains("Key points: 2 of 2 covered"), "{fb}");
    assert!(fb.contains("EC2"), "{fb}");
    t.keys(&["3"]);
    let summary = t.wait_for("Session summary");
    assert!(summary.contains("Good"), "{summary}");
    t.keys(&["Enter"]);
    t.wait_for("Practice streak: 1 day");
    t.keys(&["q"]);
    let end = t.wait_for("END-OF-RUN");
    assert!(end.contains("EXIT:0"), "{end}");
    assert!(
        end.lines().any(|l| l.trim() == "icanon"),
        "terminal left in raw mode:\n{end}"
    );

    let doc = export(dir.path());
    let q = &doc["questions"][0];
    assert_eq!(q["question_id"], "aws-part");
    let a = &q["attempts"][0];
    assert_eq!(a["text"], ANSWER);
    assert_eq!(a["rating"], 3);
    assert!(a["duration_ms"].as_i64().unwrap() > 0);
    assert_eq!(q["schedule"]["reps"], 1);
}

#[test]
fn kill_9_while_typing_then_the_draft_comes_back() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("kill");
    t.start("practice --bank test-bank -n 1");
    t.wait_for("What exactly did you do");
    t.type_text("반쯤 쓴 답변: I configured");
    t.wait_for("I configured");
    t.kill_9_once_saved(&dir.path().join("data"), "반쯤 쓴 답변: I configured");

    let t2 = Tmux::new("kill2", dir.path());
    t2.start("");
    let s = t2.wait_for("Pick up where you left off");
    assert!(s.contains("반쯤 쓴 답변: I configured"), "{s}");
    t2.keys(&["Enter"]);
    let s = t2.wait_for("Your answer");
    assert!(s.contains("반쯤 쓴 답변: I configured"), "{s}");
    // Typing continues where it was.
    t2.type_text(" more");
    t2.wait_for("I configured more");
}

#[test]
fn sigterm_while_typing_saves_the_draft_and_restores_the_terminal() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("term");
    t.start("practice --bank test-bank -n 1");
    t.wait_for("What exactly did you do");
    t.type_text("typed just now 방금");
    t.wait_for("방금");
    let end = t.signal_and_wait_for_end("-TERM");
    assert_restored(&end, "EXIT:0");
    assert_eq!(
        t.tmux(&["display", "-p", "#{cursor_flag}"]).trim(),
        "1",
        "cursor hidden"
    );
    assert_eq!(
        draft_text(&dir.path().join("data")).as_deref(),
        Some("typed just now 방금")
    );
}

#[test]
fn practise_on_day_0_and_review_five_days_later() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("days");
    t.start_with_env(
        "REHEARSE_NOW=2026-12-01T09:00:00Z",
        "practice --bank test-bank -n 1",
    );
    t.wait_for("What exactly did you do");
    t.type_text("I set up 4 EC2 instances.");
    t.wait_for("4 EC2 instances.");
    t.keys(&["C-s"]);
    t.wait_for("1-4 rate");
    t.keys(&["3"]);
    t.wait_for("Session summary");
    t.keys(&["Enter"]);
    t.wait_for("Practice streak");
    t.keys(&["q"]);
    t.wait_for("EXIT:0");
    t.tmux(&["kill-server"]);

    let t2 = Tmux::new("days2", dir.path());
    t2.start_with_env("REHEARSE_NOW=2026-12-06T09:00:00Z", "review");
    t2.wait_for("What exactly did you do");
    t2.type_text("제가 EC2 8대로 늘리고 CloudWatch 알람을 설정했습니다.");
    t2.wait_for("설정했습니다.");
    t2.keys(&["C-s"]);
    let compare = t2.wait_for("Last time");
    assert!(compare.contains("I set up 4 EC2 instances."), "{compare}");
    t2.keys(&["3"]);
    // New questions follow the due one; end the session there.
    t2.wait_for("Q 2/");
    t2.keys(&["Escape"]);
    t2.wait_for("end the session");
    t2.keys(&["e"]);
    // Ending asks first.
    t2.wait_for("End the session here?");
    t2.keys(&["y"]);
    t2.wait_for("Session summary");
    t2.keys(&["Enter"]);
    t2.wait_for("Practice streak");
    t2.keys(&["q"]);
    t2.wait_for("EXIT:0");

    let doc = export(dir.path());
    let q = &doc["questions"][0];
    let modes: Vec<&str> = q["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["mode"].as_str().unwrap())
        .collect();
    assert_eq!(modes, ["practice", "review"]);
    assert_eq!(q["review_log"].as_array().unwrap().len(), 2);
    // Good on a new question takes the 10-minute learning step; the Good
    // five days later graduates it.
    assert_eq!(q["review_log"][1]["state"], "learning");
    assert_eq!(q["schedule"]["state"], "review");
    assert!(q["review_log"][1]["elapsed_days"].as_f64().unwrap() >= 4.9);
    assert_eq!(q["schedule"]["reps"], 2);
    assert!(
        q["schedule"]["due"].as_str().unwrap() > "2026-12-08",
        "{}",
        q["schedule"]["due"]
    );
}

#[test]
fn a_closed_terminal_ends_the_process_and_keeps_the_draft() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("hangup");
    t.start("practice --bank test-bank -n 1");
    t.wait_for("What exactly did you do");
    t.type_text("typed right before the window closed");
    t.wait_for("window closed");
    let pid = t.pid();
    t.tmux(&["kill-server"]);
    // A hangup saves the draft and exits at once (README, "Nothing you typed
    // is lost"); the limit leaves room for a loaded CI machine.
    wait_until(Duration::from_secs(4), || {
        !Path::new(&format!("/proc/{pid}")).exists()
    });
    assert_eq!(
        draft_text(&dir.path().join("data")).as_deref(),
        Some("typed right before the window closed")
    );
}

/// The attempts of the export, as (question id, text), in export order.
fn exported_texts(dir: &Path) -> Vec<(String, String)> {
    let doc = export(dir);
    let mut out = Vec::new();
    for q in doc["questions"].as_array().unwrap() {
        for a in q["attempts"].as_array().unwrap() {
            out.push((
                q["question_id"].as_str().unwrap().to_string(),
                a["text"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

#[test]
fn a_burst_without_bracketed_paste_arrives_whole_and_is_saved() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("burst");
    t.start("practice --bank test-bank -n 1");
    t.wait_for("What exactly did you do");
    // 6,000+ characters at once, as a terminal without bracketed paste (or
    // a fast typist over a slow link) sends them: keys, not a paste.
    let burst = "I split the crawler over 8 EC2 instances, 6 h to 1.5 h. 제가 Redshift 비용 알람을 설정했습니다. "
        .repeat(70);
    let burst = burst.trim_end().to_string();
    t.type_text(&burst);
    t.wait_for(&format!("{} chars", burst.chars().count()));
    t.keys(&["C-s"]);
    t.wait_for("1-4 rate");
    t.keys(&["3"]);
    t.wait_for("Session summary");
    t.keys(&["q"]);
    t.wait_for("EXIT:0");
    assert_eq!(
        exported_texts(dir.path()),
        vec![("aws-part".to_string(), burst)]
    );
}

#[test]
fn a_paste_that_never_ends_becomes_text_and_ctrl_c_still_quits() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("paste");
    t.start("practice --bank test-bank -n 1");
    t.wait_for("What exactly did you do");
    // A bracketed-paste start whose end never comes.
    t.type_text("\x1b[200~pasted, but the end marker was lost");
    let s = t.wait_for("pasted, but the end marker was lost");
    assert!(!s.contains("200~"), "{s}");
    t.type_text(" and typing goes on");
    t.wait_for("lost and typing goes on");
    // Again, and Ctrl+C pressed while it hangs: it quits, keeping the text.
    t.type_text("\x1b[200~ 반쯤");
    t.keys(&["C-c"]);
    let end = t.wait_for("END-OF-RUN");
    assert!(end.contains("EXIT:0"), "{end}");
    assert!(end.lines().any(|l| l.trim() == "icanon"), "{end}");
    assert_eq!(
        draft_text(&dir.path().join("data")).as_deref(),
        Some("pasted, but the end marker was lost and typing goes on 반쯤")
    );
}

#[test]
fn a_recovered_session_survives_typing_into_its_prompt_and_resumes_whole() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("resume");
    let two = dir.path().join("two.yaml");
    let practise = format!("--banks {} practice --bank two -n 2", two.display());
    t.start(&practise);
    t.wait_for("Q 1/2");
    t.type_text("A B-tree index narrows the search to log n pages.");
    t.wait_for("log n pages.");
    t.keys(&["C-s"]);
    t.wait_for("1-4 rate");
    t.keys(&["3"]);
    t.wait_for("Q 2/2");
    t.type_text("반쯤 쓴 답변: a queue decouples the caller");
    t.wait_for("decouples the caller");
    t.kill_9_once_saved(
        &dir.path().join("data"),
        "반쯤 쓴 답변: a queue decouples the caller",
    );

    // The same command again: the prompt comes first, and a user who types
    // into it before reading loses nothing.
    let t2 = Tmux::new("resume2", dir.path());
    t2.start(&practise);
    let s = t2.wait_for("Pick up where you left off");
    assert!(s.contains("question 2 of 2"), "{s}");
    t2.type_text("d yes y");
    t2.wait_for("answer the question above first");
    // One key on its own is not typing: it is told which keys answer.
    t2.keys(&["y"]);
    let s = t2.wait_for("Esc keeps it for later");
    assert!(s.contains("Pick up where you left off"), "{s}");
    // Esc keeps it for later and goes on to the practice that was asked for.
    t2.keys(&["Escape"]);
    t2.wait_for("Q 1/2");
    t2.keys(&["C-c"]);
    t2.wait_for("EXIT:0");
    t2.tmux(&["kill-server"]);

    // Next start: the kept draft and its session, resumed where they stopped.
    let t3 = Tmux::new("resume3", dir.path());
    t3.start("");
    let s = t3.wait_for("Pick up where you left off");
    assert!(
        s.contains("반쯤 쓴 답변: a queue decouples the caller"),
        "{s}"
    );
    t3.keys(&["Enter"]);
    let s = t3.wait_for("Q 2/2");
    assert!(
        s.contains("반쯤 쓴 답변: a queue decouples the caller"),
        "{s}"
    );
    t3.type_text(" from the worker.");
    t3.wait_for("caller from the worker.");
    t3.keys(&["C-s"]);
    t3.wait_for("1-4 rate");
    t3.keys(&["2"]);
    let s = t3.wait_for("Session summary");
    assert!(
        s.contains("Good") && s.contains("Hard"),
        "both answers are in it:\n{s}"
    );
}

#[test]
fn sigbus_restores_the_terminal_and_writes_the_answer_outside_the_data_folder() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("bus");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    t.start_with_env(
        &format!("HOME={}", home.display()),
        "practice --bank test-bank -n 1",
    );
    t.wait_for("What exactly did you do");
    t.type_text("typed before the bus error 버스 오류");
    t.wait_for("버스 오류");
    // What the kernel sends when SQLite's -shm map fails under it.
    let end = t.signal_and_wait_for_end("-BUS");
    assert_restored(&end, "EXIT:1");
    let rescued = std::fs::read_dir(&home)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("rehearse-unsaved-"))
        .expect("the answer was written to a file");
    let text = std::fs::read_to_string(&rescued).unwrap();
    assert!(
        text.contains("typed before the bus error 버스 오류"),
        "{text}"
    );
    assert!(
        end.contains("rehearse-unsaved-"),
        "the file is named:\n{end}"
    );
}

const MOCK_BANK: &str = r#"
id: platform-en
title: Platform interview
role: platform
language: en
questions:
  - id: slow-page
    prompt: How would you speed up a slow product page backed by a database?
    time_limit: 2m
    key_points:
      - text: a cache in front of the database
        match: [cache, redis]
    follow_ups:
      - ask: How do you keep Redis consistent with the database?
        if_mentions: [redis]
"#;

#[test]
fn a_three_question_mock_with_a_follow_up_the_answer_triggers() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("mock");
    std::fs::write(dir.path().join("bank.yaml"), MOCK_BANK).unwrap();
    t.start("mock --role platform --lang en --minutes 5");
    // The self-introduction, on the interview clock, one minute to answer.
    let s = t.wait_for("Interview 0:0");
    assert!(s.contains("intro"), "{s}");
    assert!(s.contains("left of 1:00"), "{s}");
    t.type_text("I am a backend developer; I built the order API of a shop.");
    t.wait_for("order API of a shop");
    t.keys(&["C-s"]);
    // Straight to the technical question: no feedback in between.
    t.wait_for("slow product page");
    t.keys(&["C-p"]);
    t.wait_for("no pause");
    t.type_text("I would put Redis in front of the database and measure p95.");
    t.wait_for("measure p95");
    t.keys(&["C-s"]);
    let s = t.wait_for("keep Redis consistent");
    assert!(s.contains("you mentioned redis"), "{s}");
    t.type_text("Write-through, with a TTL as a safety net.");
    t.wait_for("safety net");
    t.keys(&["C-s"]);
    // The closing, then the report.
    t.wait_for("closing");
    t.type_text("How does the team review schema changes?");
    t.wait_for("schema changes");
    t.keys(&["C-s"]);
    let report = t.wait_for("What to change");
    assert!(report.contains("Mock interview report"), "{report}");
    for r in ["3", "3", "2", "4"] {
        t.keys(&[r]);
    }
    t.wait_for("rated Easy");
    t.keys(&["Escape"]);
    t.wait_for("Past interviews (1)");
    t.keys(&["q"]);
    let end = t.wait_for("END-OF-RUN");
    assert_restored(&end, "EXIT:0");

    let doc = export(dir.path());
    let attempts: Vec<&serde_json::Value> = doc["questions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|q| q["attempts"].as_array().unwrap())
        .collect();
    assert_eq!(attempts.len(), 4, "{doc:#}");
    assert!(
        attempts
            .iter()
            .all(|a| a["mode"] == "mock" && a["rating"].is_u64())
    );
    let follow_up = doc["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["question_id"] == "slow-page.follow-up-1")
        .expect("the follow-up's answer is exported");
    assert_eq!(
        follow_up["attempts"][0]["text"],
        "Write-through, with a TTL as a safety net."
    );
    assert_eq!(doc["mocks"].as_array().map(Vec::len), Some(1), "{doc:#}");
}

#[test]
fn a_mock_stopped_by_sigterm_resumes_at_its_question_with_the_draft() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("mockterm");
    std::fs::write(dir.path().join("bank.yaml"), MOCK_BANK).unwrap();
    t.start("mock --role platform --lang en --minutes 5");
    t.wait_for("Interview 0:0");
    t.type_text("I build backend services.");
    t.wait_for("backend services");
    t.keys(&["C-s"]);
    t.wait_for("slow product page");
    t.type_text("I would add Redis 레디스");
    t.wait_for("레디스");
    let end = t.signal_and_wait_for_end("-TERM");
    assert_restored(&end, "EXIT:0");
    t.tmux(&["kill-server"]);
    let t2 = Tmux::new("mockterm2", dir.path());
    t2.start("");
    let s = t2.wait_for("Pick up where you left off?");
    assert!(s.contains("mock interview at question 2 of 3"), "{s}");
    t2.keys(&["Enter"]);
    let s = t2.wait_for("Interview resumed at question 2 of 3");
    assert!(s.contains("slow product page"), "{s}");
    assert!(s.contains("I would add Redis 레디스"), "{s}");
    t2.keys(&["C-s"]);
    // The resumed answer still brings its follow-up.
    t2.wait_for("keep Redis consistent");
}

/// `rehearse story edit` on a terminal: an invalid story shows its errors
/// and asks "Edit again?"; Enter reopens the editor on the text as written,
/// and the fixed story is kept.
#[test]
fn story_edit_asks_to_edit_again_and_reopens_the_text_written() {
    use std::os::unix::fs::PermissionsExt;
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("story");
    let d = dir.path();
    let bad = "projects:\n  - id: crawler\n    name: 크롤러\n    team: 넷\n";
    let good =
        "projects:\n  - id: crawler\n    name: 크롤러\n    team: 4\n    did: [EC2 8대로 분산]\n";
    std::fs::write(d.join("bad.yaml"), bad).unwrap();
    std::fs::write(d.join("good.yaml"), good).unwrap();
    let script = d.join("edit.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nif [ -f {d}/once ]; then cp \"$1\" {d}/second-seen; cp {d}/good.yaml \"$1\"; else touch {d}/once; cp {d}/bad.yaml \"$1\"; fi\n",
            d = d.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    t.start_with_env(
        &format!("VISUAL= EDITOR={}", script.display()),
        "story edit",
    );
    let asked = t.wait_for("Edit again? [Y/n]");
    assert!(
        asked.contains("story.yaml:4:11: projects[0].team: team must be a positive whole number"),
        "{asked}"
    );
    t.keys(&["Enter"]);
    let end = t.wait_for("END-OF-RUN");
    assert!(end.contains("saved your story: 1 project, 1 fact"), "{end}");
    assert!(end.contains("EXIT:0"), "{end}");
    assert_eq!(std::fs::read_to_string(d.join("second-seen")).unwrap(), bad);
    let out = Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .env("REHEARSE_DATA_DIR", d.join("data"))
        .args(["story", "show", "--json"])
        .output()
        .unwrap();
    let story: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(story["projects"][0]["team"], 4);
}

/// `$EDITOR` for the story: the first run writes a story with a bad id,
/// every later one the valid story (what a person fixing it would do).
const STORY_EDITOR: &str = r#"#!/bin/sh
n=$(cat "$(dirname "$0")/runs" 2>/dev/null || echo 0)
echo $((n + 1)) > "$(dirname "$0")/runs"
id=crawler
[ "$n" = 0 ] && id='Crawler!'
cat > "$1" <<YAML
projects:
  - id: $id
    name: 중고 거래 가격 크롤러
    stack: [AWS EC2, Redshift, IAM]
    did:
      - split the crawler over 8 EC2 instances, 6 h → 1.5 h
      - set Redshift cost alarms; cut the monthly bill by 40%
YAML
"#;

#[test]
fn a_story_written_in_editor_shows_beside_the_answer_and_in_the_feedback() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("my-story");
    let editor = dir.path().join("story-editor.sh");
    std::fs::write(&editor, STORY_EDITOR).unwrap();
    Command::new("chmod")
        .arg("+x")
        .arg(&editor)
        .status()
        .unwrap();
    t.start_with_env(&format!("EDITOR={}", editor.display()), "");
    t.wait_for("My story");
    // The first run asks which role you apply for; later.
    t.keys(&["Escape"]);
    t.wait_for("No role chosen");
    for _ in 0..4 {
        t.keys(&["Down"]);
    }
    t.keys(&["Enter"]);
    t.wait_for("You have not written your story yet.");
    // The first edit is refused at its line and column; nothing is saved.
    t.keys(&["e"]);
    let s = t.wait_for("Your edit was not saved");
    assert!(s.contains("story.yaml:2:9:"), "{s}");
    // The second is saved and shown.
    t.keys(&["e"]);
    let s = t.wait_for("Saved your story: 1 project, 2 facts.");
    assert!(
        s.contains("• split the crawler over 8 EC2 instances"),
        "{s}"
    );
    assert!(!dir.path().join("data/story-edit/story.yaml").exists());
    t.keys(&["q"]);
    t.wait_for("END-OF-RUN");
    t.tmux(&["kill-server"]);
    // Practise: the facts are beside the answer, then in the feedback.
    let t = Tmux::new("my-story-2", dir.path());
    t.start("practice --bank test-bank -n 1");
    let s = t.wait_for("Your story");
    assert!(s.contains("· set Redshift cost alarms"), "{s}");
    t.type_text("제가 직접 crawler를 8 EC2 instances로 split해서 6시간을 1.5시간으로 줄였습니다.");
    t.keys(&["C-s"]);
    let s = t.wait_for("Your story: 1 of 2 facts used");
    assert!(
        s.contains("[x] split the crawler over 8 EC2 instances"),
        "{s}"
    );
    assert!(s.contains("[ ] set Redshift cost alarms"), "{s}");
    t.keys(&["3"]);
}

/// The width of the screen's first line, as drawn.
fn first_line_width(screen: &str) -> usize {
    screen
        .lines()
        .next()
        .unwrap_or("")
        .trim_end()
        .chars()
        .count()
}

#[test]
fn a_resized_window_is_drawn_at_its_new_size_and_keeps_the_draft() {
    if !tmux_available() {
        return;
    }
    let (_dir, t) = setup("resize");
    t.start("practice --bank test-bank -n 1");
    t.wait_for("What exactly did you do on the AWS side");
    t.type_text("Before the resize");
    t.wait_for("Before the resize");
    assert_eq!(first_line_width(&t.screen()), 100);
    // Smaller, with the timer paused: only the resize can bring a new frame.
    t.keys(&["C-p"]);
    t.wait_for("paused");
    for (w, h) in [(72, 24), (110, 34)] {
        t.tmux(&["resize-window", "-x", &w.to_string(), "-y", &h.to_string()]);
        wait_until(Duration::from_secs(10), || {
            let s = t.screen();
            first_line_width(&s) == w && s.contains("Before the resize")
        });
    }
    t.keys(&["C-p"]);
    t.type_text(" and after.");
    t.wait_for("Before the resize and after.");
}

/// The app opens the store once and takes its language setting from it:
/// with `ui-language ko` and a C locale it draws in Korean; a second copy
/// on the same data folder, and one with no terminal, say why they cannot
/// run in Korean too, and leave the first one running.
#[test]
fn the_app_speaks_the_setting_s_language_and_so_do_the_copies_it_refuses() {
    if !tmux_available() {
        return;
    }
    let (dir, t) = setup("setting-language");
    let data = dir.path().join("data");
    let set = rehearse_on(&data)
        .env("LC_ALL", "C.UTF-8")
        .args(["settings", "ui-language", "ko"])
        .output()
        .unwrap();
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    t.start("");
    // The first run's question, over the home screen.
    t.wait_for("어떤 직무에 지원하나요?");
    let second = Tmux::new("setting-language-second", dir.path());
    second.start("");
    let end = second.wait_for("END-OF-RUN");
    assert!(end.contains("EXIT:1"), "{end}");
    let said: String = end.lines().map(str::trim_end).collect();
    assert!(
        said.contains("다른 rehearse가 이미 데이터 폴더를 쓰고 있어요"),
        "{end}"
    );
    let piped = rehearse_on(&data)
        .env("LC_ALL", "C.UTF-8")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(piped.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&piped.stderr).contains("전체 화면 앱은 터미널에서만 열 수 있어요"),
        "{}",
        String::from_utf8_lossy(&piped.stderr)
    );
    // The first copy is still there, in Korean.
    assert!(
        t.screen().contains("어떤 직무에 지원하나요?"),
        "{}",
        t.screen()
    );
}
