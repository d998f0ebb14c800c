// @ts-check
// conformance.html: renders the report embedded as JSON. Every value from the report is untrusted
// (an API can answer with markup): it reaches the page only through textContent and setAttribute.
// Type-checked by `tsc` (allowJs + this file's @ts-check); the types are those of ../types.ts.
/** @typedef {import('../types.ts').ConformanceReport} Report */
/** @typedef {import('../types.ts').CheckResult} Check */
/** @typedef {import('../types.ts').CheckEvidence} Evidence */
/** @typedef {import('../../client/exchange.ts').Exchange} Exchange */
/** @typedef {import('../types.ts').Matrix} Matrix */
/** @typedef {import('../types.ts').SelfcheckSummary} Selfcheck */
/** @typedef {Record<string, number>} Counts */
/** @typedef {{ report: Report, families: { family: string, counts: Counts }[], coverage: { operation: string, checks: number, failed: number }[] }} View */
/** @typedef {{ check: Check, expanded: boolean, main: HTMLElement, detail: HTMLElement | null, toggle: HTMLElement | null, text: string }} Row */
(function () {
  'use strict';
  /** @type {unknown} */
  var data = JSON.parse(byId('report-data').textContent || '{}');
  // The one cast: html-report.ts embedded this JSON from a View (the page still reads it defensively).
  var view = /** @type {View} */ (data);
  var report = view.report;
  var STATUSES = ['failed', 'error', 'advisory', 'waived', 'skipped', 'not-applicable', 'passed'];
  var KNOWN_EVIDENCE = ['exchanges', 'curl', 'expected', 'actual', 'seed', 'transcript', 'summaries'];

  /** @param {string} id @returns {HTMLElement} */
  function byId(id) {
    var node = document.getElementById(id);
    if (!node) throw new Error('conformance.html has no #' + id);
    return node;
  }
  /**
   * @param {string} tag
   * @param {Record<string, string | number | boolean | null | undefined>} [props]
   * @param {(Node | string | number | null | undefined | false)[]} [children]
   * @returns {HTMLElement}
   */
  function h(tag, props, children) {
    var node = document.createElement(tag);
    var attrs = props || {};
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') node.className = String(v);
      else if (k === 'text') node.textContent = String(v);
      else node.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      node.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
    });
    return node;
  }
  /**
   * A table's head: a th per label, those of the columns `numeric` lists right-aligned as numbers.
   * @param {string[]} labels @param {number[]} numeric
   */
  function thead(labels, numeric) {
    return h('thead', {}, [
      h(
        'tr',
        {},
        labels.map(function (t, i) {
          return h('th', { class: numeric.indexOf(i) >= 0 ? 'num' : undefined, text: t });
        }),
      ),
    ]);
  }
  /** @param {unknown} v @returns {string} */
  function json(v) {
    try {
      return v === undefined ? 'undefined' : JSON.stringify(v, null, 2);
    } catch (e) {
      return String(v);
    }
  }
  /** @param {string} id @param {Node} node */
  function mount(id, node) {
    var target = byId(id);
    target.textContent = '';
    target.appendChild(node);
  }

  // ---- checks table -------------------------------------------------------------------------
  /** @type {{ key: string, label: string, num?: boolean, value: (c: Check) => string | number }[]} */
  var columns = [
    {
      key: 'status',
      label: 'Status',
      value: function (c) {
        return STATUSES.indexOf(c.status);
      },
    },
    {
      key: 'id',
      label: 'Check',
      value: function (c) {
        return c.id;
      },
    },
    {
      key: 'title',
      label: 'Title',
      value: function (c) {
        return c.title;
      },
    },
    {
      key: 'family',
      label: 'Family',
      value: function (c) {
        return c.family;
      },
    },
    {
      key: 'operation',
      label: 'Operation',
      value: function (c) {
        return c.operation || '';
      },
    },
    {
      key: 'doc',
      label: 'Doc',
      value: function (c) {
        return c.docRef ? c.docRef.file + ' ' + c.docRef.heading : '';
      },
    },
    {
      key: 'duration',
      label: 'ms',
      num: true,
      value: function (c) {
        return c.durationMs || 0;
      },
    },
  ];
  /** @type {Row[]} */
  var rows = report.checks.map(function (check) {
    return { check: check, expanded: false, main: h('tr'), detail: null, toggle: null, text: '' };
  });
  var sort = { key: 'status', dir: 1 };
  var tbody = h('tbody');
  var statusSelect = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: 'filter-status', 'aria-label': 'status' },
      [h('option', { value: '', text: 'all statuses' })].concat(
        STATUSES.map(function (s) {
          return h('option', { value: s, text: s.replace('-', ' ') });
        }),
      ),
    )
  );
  var families = view.families.map(function (f) {
    return f.family;
  });
  var familySelect = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: 'filter-family', 'aria-label': 'family' },
      [h('option', { value: '', text: 'all families' })].concat(
        families.map(function (f) {
          return h('option', { value: f, text: f });
        }),
      ),
    )
  );
  var search = /** @type {HTMLInputElement} */ (
    h('input', { id: 'filter-search', type: 'search', placeholder: 'search id, title, operation, reason…', 'aria-label': 'search' })
  );
  var shown = h('span', { id: 'shown-count' });

  /** @param {Check} c */
  function hasDetails(c) {
    return c.status !== 'passed' || (c.evidence && c.evidence.exchanges && c.evidence.exchanges.length > 0);
  }

  /** @param {Check} c */
  function evidenceNode(c) {
    /** @type {Partial<Evidence>} */
    var ev = c.evidence || {};
    var parts = [];
    if (c.reason) parts.push(h('h4', { text: 'Reason' }), h('div', { class: 'reason', text: c.reason }));
    if (c.waiver) parts.push(h('h4', { text: 'Waiver' }), h('div', { text: 'waived until ' + c.waiver.expires + ': ' + c.waiver.reason }));
    if (c.docRef)
      parts.push(h('h4', { text: 'Documentation' }), h('div', {}, [h('code', { text: c.docRef.file }), ', “' + c.docRef.heading + '”']));
    if ('expected' in ev || 'actual' in ev) {
      parts.push(
        h('div', { class: 'diff' }, [
          h('div', {}, [h('h4', { text: 'Expected' }), h('pre', { class: 'expected', text: json(ev.expected) })]),
          h('div', {}, [h('h4', { text: 'Actual' }), h('pre', { class: 'actual', text: json(ev.actual) })]),
        ]),
      );
    }
    if (ev.seed) parts.push(h('h4', { text: 'Seed' }), h('code', { text: ev.seed }));
    if (ev.transcript && ev.transcript.length) {
      parts.push(h('h4', { text: 'Transcript' }), h('pre', { class: 'transcript', text: ev.transcript.join('\n') }));
    }
    (ev.curl || []).forEach(
      /** @param {string} cmd @param {number} i */ function (cmd, i) {
        if (i === 0) parts.push(h('h4', { text: 'Reproduce (export CONNECTFI_TOKEN first)' }));
        var btn = h('button', { class: 'copy', type: 'button', text: 'Copy' });
        btn.addEventListener('click', function () {
          copy(cmd, btn);
        });
        parts.push(h('div', { class: 'curl' }, [h('pre', {}, [h('code', { text: cmd })]), btn]));
      },
    );
    (ev.exchanges || []).forEach(
      /** @param {Partial<Exchange>} x @param {number} i */ function (x, i) {
        if (i === 0) parts.push(h('h4', { text: 'Exchanges (redacted)' }));
        x = x || {};
        var label =
          (x.method || '?') +
          ' ' +
          (x.url || '?') +
          ' → ' +
          (x.status === null || x.status === undefined ? x.error || 'no answer' : x.status) +
          (x.requestId ? '  requestId ' + x.requestId : '') +
          ((x.attempt || 0) > 1 ? '  (attempt ' + x.attempt + ')' : '');
        parts.push(
          h('details', { class: 'exchange' }, [
            h('summary', { text: label }),
            h('pre', {
              text: json({
                request: { headers: x.requestHeaders, body: x.requestBody },
                response: { status: x.status, headers: x.responseHeaders, body: x.responseBody },
                startedAt: x.startedAt,
                durationMs: x.durationMs,
              }),
            }),
          ]),
        );
      },
    );
    /** @type {Record<string, unknown>} */
    var extra = {};
    Object.keys(ev).forEach(function (k) {
      if (KNOWN_EVIDENCE.indexOf(k) < 0) extra[k] = ev[k];
    });
    if (Object.keys(extra).length) parts.push(h('h4', { text: 'More' }), h('pre', { text: json(extra) }));
    if (!parts.length) parts.push(h('p', { class: 'empty', text: 'no evidence recorded' }));
    return h('div', { class: 'evidence' }, parts);
  }

  /** @param {Row} row */
  function toggle(row) {
    row.expanded = !row.expanded;
    if (!row.detail) row.detail = h('tr', { class: 'evidence-row' }, [h('td', { colspan: columns.length + 1 }, [evidenceNode(row.check)])]);
    if (row.toggle) {
      row.toggle.textContent = row.expanded ? 'Hide' : 'Evidence';
      row.toggle.setAttribute('aria-expanded', String(row.expanded));
    }
    if (row.expanded && row.main.parentNode) row.main.parentNode.insertBefore(row.detail, row.main.nextSibling);
    else if (row.detail.parentNode) row.detail.parentNode.removeChild(row.detail);
  }

  rows.forEach(function (row) {
    var c = row.check;
    var cells = [
      h('td', {}, [h('span', { class: 'badge badge-' + c.status, text: c.status })]),
      h('td', {}, [h('code', { class: 'check-id', text: c.id })]),
      h('td', { class: 'check-title', text: c.title }),
      h('td', { text: c.family }),
      h('td', {}, [c.operation ? h('code', { text: c.operation }) : '—']),
      h('td', { class: 'doc' }, [
        c.docRef
          ? h('div', { class: 'doc-clamp', title: c.docRef.file + ', ' + c.docRef.heading }, [c.docRef.file, h('br'), c.docRef.heading])
          : '—',
      ]),
      h('td', { class: 'num', text: Math.round(c.durationMs || 0) }),
    ];
    cells.forEach(function (td, i) {
      td.classList.add('col-' + columns[i].key);
    });
    row.toggle = hasDetails(c)
      ? h('button', { class: 'evidence-toggle', type: 'button', 'aria-expanded': 'false', text: 'Evidence' })
      : null;
    var button = row.toggle;
    if (button)
      button.addEventListener('click', function () {
        toggle(row);
      });
    cells.push(h('td', { class: 'col-more' }, [row.toggle]));
    row.main = h('tr', { class: 'check-row status-' + c.status, 'data-status': c.status, 'data-family': c.family, 'data-id': c.id }, cells);
    row.text = [c.id, c.title, c.family, c.operation || '', c.reason || '', c.docRef ? c.docRef.heading : ''].join('\n').toLowerCase();
  });

  // ---- passed checks collapsed by family ------------------------------------------------------
  // With no filter, no search and the default order, the table shows what needs a person (every
  // check that did not pass) and one row per family for its passed checks, which a click expands:
  // a passing run of hundreds of checks reads at a glance. Any filter, search or sort lists the rows.
  /** @type {Record<string, { row: HTMLElement, button: HTMLElement, count: number, open: boolean }>} */
  var passedGroups = {};
  families.forEach(function (family) {
    var count = rows.filter(function (r) {
      return r.check.status === 'passed' && r.check.family === family;
    }).length;
    if (!count) return;
    var button = h('button', { type: 'button', class: 'group-toggle', 'aria-expanded': 'false', 'data-family': family });
    var group = {
      row: h('tr', { class: 'passed-group', 'data-family': family }, [h('td', { colspan: columns.length + 1 }, [button])]),
      button: button,
      count: count,
      open: false,
    };
    button.addEventListener('click', function () {
      group.open = !group.open;
      applyFilters();
    });
    passedGroups[family] = group;
  });
  /** @type {HTMLElement} */
  var expandAll = h('button', { type: 'button', id: 'expand-passed', text: 'Expand passed' });
  expandAll.addEventListener('click', function () {
    var open = Object.keys(passedGroups).some(function (f) {
      return !passedGroups[f].open;
    });
    Object.keys(passedGroups).forEach(function (f) {
      passedGroups[f].open = open;
    });
    applyFilters();
  });

  function grouped() {
    return !statusSelect.value && !familySelect.value && !search.value.trim() && sort.key === 'status' && sort.dir > 0;
  }

  /** Places the rows (and, grouped, each family's row before its passed checks), then shows what applies. */
  function layout() {
    var byGroup = grouped();
    tbody.textContent = '';
    /** @param {Row} row */
    function place(row) {
      tbody.appendChild(row.main);
      if (row.expanded && row.detail) tbody.appendChild(row.detail);
    }
    rows.forEach(function (row) {
      if (!byGroup || row.check.status !== 'passed') place(row);
    });
    if (byGroup)
      families.forEach(function (family) {
        if (!passedGroups[family]) return;
        tbody.appendChild(passedGroups[family].row);
        rows.forEach(function (row) {
          if (row.check.status === 'passed' && row.check.family === family) place(row);
        });
      });
    applyFilters();
  }

  function applyFilters() {
    var byGroup = grouped();
    if (byGroup !== tbody.hasAttribute('data-grouped')) {
      if (byGroup) tbody.setAttribute('data-grouped', '');
      else tbody.removeAttribute('data-grouped');
      return layout();
    }
    var status = statusSelect.value,
      family = familySelect.value,
      q = search.value.trim().toLowerCase();
    var n = 0,
      collapsed = 0;
    rows.forEach(function (row) {
      var c = row.check;
      var visible = byGroup
        ? c.status !== 'passed' || passedGroups[c.family].open
        : (!status || c.status === status) && (!family || c.family === family) && (!q || row.text.indexOf(q) >= 0);
      row.main.hidden = !visible;
      if (row.detail) row.detail.hidden = !visible;
      if (visible) n++;
      else if (byGroup) collapsed++;
    });
    Object.keys(passedGroups).forEach(function (f) {
      var g = passedGroups[f];
      g.row.hidden = !byGroup;
      g.button.textContent = (g.open ? '▾ ' : '▸ ') + f + ': ' + g.count + ' passed';
      g.button.setAttribute('aria-expanded', String(g.open));
    });
    expandAll.hidden = !byGroup || !Object.keys(passedGroups).length;
    shown.textContent =
      n + ' of ' + rows.length + ' checks' + (collapsed ? ' shown; ' + collapsed + ' passed checks collapsed by family' : '');
  }

  function render() {
    var col =
      columns.filter(function (k) {
        return k.key === sort.key;
      })[0] || columns[0];
    rows.sort(function (a, b) {
      var x = col.value(a.check),
        y = col.value(b.check);
      var d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.dir * d || a.check.id.localeCompare(b.check.id);
    });
    headCells.forEach(function (th) {
      th.setAttribute('aria-sort', th.getAttribute('data-sort') === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    layout();
  }

  var headCells = columns.map(function (col) {
    var th = h('th', { class: 'sortable col-' + col.key + (col.num ? ' num' : ''), 'data-sort': col.key, text: col.label, scope: 'col' });
    th.addEventListener('click', function () {
      sort = { key: col.key, dir: sort.key === col.key ? -sort.dir : 1 };
      render();
    });
    return th;
  });
  [statusSelect, familySelect].forEach(function (el) {
    el.addEventListener('change', applyFilters);
  });
  search.addEventListener('input', applyFilters);
  mount(
    'checks',
    h('div', {}, [
      h('div', { class: 'filters' }, [
        h('label', { text: 'Status' }),
        statusSelect,
        h('label', { text: 'Family' }),
        familySelect,
        search,
        expandAll,
        shown,
      ]),
      rows.length
        ? h('div', { class: 'table-scroll' }, [
            h('table', { id: 'checks-table' }, [h('thead', {}, [h('tr', {}, headCells.concat([h('th', { class: 'col-more' })]))]), tbody]),
          ])
        : h('p', { class: 'empty', text: 'no checks in this report' }),
    ]),
  );
  render();

  /** @param {string} id */
  function focusCheck(id) {
    statusSelect.value = '';
    familySelect.value = '';
    search.value = id;
    applyFilters();
    var row = rows.filter(function (r) {
      return r.check.id === id;
    })[0];
    if (!row) return;
    if (!row.expanded && row.toggle) toggle(row);
    row.main.scrollIntoView({ block: 'center' });
  }

  /** @param {string} text @param {HTMLElement} btn */
  function copy(text, btn) {
    /** @param {boolean} ok */
    function done(ok) {
      btn.textContent = ok ? 'Copied' : 'Select and copy';
      setTimeout(function () {
        btn.textContent = 'Copy';
      }, 1500);
    }
    function fallback() {
      var area = /** @type {HTMLTextAreaElement} */ (h('textarea', { class: 'copy-buffer', readonly: true }));
      area.value = text;
      document.body.appendChild(area);
      area.select();
      /** @type {boolean} */
      var ok;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      return ok;
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () {
          done(true);
        },
        function () {
          done(fallback());
        },
      );
    } else done(fallback());
  }

  // ---- triage: the chart's segments and the causes (rendered by html-triage.ts) ----------------
  /** Filters the checks table to a family and a status ('' = any) and scrolls to it. */
  /** @param {string} family @param {string} status */
  function showChecks(family, status) {
    familySelect.value = family;
    statusSelect.value = status;
    search.value = '';
    applyFilters();
    byId('checks').scrollIntoView();
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('#triage button[data-check], #triage button[data-status]') : null;
    if (!target) return;
    var check = target.getAttribute('data-check');
    if (check) focusCheck(check);
    else showChecks(target.getAttribute('data-family') || '', target.getAttribute('data-status') || '');
  });

  // ---- families and coverage ----------------------------------------------------------------
  mount(
    'families',
    h('table', { id: 'families-table' }, [
      thead(['Family', 'passed', 'failed', 'skipped', 'waived', 'not applicable'], [1, 2, 3, 4, 5]),
      h(
        'tbody',
        {},
        view.families.map(function (f) {
          var link = h('button', { type: 'button', text: f.family, title: 'show only this family' });
          link.addEventListener('click', function () {
            showChecks(f.family, '');
          });
          return h(
            'tr',
            {},
            [h('td', {}, [link])].concat(
              ['passed', 'failed', 'skipped', 'waived', 'not-applicable'].map(function (s) {
                return h('td', { class: 'num', text: f.counts[s] });
              }),
            ),
          );
        }),
      ),
    ]),
  );

  mount(
    'coverage',
    h('table', { id: 'coverage-table' }, [
      thead(['Operation', 'checks', 'failed', ''], [1, 2]),
      h(
        'tbody',
        {},
        view.coverage.map(function (o) {
          var okWidth = o.checks ? (100 * (o.checks - o.failed)) / o.checks : 0;
          return h('tr', { class: o.checks ? '' : 'uncovered', title: o.checks ? '' : 'no check exercised this operation' }, [
            h('td', {}, [h('code', { text: o.operation })]),
            h('td', { class: 'num', text: o.checks }),
            h('td', { class: 'num', text: o.failed }),
            h('td', {}, [
              h('div', { class: 'bar' }, [
                h('span', { class: 'ok', style: 'width:' + okWidth + '%' }),
                h('span', { class: 'ko', style: 'width:' + (o.checks ? 100 - okWidth : 0) + '%' }),
              ]),
            ]),
          ]);
        }),
      ),
    ]),
  );
  var keywords = (report.coverage && report.coverage.keywords) || {};
  if (Object.keys(keywords).length) {
    mount(
      'keywords',
      h('table', { id: 'keywords-table' }, [
        thead(['Schema keyword', 'accepted (valid)', 'rejected (invalid)'], [1, 2]),
        h(
          'tbody',
          {},
          Object.keys(keywords)
            .sort()
            .map(function (k) {
              var v = keywords[k] || {};
              return h('tr', {}, [
                h('td', {}, [h('code', { text: k })]),
                h('td', { class: 'num', text: (v.positive || []).length, title: (v.positive || []).join('\n') }),
                h('td', { class: 'num', text: (v.negative || []).length, title: (v.negative || []).join('\n') }),
              ]);
            }),
        ),
      ]),
    );
  }

  // ---- status matrices ----------------------------------------------------------------------
  /** @param {Matrix} m @param {string} corner */
  function matrixNode(m, corner) {
    var head = h(
      'tr',
      {},
      [h('th', { text: corner })].concat(
        m.cols.map(function (c) {
          return h('th', { scope: 'col', text: c });
        }),
      ),
    );
    var body = m.rows.map(function (r) {
      return h(
        'tr',
        {},
        [h('th', { class: 'row-head', scope: 'row', text: r })].concat(
          m.cols.map(function (c) {
            var cell = m.cells[r] && m.cells[r][c];
            if (!cell) return h('td', { class: 'cell cell-none', text: '—', title: 'no rule' });
            var td = h('td', {
              class: 'cell cell-' + cell.status + ' expect-' + cell.expected,
              'data-check': cell.checkId,
              text: cell.expected === 'allowed' ? '✓' : '✗',
              title: cell.checkId + ': ' + cell.expected + ', check ' + cell.status,
            });
            var id = cell.checkId;
            td.addEventListener('click', function () {
              focusCheck(id);
            });
            return td;
          }),
        ),
      );
    });
    return h('table', { class: 'matrix' }, [h('thead', {}, [head]), h('tbody', {}, body)]);
  }
  /** @type {Record<string, Matrix | undefined>} */
  var matrices = report.matrices || {};
  [
    ['transitions', 'from \\ to'],
    ['permissions', 'status \\ operation'],
  ].forEach(function (spec) {
    var m = matrices[spec[0]];
    mount(
      'matrix-' + spec[0],
      m && m.rows && m.cols
        ? matrixNode(m, spec[1])
        : h('p', { class: 'not-run', text: 'not run: no check in this run filled this matrix' }),
    );
  });
  mount(
    'matrix-legend',
    h(
      'div',
      { class: 'legend' },
      [
        ['passed', 'check passed'],
        ['failed', 'check failed'],
        ['waived', 'waived'],
        ['skipped', 'skipped'],
        ['not-applicable', 'not applicable'],
      ]
        .map(function (p) {
          return h('span', {}, [h('span', { class: 'swatch swatch-' + p[0] }), p[1]]);
        })
        .concat([h('span', { text: '✓ documented as allowed, ✗ documented as refused, — no rule; click a cell for its check' })]),
    ),
  );

  // ---- self-check: the suite against the simulator's named faults ----------------------------
  // A fault is detected only by its expected checks failing on their own assertion; every other
  // failure is shown as collateral (docs/architecture.md, "A new fault (self-check)").
  /** @param {string[]} ids @param {number} shown */
  function idList(ids, shown) {
    return ids.slice(0, shown).join(', ') + (ids.length > shown ? ', +' + (ids.length - shown) + ' more' : '');
  }
  /** @param {Selfcheck} sc */
  function selfcheckNode(sc) {
    var score = sc.score || {};
    var clean = sc.clean || {};
    var rows = Array.isArray(sc.faults) ? sc.faults : [];
    var shown = 3;
    return h('section', { class: 'selfcheck' }, [
      h('h2', { text: 'Self-check' }),
      h('p', {
        id: 'selfcheck-score',
        class: 'selfcheck-score ' + (score.total && score.detected === score.total ? 'ok' : 'ko'),
        text: 'Mutation score: ' + score.detected + '/' + score.total + ' faults detected (' + score.percent + '%)',
      }),
      h('p', {
        id: 'selfcheck-clean',
        class: 'meta',
        text:
          'Clean simulator: ' +
          (clean.ok ? 'passed' : 'FAILED') +
          ' (' +
          clean.passed +
          ' passed, ' +
          clean.failed +
          ' failed, ' +
          clean.skipped +
          ' skipped)' +
          (clean.reason ? ': ' + clean.reason : '') +
          ' · seed ' +
          sc.seed +
          ' · --runs ' +
          sc.runs +
          ' · ' +
          ((sc.durationMs || 0) / 1000).toFixed(0) +
          ' s',
      }),
      h('table', { id: 'selfcheck-table' }, [
        h('thead', {}, [
          h(
            'tr',
            {},
            ['Fault', 'Family', 'Detected', 'Expected', 'Detected by', 'Collateral', 'Description'].map(function (t) {
              return h('th', { scope: 'col', text: t });
            }),
          ),
        ]),
        h(
          'tbody',
          {},
          rows.map(function (r) {
            var by = Array.isArray(r.detectedBy) ? r.detectedBy : [];
            var expected = Array.isArray(r.expected) ? r.expected : [];
            var collateral = Array.isArray(r.collateral) ? r.collateral : [];
            return h('tr', { class: 'selfcheck-row ' + (r.detected ? 'detected' : 'undetected'), 'data-fault': r.fault }, [
              h('td', {}, [h('code', { text: r.fault })]),
              h('td', { text: r.family }),
              h('td', {}, [h('span', { class: 'badge badge-' + (r.detected ? 'passed' : 'failed'), text: r.detected ? 'yes' : 'missed' })]),
              h('td', { class: 'selfcheck-expected', text: expected.join(', ') }),
              h('td', { class: 'selfcheck-by', text: r.detected ? idList(by, shown) : r.reason || 'missed', title: by.join('\n') }),
              h('td', {
                class: 'selfcheck-collateral',
                text: collateral.length ? collateral.length + ': ' + idList(collateral, shown) : '0',
                title: collateral.join('\n'),
              }),
              h('td', { text: r.description + (r.story ? ' (' + r.story + ')' : '') }),
            ]);
          }),
        ),
      ]),
    ]);
  }
  // ---- self-check: the suite against the simulator's allowed variants --------------------------
  // Each variant makes a choice the docs leave open differently; every check that failed against it
  // is a false alarm (docs/contributing.md, "Allowed variants").
  /** @param {Selfcheck} sc */
  function variantsNode(sc) {
    var rows = Array.isArray(sc.variants) ? sc.variants : [];
    var ok = rows.filter(function (r) {
      return r.ok;
    }).length;
    var shown = 3;
    return h('section', { class: 'selfcheck-variants' }, [
      h('h3', { text: 'Allowed variants' }),
      h('p', {
        id: 'selfcheck-variants-score',
        class: 'selfcheck-score ' + (ok === rows.length ? 'ok' : 'ko'),
        text: ok + '/' + rows.length + ' allowed variants passed with no false alarm',
      }),
      h('table', { id: 'selfcheck-variants-table' }, [
        h('thead', {}, [
          h(
            'tr',
            {},
            ['Variant', 'Passed', 'False alarms', 'Advisories', 'Allowed by', 'Description'].map(function (t) {
              return h('th', { scope: 'col', text: t });
            }),
          ),
        ]),
        h(
          'tbody',
          {},
          rows.map(function (r) {
            var alarms = Array.isArray(r.falseAlarms) ? r.falseAlarms : [];
            var advisories = Array.isArray(r.advisories) ? r.advisories : [];
            var docs = Array.isArray(r.docs) ? r.docs : [];
            return h('tr', { class: 'selfcheck-variant ' + (r.ok ? 'detected' : 'undetected'), 'data-variant': r.variant }, [
              h('td', {}, [h('code', { text: r.variant })]),
              h('td', {}, [h('span', { class: 'badge badge-' + (r.ok ? 'passed' : 'failed'), text: r.ok ? 'yes' : 'no' })]),
              h('td', {
                class: 'selfcheck-by',
                text: alarms.length ? alarms.length + ': ' + idList(alarms, shown) : r.ok ? '0' : r.reason || 'failed',
                title: alarms.join('\n'),
              }),
              h('td', { text: advisories.length ? idList(advisories, shown) : '0', title: advisories.join('\n') }),
              h(
                'td',
                { class: 'selfcheck-docs' },
                docs.map(function (d) {
                  return h('div', { text: d.file + ', "' + d.heading + '": ' + d.quote });
                }),
              ),
              h('td', { text: r.description + (r.erratum ? ' (errata ' + r.erratum + ')' : '') }),
            ]);
          }),
        ),
      ]),
    ]);
  }
  if (report.selfcheck && typeof report.selfcheck === 'object') {
    var sc = report.selfcheck;
    var hasVariants = Array.isArray(sc.variants) && sc.variants.length > 0;
    mount('selfcheck', hasVariants ? h('div', {}, [selfcheckNode(sc), variantsNode(sc)]) : selfcheckNode(sc));
  }
})();
