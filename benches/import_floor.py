#!/usr/bin/env python3
"""The import's floor (issue 15), and the export it is measured on.

    python3 benches/import_floor.py gen N export.json
        writes a rehearse export (version 2) with N attempts: 100 banks x 100
        questions, attempts spread over them, a schedule and one review-log
        entry for each question answered.

    python3 benches/import_floor.py floor export.json schema.db out.db
        the floor: Python's sqlite3 reading the export and inserting the same
        rows into a new database with rehearse's schema (copied from
        schema.db, any rehearse database), in one transaction, WAL,
        synchronous=FULL.

Time both with /usr/bin/time against `rehearse import export.json` into an
empty data folder; BENCHMARKS.md has the commands and the figures.
"""

import json
import sqlite3
import sys
from datetime import datetime, timedelta, timezone

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=timezone.utc)


def rfc3339(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ms(s):
    return int(datetime.fromisoformat(s).timestamp() * 1000)


def gen(n, out):
    questions = {}
    for i in range(n):
        b, q = i % 100, (i // 100) % 100
        started = NOW - timedelta(minutes=i)
        questions.setdefault((b, q), []).append(
            {
                "id": f"{i:016x}",
                "role": f"role-{b % 9}",
                "prompt": "캐시 무효화 전략",
                "started_at": rfc3339(started),
                "submitted_at": rfc3339(started + timedelta(seconds=90)),
                "duration_ms": 90000,
                "text": "제가 TTL을 5분으로 두고 쓰기 때 캐시를 무효화했습니다. " * 4,
                "rating": 3,
                "mode": "practice",
                "time_limit_s": 120,
                "session_id": None,
            }
        )
    docs = []
    for (b, q), attempts in sorted(questions.items(), key=lambda kv: (f"bench-{kv[0][0]}", f"q{kv[0][1]}")):
        at = rfc3339(NOW)
        docs.append(
            {
                "bank_id": f"bench-{b}",
                "question_id": f"q{q}",
                "role": f"role-{b % 9}",
                "prompt": "캐시 무효화 전략",
                "talking_points": None,
                "attempts": attempts,
                "schedule": {
                    "state": "review",
                    "due": rfc3339(NOW + timedelta(days=3)),
                    "stability": 3.17,
                    "difficulty": 5.28,
                    "reps": 1,
                    "lapses": 0,
                    "last_review": at,
                },
                "review_log": [
                    {
                        "reviewed_at": at,
                        "rating": 3,
                        "state": "new",
                        "elapsed_days": 0.0,
                        "scheduled_days": 3.0,
                        "attempt_id": attempts[0]["id"],
                    }
                ],
            }
        )
    doc = {"format": "rehearse-export", "version": 2, "settings": {}, "questions": docs, "mocks": []}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


def floor(export, schema_db, out):
    with open(export, encoding="utf-8") as f:
        doc = json.load(f)
    schema = sqlite3.connect(schema_db).execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    )
    db = sqlite3.connect(out, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("BEGIN")
    for (sql,) in schema:
        db.execute(sql)
    for q in doc["questions"]:
        b, qid = q["bank_id"], q["question_id"]
        for a in q["attempts"]:
            db.execute(
                "INSERT OR IGNORE INTO attempts (id, bank_id, question_id, role, prompt, started_at,"
                " submitted_at, duration_ms, text, rating, mode, time_limit_s, session_id)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                (a["id"], b, qid, a["role"], a["prompt"], ms(a["started_at"]), ms(a["submitted_at"]),
                 a["duration_ms"], a["text"], a["rating"], a["mode"], a["time_limit_s"], a["session_id"]),
            )
        for r in q["review_log"]:
            db.execute(
                "INSERT INTO review_log (bank_id, question_id, reviewed_at, rating, state, elapsed_days,"
                " scheduled_days, attempt_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                (b, qid, ms(r["reviewed_at"]), r["rating"], r["state"], r["elapsed_days"],
                 r["scheduled_days"], r["attempt_id"]),
            )
        s = q["schedule"]
        if s:
            db.execute(
                "INSERT INTO cards (bank_id, question_id, role, prompt, state, due, stability,"
                " difficulty, reps, lapses, last_review) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                (b, qid, q["role"], q["prompt"], s["state"], ms(s["due"]), s["stability"],
                 s["difficulty"], s["reps"], s["lapses"], ms(s["last_review"])),
            )
    db.execute("COMMIT")
    db.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["gen"] and len(sys.argv) == 4:
        gen(int(sys.argv[2]), sys.argv[3])
    elif sys.argv[1:2] == ["floor"] and len(sys.argv) == 5:
        floor(*sys.argv[2:])
    else:
        sys.exit(__doc__)
