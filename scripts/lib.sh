# shellcheck shell=bash
# Helpers shared by scripts/run and scripts/test. Source this file; it defines
# functions only (plus RAPI_ROOT / RAPI_BUILD_DIR) and does not change shell options.

RAPI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RAPI_BUILD_DIR=${RAPI_BUILD_DIR:-$RAPI_ROOT/build}
RAPI_PG_BIN=/usr/lib/postgresql/15/bin

RAPI_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev libqt6opengl6-dev
  catch2 libsodium-dev libxlsxwriter-dev sqlite3
  postgresql-15 postgresql-client-15
  xvfb xauth x11-utils imagemagick poppler-utils
  fonts-dejavu-core fontconfig tzdata locales unzip
)

rapi_die() { echo "rapi: $*" >&2; exit 1; }

# Install only the Debian packages that are missing, so re-runs skip apt entirely.
rapi_install_deps() {
  local pkg missing=()
  for pkg in "${RAPI_PACKAGES[@]}"; do
    # "deinstall ok config-files" etc. count as missing; only a full install counts.
    [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) == "install ok installed" ]] ||
      missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0

  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null ||
      rapi_die "missing packages and not root (no sudo either); as root run:
  apt-get install --no-install-recommends ${missing[*]}"
    sudo=(sudo)
  fi
  echo "rapi: installing ${missing[*]}" >&2
  # Another apt/dpkg may be running (e.g. unattended upgrades): wait for its lock.
  local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
  "${apt[@]}" update ||
    rapi_die "apt-get update failed; needed packages: ${missing[*]}"
  "${apt[@]}" install -y --no-install-recommends "${missing[@]}" ||
    rapi_die "apt-get install failed; needed packages: ${missing[*]}"
}

# rapi_build [Release|Debug]: configure (Ninja) and build into $RAPI_BUILD_DIR.
rapi_build() {
  local type=${1:-Release}
  cmake -S "$RAPI_ROOT" -B "$RAPI_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" ||
    rapi_die "cmake configure failed"
  cmake --build "$RAPI_BUILD_DIR" -j"$(nproc)" || rapi_die "build failed"
}

# Run a PostgreSQL server binary as the cluster owner. initdb/pg_ctl refuse to
# run as root, so root delegates to the "postgres" user from the Debian package.
# The cd avoids "could not change directory" noise when postgres can't read $PWD.
_rapi_pg() {
  local tool=$1; shift
  if ((EUID == 0)); then
    (cd "$RAPI_PG_DIR" && runuser -u postgres -- "$RAPI_PG_BIN/$tool" "$@")
  else
    (cd "$RAPI_PG_DIR" && "$RAPI_PG_BIN/$tool" "$@")
  fi
}

# Stop the throwaway cluster and delete its files; safe to call more than once.
rapi_stop_postgres() {
  [[ -n ${RAPI_PG_DIR:-} && -d $RAPI_PG_DIR ]] || return 0
  if [[ -f $RAPI_PG_DIR/data/postmaster.pid ]]; then
    _rapi_pg pg_ctl -D "$RAPI_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$RAPI_PG_DIR"
  RAPI_PG_DIR=
}

# Start a private PostgreSQL 15 cluster on 127.0.0.1 (not the system one on 5432),
# create database rapi_test and export RAPI_TEST_PG. An EXIT trap (replacing any
# earlier one) removes it again, also on failure or Ctrl-C.
rapi_start_postgres() {
  [[ -x $RAPI_PG_BIN/initdb ]] || rapi_die "PostgreSQL 15 not found in $RAPI_PG_BIN"
  local user
  if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || rapi_die "running as root but there is no 'postgres' user"
    user=postgres
  else
    user=$(id -un)
  fi

  RAPI_PG_DIR=$(mktemp -d -t rapi-pg.XXXXXX) || rapi_die "mktemp failed"
  # Without INT/TERM traps, bash may die from the signal without running EXIT.
  trap rapi_stop_postgres EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if ((EUID == 0)); then
    chown postgres: "$RAPI_PG_DIR" # mktemp made it 0700 for root
  fi

  _rapi_pg initdb -D "$RAPI_PG_DIR/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$RAPI_PG_DIR/initdb.log" 2>&1 ||
    { cat "$RAPI_PG_DIR/initdb.log" >&2; rapi_die "initdb failed"; }

  # First free port from 55432 (a successful connect means something listens there).
  local port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    ((++port < 55532)) || rapi_die "no free port in 55432-55531"
  done

  # Loopback only, socket inside the temp dir, durability off: it's throwaway.
  cat >>"$RAPI_PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$RAPI_PG_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

  _rapi_pg pg_ctl -D "$RAPI_PG_DIR/data" -l "$RAPI_PG_DIR/server.log" -w start >/dev/null ||
    { cat "$RAPI_PG_DIR/server.log" >&2; rapi_die "PostgreSQL failed to start on port $port"; }
  "$RAPI_PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$user" rapi_test ||
    rapi_die "createdb rapi_test failed"

  export RAPI_TEST_PG="postgresql://$user@127.0.0.1:$port/rapi_test"
  echo "rapi: test PostgreSQL at $RAPI_TEST_PG (data in $RAPI_PG_DIR)" >&2
}
