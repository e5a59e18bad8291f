/** The side panel (an actor's, event's or sector's statements; a path) and the article view. */
import { query } from './api.ts';
import { byId, h } from './dom.ts';
import {
  WebActorPanelDocument,
  WebArticleDocument,
  WebEventPanelDocument,
  WebSectorPanelDocument,
  type WebPathQuery,
  type WebStatementFragment,
} from './generated/graphql.ts';
import {
  ACTOR_KIND_LABELS,
  STATEMENT_KIND_COLORS,
  STATEMENT_KIND_LABELS,
  markArticle,
  markSpan,
  timeOrdered,
  type PanelStatement,
  type Role,
} from './model.ts';

/** What the panel needs from the page: focusing another actor from a link inside it. */
export interface PanelHost {
  focusActor(id: string): void;
}

const ROLE_LABELS: Record<Role, [string, string]> = {
  said: ['قال', 'said'],
  about: ['عنه', 'about'],
  to: ['إليه', 'to'],
};

const panel = () => byId('panel');
const body = () => byId('panel-body');

function bilingual(ar: string, en: string | null | undefined) {
  return [h('span', { lang: 'ar' }, ar), en && en !== ar ? [' ', h('span', { class: 'en', lang: 'en', dir: 'ltr' }, en)] : null];
}

function show(...children: (Node | null)[]): void {
  body().replaceChildren(...children.filter((c): c is Node => c !== null));
  panel().hidden = false;
  panel().scrollTop = 0;
}

export function closePanel(): void {
  panel().hidden = true;
  body().replaceChildren();
}

function actorButton(host: PanelHost, actor: { id: string; name: string; nameEn: string | null }) {
  return h(
    'button',
    { type: 'button', class: 'link', 'data-actor': actor.id, onclick: () => host.focusActor(actor.id) },
    actor.name,
    actor.nameEn && actor.nameEn !== actor.name ? ' ' : null,
    actor.nameEn && actor.nameEn !== actor.name ? h('span', { class: 'en', lang: 'en', dir: 'ltr' }, actor.nameEn) : null,
  );
}

function kindBadge(kind: WebStatementFragment['kind']) {
  const [ar, en] = STATEMENT_KIND_LABELS[kind];
  return h(
    'span',
    { class: 'badge', style: `--kind:${STATEMENT_KIND_COLORS[kind]}`, title: en },
    ar,
    ' · ',
    h('span', { lang: 'en', dir: 'ltr' }, en),
  );
}

/** The article view's address: the page itself with the article and the span to mark. */
export function articleHref(articleId: string, start: number, end: number): string {
  const params = new URLSearchParams({ article: articleId, start: String(start), end: String(end) });
  return `?${params.toString()}`;
}

function statementItem(host: PanelHost, { statement: s, roles }: PanelStatement) {
  const marked = markSpan(s.evidence.sentence, s.text, s.quote);
  const href = articleHref(s.article.id, s.evidence.start, s.evidence.end);
  return h(
    'li',
    { class: 'statement', 'data-statement': s.id },
    h(
      'div',
      { class: 'meta' },
      h('time', { dir: 'ltr' }, s.publishedAt ?? '—'),
      roles.map((r) =>
        h('span', { class: `role role-${r}` }, ROLE_LABELS[r][0], ' · ', h('span', { lang: 'en', dir: 'ltr' }, ROLE_LABELS[r][1])),
      ),
      kindBadge(s.kind),
      s.direct ? h('span', { class: 'direct' }, 'اقتباس مباشر · direct') : null,
    ),
    h(
      'p',
      { class: 'who' },
      h('span', { class: 'label' }, 'المتكلم · speaker: '),
      actorButton(host, s.speaker),
      s.addressees.length > 0 ? [h('span', { class: 'label' }, ' · إلى · to: '), ...s.addressees.map((a) => actorButton(host, a))] : null,
      s.verb ? [h('span', { class: 'label' }, ' · الفعل · verb: '), h('span', {}, s.verb)] : null,
    ),
    s.quote ? h('p', { class: 'quote' }, '«', s.quote, '»') : null,
    h('blockquote', { class: 'evidence', cite: href }, marked.before, marked.marked ? h('mark', {}, marked.marked) : null, marked.after),
    h(
      'p',
      { class: 'links' },
      s.event
        ? [
            h('span', { class: 'label' }, 'الحدث · event: '),
            h('span', {}, s.event.label),
            s.event.date ? [' ', h('time', { dir: 'ltr' }, s.event.date)] : null,
            ' · ',
          ]
        : null,
      h(
        'a',
        { href, class: 'article-link', 'data-article': s.article.id, 'data-start': s.evidence.start, 'data-end': s.evidence.end },
        'النص في المقال · in the article',
        s.article.title ? ` (${s.article.title})` : '',
      ),
    ),
  );
}

