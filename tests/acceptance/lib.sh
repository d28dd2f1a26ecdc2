# Shared by discord.sh and slack.sh: PASS/FAIL lines, the published paperbot, a standalone fake, the bot's process.
# Sourced from the repository root; the caller sets $work (a temp folder) and traps cleanup.
pass=0; failn=0
ok()   { echo "PASS  $*"; pass=$((pass+1)); }
bad()  { echo "FAIL  $*"; failn=$((failn+1)); }
py()   { python3 -c "$@"; }
finish() { echo "$pass passed, $failn failed"; [ "$failn" = 0 ]; }

# PAPERBOT=/path/to/paperbot skips the publish and checks that binary instead.
publish_paperbot() {
  if [ -n "${PAPERBOT:-}" ]; then pbbin=$PAPERBOT; return; fi
  echo "publishing src/PaperBot.Host ..."
  dotnet publish src/PaperBot.Host -c Release -o "$work/bin" >"$work/publish.log" 2>&1 \
    || { bad "publish failed: $(tail -5 "$work/publish.log" | tr '\n' ' ')"; finish; exit 1; }
  pbbin="$work/bin/paperbot"
}

# start_fake fake-discord|fake-slack PORT: builds the benchmark console once, runs the fake as its own process and
# waits for its one-line JSON description on standard output (kept in $fakeinfo).
start_fake() {
  echo "building tests/PaperBot.Benchmarks ..."
  dotnet build tests/PaperBot.Benchmarks -c Release >"$work/fake-build.log" 2>&1 \
    || { bad "building the fake failed: $(tail -5 "$work/fake-build.log" | tr '\n' ' ')"; finish; exit 1; }
  dotnet tests/PaperBot.Benchmarks/bin/Release/net10.0/PaperBot.Benchmarks.dll "$1" --port "$2" >"$work/fake.out" 2>"$work/fake.err" & fakepid=$!
  control="http://127.0.0.1:$2/_fake"
  for _ in $(seq 1 100); do [ -s "$work/fake.out" ] && break; sleep 0.2; done
  fakeinfo=$(head -1 "$work/fake.out")
  [ -n "$fakeinfo" ] || { bad "the fake did not start: $(tail -3 "$work/fake.err" | tr '\n' ' ')"; finish; exit 1; }
}
info() { echo "$fakeinfo" | py 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

get()  { curl -sS --max-time 20 "$control/$1"; }
post() { curl -sS --max-time 20 -H 'Content-Type: application/json' -X POST --data "$2" "$control/$1"; }

# The bot: `paperbot run` in $work/data with the environment the caller exported; its output in $work/run-N.log.
runs=0
start_bot() {
  runs=$((runs+1)); botlog="$work/run-$runs.log"
  (cd "$work/data" && exec "$pbbin" --db "$work/data/paperbot.db" run </dev/null >"$botlog" 2>&1) & botpid=$!
}
pb() { (cd "$work/data" && "$pbbin" --db "$work/data/paperbot.db" "$@"); }

# wait_for SECONDS COMMAND...: true once COMMAND succeeds, polling every 0.2 s.
wait_for() {
  local limit=$1; shift
  local end=$((SECONDS + limit))
  while [ $SECONDS -lt $end ]; do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  "$@" >/dev/null 2>&1
}

cleanup() {
  [ -n "${botpid:-}" ] && kill "$botpid" 2>/dev/null && wait "$botpid" 2>/dev/null
  [ -n "${fakepid:-}" ] && kill "$fakepid" 2>/dev/null && wait "$fakepid" 2>/dev/null
  if [ "${KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}

# kill_during_delivery SLOW_JSON: the fake answers sends late (SLOW_JSON says which); once two of the channel's six
# digest messages are stored, the second's answer still on its way, the bot is killed with -9.
kill_during_delivery() {
  local status
  post slow "$1" >/dev/null
  wait_for 150 atleast 2
  kill -9 "$botpid"; wait "$botpid" 2>/dev/null; status=$?; botpid=
  atkill=$(stored)
  [ "$status" = 137 ] && [ "$atkill" -ge 1 ] && [ "$atkill" -lt 6 ] && ok "kill -9 during delivery: $atkill of 6 messages stored, one still unanswered" \
    || bad "kill -9 during delivery: exit $status, $atkill messages stored"
}

# stored: how many messages the fake holds in the digest's channel; atleast N: whether N or more.
stored() { get "messages?channel=$channel" | py 'import json,sys; print(len(json.load(sys.stdin)))'; }
atleast() { [ "$(stored)" -ge "$1" ]; }

# listed_beside_the_bot PLATFORM: `paperbot ratings list`, run beside the bot, shows $user's button and reaction
# ratings on PLATFORM, and the bot is still running.
listed() { pb ratings list --format json | py 'import json,sys
r=[x for x in json.load(sys.stdin) if x["platform"]==sys.argv[1] and x["user"]==sys.argv[2]]
sys.exit(0 if {"button","reaction"}<={x["source"] for x in r} else 1)' "$1" "$user"; }
listed_beside_the_bot() {
  wait_for 20 listed "$1" && kill -0 "$botpid" 2>/dev/null \
    && ok "ratings from a button and a reaction, listed while the bot runs: $(pb ratings list --format json | py 'import json,sys; print(", ".join(x["source"]+" "+x["thumb"]+" "+x["paper"] for x in json.load(sys.stdin)))')" \
    || bad "ratings list: $(pb ratings list --format json 2>&1 | head -c 400)"
}

# stop_bot: SIGTERM (docker stop) ends the bot within 30 s with exit 0 and its socket removed.
stop_bot() {
  local started=$SECONDS status
  kill -TERM "$botpid"; wait "$botpid"; status=$?; botpid=
  [ "$status" = 0 ] && [ ! -e "$work/data/paperbot.sock" ] && [ $((SECONDS - started)) -le 30 ] \
    && ok "stops on SIGTERM: exit 0 after $((SECONDS - started)) s, socket removed" \
    || bad "SIGTERM: exit $status after $((SECONDS - started)) s, $(ls "$work/data" | tr '\n' ' ')"
}
