#!/usr/bin/env bash
# Runs ON a device (deploy-clients.sh calls it over SSH after syncing the project; it can also
# be run by hand): makes sure Node 20+ is there, installs the production dependencies, writes
# .env, validates the config dir and installs + starts the mctl-device systemd unit.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  cat <<'EOF'
Usage: remote-bootstrap.sh [options]

Prepares this device to run the Master Control daemon from an installed project copy.

Options:
  --install-dir DIR   the project copy (default: the directory above this script)
  --config-dir DIR    daemon.yaml + workload files (default /etc/master-control)
  --env-file FILE     KEY=VALUE lines to write to INSTALL_DIR/.env (the unit's EnvironmentFile);
                      the file is removed afterwards. Without it an existing .env is kept.
  --skip-systemd      do not install, enable or start the systemd unit (containers, tests,
                      machines without systemd)
  --no-install        do not check/install Node and skip `npm ci`: node_modules must already
                      be usable (tests link it; air-gapped devices may ship it)
  --no-node-install   check Node but never install it (fail with instructions instead)
  --unit-name NAME    systemd unit name (default mctl-device)
  -h, --help          this help

Steps:
  1. Node >= 20.19 on PATH, else (as root, Debian/Ubuntu) install Node 20 from NodeSource
     (needs internet; offline, install Node by hand and rerun).
  2. npm ci --omit=dev in INSTALL_DIR (with package-lock.json; dist/ is used when present,
     otherwise the TypeScript sources run through tsx, a production dependency).
  3. INSTALL_DIR/.env from --env-file (mode 0600).
  4. mctl validate --config-dir CONFIG_DIR; any problem stops here, nothing is started.
  5. deploy/systemd/mctl-device.service with this install/config dir -> /etc/systemd/system,
     daemon-reload, enable, restart; waits until the unit is active.
EOF
}

log() { printf 'bootstrap: %s\n' "$*"; }
die() {
  printf 'bootstrap: ERROR: %s\n' "$*" >&2
  exit 1
}

INSTALL_DIR="$(cd "${SCRIPT_DIR}/.." && pwd)"
CONFIG_DIR=/etc/master-control
ENV_FILE=""
SKIP_SYSTEMD=0
NO_INSTALL=0
NODE_INSTALL=1
UNIT_NAME=mctl-device
NODE_MAJOR=20

while [ $# -gt 0 ]; do
  case "$1" in
    --install-dir)
      [ $# -ge 2 ] || die "--install-dir needs a directory"
      INSTALL_DIR="$2"
      shift 2
      ;;
    --config-dir)
      [ $# -ge 2 ] || die "--config-dir needs a directory"
      CONFIG_DIR="$2"
      shift 2
      ;;
    --env-file)
      [ $# -ge 2 ] || die "--env-file needs a file"
      ENV_FILE="$2"
      shift 2
      ;;
    --skip-systemd)
      SKIP_SYSTEMD=1
      shift
      ;;
    --no-install)
      NO_INSTALL=1
      shift
      ;;
    --no-node-install)
      NODE_INSTALL=0
      shift
      ;;
    --unit-name)
      [ $# -ge 2 ] || die "--unit-name needs a name"
      UNIT_NAME="$2"
      shift 2
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      usage >&2
      die "unknown option: $1"
      ;;
  esac
done

[ -f "${INSTALL_DIR}/package.json" ] || die "${INSTALL_DIR} is not a Master Control project copy (no package.json)"
[ -d "${CONFIG_DIR}" ] || die "config dir ${CONFIG_DIR} does not exist"
[[ "${UNIT_NAME}" =~ ^[A-Za-z0-9_.@-]+$ ]] || die "--unit-name: invalid unit name ${UNIT_NAME}"
INSTALL_DIR="$(cd "${INSTALL_DIR}" && pwd)"
CONFIG_DIR="$(cd "${CONFIG_DIR}" && pwd)"
cd "${INSTALL_DIR}"

is_root() { [ "$(id -u)" = 0 ]; }

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'
}

install_node() {
  if ! is_root; then die "Node >= 20.19 is missing and this is not root: install Node 20 (https://nodejs.org) and rerun"; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    die "Node >= 20.19 is missing and this is not a Debian/Ubuntu system: install Node 20 by hand and rerun"
  fi
  log "installing Node ${NODE_MAJOR} from NodeSource (needs https://deb.nodesource.com)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq ca-certificates curl gnupg >/dev/null
  local setup
  setup="$(mktemp)"
  if ! curl -fsSL "https://deb.nodesource.com/setup_${NODE_MAJOR}.x" -o "${setup}"; then
    rm -f -- "${setup}"
    die "cannot download the NodeSource setup script (offline?). Install Node ${NODE_MAJOR} by hand (e.g. a tarball from nodejs.org unpacked to /usr/local) and rerun"
  fi
  bash "${setup}" >/dev/null
  rm -f -- "${setup}"
  apt-get install -y -qq nodejs >/dev/null
  node_ok || die "Node was installed but is still older than 20.19: $(node --version)"
}

# 1. Node
if [ "${NO_INSTALL}" = 1 ]; then
  node_ok || die "--no-install given but Node >= 20.19 is not on PATH"
  log "node $(node --version) (install steps skipped: --no-install)"
else
  if ! node_ok; then
    if [ "${NODE_INSTALL}" = 0 ]; then die "Node >= 20.19 is not on PATH (--no-node-install given)"; fi
    install_node
  fi
  log "node $(node --version), npm $(npm --version)"
