#!/usr/bin/env bash
# Issue 12's process-level acceptance: a published `paperbot run`, pointed by PAPERBOT_Discord__* at the fake Discord
# running as its own process (tests/PaperBot.Benchmarks fake-discord), connects, registers /papers, answers a search
# within 3 s, stores ratings from a button and a reaction (seen by `paperbot ratings list --format json` while it
# runs), and delivers a channel digest exactly once across a kill -9 during its delivery.
# Usage, from anywhere:  bash tests/acceptance/discord.sh     (FAKE_PORT=5500, PAPERBOT=bin skips the publish, KEEP=1)
set -u
cd "$(dirname "$0")/../.."
work=$(mktemp -d); mkdir -p "$work/data"
. tests/acceptance/lib.sh
trap cleanup EXIT

publish_paperbot
start_fake fake-discord "${FAKE_PORT:-5500}"
guild=500; user=700; app=$(info applicationId)
channel=$(post channel '' | py 'import json,sys; print(json.load(sys.stdin)["id"])')

# INTERACTION_CREATE's d for /papers SUB [name=value ...] (a number is an integer option), by a member with PERMS;
# the interaction id comes from the token (each token is used once).
slash() { # slash TOKEN PERMS SUB [name=value ...]
  py 'import json,sys,zlib
app,guild,channel,user,token,perms,sub=sys.argv[1:8]; n=zlib.crc32(token.encode())
opts=[{"name":k,"type":4 if v.isdigit() else 3,"value":int(v) if v.isdigit() else v} for k,v in (a.split("=",1) for a in sys.argv[8:])]
print(json.dumps({"id":str(1200000000000000000+int(n)),"application_id":app,"type":2,"token":token,"version":1,
  "guild_id":guild,"channel_id":channel,"member":{"user":{"id":user,"username":"ada","global_name":"Ada"},"permissions":perms},
  "data":{"id":"900","name":"papers","type":1,"options":[{"type":1,"name":sub,"options":opts}]}}))' \
    "$app" "$guild" "$channel" "$user" "$@"
}
click() { # click TOKEN CUSTOM_ID COMPONENTS_JSON: a button on an ephemeral reply
  py 'import json,sys,zlib
app,guild,channel,user,token,custom,components=sys.argv[1:8]; n=zlib.crc32(token.encode())
print(json.dumps({"id":str(1200000000000000000+int(n)),"application_id":app,"type":3,"token":token,"version":1,
  "guild_id":guild,"channel_id":channel,"member":{"user":{"id":user,"username":"ada","global_name":"Ada"},"permissions":"0"},
  "data":{"custom_id":custom,"component_type":2},
  "message":{"id":"880","channel_id":channel,"flags":64,"components":json.loads(components)}}))' \
    "$app" "$guild" "$channel" "$user" "$@"
}
edit_of() { get "interactions/$1" | py 'import json,sys; e=json.load(sys.stdin)["edits"]; print(json.dumps(e[0])) if e else sys.exit(1)'; }
bot_ready() { get status | py 'import json,sys; sys.exit(0 if json.load(sys.stdin)["ready"] else 1)'; }

export PAPERBOT_Discord__Token=$(info token) PAPERBOT_Discord__ApplicationId=$app PAPERBOT_Discord__ApiBaseUrl=$(info apiBaseUrl)
# No network here: the scheduled feeds stay off. Digests are looked for every 2 s instead of every minute.
export PAPERBOT_Feeds__ArxivEnabled=false PAPERBOT_Feeds__HuggingFaceEnabled=false PAPERBOT_Scheduling__DispatchCron='0/2 * * * * ?'
start_bot

# 1. Connected: Identify, READY, and the bot's own log line.
wait_for 90 bot_ready && grep -q "Gateway shard 0 ready" "$botlog" \
  && ok "connects: GET /gateway/bot, Identify, READY; log: $(grep -o 'Gateway shard 0 ready.*' "$botlog" | head -1)" \
  || bad "did not connect: $(get status) $(tail -3 "$botlog" | tr '\n' ' ')"

