#!/bin/sh
# `npm run bench:peers`: installs the peer clients the benchmark compares against (the official
# `galileo` npm client, pinned in bench/peers/package.json) into bench/peers/node_modules.
# Kept out of the root package: the root `npm ci` never installs them.
set -eu
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --ignore-scripts
else
  npm install --no-audit --no-fund --ignore-scripts
fi
node -e 'console.log("installed galileo " + require("./node_modules/galileo/package.json").version + " into bench/peers/node_modules")'
