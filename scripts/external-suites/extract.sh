#!/bin/sh
# Copies the labelled test files of public suites that external-accuracy reads into OUT (outside
# the repository; nothing of them is committed). Usage:
#   scripts/external-suites/extract.sh SEMGREP_RULES_GIT MOBSFSCAN_GIT OUT
# where the first two are clones (or bare mirrors) of github.com/semgrep/semgrep-rules and
# github.com/MobSF/mobsfscan; the commits measured are pinned below.
set -eu
SEMGREP=$1; MOBSF=$2; OUT=$3
SEMGREP_COMMIT=157ae4706d7f54aa33647332f234dd68f30da195
MOBSF_COMMIT=d564d5858face141caf984437c922a9bc55b03b0
get() { mkdir -p "$3/$(dirname "$4")"; git --git-dir="$1" show "$2:$4" > "$3/$4"; }
gitdir() { if [ -d "$1/.git" ]; then echo "$1/.git"; else echo "$1"; fi; }
S=$(gitdir "$SEMGREP"); M=$(gitdir "$MOBSF")
for p in \
  java/android/best-practice/manifest-security-features.xml \
  java/android/best-practice/network-security-config.xml \
  java/lang/security/audit/crypto/ssl/insecure-hostname-verifier.java \
  java/lang/security/audit/crypto/ssl/insecure-trust-manager.java \
  javascript/sequelize/security/audit/sequelize-tls-disabled-cert-validation.js \
  problem-based-packs/insecure-transport/go-stdlib/bypass-tls-verification.go \
  problem-based-packs/insecure-transport/java-spring/bypass-tls-verification.java \
  problem-based-packs/insecure-transport/java-stdlib/bypass-tls-verification.java \
  problem-based-packs/insecure-transport/js-node/bypass-tls-verification.js \
  python/lang/security/audit/network/disabled-cert-validation.py \
  python/lang/security/unverified-ssl-context.py \
  python/requests/security/disabled-cert-validation.py
do get "$S" $SEMGREP_COMMIT "$OUT/semgrep-rules" "$p"; done
for p in \
  tests/assets/rules/semgrep/best_practices/tls_pinning.java \
  tests/assets/rules/semgrep/network/accept_self_signed.java \
  tests/assets/rules/semgrep/webview/webview_ignore_ssl_errors.java
do get "$M" $MOBSF_COMMIT "$OUT/mobsfscan" "$p"; done
# The two semgrep XML files hold several documents each (and the manifest puts comments inside a
# start tag), which no XML parser accepts. Split them into one file per document, keeping every
# line where it was (other documents' lines left blank) so the annotations still point right, and
# turn a comment inside a start tag into an attribute that carries the same annotation text.
node "$(dirname "$0")/split-xml-documents.js" \
  "$OUT/semgrep-rules/java/android/best-practice/manifest-security-features.xml" \
  "$OUT/semgrep-rules/java/android/best-practice/network-security-config.xml"
