import type { EventType, Method, OptionalScope, Service, Shortcut, SpecModel, Identity } from '@larkgen/spec';
import { withHeader, type GeneratedFile, type Generator } from '../core/files.js';
import { cliCommandOf, sdkPathOf } from '../shared/naming.js';
import { cliExample, sdkExample } from '../shared/examples.js';
import { IDENTITY_RULE, IDENTITY_TEXT, RISK_TEXT, identityChoiceText } from '../shared/strings.js';
import { fieldRows, cell, describe } from './fields.js';
import { escapeHtmlOutsideCode } from './markdown-text.js';
import { CARDS_PAGE, CARDS_SERVICE, cardPages } from './cards.js';
import { loadTemplates } from './templates.js';

export const SKILLS_DIR = 'packages/skills/';

/** Skill docs for humans and agents: SKILL.md, one page per shortcut and per method, the shared page. */
export const docsGenerator: Generator<SpecModel> = {
  name: 'docs',
  owns: [SKILLS_DIR + 'lark-im/', SKILLS_DIR + 'lark-shared/', SKILLS_DIR + 'lark-event/'],
  generate(model) {
    const t = loadTemplates();
    const files: GeneratedFile[] = [];
    const version = '1.0.0';
    const documented = model.services.filter((s) => s.cli.docs);
    for (const service of documented) {
      const dir = `${SKILLS_DIR}lark-${service.name}`;
      const shortcutNav = { skill: service.name, up: '../' };
      const methodNav = { skill: service.name, up: '../../' };
      files.push(file(`${dir}/SKILL.md`, serviceSources(model, service), t.skill(skillView(model, service, version))));
      for (const sc of service.shortcuts) {
        files.push(file(`${dir}/references/${shortcutPage(service, sc)}`, [sc.source.file], t.shortcut({ ...shortcutView(model, service, sc), nav: shortcutNav })));
      }
      if (service.tasks.length) {
        files.push(file(`${dir}/references/${tasksPage(service)}`, [service.source.file], t.tasks({ service, tasks: service.tasks, nav: shortcutNav })));
      }
      for (const group of resourceGroups(model, service)) {
        files.push(file(`${dir}/references/resources/${group.name}.md`, group.sources, t.resource({ ...group, nav: methodNav })));
      }
      for (const m of model.methods) {
        files.push(file(`${dir}/references/api/${m.id}.md`, [m.source.file], t.method({ ...methodView(model, m), nav: methodNav })));
      }
      if (service.name === CARDS_SERVICE && model.cards) {
        for (const f of cardPages(model.cards, t)) files.push(file(`${dir}/references/${f.path}`, f.sources, f.body));
      }
    }
    if (model.events.length > 0) {
      const dir = `${SKILLS_DIR}lark-event`;
      files.push(file(`${dir}/SKILL.md`, model.events.map((e) => e.source.file), t.eventSkill({ version, events: model.events.map((e) => ({ key: e.key, kind: e.kind, summary: e.summary, scopes: eventScopes(e) })) })));
      for (const e of model.events) files.push(file(`${dir}/references/${e.key}.md`, [e.source.file], t.event({ ...eventView(model, e), nav: { skill: 'event', up: '../' } })));
    }
    // lark-mcp is written by the MCP generator, from the same methods.
    const skills = [
      ...documented.map((s) => ({ name: `lark-${s.name}` })),
      ...(model.events.length > 0 ? [{ name: 'lark-event' }] : []),
      ...(model.methods.length > 0 ? [{ name: 'lark-mcp' }] : []),
    ];
    files.push(file(`${SKILLS_DIR}lark-shared/SKILL.md`, model.files.filter((f) => f.endsWith('service.yaml')), t.shared({ version, skills, identityRule: IDENTITY_RULE, identities: identityRows(), risks: riskRows() })));
    return files.sort((a, b) => (a.path < b.path ? -1 : 1));
  },
};

function file(p: string, sources: readonly string[], body: string): GeneratedFile {
  return { path: p, content: withHeader(p, sources, tidy(body)) };
}

/** Collapses the blank lines Handlebars blocks leave behind. */
function tidy(md: string): string {
  return escapeHtmlOutsideCode(md.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd()) + '\n';
}

