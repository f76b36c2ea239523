// The emulator console's page script: live updates over Server-Sent Events, and the user's actions
// (send, reply in thread, react, card clicks and forms, reset) sent to the emulator. The HTML is
// rendered by the emulator; this script only swaps the regions that changed.

const body = document.body;
const as = () => body.dataset.as;
const $ = (sel, root = document) => root.querySelector(sel);

// ---- talking to the emulator ----

async function post(url, data) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
  let answer;
  try {
    answer = await r.json();
  } catch {
    answer = { code: r.status, msg: `${r.status} ${r.statusText}` };
  }
  if (!r.ok || (answer.code !== undefined && answer.code !== 0)) throw new Error(answer.msg || `request failed (${r.status})`);
  return answer;
}

let toastTimer;
function toast(text, kind = 'info') {
  const t = $('#toast');
  t.textContent = text;
  t.dataset.kind = kind;
  t.classList.add('shown');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => t.classList.remove('shown'), 6000);
}

async function run(what, fn) {
  try {
    const out = await fn();
    await refresh();
    return out;
  } catch (e) {
    toast(`${what} failed: ${e.message}`, 'error');
    return undefined;
  }
}

// ---- live regions ----

let refreshing = false;
let again = false;

/** Fetches the live regions of the current view and swaps what changed. */
async function refresh() {
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = true;
  try {
    do {
      again = false;
      const r = await fetch(`/console/live${location.search}`);
      if (!r.ok) break;
      const { regions } = await r.json();
      for (const [id, html] of Object.entries(regions)) {
        const el = document.getElementById(id);
        if (el) swap(el, html);
      }
    } while (again);
  } finally {
    refreshing = false;
    body.dataset.refreshed = String(Number(body.dataset.refreshed || 0) + 1);
  }
}

/** Replaces a region's content, keeping elements whose `data-rev` did not change (and focus). */
function swap(el, html) {
  const active = document.activeElement;
  const list = $('.messages', el);
  const atBottom = list ? el.scrollHeight - el.scrollTop - el.clientHeight < 40 : false;
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  for (const fresh of tpl.content.querySelectorAll('[data-rev]')) {
    const old = document.getElementById(fresh.id);
    if (!old || !el.contains(old)) continue;
    if (old.dataset.rev === fresh.dataset.rev) fresh.replaceWith(old);
    // A panel the user opened (managing the chat) stays open when its content changes.
    else if (old.tagName === 'DETAILS' && fresh.tagName === 'DETAILS') fresh.open = old.open;
  }
  el.replaceChildren(tpl.content);
  if (active && active !== document.body && active.isConnected && document.activeElement !== active) active.focus();
  if (atBottom) el.scrollTop = el.scrollHeight;
}

function connect() {
  const status = $('#live-status');
  const source = new EventSource('/console/stream');
  source.addEventListener('hello', () => {
    status.textContent = 'live';
    status.dataset.state = 'live';
    refresh();
  });
  source.addEventListener('change', () => refresh());
  source.onerror = () => {
    status.textContent = 'reconnecting…';
    status.dataset.state = 'down';
  };
}

// ---- acting as a user ----

function go(change) {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(change)) q.set(k, v);
  location.search = q.toString();
}

$('#as')?.addEventListener('change', (e) => go({ as: e.target.value }));

function setReply(id, label) {
  const form = $('#compose');
  if (!form) return;
  form.elements.reply_to.value = id ?? '';
  const box = $('#replying');
  box.hidden = !id;
  $('span', box).textContent = id ? `Replying in thread to ${label}` : '';
  form.elements.text.focus();
}

function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

async function sendComposed(form) {
  const text = form.elements.text.value;
  const file = form.elements.image?.files?.[0];
  const data = { as: as(), chat_id: body.dataset.chat, reply_to: form.elements.reply_to.value };
  if (file) data.image = { base64: await readFile(file), filename: file.name, content_type: file.type || 'application/octet-stream' };
  else data.text = text;
  const sent = await run('Sending', () => post('/console/api/send', data));
  if (!sent) return;
  if (file) {
    form.elements.image.value = '';
    form.elements.text.required = true;
  } else form.elements.text.value = '';
  setReply(undefined);
  // A text and an image can go together: the text follows the image.
  if (file && text.trim()) {
    data.image = undefined;
    data.text = text;
    if (await run('Sending', () => post('/console/api/send', data))) form.elements.text.value = '';
  }
}

function insertMention(name) {
  const area = $('#compose-text');
  const at = area.selectionStart ?? area.value.length;
  const before = area.value.slice(0, at);
  const piece = `${before && !/\s$/.test(before) ? ' ' : ''}@${name} `;
  area.value = before + piece + area.value.slice(area.selectionEnd ?? at);
  area.focus();
  area.selectionStart = area.selectionEnd = at + piece.length;
}

// ---- cards ----

const messageOf = (el) => el.closest('[data-message-id]')?.dataset.messageId;

