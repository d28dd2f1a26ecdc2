# syntax=docker/dockerfile:1
# Build and test with the SDK, then ship only the published app on the runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore PaperBot.sln
RUN dotnet build PaperBot.sln -c Release --no-restore

FROM build AS test
RUN dotnet test PaperBot.sln -c Release --no-build

# Publishing from the test stage makes a failing test fail the image build.
FROM test AS publish
RUN dotnet publish src/PaperBot.Host/PaperBot.Host.csproj -c Release --no-restore -o /app

# The ASP.NET Core runtime: the optional HTTP listener (health, readiness, metrics, Discord interactions) runs on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=publish /app .
# The operator listener on the container's own loopback (no port is published): the HEALTHCHECK asks it.
ENV PAPERBOT_Storage__Path=/data/paperbot.db \
    PAPERBOT_Seeds__Path=/app/seeds \
    PAPERBOT_Http__Enabled=true
RUN mkdir -p /data && chown app:app /data
# The runtime images ship an unprivileged "app" user.
USER app
VOLUME /data
# The runtime image has no curl or wget: `paperbot health` asks /healthz and exits 0 when it answers ok.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["/app/paperbot", "health"]
ENTRYPOINT ["/app/paperbot", "run"]