/**
 * The sources of a service's SKILL.md, folders of several files written as `dir/*.yaml`: the entry
 * page has a token budget, and its notice should not grow with every spec file.
 */
function serviceSources(model: SpecModel, s: Service): string[] {
  const byDir = new Map<string, string[]>();
  for (const f of model.files.filter((x) => x.startsWith(`specs/${s.name}/`) && !x.includes('/schemas/'))) {
    const dir = f.slice(0, f.lastIndexOf('/'));
    byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
  }
  return [...byDir].flatMap(([dir, files]) => (files.length > 1 && dir !== `specs/${s.name}` ? [`${dir}/*.yaml`] : files));
}

/** The page of worked tasks, beside the shortcut pages. */
export function tasksPage(service: Service): string {
  return `lark-${service.name}-tasks.md`;
}

export function shortcutPage(service: Service, sc: Shortcut): string {
  return `lark-${service.name}-${sc.name}.md`;
}

function identitiesLabel(list: readonly Identity[]): string {
  return list.length === 2 ? 'user and bot' : `${list[0]} only`;
}

function scopeText(rule: { anyOf: readonly string[]; allOf: readonly string[] }): string {
  const parts: string[] = [];
  if (rule.allOf.length) parts.push(rule.allOf.map((s) => `\`${s}\``).join(' + '));
  if (rule.anyOf.length) parts.push((rule.anyOf.length > 1 ? 'one of ' : '') + rule.anyOf.map((s) => `\`${s}\``).join(', '));
  return parts.join('; and ') || 'none';
}

function optionalScopeText(list: readonly OptionalScope[]): string {
  return list.map((o) => `\`${o.scope}\` (${o.reason})`).join('; ') || '—';
}

/**
 * The fixes for the platform's missing-scope errors, from the computed scopes (never hand-written,
 * so they cannot drift from what the command calls): the app's scopes for the bot, a login for the user.
 */
function scopeErrorFixes(sc: Shortcut): { code: number; fix: string }[] {
  const code = (list: readonly string[]) => list.map((s) => `\`${s}\``).join(', ');
  const out: { code: number; fix: string }[] = [];
  const bot = sc.identities.bot;
  if (bot) {
    const extra = (sc.optionalScopes.bot ?? []).map((o) => o.scope);
    out.push({ code: 99991672, fix: `Enable ${code(scopeWordList(bot.scopes))}${extra.length ? ` (and ${code(extra)} for the parts that use them)` : ''} for the app in the developer console, then publish a new app version.` });
  }
  const user = sc.identities.user;
  if (user) {
    const words = [...scopeWordList(user.scopes), ...(sc.optionalScopes.user ?? []).map((o) => o.scope)];
    out.push({ code: 99991679, fix: `Sign in with every scope it uses: \`lark-cli auth login --scope "${words.join(' ')}"\`.` });
  }
  return out;
}

/** A scope rule as the words to grant: all of allOf, and the first of anyOf. */
function scopeWordList(rule: { anyOf: readonly string[]; allOf: readonly string[] }): string[] {
  return [...rule.allOf, ...rule.anyOf.slice(0, 1)];
}

function identityRowsOf(x: Method | Shortcut) {
  return x.identityList.map((id) => ({ identity: id, token: id === 'bot' ? 'tenant_access_token' : 'user_access_token', scopes: scopeText(x.identities[id]!.scopes), note: cell(x.identities[id]!.note ?? '') }));
}

function skillView(model: SpecModel, service: Service, version: string) {
  return {
    service,
    version,
    relationships: service.relationships?.trimEnd(),
    description: `Drive ${service.title.toLowerCase()} on Lark / Feishu from the command line with lark-cli: send, reply to, read and search messages, manage group chats and their members, reactions, pins, images and files. Use it whenever a task involves Lark or Feishu chats or messages.`,
    tasks: service.tasks.length ? { page: `references/${tasksPage(service)}` } : undefined,
    shortcuts: service.shortcuts.map((sc) => ({ command: sc.command, page: `references/${shortcutPage(service, sc)}`, summary: cell(sc.summary), identities: sc.identityList.join(', '), risk: sc.risk })),
    ...(service.name === CARDS_SERVICE && model.cards ? { cardsPage: `references/${CARDS_PAGE}`, cardExamples: model.cards.examples.length } : {}),
    resources: resourceGroups(model, service).map((g) => ({ name: g.title, page: `references/resources/${g.name}.md`, summary: firstClause(g.description), count: g.methods.length === 1 ? '1 method' : `${g.methods.length} methods` })),
  };
}

