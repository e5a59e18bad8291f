# The explorer page (/explore) is built with the dev dependencies (Vite, Cytoscape, urql, the font),
# then only its static output goes into the runtime image.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
COPY tools/web ./tools/web
RUN npx tsx tools/web/build.ts --force

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY schema ./schema
COPY src ./src
COPY seeds ./seeds
COPY --from=web /app/dist/web ./dist/web
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/qawl.js", "serve"]
