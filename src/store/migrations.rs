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
    // 5: Stats at scale (issue 15): what the attempts add up to per role,
    // question and time limit (how many, their time, how many went over),
    // kept by triggers as attempts are saved, changed or deleted, so the
    // roles' totals are read without going over every attempt. Derived
    // only: it is filled from the attempts here and never exported.
    r#"
    CREATE TABLE IF NOT EXISTS attempt_totals (
        role          TEXT NOT NULL,
        bank_id       TEXT NOT NULL,
        question_id   TEXT NOT NULL,
        time_limit_s  INTEGER NOT NULL,
        attempts      INTEGER NOT NULL,
        duration_ms   INTEGER NOT NULL,
        over_limit    INTEGER NOT NULL,
        PRIMARY KEY (role, bank_id, question_id, time_limit_s)
    ) WITHOUT ROWID;
    DELETE FROM attempt_totals;
    INSERT INTO attempt_totals
        SELECT role, bank_id, question_id, time_limit_s, count(*), sum(duration_ms),
               sum(duration_ms > time_limit_s * 1000)
        FROM attempts GROUP BY role, bank_id, question_id, time_limit_s;
    CREATE TRIGGER IF NOT EXISTS attempt_totals_insert AFTER INSERT ON attempts BEGIN
        INSERT INTO attempt_totals VALUES (new.role, new.bank_id, new.question_id,
            new.time_limit_s, 1, new.duration_ms, new.duration_ms > new.time_limit_s * 1000)
        ON CONFLICT (role, bank_id, question_id, time_limit_s) DO UPDATE SET
            attempts = attempts + 1,
            duration_ms = duration_ms + excluded.duration_ms,
            over_limit = over_limit + excluded.over_limit;
    END;
    CREATE TRIGGER IF NOT EXISTS attempt_totals_delete AFTER DELETE ON attempts BEGIN
        UPDATE attempt_totals SET
            attempts = attempts - 1,
            duration_ms = duration_ms - old.duration_ms,
            over_limit = over_limit - (old.duration_ms > old.time_limit_s * 1000)
        WHERE role = old.role AND bank_id = old.bank_id AND question_id = old.question_id
            AND time_limit_s = old.time_limit_s;
        DELETE FROM attempt_totals
        WHERE role = old.role AND bank_id = old.bank_id AND question_id = old.question_id
            AND time_limit_s = old.time_limit_s AND attempts <= 0;
    END;
    -- An edit of a counted column takes the old row out as the delete
    -- trigger does and counts the new one as the insert trigger does (a
    -- trigger cannot call another's body, hence the same statements).
    CREATE TRIGGER IF NOT EXISTS attempt_totals_update
    AFTER UPDATE OF role, bank_id, question_id, time_limit_s, duration_ms ON attempts BEGIN
        UPDATE attempt_totals SET
            attempts = attempts - 1,
            duration_ms = duration_ms - old.duration_ms,
            over_limit = over_limit - (old.duration_ms > old.time_limit_s * 1000)
        WHERE role = old.role AND bank_id = old.bank_id AND question_id = old.question_id
            AND time_limit_s = old.time_limit_s;
        DELETE FROM attempt_totals
        WHERE role = old.role AND bank_id = old.bank_id AND question_id = old.question_id
            AND time_limit_s = old.time_limit_s AND attempts <= 0;
        INSERT INTO attempt_totals VALUES (new.role, new.bank_id, new.question_id,
            new.time_limit_s, 1, new.duration_ms, new.duration_ms > new.time_limit_s * 1000)
        ON CONFLICT (role, bank_id, question_id, time_limit_s) DO UPDATE SET
            attempts = attempts + 1,
            duration_ms = duration_ms + excluded.duration_ms,
            over_limit = over_limit + excluded.over_limit;
    END;
    "#,
];

pub const LATEST: i64 = MIGRATIONS.len() as i64;
