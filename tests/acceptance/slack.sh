#!/usr/bin/env bash
# Issue 13's process-level acceptance: a published `paperbot run`, pointed by PAPERBOT_Slack__* at the fake Slack
# running as its own process (tests/PaperBot.Benchmarks fake-slack), opens a Socket Mode socket, answers
# `/papers search` within 3 s, stores ratings from a button and a reaction (seen by `paperbot ratings list --format
# json` while it runs), and delivers a channel digest exactly once across a kill -9 during its delivery.
# Usage, from anywhere:  bash tests/acceptance/slack.sh     (FAKE_PORT=5600, PAPERBOT=bin skips the publish, KEEP=1)
set -u
cd "$(dirname "$0")/../.."
work=$(mktemp -d); mkdir -p "$work/data"
. tests/acceptance/lib.sh
trap cleanup EXIT

publish_paperbot
start_fake fake-slack "${FAKE_PORT:-5600}"
team=$(info teamId); user=U700; channel=C600; responses=$(info responseUrlBase)
# Ada created the channel, so she may subscribe it (Slack:ChannelManagers defaults to admins and the creator).
post user "{\"id\":\"$user\",\"realName\":\"Ada Lovelace\",\"tz\":\"Europe/London\"}" >/dev/null
post channel "{\"id\":\"$channel\",\"creator\":\"$user\"}" >/dev/null

slash() { # slash NAME TEXT: the slash_commands payload of `/papers TEXT`, answering to response_url NAME
  py 'import json,sys
team,channel,user,responses,name,text=sys.argv[1:7]
print(json.dumps({"token":"deprecated","team_id":team,"team_domain":"fake","channel_id":channel,"channel_name":"paper-club",
  "user_id":user,"user_name":"ada","command":"/papers","text":text,"api_app_id":"A0FAKE","response_url":responses+name,"trigger_id":name}))' \
    "$team" "$channel" "$user" "$responses" "$@"
}
click() { # click NAME ACTION_ID BLOCKS_JSON: a button on an ephemeral reply, answering to response_url NAME
  py 'import json,sys
team,channel,user,responses,name,action,blocks=sys.argv[1:8]
print(json.dumps({"type":"block_actions","user":{"id":user,"username":"ada","name":"ada","team_id":team},"api_app_id":"A0FAKE",
  "container":{"type":"message","message_ts":"1700000000.000900","channel_id":channel,"is_ephemeral":True},"trigger_id":name,
  "team":{"id":team,"domain":"fake"},"channel":{"id":channel,"name":"paper-club"},"response_url":responses+name,
  "message":{"type":"message","ts":"1700000000.000900","text":"cards","blocks":json.loads(blocks)},
  "actions":[{"action_id":action,"block_id":"b1","value":action,"type":"button","action_ts":"1700000001.000001"}]}))' \
    "$team" "$channel" "$user" "$responses" "$@"
}
# The reply to a slash command: the ack's payload when the bot answered at once, else its first response_url post.
reply_of() { # reply_of ACK_JSON NAME
  echo "$1" | py 'import json,sys; p=json.load(sys.stdin).get("payload"); print(json.dumps(p)) if p and p.get("blocks") else sys.exit(1)' \
    || { wait_for 15 responded "$2"; get "responses/$2" | py 'import json,sys; print(json.dumps(json.load(sys.stdin)[0]))'; }
}
responded() { get "responses/$1" | py 'import json,sys; sys.exit(0 if json.load(sys.stdin) else 1)'; }
ack_ms() { echo "$1" | py 'import json,sys; print(int(json.load(sys.stdin)["ms"]))' 2>/dev/null || echo 99999; }
socket_open() { get status | py 'import json,sys; sys.exit(0 if json.load(sys.stdin)["openSockets"]>=1 else 1)'; }

export PAPERBOT_Slack__BotToken=$(info botToken) PAPERBOT_Slack__AppToken=$(info appToken) PAPERBOT_Slack__ApiBaseUrl=$(info apiBaseUrl)
# No network here: the scheduled feeds stay off. Digests are looked for every 2 s instead of every minute.
export PAPERBOT_Feeds__ArxivEnabled=false PAPERBOT_Feeds__HuggingFaceEnabled=false PAPERBOT_Scheduling__DispatchCron='0/2 * * * * ?'
start_bot

