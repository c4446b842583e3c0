/*
 * Handoff issue panel (docs/panel-rest-contract.md).
 *
 * Finds every `.handoff-panel[data-issue-key]` shell, reads the draft from `{data-rest-base}/issue/{key}/draft`
 * and renders it. Every piece of ticket data reaches the page through document.createElement + textContent only:
 * nothing is parsed as markup, no link is made clickable, no attribute is set from ticket data.
 * Plain ES2017, no framework, no build step; needs neither AJS nor the jQuery global; Jira's JIRA event bus is used when present.
 * Labels come from `data-i18n-*` attributes of the shell (HTML-escaped by Velocity), English defaults otherwise.
 */
(function () {
  'use strict';

  /* Label ids; the shell's attribute for id "action.approve" is data-i18n-action-approve. */
  var DEFAULTS = {
    'loading': 'Loading the draft\u2026',
    'state.none': 'No draft yet',
    'state.queued': 'Queued',
    'state.drafting': 'Drafting\u2026',
    'state.ready': 'Ready for review',
    'state.failed': 'Drafting failed',
    'state.approved': 'Approved',
    'state.rejected': 'Rejected',
    'stale': 'New comments since this draft',
    'version': 'Version',
    'tier': 'Tier',
    'failure': 'Reason',
    'decision.by': 'by',
    'decision.reason': 'Reason',
    'none.hint': 'Handoff drafts the escalation note when the issue is escalated.',
    'pending.hint': 'The draft is being built. This panel updates itself.',
    'poll.stopped': 'Still working. Reload the issue to check again.',
    'note': 'Escalation note',
    'summary': 'Summary',
    'environment': 'Environment',
    'env.slot': 'Slot',
    'env.value': 'Value',
    'env.source': 'Source',
    'env.missing': 'Not known yet',
    'ledger.asked': 'Asked and answered',
    'ledger.noanswer': 'No answer yet',
    'ledger.tried': 'Already tried',
    'ledger.open': 'Open questions',
    'outcome.solved': 'solved it',
    'outcome.no-change': 'no change',
    'outcome.partial': 'partly helped',
    'outcome.unknown': 'outcome unknown',
    'source': 'Source',
    'runbooks': 'Matching runbooks (approved sources)',
    'runbooks.none': 'No approved runbook matches.',
    'similar': 'Similar resolved tickets',
    'similar.none': 'None found.',
    'similar.by': 'resolved by',
    'team': 'Suggested team, not applied',
    'knowledge.problem': 'Not looked up',
    'redactions': 'Redacted before drafting',
    'redactions.none': 'Nothing was redacted.',
    'action.approve': 'Approve',
    'action.edit': 'Edit, then approve',
    'action.approve-edited': 'Approve edited note',
    'action.cancel': 'Cancel',
    'action.regenerate': 'Regenerate',
    'action.reject': 'Reject',
    'action.reject-confirm': 'Reject draft',
    'action.draft-now': 'Draft now',
    'edit.label': 'Note (wiki markup)',
    'edit.required': 'The note must not be empty.',
    'reject.label': 'Why is this draft rejected?',
    'reject.required': 'A reason is required.',
    'error': 'Error',
    'error.network': 'The server could not be reached.'
  };

  var POLL_FIRST_MS = 2000;
  var POLL_LATER_MS = 5000;
  var POLL_MAX = 60;
  var PENDING = { queued: true, drafting: true };
  var KNOWN_STATES = ['none', 'queued', 'drafting', 'ready', 'failed', 'approved', 'rejected'];

  function labelsOf(container) {
    var labels = {};
    Object.keys(DEFAULTS).forEach(function (id) {
      var v = container.getAttribute('data-i18n-' + id.replace(/\./g, '-'));
      labels[id] = v !== null && v !== '' ? v : DEFAULTS[id];
    });
    return labels;
  }

  /* The only way this file puts anything on the page. */
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  /** An anchor only for an http(s) URL or a path on this site; anything else (javascript:, data:, //host) stays text. */
  function link(className, text, url) {
    if (!/^(https?:\/\/|\/(?!\/))/i.test(url)) {
      return el('span', className, text);
    }
    var a = el('a', className, text);
    a.href = url;
    a.rel = 'noopener noreferrer';
    return a;
  }

  function str(v) {
    return v === undefined || v === null ? '' : String(v);
  }

  function arr(v) {
    return Array.isArray(v) ? v : [];
  }

  function formatTime(iso) {
    if (!iso) {
      return '';
    }
    var d = new Date(iso);
    if (isNaN(d.getTime())) {
      return str(iso);
    }
    try {
      /* Jira writes the user's language on <html lang>; the browser's own otherwise */
      var lang = document.documentElement.getAttribute('lang') || undefined;
      return d.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
    } catch (e) {
      return d.toISOString();
    }
  }

  function Panel(container) {
    this.container = container;
    this.issueKey = container.getAttribute('data-issue-key') || '';
    this.restBase = (container.getAttribute('data-rest-base') || '').replace(/\/+$/, '');
    this.t = labelsOf(container);
    this.draft = null;
    this.error = null;
    this.mode = null; /* null | 'edit' | 'reject' */
    this.busy = false;
    this.polls = 0;
    this.pollTimer = null;
    this.pollStopped = false;
  }

  Panel.prototype.url = function (suffix) {
    return this.restBase + '/issue/' + encodeURIComponent(this.issueKey) + '/draft' + (suffix || '');
  };

  /* fetch, same-origin credentials; resolves to {ok, status, body}; never rejects. */
  Panel.prototype.request = function (method, suffix, payload) {
    var t = this.t;
    var init = {
      method: method,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    };
    if (method !== 'GET') {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(payload || {});
    }
    return fetch(this.url(suffix), init).then(function (res) {
      return res.text().then(function (raw) {
        var body = null;
        try {
          body = raw ? JSON.parse(raw) : null;
        } catch (e) {
          body = null;
        }
        return { ok: res.ok, status: res.status, body: body };
      });
    }, function () {
      return { ok: false, status: 0, body: { error: t['error.network'] } };
    });
  };

  Panel.prototype.errorText = function (res) {
    if (res.body && typeof res.body.error === 'string' && res.body.error) {
      return res.body.error;
    }
    return this.t.error + ' (HTTP ' + res.status + ')';
  };

  Panel.prototype.load = function () {
    var self = this;
    return this.request('GET', '').then(function (res) {
      if (res.ok && res.body && typeof res.body === 'object') {
        self.draft = res.body;
      } else {
        self.error = self.errorText(res);
      }
      self.render();
      self.schedulePoll();
    });
  };

  Panel.prototype.schedulePoll = function () {
    var self = this;
    if (this.pollTimer) {
      clearTimeout(this.pollTimer);
      this.pollTimer = null;
    }
    if (!this.draft || !PENDING[this.draft.state]) {
      this.polls = 0;
      this.pollStopped = false;
      return;
    }
    if (this.polls >= POLL_MAX) {
      this.pollStopped = true;
      this.render();
      return;
    }
    var wait = this.polls < 10 ? POLL_FIRST_MS : POLL_LATER_MS;
    this.polls += 1;
    this.pollTimer = setTimeout(function () {
      self.pollTimer = null;
      if (!document.body.contains(self.container)) {
        return; /* the issue view replaced the panel */
      }
      self.load();
    }, wait);
  };

  /* A POST that answers with the GET body on success. */
  Panel.prototype.act = function (suffix, payload) {
    var self = this;
    if (this.busy) {
      return Promise.resolve();
    }
    this.busy = true;
    this.error = null;
    this.render();
    return this.request('POST', suffix, payload).then(function (res) {
      self.busy = false;
      if (res.ok && res.body && typeof res.body === 'object' && res.body.state) {
        self.mode = null;
        self.draft = res.body;
        self.polls = 0;
        self.render();
        self.schedulePoll();
        return null;
      }
      self.error = self.errorText(res);
      if (res.status === 409) {
        /* someone else moved the draft on: show the newest one, keep the message */
        self.mode = null;
        var message = self.error;
        return self.load().then(function () {
          self.error = message;
          self.render();
        });
      }
      self.render();
      return null;
    });
  };

  Panel.prototype.versionPath = function () {
    return '/' + encodeURIComponent(str(this.draft && this.draft.version));
  };

  Panel.prototype.render = function () {
    var c = this.container;
    var t = this.t;
    var d = this.draft;
    while (c.firstChild) {
      c.removeChild(c.firstChild);
    }
    c.setAttribute('aria-busy', this.busy ? 'true' : 'false');

    if (this.error) {
      var err = el('div', 'handoff-error', this.error);
      err.setAttribute('role', 'alert');
      c.appendChild(err);
    }
    if (!d) {
      if (!this.error) {
        c.appendChild(el('div', 'handoff-loading', t.loading));
      }
      return;
    }
    var state = KNOWN_STATES.indexOf(d.state) >= 0 ? d.state : 'none';
    c.setAttribute('data-state', state);

    c.appendChild(this.renderHeader(d, state));

    if (state === 'failed') {
      var f = el('div', 'handoff-failure');
      f.appendChild(el('span', 'handoff-failure-label', t.failure + ': '));
      f.appendChild(el('span', 'handoff-failure-text', d.failure || ''));
      c.appendChild(f);
    }
    if ((state === 'approved' || state === 'rejected') && d.decision) {
      c.appendChild(this.renderDecision(d.decision, state));
    }
    if (state === 'none') {
      c.appendChild(el('p', 'handoff-hint', t['none.hint']));
    }
    if (PENDING[state]) {
      c.appendChild(el('p', 'handoff-hint handoff-pending', this.pollStopped ? t['poll.stopped'] : t['pending.hint']));
    }

    var actions = this.renderActions(d, state);
    if (actions) {
      c.appendChild(actions);
    }

    var note = d.note && typeof d.note === 'object' ? d.note : null;
    if (note && str(note.text) !== '' && this.mode !== 'edit') {
      c.appendChild(this.section(t.note, 'handoff-note-section', el('pre', 'handoff-note', str(note.text))));
    }
    var summary = this.renderSummary(arr(d.summary));
    if (summary) {
      c.appendChild(this.section(t.summary, 'handoff-summary-section', summary));
    }
    var env = this.renderEnvironment(arr(d.environment), arr(d.missing));
    if (env) {
      c.appendChild(this.section(t.environment, 'handoff-env-section', env));
    }
    this.renderLedger(c, d.ledger && typeof d.ledger === 'object' ? d.ledger : {});
    if (d.knowledge && typeof d.knowledge === 'object') {
      this.renderKnowledge(c, d.knowledge);
    }
    if (state === 'ready' || state === 'approved' || state === 'rejected') {
      c.appendChild(this.section(t.redactions, 'handoff-redactions-section', this.renderRedactions(d.redactions)));
    }
  };

  Panel.prototype.renderHeader = function (d, state) {
    var t = this.t;
    var h = el('div', 'handoff-header');
    var badge = el('span', 'handoff-badge handoff-badge-' + state, t['state.' + state]);
    badge.setAttribute('data-handoff-badge', state);
    h.appendChild(badge);
    if (d.stale) {
      var stale = el('span', 'handoff-badge handoff-badge-stale', t.stale);
      stale.setAttribute('data-handoff-badge', 'stale');
      h.appendChild(stale);
    }
    var meta = [];
    if (typeof d.version === 'number' && d.version > 0) {
      meta.push(t.version + ' ' + d.version);
    }
    if (typeof d.targetTier === 'number') {
      meta.push(t.tier + ' ' + d.targetTier);
    }
    if (d.createdAt && state !== 'none') {
      meta.push(formatTime(d.createdAt));
    }
    if (meta.length) {
      h.appendChild(el('div', 'handoff-meta', meta.join(' \u00b7 ')));
    }
    return h;
  };

  Panel.prototype.renderDecision = function (dec, state) {
    var t = this.t;
    var box = el('div', 'handoff-decision handoff-decision-' + state);
    var line = t['state.' + state];
    if (dec.by) {
      line += ' ' + t['decision.by'] + ' ' + str(dec.by);
    }
    if (dec.at) {
      line += ', ' + formatTime(dec.at);
    }
    box.appendChild(el('div', 'handoff-decision-line', line));
    if (dec.reason) {
      var r = el('div', 'handoff-decision-reason');
      r.appendChild(el('span', 'handoff-decision-reason-label', t['decision.reason'] + ': '));
      r.appendChild(el('span', 'handoff-decision-reason-text', str(dec.reason)));
      box.appendChild(r);
    }
    return box;
  };

  Panel.prototype.section = function (title, className, body) {
    var s = el('section', 'handoff-section ' + className);
    s.appendChild(el('h4', 'handoff-section-title', title));
    s.appendChild(body);
    return s;
  };

  Panel.prototype.source = function (text) {
    var s = el('span', 'handoff-source', str(text));
    s.setAttribute('title', this.t.source);
    return s;
  };

  Panel.prototype.renderSummary = function (items) {
    var self = this;
    if (!items.length) {
      return null;
    }
    var ul = el('ul', 'handoff-list handoff-summary');
    items.forEach(function (it) {
      var li = el('li', 'handoff-summary-' + str(it && it.kind).replace(/[^a-z]/g, ''));
      li.appendChild(el('span', 'handoff-item-text', str(it && it.text)));
      if (it && it.source) {
        li.appendChild(self.source(it.source));
      }
      ul.appendChild(li);
    });
    return ul;
  };

  Panel.prototype.renderEnvironment = function (slots, missing) {
    var t = this.t;
    var self = this;
    if (!slots.length && !missing.length) {
      return null;
    }
    var wrap = el('div', 'handoff-env');
    if (slots.length) {
      var table = el('table', 'handoff-env-table');
      var thead = el('thead');
      var hr = el('tr');
      [t['env.slot'], t['env.value'], t['env.source']].forEach(function (h) {
        var th = el('th', null, h);
        th.setAttribute('scope', 'col');
        hr.appendChild(th);
      });
      thead.appendChild(hr);
      table.appendChild(thead);
      var tbody = el('tbody');
      slots.forEach(function (slot) {
        var values = arr(slot && slot.values);
        var name = str(slot && (slot.label || slot.slot));
        if (!values.length) {
          values = [{ value: '', source: '' }];
        }
        values.forEach(function (v, i) {
          var tr = el('tr');
          var th = el('th', 'handoff-env-slot', i === 0 ? name : '');
          th.setAttribute('scope', 'row');
          tr.appendChild(th);
          tr.appendChild(el('td', 'handoff-env-value', str(v && v.value)));
          var src = el('td', 'handoff-env-source');
          src.appendChild(self.source(v && v.source));
          tr.appendChild(src);
          tbody.appendChild(tr);
        });
      });
      table.appendChild(tbody);
      wrap.appendChild(table);
    }
    if (missing.length) {
      var m = el('div', 'handoff-env-missing');
      m.appendChild(el('span', 'handoff-env-missing-label', t['env.missing'] + ': '));
      m.appendChild(el('span', 'handoff-env-missing-list', missing.map(str).join(', ')));
      wrap.appendChild(m);
    }
    return wrap;
  };

  Panel.prototype.renderLedger = function (c, ledger) {
    var t = this.t;
    var self = this;
    var asked = arr(ledger.askedAndAnswered);
    var tried = arr(ledger.tried);
    var open = arr(ledger.openQuestions);
    if (asked.length) {
      var ul = el('ul', 'handoff-list handoff-asked');
      asked.forEach(function (q) {
        var li = el('li');
        var qd = el('div', 'handoff-question');
        qd.appendChild(el('span', 'handoff-item-text', str(q && q.question)));
        if (q && q.questionSource) {
          qd.appendChild(self.source(q.questionSource));
        }
        li.appendChild(qd);
        var ad = el('div', 'handoff-answer');
        if (q && q.answer !== null && q.answer !== undefined && q.answer !== '') {
          ad.appendChild(el('span', 'handoff-item-text', str(q.answer)));
          if (q.answerSource) {
            ad.appendChild(self.source(q.answerSource));
          }
        } else {
          ad.className += ' handoff-unanswered';
          ad.appendChild(el('span', 'handoff-item-text', t['ledger.noanswer']));
        }
        li.appendChild(ad);
        ul.appendChild(li);
      });
      c.appendChild(this.section(t['ledger.asked'], 'handoff-asked-section', ul));
    }
    if (tried.length) {
      var tl = el('ul', 'handoff-list handoff-tried');
      tried.forEach(function (s) {
        var li = el('li');
        li.appendChild(el('span', 'handoff-item-text', str(s && s.step)));
        var outcome = str(s && s.outcome).toLowerCase().replace(/_/g, '-');
        var key = DEFAULTS['outcome.' + outcome] ? 'outcome.' + outcome : 'outcome.unknown';
        li.appendChild(el('span', 'handoff-outcome handoff-' + key.replace('.', '-'), t[key]));
        if (s && s.source) {
          li.appendChild(self.source(s.source));
        }
        tl.appendChild(li);
      });
      c.appendChild(this.section(t['ledger.tried'], 'handoff-tried-section', tl));
    }
    if (open.length) {
      var ol = el('ul', 'handoff-list handoff-open');
      open.forEach(function (q) {
        var li = el('li');
        li.appendChild(el('span', 'handoff-item-text', str(q && q.text)));
        if (q && q.source) {
          li.appendChild(self.source(q.source));
        }
        ol.appendChild(li);
      });
      c.appendChild(this.section(t['ledger.open'], 'handoff-open-section', ol));
    }
  };

  /** Runbooks (a link only when it is http or https), similar tickets linked to Jira, the unapplied team hint. */
  Panel.prototype.renderKnowledge = function (c, k) {
    var t = this.t;
    var self = this;
    arr(k.problems).forEach(function (p) {
      c.appendChild(el('p', 'handoff-hint handoff-knowledge-problem', t['knowledge.problem'] + ': ' + str(p)));
    });
    var runbooks = arr(k.runbooks);
    var rl = el('ul', 'handoff-list handoff-runbooks');
    runbooks.forEach(function (r) {
      var li = el('li');
      li.appendChild(link('handoff-runbook-title', str(r && r.title), str(r && r.link)));
      li.appendChild(el('span', 'handoff-runbook-tier', t.tier + ' ' + str(r && r.tier)));
      li.appendChild(self.source(str(r && r.id)));
      if (r && str(r.passage) !== '') {
        li.appendChild(el('blockquote', 'handoff-runbook-passage', str(r.passage)));
      }
      rl.appendChild(li);
    });
    c.appendChild(this.section(t.runbooks, 'handoff-runbooks-section',
        runbooks.length ? rl : el('p', 'handoff-hint', t['runbooks.none'])));
    var similar = arr(k.similar);
    var sl = el('ul', 'handoff-list handoff-similar');
    var jira = this.restBase.replace(/\/rest\/.*$/, '');
    similar.forEach(function (s) {
      var li = el('li');
      li.appendChild(link('handoff-similar-key', str(s && s.key), jira + '/browse/' + encodeURIComponent(str(s && s.key))));
      li.appendChild(el('span', 'handoff-item-text', ' ' + str(s && s.summary)));
      if (s && str(s.resolution) !== '') {
        li.appendChild(self.source(str(s.resolution) + (s.resolvedBy ? ', ' + t['similar.by'] + ' ' + str(s.resolvedBy) : '')));
      }
      sl.appendChild(li);
    });
    c.appendChild(this.section(t.similar, 'handoff-similar-section',
        similar.length ? sl : el('p', 'handoff-hint', t['similar.none'])));
    if (k.team && typeof k.team === 'object') {
      var tb = el('div', 'handoff-team');
      if (k.team.team) {
        tb.appendChild(el('strong', 'handoff-team-name', str(k.team.team)));
      }
      tb.appendChild(el('p', 'handoff-hint handoff-team-evidence', str(k.team.evidence)));
      c.appendChild(this.section(t.team, 'handoff-team-section', tb));
    }
  };

  Panel.prototype.renderRedactions = function (redactions) {
    var kinds = redactions && typeof redactions === 'object' ? Object.keys(redactions) : [];
    kinds = kinds.filter(function (k) {
      return typeof redactions[k] === 'number' && redactions[k] > 0;
    });
    if (!kinds.length) {
      return el('p', 'handoff-hint', this.t['redactions.none']);
    }
    var ul = el('ul', 'handoff-redactions');
    kinds.sort().forEach(function (k) {
      var li = el('li');
      li.appendChild(el('span', 'handoff-redaction-kind', k));
      li.appendChild(el('span', 'handoff-redaction-count', '\u00d7 ' + redactions[k]));
      ul.appendChild(li);
    });
    return ul;
  };

  Panel.prototype.button = function (label, action, primary) {
    var b = el('button', 'aui-button handoff-button' + (primary ? ' aui-button-primary handoff-button-primary' : ''), label);
    b.type = 'button';
    b.setAttribute('data-handoff-action', action);
    b.disabled = this.busy;
    return b;
  };

  Panel.prototype.renderActions = function (d, state) {
    var self = this;
    var t = this.t;
    var may = d.permissions && typeof d.permissions === 'object' ? d.permissions : {};
    var box = el('div', 'handoff-actions');

    if (state === 'ready' && may.approve && this.mode === 'edit') {
      box.appendChild(this.renderEditor(d));
      return box;
    }
    if (state === 'ready' && may.approve && this.mode === 'reject') {
      box.appendChild(this.renderRejectForm());
      return box;
    }
    var buttons = el('div', 'handoff-buttons');
    if (state === 'ready' && may.approve) {
      var approve = this.button(t['action.approve'], 'approve', true);
      approve.addEventListener('click', function () {
        self.act(self.versionPath() + '/approve', {});
      });
      buttons.appendChild(approve);
      var edit = this.button(t['action.edit'], 'edit');
      edit.addEventListener('click', function () {
        self.mode = 'edit';
        self.error = null;
        self.render();
      });
      buttons.appendChild(edit);
      var reject = this.button(t['action.reject'], 'reject');
      reject.addEventListener('click', function () {
        self.mode = 'reject';
        self.error = null;
        self.render();
      });
      buttons.appendChild(reject);
    }
    if ((state === 'ready' || state === 'rejected' || state === 'approved') && may.regenerate) {
      var regen = this.button(t['action.regenerate'], 'regenerate');
      if (buttons.firstChild) {
        regen.className += ' aui-button-link handoff-button-link'; /* secondary next to the decision buttons */
      }
      regen.addEventListener('click', function () {
        self.act(self.versionPath() + '/regenerate', {});
      });
      buttons.appendChild(regen);
    }
    if ((state === 'none' || state === 'failed') && may.draftNow) {
      var now = this.button(t['action.draft-now'], 'draft-now', true);
      now.addEventListener('click', function () {
        self.act('', {});
      });
      buttons.appendChild(now);
    }
    if (!buttons.firstChild) {
      return null;
    }
    box.appendChild(buttons);
    return box;
  };

  Panel.prototype.fieldId = function (name) {
    return 'handoff-' + name + '-' + this.issueKey.replace(/[^A-Za-z0-9_-]/g, '_');
  };

  Panel.prototype.renderEditor = function (d) {
    var self = this;
    var t = this.t;
    var form = el('div', 'handoff-form handoff-edit-form');
    var id = this.fieldId('edit');
    var label = el('label', 'handoff-form-label', t['edit.label']);
    label.htmlFor = id;
    form.appendChild(label);
    var area = el('textarea', 'textarea handoff-textarea handoff-edit-text');
    area.id = id;
    area.rows = 14;
    area.value = this.editText !== undefined ? this.editText : str(d.note && d.note.wiki);
    area.addEventListener('input', function () {
      self.editText = area.value;
    });
    form.appendChild(area);
    var msg = el('div', 'handoff-form-error');
    msg.setAttribute('role', 'alert');
    form.appendChild(msg);
    var buttons = el('div', 'handoff-buttons');
    var ok = this.button(t['action.approve-edited'], 'approve-edited', true);
    ok.addEventListener('click', function () {
      var text = area.value;
      if (!text.trim()) {
        msg.textContent = t['edit.required'];
        area.focus();
        return;
      }
      self.act(self.versionPath() + '/approve', { text: text }).then(function () {
        if (self.mode === null) {
          self.editText = undefined;
        }
      });
    });
    buttons.appendChild(ok);
    buttons.appendChild(this.cancelButton());
    form.appendChild(buttons);
    return form;
  };

  Panel.prototype.renderRejectForm = function () {
    var self = this;
    var t = this.t;
    var form = el('div', 'handoff-form handoff-reject-form');
    var id = this.fieldId('reject');
    var label = el('label', 'handoff-form-label', t['reject.label']);
    label.htmlFor = id;
    form.appendChild(label);
    var area = el('textarea', 'textarea handoff-textarea handoff-reject-reason');
    area.id = id;
    area.rows = 3;
    area.maxLength = 500;
    area.value = this.rejectText || '';
    area.addEventListener('input', function () {
      self.rejectText = area.value;
    });
    form.appendChild(area);
    var msg = el('div', 'handoff-form-error');
    msg.setAttribute('role', 'alert');
    form.appendChild(msg);
    var buttons = el('div', 'handoff-buttons');
    var ok = this.button(t['action.reject-confirm'], 'reject-confirm', true);
    ok.addEventListener('click', function () {
      var reason = area.value.trim();
      if (!reason) {
        msg.textContent = t['reject.required'];
        area.setAttribute('aria-invalid', 'true');
        area.focus();
        return;
      }
      self.act(self.versionPath() + '/reject', { reason: reason }).then(function () {
        if (self.mode === null) {
          self.rejectText = '';
        }
      });
    });
    buttons.appendChild(ok);
    buttons.appendChild(this.cancelButton());
    form.appendChild(buttons);
    return form;
  };

  Panel.prototype.cancelButton = function () {
    var self = this;
    var b = this.button(this.t['action.cancel'], 'cancel');
    b.className = 'aui-button aui-button-link handoff-button handoff-button-link';
    b.addEventListener('click', function () {
      self.mode = null;
      self.error = null;
      self.render();
    });
    return b;
  };

  var started = typeof WeakSet === 'function' ? new WeakSet() : null;

  function boot(root) {
    var scope = root && typeof root.querySelectorAll === 'function' ? root : document;
    var found = scope.querySelectorAll('.handoff-panel[data-issue-key]');
    Array.prototype.forEach.call(found, function (container) {
      if (started ? started.has(container) : container.handoffPanel) {
        return;
      }
      if (!container.getAttribute('data-issue-key')) {
        return;
      }
      if (started) {
        started.add(container);
      }
      var panel = new Panel(container);
      container.handoffPanel = panel;
      panel.render();
      panel.load();
    });
  }

  window.HandoffPanel = { boot: boot };

  /*
   * "Draft now" in the issue's More menu (web-item handoff-draft-now): for desks that escalate by moving an
   * issue to another queue or group instead of through a transition. It asks the panel on the page to queue
   * a draft, so the same permission checks and the same REST call apply.
   */
  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && typeof target.closest === 'function' ? target.closest('.handoff-draft-now-action') : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    var container = document.querySelector('.handoff-panel[data-issue-key]');
    if (container && container.handoffPanel) {
      container.handoffPanel.act('', {});
      if (typeof container.scrollIntoView === 'function') {
        container.scrollIntoView();
      }
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      boot(document);
    });
  } else {
    boot(document);
  }

  /* Jira's issue view swaps panels in without a page load; its event, when present, brings them to life. */
  try {
    var JIRA = window.JIRA;
    if (JIRA && typeof JIRA.bind === 'function' && JIRA.Events && JIRA.Events.NEW_CONTENT_ADDED) {
      JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function (e, context) {
        var node = context && context.jquery ? context[0] : context;
        boot(node || document);
      });
    }
  } catch (e) {
    /* no Jira event bus: the page-load boot above is enough */
  }
}());
