# syntax=docker/dockerfile:1
# Multi-stage build of the gateway: compile in one stage, run the compiled JavaScript (no tsx, no
# dev dependencies) as an unprivileged user in the other. `--target emulator` gives the bundled
# Linode emulator instead (for demos and load tests; compose.yaml's "demo" profile uses it).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/linode-facts/package.json packages/linode-facts/
COPY packages/linode-emulator/package.json packages/linode-emulator/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.build.json ./
COPY packages packages
COPY src src
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/linode-facts/package.json packages/linode-facts/
COPY packages/linode-emulator/package.json packages/linode-emulator/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist dist
COPY --from=build /app/packages/linode-facts/dist packages/linode-facts/dist
COPY packages/linode-facts/data/*.json packages/linode-facts/data/
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
COPY bin/gateway bin/gateway
CMD ["sh", "bin/gateway"]

FROM build AS emulator
ENV EMULATOR_PORT=4080 EMULATOR_HOST=0.0.0.0
EXPOSE 4080
CMD ["npm", "start", "-w", "linode-emulator"]
