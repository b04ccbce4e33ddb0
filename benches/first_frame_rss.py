#!/usr/bin/env python3
"""First frame and peak memory of the real binary, in tmux (120x40).

usage: benches/first_frame_rss.py RUNS FIXTURE_DIR BINARY [BINARY...]

FIXTURE_DIR is what `cargo run --release --example bench_fixture -- Q A DIR`
built. Its store is copied into a fresh data folder per binary (no bank
cache), the first run is cold (the cache is written), the rest warm; the
binaries' runs are interleaved. A run is timed from `tmux new-session`
until the home screen is on the pane (2 ms polls), and VmHWM (peak RSS)
is read from /proc at that moment.
"""
import os, shutil, statistics, subprocess, sys, time

runs, fixture, bins = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
work = '/tmp/first-frame-rss'
shutil.rmtree(work, ignore_errors=True)
results = {b: [] for b in bins}
for i, b in enumerate(bins):
    shutil.copytree(os.path.join(fixture, 'data'), f'{work}/{i}/data')
    shutil.rmtree(f'{work}/{i}/data/cache', ignore_errors=True)


def one(i, binary):
    pidf = f'{work}/{i}/pid'
    if os.path.exists(pidf):
        os.remove(pidf)
    cmd = (f'echo $$ > {pidf}; exec env LC_ALL=C.UTF-8 REHEARSE_DATA_DIR={work}/{i}/data '
           f'REHEARSE_BANKS_DIR={fixture}/banks {binary}')
    sock = f'first-frame-{os.getpid()}'
    t0 = time.monotonic()
    subprocess.run(['tmux', '-L', sock, 'new-session', '-d', '-x', '120', '-y', '40', cmd], check=True)
    try:
        while time.monotonic() - t0 < 30:
            pane = subprocess.run(['tmux', '-L', sock, 'capture-pane', '-p'],
                                  capture_output=True, text=True).stdout
            if '┌ rehearse' in pane and 'Today' in pane:
                ms = (time.monotonic() - t0) * 1000
                pid = open(pidf).read().strip()
                with open(f'/proc/{pid}/status') as f:
                    kb = next(int(l.split()[1]) for l in f if l.startswith('VmHWM'))
                return ms, kb / 1024
            time.sleep(0.002)
        raise SystemExit(f'{binary}: no home screen in 30 s')
    finally:
        subprocess.run(['tmux', '-L', sock, 'kill-server'], stderr=subprocess.DEVNULL)
        time.sleep(0.1)


for _ in range(runs):
    for i, b in enumerate(bins):
        results[b].append(one(i, b))
for b, r in results.items():
    warm = r[1:]
    line = f'{b}: cold {r[0][0]:.0f} ms, {r[0][1]:.1f} MB'
    if warm:
        line += (f'; warm median {statistics.median(x[0] for x in warm):.0f} ms, '
                 f'{statistics.median(x[1] for x in warm):.1f} MB '
                 f'(max {max(x[1] for x in warm):.1f} MB)')
    print(line)