function statementList(host: PanelHost, items: PanelStatement[]) {
  if (items.length === 0) return h('p', { class: 'empty' }, 'لا أقوال · no statements');
  return h(
    'ol',
    { class: 'statements' },
    items.map((item) => statementItem(host, item)),
  );
}

function loading(title: string): void {
  show(h('h2', {}, title), h('p', { class: 'status' }, '…'));
}

function failed(error: unknown): void {
  show(
    h('p', { class: 'error', role: 'alert' }, 'تعذّر التحميل · could not load: ', error instanceof Error ? error.message : String(error)),
  );
}

/** An actor's statements: what it said, what was said about it and to it, in time order. */
export async function openActor(host: PanelHost, id: string): Promise<void> {
  loading(id);
  try {
    const { actor } = await query(WebActorPanelDocument, { id });
    if (!actor) return show(h('p', { class: 'empty' }, 'لا يوجد فاعل بهذا المعرّف · no such actor: ', id));
    const items = timeOrdered({
      said: actor.said.edges.map((e) => e.node),
      about: actor.about.edges.map((e) => e.node),
      to: actor.to.edges.map((e) => e.node),
    });
    const [kindAr, kindEn] = ACTOR_KIND_LABELS[actor.kind];
    show(
      h('h2', { id: 'panel-title', 'data-actor': actor.id }, bilingual(actor.name, actor.nameEn)),
      h(
        'p',
        { class: 'meta' },
        kindAr,
        ' · ',
        h('span', { lang: 'en', dir: 'ltr' }, kindEn),
        actor.wikidataId ? [' · ', h('span', { dir: 'ltr' }, `Wikidata ${actor.wikidataId}`)] : null,
      ),
      h(
        'p',
        { class: 'counts' },
        h('span', {}, `قال ${actor.said.totalCount} · عنه ${actor.about.totalCount} · إليه ${actor.to.totalCount}`),
        ' — ',
        h(
          'span',
          { lang: 'en', dir: 'ltr', class: 'isolate' },
          `said ${actor.said.totalCount}, about ${actor.about.totalCount}, to ${actor.to.totalCount}`,
        ),
      ),
      statementList(host, items),
    );
  } catch (error) {
    failed(error);
  }
}

export async function openEvent(host: PanelHost, id: string): Promise<string[]> {
  loading(id);
  try {
    const { event } = await query(WebEventPanelDocument, { id });
    if (!event) {
      show(h('p', { class: 'empty' }, 'لا يوجد حدث بهذا المعرّف · no such event: ', id));
      return [];
    }
    const participants = event.participants.edges.map((e) => e.node);
    show(
      h('h2', { id: 'panel-title' }, event.label),
      h(
        'p',
        { class: 'meta' },
        h('span', { dir: 'ltr' }, event.kind),
        event.date ? [' · ', h('time', { dir: 'ltr' }, event.date)] : null,
        event.dateText ? ` (${event.dateText})` : null,
        event.place ? ` · ${event.place.name}` : null,
      ),
      participants.length > 0
        ? h(
            'p',
            { class: 'who' },
            h('span', { class: 'label' }, 'المشاركون · participants: '),
            participants.map((a) => actorButton(host, a)),
          )
        : null,
      statementList(host, timeOrdered({ about: event.statements.edges.map((e) => e.node) })),
    );
    return participants.map((a) => a.id);
  } catch (error) {
    failed(error);
    return [];
  }
}