# 1. Connected: apps.connections.open, a socket, hello, and the bot's own log lines.
wait_for 90 socket_open && wait_for 10 grep -q "Slack socket .* connected" "$botlog" \
  && ok "opens a socket: $(get status); log: $(grep -o 'Connected to Slack workspace.*' "$botlog" | head -1)" \
  || bad "no socket: $(get status) $(tail -3 "$botlog" | tr '\n' ' ')"

# 2. A search: acked within 3 s, with cards (in the ack or through response_url).
ack=$(post slash "$(slash search1 'search spiking neural networks top:3')")
ms=$(ack_ms "$ack"); reply=$(reply_of "$ack" search1)
cards=$(echo "$reply" | py 'import json,sys; print(sum(b["type"]=="actions" for b in json.load(sys.stdin)["blocks"]))' 2>/dev/null || echo 0)
[ "$ms" -lt 3000 ] && [ "$cards" -ge 1 ] && ok "answers /papers search within 3 s: acked after $ms ms, $cards card(s)" \
  || bad "search: ack $ack, reply $(echo "$reply" | head -c 300)"

# 3. A 👍 button on the search reply: acked within 3 s, the vote shown through its response_url.
blocks=$(echo "$reply" | py 'import json,sys; print(json.dumps(json.load(sys.stdin)["blocks"]))')
up=$(echo "$blocks" | py 'import json,sys; print([b for b in json.load(sys.stdin) if b["type"]=="actions"][0]["elements"][0]["action_id"])')
ack=$(post button "$(click click1 "$up" "$blocks")")
[ "$(ack_ms "$ack")" -lt 3000 ] && wait_for 15 responded click1 \
  && ok "a 👍 button ($up) is acked after $(ack_ms "$ack") ms and the vote shown" || bad "button: ack $ack, responses $(get responses/click1 | head -c 200)"

# 4. The channel subscribes (its creator) for the next minute, every day, 5 papers.
at=$(date -u -d "+$(( $(date -u +%S) > 45 ? 2 : 1 )) min" +%H:%M)
ack=$(post slash "$(slash sub1 "subscribe time:$at tz:UTC days:daily size:5")")
reply_of "$ack" sub1 | grep -q "$at" && ok "the channel subscribes: digest at $at UTC" || bad "subscribe: $(reply_of "$ack" sub1 | head -c 300)"

# 5. Kill -9 during delivery: Slack answers each chat.postMessage 3 s late; once the header and the first card are
#    stored (the card's answer still on its way), the bot dies.
kill_during_delivery '{"method":"chat.postMessage","ms":3000}'

start_bot
wait_for 90 socket_open || bad "the restarted bot opened no socket: $(tail -3 "$botlog" | tr '\n' ' ')"
digest() { get "messages?channel=$channel" | py 'import json,sys
m=json.load(sys.stdin); head=[x for x in m if (x["text"] or "").startswith("📚 PaperBot digest")]
cards=[x for x in m if any(b["type"]=="actions" for b in x.get("blocks") or [])]
papers={[b for b in x["blocks"] if b["type"]=="actions"][0]["elements"][0]["action_id"].split(":")[2] for x in cards}
keys={x["metadata"]["event_payload"]["key"] for x in m if x.get("metadata")}
print(len(m), len(head), len(cards), len(papers), len(keys))'; }
complete() { [ "$(digest | cut -d' ' -f3)" -ge 5 ]; }
wait_for 180 complete; sleep 5   # anything sent twice would come now
[ "$(digest)" = "6 1 5 5 6" ] && ok "the channel digest arrives exactly once across kill -9 and a restart: 6 messages (1 header, 5 cards, 5 papers, 6 keys)" \
  || bad "the channel digest after the restart (messages, headers, cards, papers, keys): $(digest)"

# 6. A 👍 reaction on a digest card, and both ratings listed by `paperbot ratings list` beside the running bot.
ts=$(get "messages?channel=$channel" | py 'import json,sys; print([x["ts"] for x in json.load(sys.stdin) if any(b["type"]=="actions" for b in x.get("blocks") or [])][0])')
post reaction "$(py 'import json,sys; t,c,ts,u,bot=sys.argv[1:6]; print(json.dumps({"token":"deprecated","team_id":t,"api_app_id":"A0FAKE",
  "event":{"type":"reaction_added","user":u,"item":{"type":"message","channel":c,"ts":ts},"reaction":"+1","item_user":bot,"event_ts":"1700000002.000001"},
  "type":"event_callback","event_id":"Ev-accept-1","event_time":1700000002}))' "$team" "$channel" "$ts" "$user" "$(info botUserId)")" >/dev/null
listed_beside_the_bot slack

stop_bot
finish