fi

# 2. Dependencies
if [ "${NO_INSTALL}" = 1 ]; then
  [ -d node_modules ] || die "--no-install given but ${INSTALL_DIR}/node_modules does not exist"
else
  [ -f package-lock.json ] || die "${INSTALL_DIR}/package-lock.json is missing: npm ci needs it"
  log "npm ci --omit=dev"
  npm ci --omit=dev --no-audit --no-fund --loglevel=error
fi

# The entry point: the compiled build when it is there, else the sources through tsx.
if [ -f dist/cli/main.js ]; then
  ENTRY=(node "${INSTALL_DIR}/dist/cli/main.js")
else
  [ -f bin/mctl.js ] || die "neither dist/cli/main.js nor bin/mctl.js in ${INSTALL_DIR}"
  ENTRY=(node "${INSTALL_DIR}/bin/mctl.js")
  log "note: dist/ is not built; the daemon runs the TypeScript sources through tsx"
fi

# 3. Environment
if [ -n "${ENV_FILE}" ]; then
  [ -f "${ENV_FILE}" ] || die "env file ${ENV_FILE} does not exist"
  while IFS= read -r line || [ -n "${line}" ]; do
    [[ -z "${line}" || "${line}" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] || die "env file ${ENV_FILE}: not KEY=VALUE: ${line}"
  done <"${ENV_FILE}"
  tmp="$(mktemp "${INSTALL_DIR}/.env.XXXXXX")"
  {
    printf '# Written by deploy/remote-bootstrap.sh from the inventory; read by the %s unit.\n' "${UNIT_NAME}"
    cat -- "${ENV_FILE}"
  } >"${tmp}"
  chmod 600 "${tmp}"
  mv -f -- "${tmp}" "${INSTALL_DIR}/.env"
  if [ "$(cd "$(dirname "${ENV_FILE}")" && pwd)/$(basename "${ENV_FILE}")" != "${INSTALL_DIR}/.env" ]; then rm -f -- "${ENV_FILE}"; fi
  log "wrote ${INSTALL_DIR}/.env ($(grep -c '=' "${INSTALL_DIR}/.env" || true) variable(s))"
fi

# 4. Validate
log "validating ${CONFIG_DIR}"
if ! "${ENTRY[@]}" validate --config-dir "${CONFIG_DIR}"; then
  die "configuration in ${CONFIG_DIR} is invalid (see above); nothing was started"
fi

# 5. systemd
if [ "${SKIP_SYSTEMD}" = 1 ]; then
  log "systemd step skipped (--skip-systemd); start by hand: ${ENTRY[*]} up --config-dir ${CONFIG_DIR}"
  log "done"
  exit 0
fi
is_root || die "installing the systemd unit needs root (run as root or with sudo, or pass --skip-systemd)"
if ! command -v systemctl >/dev/null 2>&1 || [ ! -d /run/systemd/system ]; then
  die "systemd is not running on this machine; pass --skip-systemd and start the daemon another way"
fi
TEMPLATE="${INSTALL_DIR}/deploy/systemd/mctl-device.service"
[ -f "${TEMPLATE}" ] || die "unit template ${TEMPLATE} is missing"
NODE_BIN="$(command -v node)"
UNIT_FILE="/etc/systemd/system/${UNIT_NAME}.service"
# The template names /opt/master-control, /etc/master-control and /usr/bin/node; put in
# this device's paths and entry point (dist or sources). Node does the text replacement, so
# no character of a path is special.
node - "${TEMPLATE}" "${UNIT_FILE}.tmp" "${INSTALL_DIR}" "${CONFIG_DIR}" "${NODE_BIN}" "${ENTRY[1]}" <<'JS'
const fs = require('node:fs');
const [template, out, installDir, configDir, nodeBin, entry] = process.argv.slice(2);
const lines = fs.readFileSync(template, 'utf8').split('\n').map((line) => {
  if (line.startsWith('ExecStart=')) {
    // The template's node flags (the words between node and the entry) are kept.
    const words = line.slice('ExecStart='.length).split(' ');
    const flags = words.slice(1, words.findIndex((w, i) => i > 0 && !w.startsWith('--')));
    return `ExecStart=${[nodeBin, ...flags, entry].join(' ')} up --config-dir ${configDir}`;
  }
  if (line.startsWith('#')) return line;
  return line.split('/opt/master-control').join(installDir).split('/etc/master-control').join(configDir);
});
fs.writeFileSync(out, lines.join('\n'));
JS
mv -f -- "${UNIT_FILE}.tmp" "${UNIT_FILE}"
log "installed ${UNIT_FILE}"
systemctl daemon-reload
systemctl enable "${UNIT_NAME}.service" >/dev/null
systemctl restart "${UNIT_NAME}.service"
# Active once, then still active 3 s later (a daemon that exits at once is restarted by
# systemd and would flap between activating and active).
for _ in $(seq 1 20); do
  if systemctl is-active --quiet "${UNIT_NAME}.service"; then
    sleep 3
    if systemctl is-active --quiet "${UNIT_NAME}.service"; then
      log "${UNIT_NAME} is active"
      log "done"
      exit 0
    fi
    break
  fi
  sleep 0.5
done
systemctl --no-pager status "${UNIT_NAME}.service" >&2 || true
die "${UNIT_NAME} did not stay active (journalctl -u ${UNIT_NAME})"
