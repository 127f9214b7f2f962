#!/usr/bin/env bash
# Remake the README's screenshots: a sample book, a meeting in each state, the app on a
# virtual screen (../shared/tools/shoot installs Xvfb, xdotool, ImageMagick, CJK fonts).
set -euo pipefail
cd "$(dirname "$0")/../.."
py=.venv/bin/python
shoot=../shared/tools/shoot
work=$(mktemp -d)
book=$work/sample.sqlite
export RMCOACH_SHOTS_CONFIG=$work/config
make -s translations
$py -m rmcoach --db "$book" demo --clients 300 --seed 7 2>/dev/null
ids=$($py docs/screenshots/stage.py "$book")  # prints: CLIENT_NO PLANNED_ID LIVE_ID DONE_ID
read -r client planned live done <<<"$ids"
run() {  # [title=WINDOW] run NAME LANG ARGS... (the main window unless title names another)
  local name=$1 lang=$2; shift 2
  # the virtual pointer rests mid-screen: wait out the tooltip it raises over a list
  XDG_CONFIG_HOME=$work/config-$name $shoot "docs/screenshots/$name.png" --wait 13 \
    --title "${title:-RM Coach}" -- \
    $py main.py --db "$book" --lang "$lang" "$@" >/dev/null
  echo "docs/screenshots/$name.png"
}
run today-zh zh_CN --open today  # (without --open the app offers to resume the live meeting)
run today-en en --open today
run clients-zh zh_CN --open "client:$client"
run clients-en en --open "client:$client"
run prepare-zh zh_CN --open "meeting:$planned:prepare"
run prepare-en en --open "meeting:$planned:prepare"
run live-zh zh_CN --open "meeting:$live:live"
run live-en en --open "meeting:$live:live"
run wrapup-zh zh_CN --open "meeting:$live:wrapup"
run wrapup-en en --open "meeting:$live:wrapup"
run record-zh zh_CN --open "meeting:$done:record"
run calendar-zh zh_CN --open calendar
run calendar-en en --open calendar
title='^产品库$' run product-catalogue-zh zh_CN --open products  # the sample book's catalogue
QT_QPA_PLATFORM=offscreen $py docs/screenshots/grab_prepare.py "$book" "$planned" zh_CN \
  docs/screenshots/prepare-suitability-zh.png
echo docs/screenshots/prepare-suitability-zh.png
rm -rf "$work"
