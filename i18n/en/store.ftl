# The store's errors: the lock, a damaged database, a newer schema, a full
# disk, backups, and an export that cannot be imported.

store-busy = another rehearse is already using the data folder { $folder }; close it first (or pass --data-dir DIR to use another folder)
# $reason: what is wrong with it (one of store-reason-* below, or SQLite's words).
store-corrupt = the database { $database } cannot be read ({ $reason }); it was left untouched: move it aside or run `rehearse restore` to restore a backup
store-too-new = the database { $database } was written by a newer rehearse (schema { $found }, this one knows { $known }); upgrade rehearse
store-no-backup = there is no backup { $file }; `rehearse restore` with no FILE lists the backups there are
store-backup-unsound = the backup { $backup } failed its integrity check ({ $reason }), so it was deleted; the database itself was not changed
store-unwritable = cannot write { $file } ({ $reason }); nothing was changed
store-folder = cannot use the data folder { $folder }: { $reason }
store-disk-full = the disk is full: cannot write { $database } ({ $reason }); free some space and try again
store-sql = database error in { $database }: { $reason }
store-wal-unreadable = { $wal } holds changes not yet in { $database } and the folder cannot be written; open it once with rehearse where the folder is writable

## Why a database cannot be read.

store-reason-not-sqlite = it is not a SQLite database
store-reason-page-size = its header names a page size of { $size }
store-reason-header = its header is damaged
store-reason-partial-page = its size ({ $size } bytes) is not a whole number of { $page }-byte pages; it was cut short
store-reason-cut-short = it should hold { $pages } pages but holds { $held }; it was cut short
store-reason-integrity = its integrity check failed: { $problem }
store-reason-integrity-more = its integrity check failed: { $problem } and { $more ->
        [one] { $more } more problem
       *[other] { $more } more problems
    }
store-reason-empty = the file is empty
store-reason-not-rehearse = it is not a rehearse database
store-reason-immutable = it was made immutable or append-only (see `lsattr`; `chattr -i` undoes it)

## What the system said, by kind (the English interface shows the
## system's own words instead).

store-io-not-found = No such file or directory
store-io-permission-denied = Permission denied
store-io-already-exists = File exists
store-io-storage-full = No space left on device
store-io-quota-exceeded = Disk quota exceeded
store-io-read-only = Read-only file system
store-io-is-a-directory = Is a directory
store-io-not-a-directory = Not a directory
store-io-invalid-filename = Invalid file name

## An export that cannot be imported (after the file, or the place in it).

store-export-wrong-format = not a rehearse export (format is `{ $format }`, expected `{ $expected }`)
store-export-no-format = not a rehearse export (it has no `format`, expected `{ $expected }`)
store-export-version-unsupported = export version { $version } is not supported (this rehearse reads version { $reads })
store-export-version-newer = export version { $version } is newer than this rehearse reads (versions 1 to { $reads }); upgrade rehearse to import it
store-export-version-unknown = export version { $version } is not one rehearse writes (this one reads versions 1 to { $reads })
store-export-no-version = the export has no `version` (this rehearse reads versions 1 to { $reads })
# $reason: the JSON reader's words.
store-export-syntax = not a valid rehearse export: { $reason }
store-export-empty-key = bank_id and question_id must not be empty
store-export-attempt-times = times must be RFC 3339, like 2026-11-25T09:30:00.000Z
store-export-rating = rating must be 1 to 4
store-export-review = needs an RFC 3339 time and a rating of 1 to 4
store-export-schedule-times = due and last_review must be RFC 3339 times
store-export-story-time = story.updated_at must be an RFC 3339 time
store-export-changed = the file changed while it was being imported; nothing was written: import it again
store-export-mock-id = id must not be empty
store-export-mock-times = started_at and finished_at must be RFC 3339 times, like 2026-11-25T09:30:00.000Z
store-export-mock-elapsed = elapsed_ms must not be negative
store-export-mock-position = position { $position } is past its { $items } items
store-export-mock-follow-up-of = items[{ $item }].follow_up_of must name an earlier item
store-export-mock-report = report must be a JSON object or null
