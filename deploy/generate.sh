#!/usr/bin/env bash
# Regenerates the published deployment files from the code: ./deploy/generate.sh
#   deploy/sqlserver-migrations.sql          idempotent script of every SQL Server migration (dotnet ef)
#   deploy/elasticsearch-index-template.json settings and mapping of the Elasticsearch backend's listings index
# Run it after adding a migration or changing the Elasticsearch mapping; a test fails while either file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
dotnet build Domain -nologo -clp:ErrorsOnly
dotnet ef migrations script --idempotent --no-build --project Domain --startup-project Domain \
  --context SqlServerHalloBotDbContext --output deploy/sqlserver-migrations.sql

# The template is built by the same code the test compares it with (Tests/.../Operations/DeployFiles.cs).
HALLOBOT_WRITE_DEPLOY_FILES=1 dotnet test Tests/HalloBot.IntegrationTests -nologo \
  --filter "FullyQualifiedName~Operations.DeployFilesTests.IndexTemplate_Published_EqualsWhatTheElasticsearchBackendCreates"
echo "deploy/sqlserver-migrations.sql and deploy/elasticsearch-index-template.json are up to date."