# 2. /papers registered by a bulk overwrite.
registered() { get commands | py 'import json,sys
d=json.load(sys.stdin); c=d["commands"]
subs={o["name"] for o in c[0]["options"]} if len(c)==1 else set()
sys.exit(0 if d["overwrites"]>=1 and c[0]["name"]=="papers" and {"search","subscribe","recommend"}<=subs else 1)'; }
wait_for 30 registered && ok "registers /papers: $(get commands | py 'import json,sys; d=json.load(sys.stdin); print(d["overwrites"], "overwrite(s),", len(d["commands"][0]["options"]), "subcommands")')" \
  || bad "/papers not registered: $(get commands | head -c 300)"

# 3. A search: deferred within 3 s, then @original edited with cards.
answer=$(post interaction "$(slash tok-search 0 search 'query=spiking neural networks' top=3)")
ms=$(echo "$answer" | py 'import json,sys; d=json.load(sys.stdin); print(int(d["ms"]) if d["callbackType"]==5 else 99999)' 2>/dev/null || echo 99999)
wait_for 15 edit_of tok-search
cards=$(edit_of tok-search | py 'import json,sys; print(len(json.load(sys.stdin).get("embeds",[])))' 2>/dev/null || echo 0)
[ "$ms" -lt 3000 ] && [ "$cards" -ge 1 ] && ok "answers /papers search within 3 s: deferred (type 5) after $ms ms, then $cards card(s)" \
  || bad "search: answer $answer, $cards card(s)"

# 4. A 👍 button on the search reply: the click is answered within 3 s (type 7, the vote shown).
components=$(edit_of tok-search | py 'import json,sys; print(json.dumps(json.load(sys.stdin)["components"]))')
up=$(echo "$components" | py 'import json,sys; print(json.load(sys.stdin)[0]["components"][0]["custom_id"])')
answer=$(post button "$(click tok-click "$up" "$components")")
echo "$answer" | py 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d["callbackType"] in (6,7) and d["ms"]<3000 else 1)' \
  && ok "a 👍 button ($up) is answered: $answer" || bad "button: $answer"

# 5. The channel subscribes (Manage Channels) for the next minute, every day, 5 papers.
at=$(date -u -d "+$(( $(date -u +%S) > 45 ? 2 : 1 )) min" +%H:%M)
post interaction "$(slash tok-sub 16 subscribe "time=$at" tz=UTC days=daily size=5)" >/dev/null
wait_for 15 edit_of tok-sub
edit_of tok-sub | grep -qi "$at" && ok "the channel subscribes: digest at $at UTC" || bad "subscribe: $(edit_of tok-sub | head -c 300)"

# 6. Kill -9 during delivery: Discord answers each message 3 s late; once the header and the first card are stored
#    (the card's answer still on its way), the bot dies.
kill_during_delivery '{"route":"POST /channels/*/messages","ms":3000}'

start_bot
wait_for 90 bot_ready || bad "the restarted bot did not connect: $(tail -3 "$botlog" | tr '\n' ' ')"
digest() { get "messages?channel=$channel" | py 'import json,sys
m=json.load(sys.stdin); head=[x for x in m if x["content"].startswith("📚 PaperBot digest")]
cards=[x for x in m if len(x["embeds"])==1]; papers={x["customIds"][0].split(":")[2] for x in cards}
print(len(m), len(head), len(cards), len(papers))'; }
complete() { [ "$(digest)" = "6 1 5 5" ] || [ "$(digest | cut -d' ' -f3)" -ge 5 ]; }
wait_for 180 complete; sleep 5   # anything sent twice would come now
[ "$(digest)" = "6 1 5 5" ] && ok "the channel digest arrives exactly once across kill -9 and a restart: 6 messages (1 header, 5 cards, 5 papers)" \
  || bad "the channel digest after the restart (messages, headers, cards, papers): $(digest)"

# 7. A 👍 reaction on a digest card, and both ratings listed by `paperbot ratings list` beside the running bot.
card=$(get "messages?channel=$channel" | py 'import json,sys; print([x["id"] for x in json.load(sys.stdin) if len(x["embeds"])==1][0])')
post reaction "$(py 'import json,sys; g,c,m,u=sys.argv[1:5]; print(json.dumps({"user_id":u,"channel_id":c,"message_id":m,"guild_id":g,
  "member":{"user":{"id":u,"username":"ada"},"roles":[]},"emoji":{"id":None,"name":"👍"},"burst":False,"type":0}))' "$guild" "$channel" "$card" "$user")" >/dev/null
listed_beside_the_bot discord

stop_bot
finish
