# 저장소 오류: 잠금, 손상된 데이터베이스, 더 새 스키마, 가득 찬 디스크,
# 백업, 가져올 수 없는 내보내기 파일.

store-busy = 다른 rehearse가 이미 데이터 폴더를 쓰고 있어요: { $folder }. 그쪽을 먼저 닫아 주세요(다른 폴더를 쓰려면 --data-dir DIR)
store-corrupt = 데이터베이스를 읽을 수 없어요: { $database } ({ $reason }). 파일은 건드리지 않았어요. 다른 곳으로 옮기거나 `rehearse restore`로 백업을 복원해 주세요
store-too-new = 더 새 버전의 rehearse가 만든 데이터베이스예요: { $database } (스키마 { $found }, 이 버전은 { $known }까지 알아요). rehearse를 업데이트해 주세요
store-no-backup = 백업 파일이 없어요: { $file }. `rehearse restore`를 FILE 없이 실행하면 있는 백업을 보여 줘요
store-backup-unsound = 백업이 무결성 검사를 통과하지 못해서 지웠어요: { $backup } ({ $reason }). 데이터베이스는 그대로예요
store-unwritable = 쓸 수 없어요: { $file } ({ $reason }). 아무것도 바뀌지 않았어요
store-folder = 데이터 폴더를 쓸 수 없어요: { $folder } ({ $reason })
store-disk-full = 디스크가 가득 차서 쓸 수 없어요: { $database } ({ $reason }). 공간을 비운 뒤 다시 해 주세요
store-sql = 데이터베이스 오류: { $database }: { $reason }
store-wal-unreadable = { $wal }에 아직 { $database }에 반영되지 않은 변경이 있는데 폴더에 쓸 수 없어요. 쓰기가 되는 곳에서 rehearse로 한 번 열어 주세요

## 데이터베이스를 읽을 수 없는 이유.

store-reason-not-sqlite = SQLite 데이터베이스가 아니에요
store-reason-page-size = 헤더에 적힌 페이지 크기가 { $size }{ JOSA($size, "이에요") }
store-reason-header = 헤더가 손상됐어요
store-reason-partial-page = 크기({ $size }바이트)가 { $page }바이트 페이지의 배수가 아니에요. 파일이 잘렸어요
store-reason-cut-short = 페이지가 { $pages }개여야 하는데 { $held }개뿐이에요. 파일이 잘렸어요
store-reason-integrity = 무결성 검사에 실패했어요: { $problem }
store-reason-integrity-more = 무결성 검사에 실패했어요: { $problem } 외 문제 { $more }개
store-reason-empty = 파일이 비어 있어요
store-reason-not-rehearse = rehearse 데이터베이스가 아니에요
store-reason-immutable = 변경 불가나 추가 전용으로 설정돼 있어요(`lsattr`로 확인하고 `chattr -i`로 풀 수 있어요)

## 시스템이 알려 준 오류의 종류.

store-io-not-found = 파일이나 폴더가 없어요
store-io-permission-denied = 권한이 없어요
store-io-already-exists = 같은 이름의 파일이 이미 있어요
store-io-storage-full = 디스크에 남은 공간이 없어요
store-io-quota-exceeded = 디스크 할당량을 넘었어요
store-io-read-only = 읽기 전용 파일 시스템이에요
store-io-is-a-directory = 파일이 아니라 폴더예요
store-io-not-a-directory = 폴더가 아니에요
store-io-invalid-filename = 파일 이름이 올바르지 않아요

## 가져올 수 없는 내보내기 파일(파일이나 그 안의 위치 뒤에 붙어요).

store-export-wrong-format = rehearse 내보내기 파일이 아니에요(format이 `{ $format }`{ JOSA($format, "이에요") }. `{ $expected }`{ JOSA($expected, "이") } 와야 해요)
store-export-no-format = rehearse 내보내기 파일이 아니에요(`format`이 없어요. `{ $expected }`{ JOSA($expected, "이") } 있어야 해요)
store-export-version-unsupported = 내보내기 버전 { $version }{ JOSA($version, "은") } 지원하지 않아요(이 rehearse는 버전 { $reads }{ JOSA($reads, "을") } 읽어요)
store-export-version-newer = 내보내기 버전 { $version }{ JOSA($version, "은") } 이 rehearse가 읽을 수 있는 것(버전 1~{ $reads })보다 새로워요. 가져오려면 rehearse를 업데이트해 주세요
store-export-version-unknown = 내보내기 버전 { $version }{ JOSA($version, "은") } rehearse가 만드는 버전이 아니에요(이 rehearse는 버전 1~{ $reads }{ JOSA($reads, "을") } 읽어요)
store-export-no-version = 내보내기 파일에 `version`이 없어요(이 rehearse는 버전 1~{ $reads }{ JOSA($reads, "을") } 읽어요)
store-export-syntax = 올바른 rehearse 내보내기 파일이 아니에요: { $reason }
store-export-empty-key = bank_id와 question_id가 비어 있으면 안 돼요
store-export-attempt-times = 시각은 2026-11-25T09:30:00.000Z 같은 RFC 3339 형식이어야 해요
store-export-rating = rating은 1에서 4 사이여야 해요
store-export-review = RFC 3339 시각과 1에서 4 사이의 rating이 있어야 해요
store-export-schedule-times = due와 last_review는 RFC 3339 시각이어야 해요
store-export-story-time = story.updated_at은 RFC 3339 시각이어야 해요
store-export-changed = 가져오는 동안 파일이 바뀌었어요. 아무것도 쓰지 않았으니 다시 가져와 주세요
store-export-mock-id = id가 비어 있으면 안 돼요
store-export-mock-times = started_at과 finished_at은 2026-11-25T09:30:00.000Z 같은 RFC 3339 시각이어야 해요
store-export-mock-elapsed = elapsed_ms는 음수일 수 없어요
store-export-mock-position = position { $position }{ JOSA($position, "이") } 항목 { $items }개를 넘어요
store-export-mock-follow-up-of = items[{ $item }].follow_up_of는 앞에 있는 항목을 가리켜야 해요
store-export-mock-report = report는 JSON 객체나 null이어야 해요
