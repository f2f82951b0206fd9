#!/bin/sh
# Lints every BPMN model with the Camunda Modeler's rules (bpmnlint:recommended + camunda-platform-7-24).
# Called by ./mvnw verify (skip with -Dlint.skip) and so by .ci/run.
set -eu
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "bpmnlint needs Node.js and npm (apt-get install nodejs npm), or skip it with -Dlint.skip" >&2
  exit 1
fi
[ -x node_modules/.bin/bpmnlint ] || npm ci --no-audit --no-fund --loglevel=error
exec node_modules/.bin/bpmnlint --max-warnings=0 ../../processes/*.bpmn
