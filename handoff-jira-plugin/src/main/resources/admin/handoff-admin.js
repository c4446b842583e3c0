/*
 * Handoff administration screen (README "Administration").
 *
 * Finds `.handoff-admin[data-rest-base]`, reads `{rest-base}/admin/config`, builds the form and writes the whole
 * configuration back with one PUT; the server validates everything and stores all of it or nothing. "Test
 * connection" posts the server type, URL and model as typed. Below the form: the knowledge sources
 * (`admin/knowledge`, each change sent on its own, uploads as the file itself), the project overrides, the health
 * report (`operations/health`) and the workflows that use Handoff (`operations/where-used`), the last two
 * read-only. Values reach the page through element properties and textContent only. Plain ES2017, no framework, no build step, no AJS needed. Labels come from the shell's `data-i18n-*`
 * attributes (HTML-escaped by Velocity), English defaults otherwise.
 */
(function () {
  'use strict';

  var DEFAULTS = {
    'title': 'Handoff configuration',
    'intro': 'These settings apply to every project. Changes apply at once on every node.',
    'loading': 'Loading the configuration\u2026',
    'save': 'Save',
    'saving': 'Saving\u2026',
    'saved': 'Saved.',
    'error': 'Not saved',
    'error.network': 'The server could not be reached.',
    'error.websudo': 'Confirm administrator access: reload this page and enter your password.',
    'section.model': 'Model server',
    'modelUrl': 'Model server URL',
    'modelUrl.help': 'Ollama: its base URL, for example http://ollama.internal:11434. OpenAI-compatible: the base URL including /v1, for example http://vllm.internal:8000/v1. Empty: no model, drafts are built without one.',
    'modelName': 'Model',
    'modelProtocol': 'Server type',
    'modelProtocol.ollama': 'Ollama',
    'modelProtocol.openai': 'OpenAI-compatible (vLLM, llama.cpp)',
    'modelStream': 'Stream the reply',
    'modelStream.help': 'Ollama only. Handoff reads the reply as it is written and stops it at its own read timeout and size limit.',
    'embedModel': 'Embedding model for re-ranking runbooks (optional)',
    'embedModel.help': 'Ollama only, e.g. nomic-embed-text. Empty: runbooks are ranked by BM25 alone. A failing embedding call keeps the BM25 order.',
    'modelLanguage': 'Language of the prose the model writes',
    'modelCategories': 'Categories the model may suggest (comma-separated)',
    'connectTimeoutSeconds': 'Connect timeout (seconds)',
    'readTimeoutSeconds': 'Read timeout (seconds)',
    'maxConcurrent': 'Model calls at once (whole cluster)',
    'breakerFailures': 'Failed calls before the breaker opens',
    'breakerOpenSeconds': 'Breaker stays open (seconds)',
    'test': 'Test connection',
    'test.running': 'Testing\u2026',
    'test.ok': 'Reachable.',
    'test.version': 'Ollama version',
    'test.model-listed': 'The model is installed on this server.',
    'test.model-missing': 'The model is not installed on this server.',
    'test.redirect': 'The server answered with a redirect, which is refused. Enter the final URL.',
    'test.http-error': 'Reachable, but the server answered with an error status',
    'test.unreachable': 'Not reachable.',
    'section.people': 'Tiers and approvers',
    'tier1Group': 'Tier-1 group',
    'tier2Group': 'Tier-2 group',
    'tier3Group': 'Tier-3 group',
    'approversGroup': 'Approvers group',
    'section.comments': 'Approved notes',
    'commentRole': 'Restrict the comment to project role',
    'commentGroup': 'Restrict the comment to group',
    'comments.help': 'Outside service desk projects. The role wins when both are set.',
    'section.fields': 'Environment fields',
    'fields.help': 'Text custom field ids (customfield_10100) that receive each slot when a note is approved. Empty: not written.',
    'slot.device': 'Device',
    'slot.os': 'OS',
    'slot.application': 'Application',
    'slot.lastChange': 'Last change',
    'slot.errorString': 'Error',
    'section.validation': 'Escalation context complete',
    'categoryField': 'Category field',
    'categoryField.help': 'components, or a custom field id. Empty: every issue uses the * list.',
    'teamField': 'Team field',
    'teamField.help': 'Where resolved tickets name the team that solved them: components, or a custom field id (customfield_10300). The team Handoff suggests is learned from that history. Empty: the category field, then components.',
    'requiredSlots': 'Required slots per category',
    'requiredSlots.help': 'One line per category: category=slot, slot. The line *=... applies to all other categories. Slots: device, os, application, lastChange, errorString.',
    'section.limits': 'Retention and limits',
    'retentionDays': 'Keep drafts and audit rows (days)',
    'regeneratePerIssuePerHour': 'Drafts by hand per issue and hour',
    'regeneratePerUserPerHour': 'Drafts by hand per user and hour',
    'section.redaction': 'Extra redaction patterns',
    'redactionPatterns': 'Patterns',
    'redactionPatterns.help': 'One name=regex per line, for example EMPID=EMP-[0-9]{6}. With a group, only group 1 is redacted.',
    'section.project': 'Project overrides',
    'project.help': 'Settings for one project. The post-function arguments win over them, and they win over the settings above.',
    'projectKey': 'Project key',
    'project.load': 'Load project',
    'project.enabled': 'Drafting',
    'project.on': 'On',
    'project.off': 'Off for this project',
    'project.targetTier': 'Target tier when the post-function does not say',
    'project.postAsComment': 'Post approved notes when the post-function does not say',
    'project.inherit': 'As the global settings say',
    'project.yes': 'Yes',
    'project.no': 'No',
    'project.commentRole': 'Restrict the comment to project role',
    'project.commentGroup': 'Restrict the comment to group',
    'project.save': 'Save project',
    'range': 'Allowed',
    'section.health': 'Health',
    'health.help': 'As this Jira node sees it. Identifiers and numbers only, never ticket text.',
    'health.refresh': 'Refresh',
    'health.loading': 'Checking\u2026',
    'health.error': 'The report could not be loaded',
    'health.model': 'Model server',
    'health.model.off': 'No model configured: drafts are built without one.',
    'health.connection': 'Connection',
    'health.reachable': 'Reachable',
    'health.unreachable': 'Not reachable',
    'health.modelPresent': 'Model installed',
    'health.modelMissing': 'Model not installed',
    'health.breaker': 'Circuit breaker open until',
    'health.lastFailure': 'Last model failure',
    'health.queue': 'Job queue',
    'health.queued': 'waiting',
    'health.drafting': 'drafting',
    'health.oldest': 'oldest waiting for',
    'health.failures': 'Recent failures',
    'health.failures.none': 'No failed drafts.',
    'health.failure.issue': 'Issue id',
    'health.failure.escalation': 'Escalation',
    'health.failure.at': 'When',
    'health.failure.attempts': 'Attempts',
    'health.failure.reason': 'Reason',
    'health.purge': 'Retention',
    'health.purge.days': 'days kept',
    'health.purge.last': 'last purge',
    'health.purge.never': 'no purge yet',
    'health.indexes': 'Knowledge index per node',
    'health.indexes.none': 'Not reported: this Jira has no knowledge index yet.',
    'section.whereUsed': 'Where Handoff is used',
    'whereUsed.help': 'Workflows and transitions that use the Handoff post-function or validator. Remove them before you disable or uninstall Handoff: Jira cannot run a transition that names a module of a disabled app.',
    'whereUsed.none': 'No workflow uses the Handoff post-function or validator.',
    'whereUsed.workflow': 'Workflow',
    'whereUsed.transition': 'Transition',
    'whereUsed.module': 'Uses',
    'whereUsed.state': 'State',
    'whereUsed.active': 'active',
    'whereUsed.inactive': 'inactive',
    'whereUsed.function': 'Post-function \u201cDraft escalation note\u201d',
    'whereUsed.validator': 'Validator \u201cEscalation context complete\u201d',
    'section.confluence': 'Confluence',
    'confluenceSpaces': 'Approved Confluence spaces',
    'confluenceSpaces.help': 'Searched through the primary Confluence application link of Jira, as the requesting user. KEY:TIER, comma-separated, for example OPS:1,NET:2: a space is searched for drafts whose target tier is its tier or higher. Empty: Confluence is not searched.',
    'section.knowledge': 'Knowledge sources',
    'knowledge.help': 'Approved runbook collections that drafts may quote. Upload a zip of Markdown, HTML or Confluence storage-format files (.md, .markdown, .html, .htm, .xhtml, .xml), or one such file. An upload replaces all documents of the source. A draft quotes a source only when its target tier is the tier of the source or higher.',
    'knowledge.name': 'Name',
    'knowledge.tier': 'Tier',
    'knowledge.documents': 'Documents',
    'knowledge.updated': 'Updated',
    'knowledge.by': 'by',
    'knowledge.actions': 'Actions',
    'knowledge.none': 'No knowledge sources yet.',
    'knowledge.add': 'Add source',
    'knowledge.edit': 'Rename or change tier',
    'knowledge.cancel': 'Cancel',
    'knowledge.delete': 'Delete',
    'knowledge.delete.confirm': 'Delete this knowledge source and all its documents?',
    'knowledge.deleted': 'Deleted',
    'knowledge.upload': 'Upload documents',
    'knowledge.uploading': 'Importing\u2026',
    'knowledge.imported': 'imported',
    'knowledge.problems': 'Not imported',
    'knowledge.index': 'Index on this node',
    'knowledge.index.none': 'not built yet: it is built before the next search',
    'knowledge.index.documents': 'documents',
    'knowledge.index.skipped': 'skipped',
    'knowledge.index.built': 'built',
    'knowledge.index.current': 'up to date',
    'knowledge.index.stale': 'sources changed since: rebuilt before the next search'
  };

  /* Module keys as the where-used report names them (HandoffKeys). */
  var MODULES = {
    'handoff-draft-escalation-function': 'whereUsed.function',
    'handoff-context-complete-validator': 'whereUsed.validator'
  };

  var SLOTS = ['device', 'os', 'application', 'lastChange', 'errorString'];

  /* The form, section by section; `name` is the configuration document's field. */
  var SECTIONS = [
    { id: 'section.model', test: true, fields: [
      { name: 'modelProtocol', type: 'select', options: [
        { value: 'ollama', labelId: 'modelProtocol.ollama' }, { value: 'openai', labelId: 'modelProtocol.openai' }] },
      { name: 'modelUrl', type: 'url', help: 'modelUrl.help' },
      { name: 'modelName', type: 'text' },
      { name: 'modelStream', type: 'checkbox', help: 'modelStream.help' },
      { name: 'embedModel', type: 'text', help: 'embedModel.help' },
      { name: 'modelLanguage', type: 'text' },
      { name: 'modelCategories', type: 'text' },
      { name: 'connectTimeoutSeconds', type: 'number' },
      { name: 'readTimeoutSeconds', type: 'number' },
      { name: 'maxConcurrent', type: 'number' },
      { name: 'breakerFailures', type: 'number' },
      { name: 'breakerOpenSeconds', type: 'number' }] },
    { id: 'section.people', fields: [
      { name: 'tier1Group', type: 'text' },
      { name: 'tier2Group', type: 'text' },
      { name: 'tier3Group', type: 'text' },
      { name: 'approversGroup', type: 'text' }] },
    { id: 'section.comments', help: 'comments.help', fields: [
      { name: 'commentRole', type: 'text' },
      { name: 'commentGroup', type: 'text' }] },
    { id: 'section.fields', help: 'fields.help', fields: SLOTS.map(function (s) {
      return { name: 'environmentFields.' + s, label: 'slot.' + s, type: 'text', error: 'environmentFields' };
    }) },
    { id: 'section.validation', fields: [
      { name: 'categoryField', type: 'text', help: 'categoryField.help' },
      { name: 'teamField', type: 'text', help: 'teamField.help' },
      { name: 'requiredSlots', type: 'lines', help: 'requiredSlots.help' }] },
    { id: 'section.limits', fields: [
      { name: 'retentionDays', type: 'number' },
      { name: 'regeneratePerIssuePerHour', type: 'number' },
      { name: 'regeneratePerUserPerHour', type: 'number' }] },
    { id: 'section.redaction', help: 'redactionPatterns.help', fields: [
      { name: 'redactionPatterns', type: 'lines' }] },
    { id: 'section.confluence', fields: [
      { name: 'confluenceSpaces', type: 'text', help: 'confluenceSpaces.help' }] }
  ];

  /* What the knowledge upload accepts; the server checks again and names every file it did not import. */
  var UPLOAD_TYPES = '.zip,.md,.markdown,.html,.htm,.xhtml,.xml';

  function labelsOf(container) {
    var labels = {};
    Object.keys(DEFAULTS).forEach(function (id) {
      var v = container.getAttribute('data-i18n-' + id.replace(/\./g, '-').toLowerCase());
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

  function str(v) {
    return v === undefined || v === null ? '' : String(v);
  }

  /* requiredSlots object <-> "category=slot, slot" lines, the * list first */
  function slotsToLines(required) {
    var lines = [];
    Object.keys(required || {}).forEach(function (category) {
      var slots = Array.isArray(required[category]) ? required[category] : [];
      if (category !== '*' || slots.length) {
        lines.push(category + '=' + slots.join(', '));
      }
    });
    return lines.join('\n');
  }

  function linesToSlots(text) {
    var out = {};
    var bad = null;
    text.split('\n').forEach(function (line, i) {
      if (!line.trim()) {
        return;
      }
      var eq = line.indexOf('=');
      if (eq < 0) {
        bad = bad || (i + 1);
        return;
      }
      out[line.slice(0, eq).trim()] = line.slice(eq + 1).split(/[,\s]+/).filter(function (s) { return s; });
    });
    return { value: out, badLine: bad };
  }

  function Admin(container) {
    this.container = container;
    this.restBase = (container.getAttribute('data-rest-base') || '').replace(/\/+$/, '');
    this.t = labelsOf(container);
    this.inputs = {};
    this.ranges = {};
  }

  /*
   * fetch below the REST base, same-origin credentials; resolves to {ok, status, body}; never rejects. The payload
   * goes as JSON, or as it is with `raw` ({type, body}: an uploaded file).
   */
  Admin.prototype.request = function (method, path, payload, raw) {
    var t = this.t;
    var init = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (raw) {
      init.headers['Content-Type'] = raw.type;
      init.body = raw.body;
    } else if (method !== 'GET' && method !== 'DELETE') {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(payload);
    }
    return fetch(this.restBase + '/' + path, init).then(function (res) {
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

  Admin.prototype.errorText = function (res) {
    if (res.status === 401 && !(res.body && res.body.field)) {
      return this.t['error.websudo'];
    }
    if (res.body && typeof res.body.error === 'string' && res.body.error) {
      return res.body.error;
    }
    return this.t.error + ' (HTTP ' + res.status + ')';
  };

  Admin.prototype.start = function () {
    var self = this;
    this.container.textContent = '';
    this.container.appendChild(el('h2', 'handoff-admin-title', this.t.title));
    this.status = el('p', 'handoff-admin-status', this.t.loading);
    this.status.setAttribute('role', 'status');
    this.container.appendChild(this.status);
    return this.request('GET', 'admin/config').then(function (res) {
      if (!res.ok || !res.body || !res.body.config) {
        self.showStatus('error', self.errorText(res));
        return;
      }
      self.ranges = res.body.ranges || {};
      self.render();
      self.fill(res.body.config);
      self.showStatus('', self.t.intro);
      self.container.setAttribute('data-ready', 'true');
    });
  };

  Admin.prototype.showStatus = function (kind, text) {
    this.status.className = 'handoff-admin-status' + (kind ? ' handoff-admin-status-' + kind : '');
    this.status.setAttribute('data-kind', kind || 'info');
    this.status.textContent = text;
  };

  Admin.prototype.render = function () {
    var self = this;
    var form = el('form', 'handoff-admin-form aui');
    form.noValidate = true;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      self.save();
    });
    SECTIONS.forEach(function (section) {
      var fs = el('fieldset', 'handoff-admin-section');
      fs.setAttribute('data-section', section.id);
      fs.appendChild(el('legend', null, self.t[section.id]));
      if (section.help) {
        fs.appendChild(el('p', 'handoff-admin-help', self.t[section.help]));
      }
      section.fields.forEach(function (f) {
        fs.appendChild(self.field(f));
      });
      if (section.test) {
        fs.appendChild(self.testRow());
      }
      form.appendChild(fs);
    });
    var actions = el('div', 'handoff-admin-actions');
    this.saveButton = el('button', 'aui-button aui-button-primary', this.t.save);
    this.saveButton.type = 'submit';
    this.saveButton.setAttribute('data-handoff-action', 'save');
    actions.appendChild(this.saveButton);
    form.appendChild(actions);
    this.form = form;
    this.inputs.modelProtocol.addEventListener('change', function () {
      self.syncStream();
    });
    this.container.appendChild(form);
    this.container.appendChild(this.knowledgeSection());
    this.container.appendChild(this.projectSection());
    this.container.appendChild(this.healthSection());
    this.container.appendChild(this.whereUsedSection());
  };

  Admin.prototype.field = function (f) {
    var t = this.t;
    var row = el('div', 'handoff-admin-field field-group');
    var id = 'handoff-admin-' + f.name.replace(/\./g, '-');
    var label = el('label', null, t[f.label || f.name]);
    label.htmlFor = id;
    row.appendChild(label);
    var input;
    if (f.type === 'select') {
      input = el('select', 'select');
      f.options.forEach(function (o) {
        var option = el('option', null, o.labelId ? t[o.labelId] : o.label);
        option.value = o.value;
        input.appendChild(option);
      });
    } else if (f.type === 'checkbox') {
      // the box before its label, as AUI lays out checkboxes
      input = el('input', 'checkbox');
      input.type = 'checkbox';
      row.classList.add('handoff-admin-field-checkbox');
      row.insertBefore(input, label);
    } else if (f.type === 'lines') {
      input = el('textarea', 'textarea');
      input.rows = 5;
      input.spellcheck = false;
    } else {
      input = el('input', 'text');
      input.type = f.type === 'number' ? 'number' : 'text';
      if (f.type === 'url') {
        input.inputMode = 'url';
      }
    }
    input.id = id;
    input.name = f.name;
    row.setAttribute('data-field', f.error || f.field || f.name);
    if (!input.parentNode) {
      row.appendChild(input);
    }
    var range = this.ranges[f.name];
    if (Array.isArray(range) && range.length === 2) {
      input.min = range[0];
      input.max = range[1];
      row.appendChild(el('div', 'description', this.t.range + ': ' + range[0] + '\u2013' + range[1]));
    }
    if (f.help) {
      row.appendChild(el('div', 'description', this.t[f.help]));
    }
    var error = el('div', 'error handoff-admin-error');
    error.hidden = true;
    row.appendChild(error);
    if (!f.separate) {
      this.inputs[f.name] = input;
    }
    return row;
  };

  /*
   * Project overrides: a separate form for one project at a time, saved on its own. Document:
   * {enabled, targetTier (null = inherit), postAsComment (null = inherit), commentRole, commentGroup}.
   */
  Admin.prototype.projectSection = function () {
    var self = this;
    var t = this.t;
    var fs = el('fieldset', 'handoff-admin-section handoff-admin-project');
    fs.setAttribute('data-section', 'section.project');
    fs.appendChild(el('legend', null, t['section.project']));
    fs.appendChild(el('p', 'handoff-admin-help', t['project.help']));
    var keyRow = this.field({ name: 'projectKey', type: 'text', separate: true });
    var key = keyRow.querySelector('input');
    var load = el('button', 'aui-button', t['project.load']);
    load.type = 'button';
    load.setAttribute('data-handoff-action', 'project-load');
    keyRow.insertBefore(load, keyRow.querySelector('.handoff-admin-error'));
    fs.appendChild(keyRow);
    this.projectStatus = el('p', 'handoff-admin-project-status');
    this.projectStatus.setAttribute('role', 'status');
    fs.appendChild(this.projectStatus);
    var body = el('div', 'handoff-admin-project-body');
    body.hidden = true;
    var inherit = { value: '', label: t['project.inherit'] };
    var fields = [
      { name: 'project.enabled', field: 'enabled', type: 'select',
        options: [{ value: 'true', label: t['project.on'] }, { value: 'false', label: t['project.off'] }] },
      { name: 'project.targetTier', field: 'targetTier', type: 'select',
        options: [inherit, { value: '1', label: '1' }, { value: '2', label: '2' }, { value: '3', label: '3' }] },
      { name: 'project.postAsComment', field: 'postAsComment', type: 'select',
        options: [inherit, { value: 'true', label: t['project.yes'] }, { value: 'false', label: t['project.no'] }] },
      { name: 'project.commentRole', field: 'commentRole', type: 'text' },
      { name: 'project.commentGroup', field: 'commentGroup', type: 'text' }];
    var inputs = {};
    fields.forEach(function (f) {
      f.separate = true;
      var row = self.field(f);
      inputs[f.field] = row.querySelector('input, select');
      body.appendChild(row);
    });
    var save = el('button', 'aui-button aui-button-primary', t['project.save']);
    save.type = 'button';
    save.setAttribute('data-handoff-action', 'project-save');
    body.appendChild(save);
    fs.appendChild(body);

    var loaded = null;
    function show(kind, text) {
      self.projectStatus.setAttribute('data-kind', kind);
      self.projectStatus.className = 'handoff-admin-project-status handoff-admin-status-' + kind;
      self.projectStatus.textContent = text;
    }
    function fill(p) {
      loaded = p.projectKey;
      inputs.enabled.value = p.enabled === false ? 'false' : 'true';
      inputs.targetTier.value = p.targetTier === null || p.targetTier === undefined ? '' : String(p.targetTier);
      inputs.postAsComment.value = p.postAsComment === null || p.postAsComment === undefined ? '' : String(p.postAsComment);
      inputs.commentRole.value = str(p.commentRole);
      inputs.commentGroup.value = str(p.commentGroup);
      body.hidden = false;
    }
    load.addEventListener('click', function () {
      self.clearErrors(fs);
      var projectKey = key.value.trim().toUpperCase();
      body.hidden = true;
      loaded = null;
      self.request('GET', 'admin/project/' + encodeURIComponent(projectKey)).then(function (res) {
        if (res.ok && res.body && res.body.projectKey) {
          fill(res.body);
          show('info', projectKey);
        } else {
          show('error', self.errorText(res));
        }
      });
    });
    save.addEventListener('click', function () {
      self.clearErrors(fs);
      var doc = {
        enabled: inputs.enabled.value !== 'false',
        targetTier: inputs.targetTier.value ? parseInt(inputs.targetTier.value, 10) : null,
        postAsComment: inputs.postAsComment.value ? inputs.postAsComment.value === 'true' : null,
        commentRole: inputs.commentRole.value.trim(),
        commentGroup: inputs.commentGroup.value.trim()
      };
      save.disabled = true;
      show('busy', t.saving);
      self.request('PUT', 'admin/project/' + encodeURIComponent(loaded), doc).then(function (res) {
        save.disabled = false;
        if (res.ok && res.body && res.body.projectKey) {
          fill(res.body);
          show('success', t.saved);
          return;
        }
        var text = self.errorText(res);
        if (res.body && res.body.field) {
          self.fieldError(fs, res.body.field, text);
        }
        show('error', t.error + ': ' + text);
      });
    });
    return fs;
  };

  var TIERS = [{ value: '1', label: '1' }, { value: '2', label: '2' }, { value: '3', label: '3' }];

  /*
   * Knowledge sources (admin/knowledge): the approved collections with tier, document count and last change; each
   * can be renamed or re-tiered, given a new collection by upload, or deleted; a small form adds one. Every change
   * is answered once the table shows it. The index line is this node's index, as the server reports it.
   */
  Admin.prototype.knowledgeSection = function () {
    var self = this;
    var t = this.t;
    var fs = el('fieldset', 'handoff-admin-section handoff-admin-knowledge');
    fs.setAttribute('data-section', 'section.knowledge');
    fs.appendChild(el('legend', null, t['section.knowledge']));
    fs.appendChild(el('p', 'handoff-admin-help', t['knowledge.help']));
    var refresh = el('button', 'aui-button', t['health.refresh']);
    refresh.type = 'button';
    refresh.setAttribute('data-handoff-action', 'knowledge-refresh');
    fs.appendChild(refresh);
    var index = el('p', 'handoff-admin-knowledge-index');
    fs.appendChild(index);
    var list = el('div', 'handoff-admin-knowledge-list');
    fs.appendChild(list);
    var status = el('div', 'handoff-admin-knowledge-status');
    status.setAttribute('role', 'status');
    fs.appendChild(status);

    var add = el('div', 'handoff-admin-knowledge-add');
    add.appendChild(el('h4', 'handoff-admin-report-heading', t['knowledge.add']));
    var nameRow = this.field({ name: 'knowledge.name', field: 'name', type: 'text', separate: true });
    var tierRow = this.field({ name: 'knowledge.tier', field: 'tier', type: 'select', separate: true, options: TIERS });
    var name = nameRow.querySelector('input');
    var tier = tierRow.querySelector('select');
    tier.value = '2';
    var addButton = el('button', 'aui-button', t['knowledge.add']);
    addButton.type = 'button';
    addButton.setAttribute('data-handoff-action', 'knowledge-add');
    add.appendChild(nameRow);
    add.appendChild(tierRow);
    add.appendChild(addButton);
    fs.appendChild(add);

    /* The outcome of the last change: a line, and the files an import left out with their reasons. */
    function show(kind, text, problems) {
      status.textContent = '';
      status.className = 'handoff-admin-knowledge-status handoff-admin-status-' + kind;
      status.setAttribute('data-kind', kind);
      status.appendChild(el('p', 'handoff-admin-knowledge-message', text));
      if (Array.isArray(problems) && problems.length) {
        status.appendChild(el('p', 'handoff-admin-knowledge-problems-title', t['knowledge.problems'] + ':'));
        var ul = status.appendChild(el('ul', 'handoff-admin-knowledge-problems'));
        problems.forEach(function (p) {
          var li = ul.appendChild(el('li'));
          li.appendChild(el('code', null, str(p && p.path)));
          li.appendChild(el('span', null, ': ' + str(p && p.reason)));
        });
      }
    }

    function load() {
      fs.setAttribute('data-state', 'loading');
      refresh.disabled = true;
      return self.request('GET', 'admin/knowledge').then(function (res) {
        refresh.disabled = false;
        if (!res.ok || !res.body) {
          fs.setAttribute('data-state', 'error');
          show('error', t['health.error'] + ': ' + self.errorText(res));
          return;
        }
        render(res.body);
        fs.setAttribute('data-state', 'ready');
      });
    }

    /* After a change: the table is reloaded first, so what the status line reports is already shown. */
    function changed(kind, text, problems) {
      return load().then(function () {
        if (fs.getAttribute('data-state') === 'ready') {
          show(kind, text, problems);
        }
      });
    }

    function render(body) {
      var i = body.index || {};
      index.setAttribute('data-current', String(i.current === true));
      index.textContent = t['knowledge.index'] + ': ' + indexState(t, i, true);
      list.textContent = '';
      var sources = Array.isArray(body.sources) ? body.sources : [];
      if (!sources.length) {
        list.appendChild(el('p', 'handoff-admin-knowledge-none', t['knowledge.none']));
        return;
      }
      var tbl = table('handoff-admin-knowledge-sources', [t['knowledge.name'], t['knowledge.tier'],
        t['knowledge.documents'], t['knowledge.updated'], t['knowledge.actions']], []);
      var tbody = tbl.querySelector('tbody');
      sources.forEach(function (s) {
        tbody.appendChild(sourceRow(s));
      });
      list.appendChild(tbl);
    }

    function button(text, action) {
      var b = el('button', 'aui-button', text);
      b.type = 'button';
      b.setAttribute('data-handoff-action', action);
      return b;
    }

    function sourceRow(s) {
      var tr = el('tr', 'handoff-admin-knowledge-source');
      tr.setAttribute('data-source-id', str(s.id));
      [str(s.name), str(s.tier), str(s.documents),
        when(s.updatedAt) + (s.updatedBy ? ' ' + t['knowledge.by'] + ' ' + s.updatedBy : '')].forEach(function (cell) {
        tr.appendChild(el('td', null, cell));
      });
      var actions = el('td', 'handoff-admin-knowledge-actions');
      var edit = actions.appendChild(button(t['knowledge.edit'], 'knowledge-edit'));
      var upload = actions.appendChild(el('label', 'aui-button handoff-admin-knowledge-upload', t['knowledge.upload']));
      var file = el('input', 'handoff-admin-knowledge-file');
      file.type = 'file';
      file.accept = UPLOAD_TYPES;
      file.name = 'knowledge-file';
      upload.appendChild(file);
      var remove = actions.appendChild(button(t['knowledge.delete'], 'knowledge-delete'));
      tr.appendChild(actions);

      edit.addEventListener('click', function () {
        var open = tr.nextSibling && tr.nextSibling.classList.contains('handoff-admin-knowledge-editor');
        if (!open) {
          tr.parentNode.insertBefore(editor(s), tr.nextSibling);
        }
      });
      file.addEventListener('change', function () {
        var f = file.files && file.files[0];
        if (!f) {
          return;
        }
        file.disabled = true;
        show('busy', s.name + ': ' + t['knowledge.uploading']);
        var type = /\.zip$/i.test(f.name) ? 'application/zip' : 'application/octet-stream';
        self.request('POST', 'admin/knowledge/sources/' + encodeURIComponent(s.id) + '/documents?filename='
            + encodeURIComponent(f.name), null, { type: type, body: f }).then(function (res) {
          file.disabled = false;
          file.value = '';
          if (res.ok && res.body) {
            return changed('success', s.name + ': ' + str(res.body.imported) + ' ' + t['knowledge.imported'] + '.',
              res.body.problems);
          }
          show('error', s.name + ': ' + self.errorText(res), res.body && res.body.problems);
          return null;
        });
      });
      remove.addEventListener('click', function () {
        if (!window.confirm(t['knowledge.delete.confirm'] + '\n\n' + s.name)) {
          return;
        }
        remove.disabled = true;
        self.request('DELETE', 'admin/knowledge/sources/' + encodeURIComponent(s.id)).then(function (res) {
          remove.disabled = false;
          if (res.ok) {
            return changed('success', t['knowledge.deleted'] + ': ' + s.name);
          }
          show('error', s.name + ': ' + self.errorText(res));
          return null;
        });
      });
      return tr;
    }

    /* Rename or re-tier one source, in a row below it. */
    function editor(s) {
      var tr = el('tr', 'handoff-admin-knowledge-editor');
      var td = tr.appendChild(el('td'));
      td.colSpan = 5;
      var n = el('input', 'text');
      n.type = 'text';
      n.name = 'knowledge-edit-name';
      n.value = str(s.name);
      n.setAttribute('aria-label', t['knowledge.name']);
      var tierSelect = el('select', 'select');
      tierSelect.name = 'knowledge-edit-tier';
      tierSelect.setAttribute('aria-label', t['knowledge.tier']);
      TIERS.forEach(function (o) {
        var option = el('option', null, t['knowledge.tier'] + ' ' + o.label);
        option.value = o.value;
        tierSelect.appendChild(option);
      });
      tierSelect.value = str(s.tier);
      var save = button(t.save, 'knowledge-save');
      var cancel = button(t['knowledge.cancel'], 'knowledge-cancel');
      var error = el('div', 'error handoff-admin-error');
      error.hidden = true;
      [n, tierSelect, save, cancel, error].forEach(function (e) {
        td.appendChild(e);
      });
      cancel.addEventListener('click', function () {
        tr.parentNode.removeChild(tr);
      });
      save.addEventListener('click', function () {
        save.disabled = true;
        error.hidden = true;
        self.request('PUT', 'admin/knowledge/sources/' + encodeURIComponent(s.id),
          { name: n.value.trim(), tier: parseInt(tierSelect.value, 10) }).then(function (res) {
          save.disabled = false;
          if (res.ok && res.body) {
            return changed('success', t.saved + ' ' + str(res.body.name) + ', ' + t['knowledge.tier'] + ' ' + str(res.body.tier));
          }
          error.textContent = self.errorText(res);
          error.hidden = false;
          show('error', str(s.name) + ': ' + self.errorText(res));
          return null;
        });
      });
      return tr;
    }

    function addSource() {
      self.clearErrors(add);
      addButton.disabled = true;
      self.request('POST', 'admin/knowledge/sources', { name: name.value.trim(), tier: parseInt(tier.value, 10) })
        .then(function (res) {
          addButton.disabled = false;
          if (res.ok && res.body) {
            name.value = '';
            return changed('success', t.saved + ' ' + str(res.body.name) + ', ' + t['knowledge.tier'] + ' ' + str(res.body.tier));
          }
          var text = self.errorText(res);
          if (res.body && res.body.field) {
            self.fieldError(add, res.body.field, text);
          }
          show('error', text);
          return null;
        });
    }
    addButton.addEventListener('click', addSource);
    refresh.addEventListener('click', load);
    name.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        e.preventDefault();
        addSource();
      }
    });
    load();
    return fs;
  };

  /*
   * A knowledge index as reported (documents, skipped, builtAt, current; any may be absent): "12 documents, built
   * 2026-03-12 10:15 UTC, up to date". `withNone`: say "not built yet" when there is no document count.
   */
  function indexState(t, i, withNone) {
    if (i.documents === null || i.documents === undefined) {
      return withNone ? t['knowledge.index.none'] : '';
    }
    var parts = [str(i.documents) + ' ' + t['knowledge.index.documents']];
    if (i.skipped) {
      parts.push(str(i.skipped) + ' ' + t['knowledge.index.skipped']);
    }
    if (i.builtAt) {
      parts.push(t['knowledge.index.built'] + ' ' + when(i.builtAt));
    }
    if (i.current === true || i.current === false) {
      parts.push(i.current ? t['knowledge.index.current'] : t['knowledge.index.stale']);
    }
    return parts.join(', ');
  }

  /* "3 min", "2 h 5 min": the oldest request's wait, from seconds. */
  function duration(seconds) {
    var s = Math.max(0, Math.round(seconds));
    if (s < 60) {
      return s + ' s';
    }
    var m = Math.floor(s / 60);
    if (m < 60) {
      return m + ' min';
    }
    return Math.floor(m / 60) + ' h' + (m % 60 ? ' ' + (m % 60) + ' min' : '');
  }

  /* "2026-03-12T10:15:30.123Z" as "2026-03-12 10:15 UTC"; anything else as it came. */
  function when(iso) {
    var m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)[:.\d]*Z$/.exec(str(iso));
    return m ? m[1] + ' ' + m[2] + ' UTC' : str(iso);
  }

  /* A table of rows (arrays of text) under a header; `cls` names it for styles and tests. */
  function table(cls, headers, rows) {
    var t = el('table', 'aui ' + cls);
    var head = el('tr');
    headers.forEach(function (h) {
      head.appendChild(el('th', null, h));
    });
    t.appendChild(el('thead')).appendChild(head);
    var body = t.appendChild(el('tbody'));
    rows.forEach(function (r) {
      var tr = el('tr');
      r.forEach(function (cell) {
        tr.appendChild(el('td', null, cell));
      });
      body.appendChild(tr);
    });
    return t;
  }

  /*
   * A read-only report section: a refresh button, a status line and a body filled by `render(body)` from
   * GET `path`; `name` is the data-section and the legend's label id.
   */
  Admin.prototype.reportSection = function (name, cls, path, helpId, render) {
    var self = this;
    var t = this.t;
    var fs = el('fieldset', 'handoff-admin-section handoff-admin-report ' + cls);
    fs.setAttribute('data-section', name);
    fs.appendChild(el('legend', null, t[name]));
    fs.appendChild(el('p', 'handoff-admin-help', t[helpId]));
    var refresh = el('button', 'aui-button', t['health.refresh']);
    refresh.type = 'button';
    refresh.setAttribute('data-handoff-action', cls + '-refresh');
    fs.appendChild(refresh);
    var status = el('p', 'handoff-admin-report-status');
    status.setAttribute('role', 'status');
    fs.appendChild(status);
    var body = el('div', 'handoff-admin-report-body');
    fs.appendChild(body);
    function load() {
      refresh.disabled = true;
      fs.setAttribute('data-state', 'loading');
      status.textContent = t['health.loading'];
      return self.request('GET', path).then(function (res) {
        refresh.disabled = false;
        body.textContent = '';
        if (!res.ok || !res.body) {
          fs.setAttribute('data-state', 'error');
          status.textContent = t['health.error'] + ': ' + self.errorText(res);
          return;
        }
        status.textContent = '';
        render(body, res.body);
        fs.setAttribute('data-state', 'ready');
      });
    }
    refresh.addEventListener('click', load);
    load();
    return fs;
  };

  /* One line of the health list: a label and its value, with a state (ok, bad, off) for colour and tests. */
  function healthItem(list, id, label, value, state) {
    var row = el('div', 'handoff-admin-health-item');
    row.setAttribute('data-health', id);
    row.setAttribute('data-state', state || 'info');
    row.appendChild(el('dt', null, label));
    row.appendChild(el('dd', null, value));
    list.appendChild(row);
  }

  Admin.prototype.healthSection = function () {
    var t = this.t;
    return this.reportSection('section.health', 'handoff-admin-health', 'operations/health', 'health.help', function (body, r) {
      var list = el('dl', 'handoff-admin-health-list');
      var m = r.model || {};
      if (!m.configured) {
        healthItem(list, 'model', t['health.model'], t['health.model.off'], 'off');
      } else {
        healthItem(list, 'model', t['health.model'], str(m.endpoint) + ' \u00b7 ' + str(m.model), 'info');
        healthItem(list, 'model-reachable', t['health.connection'],
            m.reachable ? t['health.reachable'] + (m.version ? ' (Ollama ' + m.version + ')' : '')
              : t['health.unreachable'] + (m.problem ? ': ' + m.problem : ''), m.reachable ? 'ok' : 'bad');
        if (m.reachable) {
          healthItem(list, 'model-present', str(m.model), m.modelPresent ? t['health.modelPresent'] : t['health.modelMissing'],
              m.modelPresent ? 'ok' : 'bad');
        }
      }
      if (m.breakerOpenUntil) {
        healthItem(list, 'breaker', t['health.breaker'], m.breakerOpenUntil, 'bad');
      }
      if (m.lastFailure) {
        healthItem(list, 'last-failure', t['health.lastFailure'], m.lastFailure, 'bad');
      }
      var q = r.queue || {};
      healthItem(list, 'queue', t['health.queue'], str(q.queued) + ' ' + t['health.queued'] + ', ' + str(q.drafting) + ' '
          + t['health.drafting'] + (q.oldestWaitingSeconds === null || q.oldestWaitingSeconds === undefined ? ''
            : ', ' + t['health.oldest'] + ' ' + duration(q.oldestWaitingSeconds)), 'info');
      var p = r.retention || {};
      healthItem(list, 'purge', t['health.purge'], str(p.days) + ' ' + t['health.purge.days'] + ', '
          + (p.lastRun ? t['health.purge.last'] + ' ' + p.lastRun : t['health.purge.never']), 'info');
      healthItem(list, 'indexes', t['health.indexes'], Array.isArray(r.indexes) && r.indexes.length
        ? r.indexes.map(function (i) {
          var state = indexState(t, i || {}, false);
          return str(i && i.node) + ': ' + str(i && i.version) + (state ? ' (' + state + ')' : '');
        }).join('; ')
        : t['health.indexes.none'], 'info');
      body.appendChild(list);
      body.appendChild(el('h4', 'handoff-admin-report-heading', t['health.failures']));
      var failures = Array.isArray(r.recentFailures) ? r.recentFailures : [];
      if (!failures.length) {
        body.appendChild(el('p', 'handoff-admin-failures-none', t['health.failures.none']));
        return;
      }
      body.appendChild(table('handoff-admin-failures', [t['health.failure.issue'], t['health.failure.escalation'],
        t['health.failure.at'], t['health.failure.attempts'], t['health.failure.reason']], failures.map(function (f) {
        return [str(f.issueId), str(f.escalation), when(f.at), str(f.attempts), str(f.reason)];
      })));
    });
  };

  Admin.prototype.whereUsedSection = function () {
    var t = this.t;
    return this.reportSection('section.whereUsed', 'handoff-admin-where-used', 'operations/where-used', 'whereUsed.help', function (body, r) {
      var uses = Array.isArray(r.uses) ? r.uses : [];
      if (!uses.length) {
        body.appendChild(el('p', 'handoff-admin-where-used-none', t['whereUsed.none']));
        return;
      }
      body.appendChild(table('handoff-admin-where-used-list', [t['whereUsed.workflow'], t['whereUsed.state'],
        t['whereUsed.transition'], t['whereUsed.module']], uses.map(function (u) {
        return [str(u.workflow), u.active ? t['whereUsed.active'] : t['whereUsed.inactive'], str(u.transition),
          MODULES[u.module] ? t[MODULES[u.module]] : str(u.module)];
      })));
    });
  };

  Admin.prototype.testRow = function () {
    var self = this;
    var row = el('div', 'handoff-admin-test');
    var button = el('button', 'aui-button', this.t.test);
    button.type = 'button';
    button.setAttribute('data-handoff-action', 'test');
    button.addEventListener('click', function () {
      self.test(button);
    });
    this.testResult = el('span', 'handoff-admin-test-result');
    this.testResult.setAttribute('role', 'status');
    row.appendChild(button);
    row.appendChild(this.testResult);
    return row;
  };

  /* The server refuses a streamed reply with an OpenAI-compatible server: the box is cleared and locked then. */
  Admin.prototype.syncStream = function () {
    var openai = this.inputs.modelProtocol.value === 'openai';
    if (openai) {
      this.inputs.modelStream.checked = false;
    }
    this.inputs.modelStream.disabled = openai;
  };

  Admin.prototype.fill = function (config) {
    var inputs = this.inputs;
    Object.keys(inputs).forEach(function (name) {
      var input = inputs[name];
      if (input.type === 'checkbox') {
        input.checked = config[name] === true;
      } else if (name.indexOf('environmentFields.') === 0) {
        input.value = str((config.environmentFields || {})[name.slice('environmentFields.'.length)]);
      } else if (name === 'requiredSlots') {
        input.value = slotsToLines(config.requiredSlots);
      } else if (name === 'redactionPatterns') {
        input.value = (Array.isArray(config.redactionPatterns) ? config.redactionPatterns : []).join('\n');
      } else {
        input.value = str(config[name]);
      }
    });
    this.syncStream();
  };

  /* The whole document from the form; numbers that are not whole numbers go as typed for the server to name. */
  Admin.prototype.document = function () {
    var inputs = this.inputs;
    var doc = { environmentFields: {} };
    var badLine = null;
    Object.keys(inputs).forEach(function (name) {
      var v = inputs[name].value;
      if (inputs[name].type === 'checkbox') {
        doc[name] = inputs[name].checked;
      } else if (name.indexOf('environmentFields.') === 0) {
        doc.environmentFields[name.slice('environmentFields.'.length)] = v.trim();
      } else if (name === 'requiredSlots') {
        var parsed = linesToSlots(v);
        doc.requiredSlots = parsed.value;
        badLine = parsed.badLine;
      } else if (name === 'redactionPatterns') {
        doc.redactionPatterns = v.split('\n').filter(function (l) { return l.trim(); });
      } else if (inputs[name].type === 'number') {
        doc[name] = /^\s*-?\d+\s*$/.test(v) ? parseInt(v, 10) : v;
      } else {
        doc[name] = v.trim();
      }
    });
    return { doc: doc, badLine: badLine };
  };

  Admin.prototype.clearErrors = function (scope) {
    Array.prototype.forEach.call(scope.querySelectorAll('.handoff-admin-field'), function (row) {
      row.classList.remove('handoff-admin-invalid');
      var e = row.querySelector('.handoff-admin-error');
      e.hidden = true;
      e.textContent = '';
    });
  };

  Admin.prototype.fieldError = function (scope, field, message) {
    var row = Array.prototype.filter.call(scope.querySelectorAll('.handoff-admin-field'), function (r) {
      return r.getAttribute('data-field') === field;
    })[0];
    if (row) {
      row.classList.add('handoff-admin-invalid');
      var e = row.querySelector('.handoff-admin-error');
      e.textContent = message;
      e.hidden = false;
      var input = row.querySelector('input, textarea');
      if (input) {
        input.focus();
      }
    }
  };

  Admin.prototype.save = function () {
    var self = this;
    this.clearErrors(this.form);
    var built = this.document();
    if (built.badLine) {
      var message = this.t.requiredSlots + ': ' + built.badLine + ' \u2192 category=slot, slot';
      this.fieldError(this.form, 'requiredSlots', message);
      this.showStatus('error', this.t.error + ': ' + message);
      return Promise.resolve();
    }
    this.saveButton.disabled = true;
    this.showStatus('busy', this.t.saving);
    return this.request('PUT', 'admin/config', built.doc).then(function (res) {
      self.saveButton.disabled = false;
      if (res.ok && res.body && res.body.config) {
        self.fill(res.body.config);
        self.showStatus('success', self.t.saved);
        return;
      }
      var text = self.errorText(res);
      if (res.body && res.body.field) {
        self.fieldError(self.form, res.body.field, text);
      }
      self.showStatus('error', self.t.error + ': ' + text);
    });
  };

  Admin.prototype.test = function (button) {
    var self = this;
    var t = this.t;
    var result = this.testResult;
    button.disabled = true;
    result.setAttribute('data-outcome', 'running');
    result.textContent = t['test.running'];
    var payload = { modelUrl: this.inputs.modelUrl.value.trim(), modelName: this.inputs.modelName.value.trim(),
      modelProtocol: this.inputs.modelProtocol.value };
    return this.request('POST', 'admin/test-connection', payload).then(function (res) {
      button.disabled = false;
      if (!res.ok || !res.body || !res.body.outcome) {
        result.setAttribute('data-outcome', 'refused');
        result.textContent = self.errorText(res);
        return;
      }
      var b = res.body;
      var parts = [];
      if (b.outcome === 'ok') {
        parts.push(t['test.ok']);
        if (b.version) {
          parts.push(t['test.version'] + ' ' + b.version + '.');
        }
        if (b.modelListed === true) {
          parts.push(t['test.model-listed']);
        } else if (b.modelListed === false) {
          parts.push(t['test.model-missing']);
        }
      } else if (b.outcome === 'redirect') {
        parts.push(t['test.redirect'] + ' (' + str(b.statusClass) + ')');
      } else if (b.outcome === 'http-error') {
        parts.push(t['test.http-error'] + ' (' + str(b.statusClass) + ').');
      } else {
        parts.push(t['test.unreachable']);
      }
      result.setAttribute('data-outcome', String(b.outcome));
      result.textContent = parts.join(' ');
    });
  };

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('.handoff-admin[data-rest-base]'), function (c) {
      if (!c.getAttribute('data-handoff-started')) {
        c.setAttribute('data-handoff-started', 'true');
        new Admin(c).start();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
