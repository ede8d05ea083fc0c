# Sourced by the bench scripts: builds Fundus in Release and starts `fundus serve` on a fresh data directory
# (the built-in seed) at 127.0.0.1:$1, waits until it answers, and stops it and removes the data on exit.
# Sets $server (the process id) and $data (the data directory).
start_seed_server() {
  local port=$1
  data=$(mktemp -d)
  server=""
  trap 'if [[ -n "$server" ]]; then kill "$server" 2>/dev/null; fi; rm -rf "$data"' EXIT
  dotnet build -c Release src/Fundus.Cli -v q -nologo >/dev/null
  dotnet src/Fundus.Cli/bin/Release/net10.0/fundus.dll serve --data "$data" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 150); do
    curl -fs "http://127.0.0.1:$port/api/search?q=Linz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "fundus serve did not answer on port $port" >&2
  return 1
}
