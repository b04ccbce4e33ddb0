//! Schema migrations, applied in order; `PRAGMA user_version` records how far
//! a database has come. Never edit a shipped migration: add a new one.

pub const MIGRATIONS: &[&str] = &[
    // 1: attempts, cards, review log, drafts, settings, talking points, sessions.
    r#"
    CREATE TABLE attempts (
        id            TEXT PRIMARY KEY,
        bank_id       TEXT NOT NULL,
        question_id   TEXT NOT NULL,
        role          TEXT NOT NULL,
        prompt        TEXT NOT NULL,
        started_at    INTEGER NOT NULL,
        submitted_at  INTEGER NOT NULL,
        duration_ms   INTEGER NOT NULL,
        text          TEXT NOT NULL,
        rating        INTEGER CHECK (rating BETWEEN 1 AND 4),
        mode          TEXT NOT NULL,
        time_limit_s  INTEGER NOT NULL,
        session_id    TEXT
    );
    CREATE INDEX attempts_question ON attempts (bank_id, question_id, submitted_at);
    CREATE INDEX attempts_submitted ON attempts (submitted_at);

    CREATE TABLE cards (
        bank_id      TEXT NOT NULL,
        question_id  TEXT NOT NULL,
        role         TEXT NOT NULL,
        prompt       TEXT NOT NULL,
        state        TEXT NOT NULL,
        due          INTEGER NOT NULL,
        stability    REAL NOT NULL,
        difficulty   REAL NOT NULL,
        reps         INTEGER NOT NULL,
        lapses       INTEGER NOT NULL,
        last_review  INTEGER NOT NULL,
        PRIMARY KEY (bank_id, question_id)
    ) WITHOUT ROWID;
    CREATE INDEX cards_due ON cards (due);

    CREATE TABLE review_log (
        id              INTEGER PRIMARY KEY,
        bank_id         TEXT NOT NULL,
        question_id     TEXT NOT NULL,
        reviewed_at     INTEGER NOT NULL,
        rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        state           TEXT NOT NULL,
        elapsed_days    REAL NOT NULL,
        scheduled_days  REAL NOT NULL,
        attempt_id      TEXT
    );
    CREATE INDEX review_log_question ON review_log (bank_id, question_id, reviewed_at);

    CREATE TABLE drafts (
        slot          TEXT PRIMARY KEY,
        bank_id       TEXT NOT NULL,
        question_id   TEXT NOT NULL,
        role          TEXT NOT NULL,
        prompt        TEXT NOT NULL,
        text          TEXT NOT NULL,
        started_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        elapsed_ms    INTEGER NOT NULL,
        mode          TEXT NOT NULL,
        time_limit_s  INTEGER NOT NULL
    );

    CREATE TABLE settings (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
    );

    CREATE TABLE talking_points (
        bank_id      TEXT NOT NULL,
        question_id  TEXT NOT NULL,
        text         TEXT NOT NULL,
        updated_at   INTEGER NOT NULL,
        PRIMARY KEY (bank_id, question_id)
    );

    CREATE TABLE sessions (
        id           TEXT PRIMARY KEY,
        mode         TEXT NOT NULL,
        started_at   INTEGER NOT NULL,
        finished_at  INTEGER,
        questions    INTEGER NOT NULL DEFAULT 0
    );
    "#,
    // 2: a session remembers its questions and how far it got, so an
    // interrupted one resumes where it stopped.
    r#"
    ALTER TABLE sessions ADD COLUMN queue TEXT;
    ALTER TABLE sessions ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE drafts ADD COLUMN session_id TEXT;
    CREATE INDEX attempts_unrated ON attempts (submitted_at) WHERE rating IS NULL;
    "#,
    // 3: mock interviews: what was asked for, their questions (with the
    // follow-ups added as they went), the interview clock and the report.
    // Each also has a row in `sessions` (mode `mock`), which its drafts and
    // attempts name.
    r#"
    CREATE TABLE mocks (
        id           TEXT PRIMARY KEY,
        role         TEXT NOT NULL,
        language     TEXT NOT NULL,
        round        TEXT NOT NULL,
        minutes      INTEGER NOT NULL,
        started_at   INTEGER NOT NULL,
        finished_at  INTEGER,
        elapsed_ms   INTEGER NOT NULL DEFAULT 0,
        items        TEXT NOT NULL,
        position     INTEGER NOT NULL DEFAULT 0,
        report       TEXT
    );
    CREATE INDEX mocks_started ON mocks (role, round, started_at);
    "#,
    // 4: your story, as the YAML you wrote (one document).
    r#"
    CREATE TABLE story (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        yaml        TEXT NOT NULL,
        updated_at  INTEGER NOT NULL
    );
    "#,
    // 5: Browse and Stats at scale (issue 15): the roles' totals (answers,
    // distinct questions, time against the limit) counted over an index
    // instead of every attempt's row.
    r#"
    CREATE INDEX IF NOT EXISTS attempts_role_totals
        ON attempts (role, bank_id, question_id, duration_ms, time_limit_s);
    "#,
];

pub const LATEST: i64 = MIGRATIONS.len() as i64;
