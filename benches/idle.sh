#!/bin/sh
# usage: benches/idle.sh NAME BINARY  — the binary in tmux (120x40) on the answer screen, idle 60 s
set -e
name=$1; bin=$2; d=/tmp/idle15i/$name; rm -rf $d; mkdir -p $d/data $d/none
tmux -L idle-$name new-session -d -x 120 -y 40 "echo \$\$ > $d/pid; exec env LC_ALL=C.UTF-8 REHEARSE_DATA_DIR=$d/data REHEARSE_BANKS_DIR=$d/none $bin practice"
sleep 3
tmux -L idle-$name send-keys Escape; sleep 1   # the first-run role question, if asked
pid=$(cat $d/pid)
tmux -L idle-$name capture-pane -p | head -8 > $d/screen.txt
tick=$(getconf CLK_TCK)
t0=$(awk '{print $14+$15}' /proc/$pid/stat)
sleep 60
t1=$(awk '{print $14+$15}' /proc/$pid/stat)
# then, separately (strace's own cost stays out of the CPU figure): writes and opens in 60 s
timeout 60 strace -f -c -e trace=write,openat -p $pid -o $d/strace.txt || true
echo "$name: cpu ticks over 60 s: $((t1-t0)) (CLK_TCK $tick) = $(echo "scale=3; ($t1-$t0)*100/$tick/60" | bc) %"
cat $d/strace.txt
tmux -L idle-$name kill-server