/** One reference page per resource (and one for the other services' methods a skill uses). */
function resourceGroups(model: SpecModel, service: Service) {
  const byId = new Map(model.methods.map((m) => [m.id, m]));
  const row = (m: Method) => ({
    id: m.id,
    summary: sentence(cell(m.summary)),
    identities: identitiesLabel(m.identityList),
    highRisk: m.risk === 'high-risk-write',
    bot: m.identities.bot ? scopeText(m.identities.bot.scopes) : '—',
    user: m.identities.user ? scopeText(m.identities.user.scopes) : '—',
  });
  const groups = service.resources.map((r) => {
    const methods = r.methods.map((id) => byId.get(id)!);
    return { name: r.name, title: r.name, description: cell(r.description), methods: methods.map(row), sources: [...new Set(methods.map((m) => m.source.file))].sort() };
  });
  const others = model.methods.filter((m) => m.service !== service.name);
  if (others.length) {
    groups.push({
      name: 'other-services',
      title: 'other services',
      description: `Methods of other services that the ${service.name} shortcuts call, for example to resolve user names.`,
      methods: others.map(row),
      sources: [...new Set(others.map((m) => m.source.file))].sort(),
    });
  }
  return groups;
}

/** The opening clause of a description (up to its first colon, semicolon or full stop), for one-line index entries. */
function firstClause(text: string): string {
  const m = /^(.+?)(?:[:;.](?:\s|$)|$)/.exec(text);
  return (m ? m[1]! : text).trim();
}


