#!/usr/bin/env bash
# First install of Master Control on devices over SSH, from an inventory (docs/ssh-deploy.md).
# For each client: check SSH, rsync the project, rsync only its own workload configs (plus a
# generated daemon.yaml and its environment), then run deploy/remote-bootstrap.sh there.
# Updates after the first install travel over the fleet bus instead (docs/releases.md).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "${SCRIPT_DIR}/.." && pwd)"

usage() {
  cat <<'EOF'
Usage: deploy/deploy-clients.sh [options]

Installs Master Control on the clients of an inventory over SSH + rsync.

Options:
  --inventory FILE    inventory file (default: ./inventory.yaml, else configs/inventory.yaml)
  --client NAME       only this client (repeatable)
  --dry-run           print the ssh/rsync commands per client; contact no host, change nothing
  --sync-only         sync files only; do not run the remote bootstrap
  --ssh-opts 'OPTS'   extra ssh options, split on spaces, placed before the inventory's
                      (e.g. '-o UserKnownHostsFile=/tmp/kh -o StrictHostKeyChecking=accept-new')
  --skip-systemd      passed to remote-bootstrap.sh: do not install/start the systemd unit
  --no-install        passed to remote-bootstrap.sh: skip the Node check and `npm ci`
                      (node_modules must already be usable on the device)
  --connect-timeout S ssh ConnectTimeout in seconds (default 10)
  -h, --help          this help

For each client, in inventory order:
  1. ssh -o BatchMode=yes USER@HOST true            (connectivity; no password prompts)
  2. rsync -a --delete PROJECT/ HOST:INSTALL_DIR/    (node_modules, .git, tests, bench, data
                                                      dirs and logs excluded; see the doc)
  3. rsync -a --delete STAGED_CONFIG/ HOST:CONFIG_DIR/  (only the client's workloads, the
                                                      files they reference, daemon.yaml;
                                                      CONFIG_DIR/secrets and /tls are kept)
  4. ssh HOST bash INSTALL_DIR/deploy/remote-bootstrap.sh ...   (unless --sync-only)

Exit status: 0 when every client succeeded, 1 when any failed (they are named), 2 on a usage
or inventory error.
EOF
}

die() {
  printf 'deploy-clients: %s\n' "$*" >&2
  exit 2
}

INVENTORY=""
CLIENTS=()
DRY_RUN=0
SYNC_ONLY=0
SSH_OPTS=""
BOOTSTRAP_FLAGS=()
CONNECT_TIMEOUT=10