export async function openSector(host: PanelHost, id: string): Promise<string[]> {
  loading(id);
  try {
    const { sector } = await query(WebSectorPanelDocument, { id });
    if (!sector) {
      show(h('p', { class: 'empty' }, 'لا يوجد قطاع بهذا المعرّف · no such sector: ', id));
      return [];
    }
    const statements = sector.statements.edges.map((e) => e.node);
    show(
      h('h2', { id: 'panel-title' }, bilingual(sector.name, sector.nameEn)),
      h('p', { class: 'counts' }, `${sector.statements.totalCount} قولاً · statements`),
      statementList(host, timeOrdered({ about: statements })),
    );
    return [...new Set(statements.map((s) => s.speaker.id))];
  } catch (error) {
    failed(error);
    return [];
  }
}

type PathNode = NonNullable<WebPathQuery['shortestPath']>['nodes'][number];

/** A short display label for any node on a path. */
export function pathNodeLabel(node: PathNode): string {
  const words = (s: string) => s.split(/\s+/).slice(0, PATH_LABEL_WORDS).join(' ') + (s.split(/\s+/).length > PATH_LABEL_WORDS ? '…' : '');
  switch (node.__typename) {
    case 'Actor':
      return node.nameEn && node.nameEn !== node.name ? `${node.name}\n${node.nameEn}` : node.name;
    case 'Statement':
      return `${STATEMENT_KIND_LABELS[node.statementKind][0]}: ${words(node.text)}`;
    case 'Event':
      return node.label;
    case 'Sector':
      return node.name;
    case 'Place':
      return node.name;
    case 'Article':
      return node.title ?? node.id;
  }
}
const PATH_LABEL_WORDS = 6;

export function showPath(host: PanelHost, path: WebPathQuery['shortestPath'], from: string, to: string): void {
  if (!path) {
    show(h('h2', { id: 'panel-title' }, 'مسار · Path'), h('p', { class: 'empty' }, `لا مسار قريب بين ${from} و ${to} · no short path`));
    return;
  }
  show(
    h('h2', { id: 'panel-title' }, 'مسار · Path'),
    h('p', { class: 'counts' }, `${path.length} روابط · hops`),
    h(
      'ol',
      { class: 'path' },
      path.nodes.map((node, i) => {
        const rel = path.relationships[i];
        return h(
          'li',
          {},
          h('span', { class: 'type', dir: 'ltr' }, node.__typename),
          ' ',
          node.__typename === 'Actor'
            ? actorButton(host, { id: node.id, name: node.name, nameEn: node.nameEn })
            : h('span', {}, pathNodeLabel(node)),
          rel ? h('div', { class: 'rel', dir: 'ltr' }, rel.source === node.id ? `—${rel.type}→` : `←${rel.type}—`) : null,
        );
      }),
    ),
  );
}

/** The article text with the statement's span marked, over the page (opened from `?article=…`). */
export async function openArticle(id: string, start: number, end: number): Promise<void> {
  const view = byId('article-view');
  byId('article-title').textContent = '…';
  byId('article-meta').textContent = '';
  byId('article-text').replaceChildren();
  view.hidden = false;
  try {
    const { article } = await query(WebArticleDocument, { id });
    if (!article) {
      byId('article-title').textContent = `لا يوجد مقال · no such article: ${id}`;
      return;
    }
    byId('article-title').textContent = article.title ?? article.id;
    byId('article-meta').replaceChildren(
      h('span', { dir: 'ltr' }, [article.publishedAt, article.source, article.url].filter(Boolean).join(' · ')),
    );
    const marked = markArticle(article.text, start, end);
    const mark = h('mark', { id: 'article-span' }, marked.marked);
    // Paragraph breaks of the cleaned text stay visible through `white-space: pre-wrap`.
    byId('article-text').replaceChildren(marked.before, mark, marked.after);
    mark.scrollIntoView({ block: 'center' });
  } catch (error) {
    byId('article-title').textContent = `تعذّر التحميل · could not load: ${error instanceof Error ? error.message : String(error)}`;
  }
  byId('article-close').focus();
}

export function closeArticle(): void {
  byId('article-view').hidden = true;
}