/** Summaries are written without a full stop; list lines that continue after them need one. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function shortcutView(model: SpecModel, service: Service, sc: Shortcut) {
  const calls = sc.calls.map((id) => model.methods.find((m) => m.id === id)!);
  const errorCodes = new Map<string, { code: number; meaning: string; fix: string }>();
  const meaningOf = (code: number) => [...calls.flatMap((m) => m.errors), ...service.platformErrors].find((x) => x.code === code)?.meaning ?? '';
  for (const e of sc.errors) errorCodes.set(`${e.code}|${e.as ?? ''}`, { code: e.code, meaning: cell(meaningOf(e.code)), fix: cell(e.as ? `As ${e.as}: ${e.fix}` : e.fix) });
  for (const e of scopeErrorFixes(sc)) errorCodes.set(`${e.code}|`, { code: e.code, meaning: cell(meaningOf(e.code)), fix: cell(e.fix) });
  return {
    sc,
    risk: RISK_TEXT[sc.risk],
    identity: identityChoiceText(sc.identityList, sc.defaultIdentity),
    identities: identityRowsOf(sc).map((row) => ({ ...row, optional: optionalScopeText(sc.optionalScopes[row.identity as Identity] ?? []) })),
    calls: calls.map((m) => ({ id: m.id, http: m.http, path: m.path, summary: cell(m.summary) })),
    flags: Object.values(sc.flags).filter((f) => !f.hidden).map((f) => ({
      name: f.name, type: f.type, required: f.required,
      description: describe(f, [
        f.identity ? `Only with --as ${f.identity}.` : '',
        f.stdin && !/@file/.test(f.description) ? 'Accepts @file and - (stdin).' : '',
        f.alias && f.alias.length > 1 ? `Also spelled \`--${f.alias}\`.` : '',
      ].filter(Boolean)),
    })),
    rules: sc.rules.map((r) => cell(r.message ?? (r.kind === 'requires' ? `--${r.flag} requires ${r.flags.map((f) => '--' + f).join(', ')}` : `${r.kind}: ${r.flags.map((f) => '--' + f).join(', ')}`))),
    output: fieldRows(model, sc.output.fields),
    errors: [...errorCodes.values()],
    examples: sc.examples,
    globals: [sc.formats ? '--format json|pretty|table|ndjson|csv' : '', sc.pagination ? '--page-all, --page-limit N' : '', sc.identityList.length > 1 ? '--as bot|user' : '', '--dry-run'].filter(Boolean).join(', '),
  };
}

function methodView(model: SpecModel, m: Method) {
  return {
    m,
    cli: cliCommandOf(m),
    sdk: sdkPathOf(m),
    risk: RISK_TEXT[m.risk],
    identity: identityChoiceText(m.identityList),
    identities: identityRowsOf(m),
    pathParams: fieldRows(model, m.pathParams),
    query: fieldRows(model, m.query),
    body: m.body ? fieldRows(model, m.body.fields) : [],
    bodyEncoding: m.body?.encoding === 'multipart' ? 'multipart/form-data' : 'application/json',
    response: m.response.kind === 'json' ? fieldRows(model, resolveData(model, m)) : [],
    binary: m.response.kind === 'binary',
    rangeSupported: m.response.kind === 'binary' && m.response.range,
    errors: m.errors.map((e) => ({ ...e, meaning: cell(e.meaning), fix: cell(e.fix ?? '') })),
    examples: m.examples.map((ex) => ({
      title: ex.title,
      request: ex.request,
      response: ex.response,
      cli: cliExample(m, ex),
      sdk: sdkExample(m, ex),
    })),
    rateLimit: m.rateLimit ? [m.rateLimit.perMinute ? `${m.rateLimit.perMinute}/min` : '', m.rateLimit.perSecond ? `${m.rateLimit.perSecond}/s` : '', m.rateLimit.note ?? ''].filter(Boolean).join(', ') : '',
  };
}

function resolveData(model: SpecModel, m: Method) {
  if (m.response.kind !== 'json') return {};
  const d = m.response.data;
  const target = d.ref ? model.schemas[d.ref] : d;
  return target?.properties ?? {};
}

function identityRows() {
  return (['bot', 'user'] as const).map((id) => ({ id, ...IDENTITY_TEXT[id] }));
}

function riskRows() {
  return (['read', 'write', 'high-risk-write'] as const).map((r) => ({ risk: r, text: RISK_TEXT[r] }));
}

function eventScopes(e: EventType): string {
  return e.identityList.map((id) => scopeText(e.identities[id]!.scopes)).join('; ');
}

function eventView(model: SpecModel, e: EventType) {
  const firstParam = Object.values(e.params)[0];
  const sample = firstParam ? (firstParam.enum?.[0] ?? String(valueAt(e.example, firstParam.field.split('.')) ?? '')) : '';
  return {
    e,
    kindText: e.kind === 'callback' ? 'callback — the platform waits up to 3 seconds for the answer' : 'event — acknowledged; delivered at least once, so de-duplicate by `header.event_id`',
    outputText: e.output === 'flat' ? 'one flat object per message (`jq_root_path` is `.`)' : 'the 2.0 envelope as delivered (`jq_root_path` is `.event`)',
    identities: e.identityList.map((id) => ({ identity: id, scopes: scopeText(e.identities[id]!.scopes), note: cell(e.identities[id]!.note ?? '') })),
    params: Object.values(e.params).map((p) => ({ ...p, description: cell(p.description), values: p.enum ? p.enum.map((v) => `\`${v}\``).join(', ') : p.multi ? 'comma-separated list' : 'one value' })),
    filterExample: firstParam && sample ? `-p ${firstParam.name}=${sample}` : '',
    payload: fieldRows(model, propertiesOf(model, e.payload)),
    answer: e.answer ? fieldRows(model, propertiesOf(model, e.answer)) : [],
    answerExample: e.answerExample ? JSON.stringify(e.answerExample) : '',
    envelope: { schema: '2.0', header: { event_id: 'ev_example', event_type: e.key, create_time: '1764840000000', token: 'verification-token', app_id: 'cli_a1b2c3d4e5f60718', tenant_key: 'tenant_demo' }, event: e.example },
  };
}

function propertiesOf(model: SpecModel, f: EventType['payload']) {
  const target = f.ref ? model.schemas[f.ref] : f;
  return target?.properties ?? {};
}

function valueAt(v: unknown, path: readonly string[]): unknown {
  if (Array.isArray(v)) return valueAt(v[0], path);
  if (path.length === 0) return typeof v === 'object' ? undefined : v;
  return v && typeof v === 'object' ? valueAt((v as Record<string, unknown>)[path[0]!], path.slice(1)) : undefined;
}