while [ $# -gt 0 ]; do
  case "$1" in
    --inventory)
      [ $# -ge 2 ] || die "--inventory needs a file"
      INVENTORY="$2"
      shift 2
      ;;
    --client)
      [ $# -ge 2 ] || die "--client needs a name"
      CLIENTS+=("$2")
      shift 2
      ;;
    --dry-run)
      DRY_RUN=1
      shift
      ;;
    --sync-only)
      SYNC_ONLY=1
      shift
      ;;
    --ssh-opts)
      [ $# -ge 2 ] || die "--ssh-opts needs a value"
      SSH_OPTS="$2"
      shift 2
      ;;
    --skip-systemd | --no-install)
      BOOTSTRAP_FLAGS+=("$1")
      shift
      ;;
    --connect-timeout)
      [ $# -ge 2 ] || die "--connect-timeout needs seconds"
      CONNECT_TIMEOUT="$2"
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

if [ -z "${INVENTORY}" ]; then
  if [ -f ./inventory.yaml ]; then
    INVENTORY=./inventory.yaml
  else
    INVENTORY="${PROJECT_DIR}/configs/inventory.yaml"
  fi
fi
[ -f "${INVENTORY}" ] || die "inventory ${INVENTORY} does not exist (--inventory FILE)"
[[ "${CONNECT_TIMEOUT}" =~ ^[0-9]+$ ]] || die "--connect-timeout must be whole seconds"

command -v node >/dev/null 2>&1 || die "node is required on the control host (it reads the inventory)"
if [ "${DRY_RUN}" = 0 ]; then
  command -v ssh >/dev/null 2>&1 || die "ssh is required (apt-get install openssh-client)"
  command -v rsync >/dev/null 2>&1 || die "rsync is required here and on every client (apt-get install rsync)"
fi

# Paths that never go to a device: dependencies (installed there by npm ci), VCS, tests,
# benchmarks, local state and logs of demos/controllers run in this checkout.
RSYNC_EXCLUDES=(
  --exclude=/node_modules
  --exclude=/.git/
  --exclude=/.ci/
  --exclude=/.demo/
  --exclude=/.mc-controller/
  --exclude=/.vitest-artifacts/
  --exclude=/coverage/
  --exclude=/test/
  --exclude=/bench/
  --exclude=/ui/node_modules
  --exclude=/inventory.yaml
  --exclude=/.env
  --exclude='*.log'
)
# Entries of the device's config dir that the sync must never delete or overwrite.
CONFIG_FILTERS=(--filter='P /secrets/' --filter='P /tls/')

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/mctl-deploy.XXXXXX")"
cleanup() { rm -rf -- "${STAGE}"; }
trap cleanup EXIT

INVENTORY_ARGS=(--inventory "${INVENTORY}" --stage "${STAGE}")
for c in "${CLIENTS[@]+"${CLIENTS[@]}"}"; do INVENTORY_ARGS+=(--client "$c"); done
if ! PLAN="$(node "${SCRIPT_DIR}/inventory.mjs" "${INVENTORY_ARGS[@]}")"; then
  printf 'deploy-clients: cannot use inventory %s (see above)\n' "${INVENTORY}" >&2
  exit 2
fi
[ -n "${PLAN}" ] || die "no client selected"

if [ ! -f "${PROJECT_DIR}/dist/cli/main.js" ]; then
  printf 'deploy-clients: note: %s/dist is not built (npm run build); devices will run the TypeScript sources through tsx (~50 MB more memory)\n' "${PROJECT_DIR}" >&2
fi

read -r -a EXTRA_SSH <<<"${SSH_OPTS}"

# Prints a command as one copy-pasteable shell line.
show() {
  local out="" arg
  for arg in "$@"; do out+="$(printf '%q' "${arg}") "; done
  printf '    %s\n' "${out% }"
}

# Quotes arguments for the remote shell.
remote_cmd() {
  local out="" arg
  for arg in "$@"; do out+="$(printf '%q' "${arg}") "; done
  printf '%s' "${out% }"
}

OK=()
FAILED=()
TOTAL="$(printf '%s\n' "${PLAN}" | wc -l | tr -d ' ')"
N=0

# One client. Prints progress lines; returns non-zero on the first failed step, after
# saying which step failed.
deploy_one() {
  local name="$1" host="$2" user="$3" port="$4" key="$5" install_dir="$6" config_dir="$7" stage="$8"
  local target="${user}@${host}"
  local ssh_cmd=(ssh "${EXTRA_SSH[@]+"${EXTRA_SSH[@]}"}" -p "${port}" -o BatchMode=yes -o "ConnectTimeout=${CONNECT_TIMEOUT}")
  if [ "${key}" != "-" ]; then ssh_cmd+=(-i "${key}" -o IdentitiesOnly=yes); fi
  # rsync takes the remote shell as one string; it splits it on spaces (so paths in
  # --ssh-opts and ssh_key must not contain spaces).
  local rsync_e="${ssh_cmd[*]}"
  local sudo=()
  local rsync_path=()
  if [ "${user}" != root ]; then
    sudo=(sudo -n)
    rsync_path=(--rsync-path="sudo -n rsync")
  fi
  local bootstrap=(bash "${install_dir}/deploy/remote-bootstrap.sh" --install-dir "${install_dir}"
    --config-dir "${config_dir}" --env-file "${install_dir}/.env.deploy"
    "${BOOTSTRAP_FLAGS[@]+"${BOOTSTRAP_FLAGS[@]}"}")
  local mkdirs=(mkdir -p -- "${install_dir}" "${config_dir}")

  local rsync_project=(rsync -a --delete "${rsync_path[@]+"${rsync_path[@]}"}" "${RSYNC_EXCLUDES[@]}"
    -e "${rsync_e}" "${PROJECT_DIR}/" "${target}:${install_dir}/")
  local rsync_config=(rsync -a --delete "${rsync_path[@]+"${rsync_path[@]}"}" "${CONFIG_FILTERS[@]}"
    -e "${rsync_e}" "${stage}/config/" "${target}:${config_dir}/")
  local rsync_env=(rsync "${rsync_path[@]+"${rsync_path[@]}"}" --chmod=F600 -e "${rsync_e}"
    "${stage}/env" "${target}:${install_dir}/.env.deploy")

  if [ "${DRY_RUN}" = 1 ]; then
    printf '  would run:\n'
    show "${ssh_cmd[@]}" "${target}" true
    show "${ssh_cmd[@]}" "${target}" "$(remote_cmd "${sudo[@]+"${sudo[@]}"}" "${mkdirs[@]}")"
    show "${rsync_project[@]}"
    show "${rsync_config[@]}"
    show "${rsync_env[@]}"
    if [ "${SYNC_ONLY}" = 0 ]; then
      show "${ssh_cmd[@]}" "${target}" "$(remote_cmd "${sudo[@]+"${sudo[@]}"}" "${bootstrap[@]}")"
    fi
    printf '  config dir %s would hold:\n' "${config_dir}"
    (cd "${stage}/config" && find . -mindepth 1 -maxdepth 2 | LC_ALL=C sort | sed 's|^\./|    |')
    return 0
  fi

  local out
  printf '  [1/4] ssh %s:%s ... ' "${target}" "${port}"
  if ! out="$("${ssh_cmd[@]}" "${target}" true 2>&1 </dev/null)"; then
    printf 'FAILED\n'
    printf '        cannot reach %s over SSH (BatchMode, key auth only): %s\n' "${target}" "${out//$'\n'/ }"
    return 1
  fi
  printf 'ok\n'

  printf '  [2/4] sync project to %s ... ' "${install_dir}"
  if ! out="$("${ssh_cmd[@]}" "${target}" "$(remote_cmd "${sudo[@]+"${sudo[@]}"}" "${mkdirs[@]}")" 2>&1 </dev/null)" ||
    ! out="$("${rsync_project[@]}" 2>&1 </dev/null)"; then
    printf 'FAILED\n        %s\n' "${out//$'\n'/$'\n'        }"
    return 1
  fi
  printf 'ok\n'

  printf '  [3/4] sync configs to %s ... ' "${config_dir}"
  if ! out="$("${rsync_config[@]}" 2>&1 </dev/null)" || ! out="$("${rsync_env[@]}" 2>&1 </dev/null)"; then
    printf 'FAILED\n        %s\n' "${out//$'\n'/$'\n'        }"
    return 1
  fi
  printf 'ok\n'

  if [ "${SYNC_ONLY}" = 1 ]; then
    printf '  [4/4] bootstrap skipped (--sync-only)\n'
    return 0
  fi
  printf '  [4/4] remote bootstrap ...\n'
  if ! "${ssh_cmd[@]}" "${target}" "$(remote_cmd "${sudo[@]+"${sudo[@]}"}" "${bootstrap[@]}")" </dev/null 2>&1 |
    sed 's/^/        /'; then
    printf '  [4/4] remote bootstrap FAILED\n'
    return 1
  fi
  printf '  [4/4] remote bootstrap ok\n'
}

MODE="deploy"
[ "${SYNC_ONLY}" = 1 ] && MODE="sync only"
[ "${DRY_RUN}" = 1 ] && MODE="${MODE}, dry run"
printf 'deploy-clients: %s client(s) from %s (%s)\n' "${TOTAL}" "${INVENTORY}" "${MODE}"

while IFS=$'\t' read -r name host user port key install_dir config_dir stage workloads; do
  N=$((N + 1))
  printf '[%s/%s] %s (%s@%s) workloads: %s\n' "${N}" "${TOTAL}" "${name}" "${user}" "${host}" "${workloads}"
  if deploy_one "${name}" "${host}" "${user}" "${port}" "${key}" "${install_dir}" "${config_dir}" "${stage}"; then
    OK+=("${name}")
  else
    FAILED+=("${name}")
  fi
done <<<"${PLAN}"

printf '\nsummary: %s ok, %s failed' "${#OK[@]}" "${#FAILED[@]}"
if [ "${DRY_RUN}" = 1 ]; then printf ' (dry run: nothing was changed)'; fi
printf '\n'
if [ ${#OK[@]} -gt 0 ]; then printf '  ok:     %s\n' "${OK[*]}"; fi
if [ ${#FAILED[@]} -gt 0 ]; then
  printf '  FAILED: %s\n' "${FAILED[*]}"
  exit 1
fi