async function cardAction(el, action) {
  const message_id = messageOf(el);
  if (!message_id) return;
  const out = await run('The card action', () => post('/__emulator/card-action', { as: as(), message_id, action }));
  if (!out) return;
  const t = out.data.toast;
  if (out.data.card_problems) toast(`The bot answered with a card the platform refuses: ${out.data.card_problems.join('; ')}`, 'error');
  else if (t && (t.content || t.i18n)) toast(t.content || Object.values(t.i18n)[0], t.type === 'error' ? 'error' : 'info');
  else toast(out.data.card_updated ? 'The bot updated the card.' : 'The bot received the action.');
}

/** What a form holds, by component name: lists for multi-selects, booleans for checkers. */
function formValue(form) {
  const value = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') value[el.name] = el.checked;
    else if (el.multiple) value[el.name] = [...el.selectedOptions].map((o) => o.value);
    else if (el.value !== '') value[el.name] = el.value;
  }
  return value;
}

function pickedValue(el, action) {
  const tag = action.tag;
  if (tag === 'checker') return { ...action, checked: el.checked };
  if (tag === 'input') return { ...action, input_value: el.value };
  if (el.multiple) return { ...action, options: [...el.selectedOptions].map((o) => o.value) };
  return { ...action, option: el.value };
}

const actionOf = (el) => JSON.parse(el.dataset.cardAction);

// ---- wiring ----

document.addEventListener('click', (e) => {
  const t = e.target.closest('button, [role="button"]');
  if (!t) return;
  if (t.dataset.reset) {
    run('Reset', async () => {
      await post('/__emulator/reset', { seed: t.dataset.reset });
      toast(t.dataset.reset === 'empty' ? 'The tenant is empty now.' : 'The demo tenant is back.');
    });
  } else if (t.dataset.reply) setReply(t.dataset.reply, t.dataset.replyLabel);
  else if ('cancelReply' in t.dataset) setReply(undefined);
  else if (t.dataset.reactEmoji) run('Reacting', () => post('/console/api/react', { as: as(), message_id: t.dataset.message, emoji: t.dataset.reactEmoji }));
  else if (t.dataset.unreact) run('Removing the reaction', () => post('/console/api/unreact', { as: as(), ...JSON.parse(t.dataset.unreact) }));
  else if (t.dataset.cardAction && !(t.type === 'submit' && t.form)) {
    if (t.type === 'reset') return;
    e.preventDefault();
    cardAction(t, actionOf(t));
  }
});

document.addEventListener('keydown', (e) => {
  const t = e.target;
  if ((e.key === 'Enter' || e.key === ' ') && t.getAttribute?.('role') === 'button' && t.dataset.cardAction) {
    e.preventDefault();
    cardAction(t, actionOf(t));
  } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && t.id === 'compose-text') {
    e.preventDefault();
    t.form.requestSubmit();
  } else if (e.key === 'Enter' && t.tagName === 'INPUT' && t.dataset.cardAction && !t.closest('form[data-card-form]')) {
    e.preventDefault();
    cardAction(t, pickedValue(t, actionOf(t)));
  }
});

document.addEventListener('change', (e) => {
  const t = e.target;
  if (t.dataset.react !== undefined && t.value) {
    const emoji = t.value;
    t.value = '';
    run('Reacting', () => post('/console/api/react', { as: as(), message_id: t.dataset.react, emoji }));
  } else if (t.form?.id === 'compose' && t.type === 'file') {
    // An image alone is a message: the text becomes optional.
    t.form.elements.text.required = t.files.length === 0;
  } else if (t.dataset.mention !== undefined && t.value) {
    insertMention(t.value);
    t.value = '';
  } else if (t.dataset.cardAction && !t.closest('form[data-card-form]') && t.tagName !== 'BUTTON' && t.tagName !== 'TEXTAREA' && t.type !== 'text') {
    cardAction(t, pickedValue(t, actionOf(t)));
  }
});

document.addEventListener('submit', (e) => {
  const form = e.target;
  if (form.dataset.manage) {
    e.preventDefault();
    const chat_id = body.dataset.chat;
    const f = form.elements;
    const [action, data, done] =
      form.dataset.manage === 'update'
        ? ['update', { name: f.name.value, description: f.description.value }, 'The chat was updated.']
        : [`${form.dataset.manage}-member`, { open_id: f.open_id.value }, form.dataset.manage === 'add' ? 'The member was added.' : 'The member was removed.'];
    run('Changing the chat', async () => {
      await post(`/console/api/${action}`, { as: as(), chat_id, ...data });
      toast(done);
    });
  } else if (form.id === 'compose') {
    e.preventDefault();
    sendComposed(form);
  } else if (form.dataset.cardForm !== undefined) {
    e.preventDefault();
    const submitter = e.submitter && e.submitter.dataset.cardAction ? e.submitter : $('[type="submit"][data-card-action]', form);
    const action = submitter ? actionOf(submitter) : { tag: 'button' };
    cardAction(form, { ...action, form_value: formValue(form) });
  }
});

// A chat opens at its latest messages, as a chat app does.
const chat = $('#live.chat');
if (chat) chat.scrollTop = chat.scrollHeight;
connect();
