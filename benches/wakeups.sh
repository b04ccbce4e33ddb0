#!/bin/sh
# usage: benches/wakeups.sh NAME BINARY — 30 s idle on the answer screen under strace -f -c
name=$1; bin=$2; d=/tmp/wake/$name; rm -rf $d; mkdir -p $d/data $d/none
tmux -L w-$name new-session -d -x 120 -y 40 "echo \$\$ > $d/pid; exec env LC_ALL=C.UTF-8 REHEARSE_DATA_DIR=$d/data REHEARSE_BANKS_DIR=$d/none $bin practice"
sleep 2
pid=$(cat $d/pid)
timeout 30 strace -f -c -p $pid -o $d/strace.txt 2>/dev/null || true
tmux -L w-$name kill-server
grep -E "calls|poll|futex|nanosleep|write|ioctl|total" $d/strace.txt
