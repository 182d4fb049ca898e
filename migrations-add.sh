#!/usr/bin/env bash
# Adds a migration of the same name to every database provider: ./migrations-add.sh NAME
set -euo pipefail
cd "$(dirname "$0")"
name=${1:?usage: ./migrations-add.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --project Domain --startup-project Domain \
    --context "${provider}HalloBotDbContext" --output-dir "Persistence/Migrations/$provider"
done
