# Build stage: dev dependencies (TypeScript, Vite) compile src/ to dist/ and build the /explore page
# into dist/web/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY tools/build.mjs ./tools/build.mjs
COPY tools/web ./tools/web
COPY src ./src
RUN node tools/build.mjs && npx tsx tools/web/build.ts --force

# Runtime: production dependencies and the compiled JavaScript only (no tsx, no TypeScript sources).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY schema ./schema
COPY seeds ./seeds
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/qawl.js", "serve"]
