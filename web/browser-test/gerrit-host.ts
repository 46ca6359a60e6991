/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * A host page that gives the plugin what Gerrit 3.13.5's web app gives it,
 * for the browser tests: Gerrit's app is only in gerrit.war, so this page
 * rebuilds, in our own code, the parts the plugin's elements live in, from a
 * reading of Gerrit's polygerrit-ui sources (3.13 line):
 *
 * - the theme: the CSS variables of app-theme.ts on <html>, and with
 *   ?theme=dark the overrides of dark-theme.ts in a second <style>, as
 *   Gerrit's applyTheme() adds it;
 * - the change page (/c/...): gr-change-view's flex row of a metadata column
 *   (max-width 50%, --metadata-horizontal-padding = --spacing-l) and the
 *   commit message (72ch); gr-change-metadata's shadow DOM, display:table,
 *   one <section> table row per fact with .title and .value cells, styled as
 *   gr-change-metadata-shared-styles.ts styles them; the endpoint
 *   change-metadata-item after Hashtags, wrapping the gr-endpoint-slot
 *   "above-submit-requirements", Submit Requirements and Links;
 * - gr-endpoint-decorator's rules: a component registered with a slot goes
 *   into the light DOM right after its gr-endpoint-slot, any other is
 *   appended to the decorator's own shadow root (after its <slot>); each gets
 *   `plugin` and the gr-endpoint-param values as properties;
 * - the change list (/q/...): a table whose rows are gr-change-list-item
 *   elements (display: table-row, cells in their shadow DOM), the dynamic
 *   endpoints change-list-header (a <th>) and change-list-item-cell (a
 *   td.cell.endpoint per row);
 * - plugin screens (/x/PLUGIN/SCREEN...): gr-plugin-screen's decorator named
 *   PLUGIN-screen-SCREEN with a "token" param, under Gerrit's main header
 *   with the top menu;
 * - the plugin API surface the plugin uses: install, registerCustomComponent
 *   (with slot), registerDynamicCustomComponent, screen, on('showchange'),
 *   restApi().fetch.
 *
 * Values are Gerrit's (colours, spacing, fonts); the markup is reduced to
 * what lays out the plugin's surroundings. window.hostTools gives the tests
 * contrast and geometry helpers that see through shadow roots.
 */

/** Gerrit's light theme (app-theme.ts): the variables a page here uses. */
export const LIGHT_THEME = `
html {
  --gerrit-blue-light:#1565c0; --gerrit-blue-dark:#90caf9;
  --red-700:#c5221f; --red-50:#fce8e6; --red-200:#f6aea9; --red-tonal:#6c322f;
  --blue-700:#1967d2; --blue-50:#e8f0fe; --blue-200:#aecbfa; --blue-tonal:#314972;
  --orange-700:#d56e0c; --orange-50:#feefe3; --orange-200:#fdc69c; --orange-tonal:#714625;
  --green-700:#188038; --green-50:#e6f4ea; --green-200:#a8dab5; --green-tonal:#2c553a;
  --gray-900:#202124; --gray-800:#3c4043; --gray-700:#5f6368; --gray-500:#9aa0a6; --gray-400:#bdc1c6;
  --gray-300:#dadce0; --gray-200:#e8eaed; --gray-100:#f1f3f4; --gray-50:#f8f9fa; --gray-tonal:#505357;
  --purple-500:#a142f4; --purple-200:#d7aefb; --purple-50:#f3e8fd; --purple-tonal:#523272;
  --error-foreground:var(--red-700); --error-background:var(--red-50);
  --warning-foreground:var(--orange-700); --warning-background:var(--orange-50);
  --info-foreground:var(--blue-700); --info-background:var(--blue-50);
  --success-foreground:var(--green-700); --success-background:var(--green-50);
  --primary-text-color:var(--gray-900); --link-color:var(--gerrit-blue-light);
  --deemphasized-text-color:var(--gray-700); --tooltip-text-color:white;
  --background-color-primary:white; --background-color-secondary:var(--gray-50); --background-color-tertiary:var(--gray-100);
  --chip-background-color:var(--background-color-tertiary); --table-header-background-color:var(--background-color-secondary);
  --view-background-color:var(--background-color-primary); --hover-background-color:rgba(161,194,250,.2);
  --tooltip-background-color:var(--gray-900); --border-color:var(--gray-300);
  --header-background-color:var(--background-color-tertiary); --header-text-color:black;
  --tag-purple:var(--purple-50); --status-private:var(--purple-500);
  --font-family:'Roboto',-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;
  --header-font-family:'Open Sans','Roboto',-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;
  --monospace-font-family:'Roboto Mono','SF Mono','Lucida Console',Monaco,monospace;
  --font-size-mono:.929rem; --font-size-small:.857rem; --font-size-normal:1rem; --font-size-h3:1.143rem; --font-size-h2:1.429rem;
  --line-height-mono:1.286rem; --line-height-small:1.143rem; --line-height-normal:1.429rem; --line-height-h3:1.715rem; --line-height-h2:2rem;
  --font-weight-normal:400; --font-weight-bold:500; --font-weight-h2:400; --font-weight-h3:400;
  --spacing-xxs:1px; --spacing-xs:2px; --spacing-s:4px; --spacing-m:8px; --spacing-l:12px; --spacing-xl:16px; --spacing-xxl:24px;
  --border-radius:4px;
  --elevation-level-1:0px 1px 2px 0px rgba(60,64,67,.30),0px 1px 3px 1px rgba(60,64,67,.15);
  --elevation-level-2:0px 1px 2px 0px rgba(60,64,67,.30),0px 2px 6px 2px rgba(60,64,67,.15);
}`;

/** Gerrit's dark theme (dark-theme.ts): the same variables, overridden. */
export const DARK_THEME = `
html {
  --error-foreground:var(--red-200); --error-background:var(--red-tonal);
  --warning-foreground:var(--orange-200); --warning-background:var(--orange-tonal);
  --info-foreground:var(--blue-200); --info-background:var(--blue-tonal);
  --success-foreground:var(--green-200); --success-background:var(--green-tonal);
  --primary-text-color:var(--gray-200); --link-color:var(--gerrit-blue-dark);
  --deemphasized-text-color:var(--gray-400); --tooltip-text-color:var(--gray-900);
  --background-color-primary:var(--gray-900); --background-color-secondary:#2f3034; --background-color-tertiary:var(--gray-800);
  --tooltip-background-color:var(--gray-200); --border-color:var(--gray-700);
  --header-background-color:var(--background-color-tertiary); --header-text-color:var(--primary-text-color);
  --tag-purple:var(--purple-tonal); --status-private:var(--purple-200);
  background-color:var(--view-background-color);
}`;

/** gr-change-metadata-shared-styles.ts and gr-change-metadata's own rules. */
const METADATA_CSS = `
:host{display:table;}
section{display:table-row;}
section:not(:first-of-type) .title,section:not(:first-of-type) .value{padding-top:var(--spacing-s);}
.title,.value{display:table-cell;vertical-align:top;}
.title{color:var(--deemphasized-text-color);max-width:20em;padding-left:var(--metadata-horizontal-padding);padding-right:var(--metadata-horizontal-padding);word-break:break-word;}
.metadata-header{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:var(--spacing-s);}
.metadata-title{color:var(--deemphasized-text-color);padding-left:var(--metadata-horizontal-padding);margin:0;font-size:var(--font-size-h3);line-height:var(--line-height-h3);font-weight:var(--font-weight-h3);}
.hideDisplay{display:none;}
.separatedSection{padding:var(--spacing-m) 0;}
.show-all{color:var(--link-color);padding-right:var(--metadata-horizontal-padding);}
a{color:var(--link-color);text-decoration:none;}
.account{display:inline-block;background:var(--chip-background-color);border-radius:var(--line-height-normal);padding:0 var(--spacing-m);margin-right:var(--spacing-xs);margin-bottom:var(--spacing-xs);}
gr-reviewer-list{display:block;max-width:285px;}
.sr-heading{color:var(--deemphasized-text-color);padding-left:var(--metadata-horizontal-padding);margin:0 0 var(--spacing-s);font-size:var(--font-size-h3);font-weight:var(--font-weight-h3);}
.sr-row{display:flex;gap:var(--spacing-m);padding:var(--spacing-xs) var(--metadata-horizontal-padding);}
`;

/** gr-change-view's layout around the metadata column. */
const CHANGE_VIEW_CSS = `
.changeInfo{display:flex;background-color:var(--background-color-secondary);padding-right:var(--spacing-m);}
.changeMetadata{max-width:50%;background:var(--view-background-color);box-shadow:var(--elevation-level-1);}
#metadata{--metadata-horizontal-padding:var(--spacing-l);padding-top:var(--spacing-l);width:100%;}
.mainChangeInfo{display:flex;flex:1;flex-direction:column;min-width:0;background:var(--view-background-color);}
.commitContainer{display:flex;flex-direction:column;flex-shrink:0;margin:var(--spacing-l) 0;padding:0 var(--spacing-l);}
.commitMessage{font-family:var(--monospace-font-family);font-size:var(--font-size-mono);line-height:var(--line-height-mono);white-space:pre-wrap;max-width:calc(72ch + 2px + 2 * var(--spacing-m) + 0.4px);border:1px solid var(--border-color);border-radius:var(--border-radius);padding:var(--spacing-m);}
@media screen and (max-width:75em){.commitMessage{margin-right:0;}}
`;

/** gr-change-list and gr-change-list-item (changeListStyles and their own). */
const CHANGE_LIST_CSS = `
table{border-collapse:collapse;width:100%;background:var(--view-background-color);}
th{text-align:left;font-weight:var(--font-weight-bold);white-space:nowrap;padding:var(--spacing-s) var(--spacing-m) var(--spacing-s) 0;background:var(--table-header-background-color);}
th.leftPadding{width:var(--spacing-l);padding:0;}
gr-change-list-item{display:table-row;color:var(--primary-text-color);}
`;
const LIST_ITEM_CSS = `
:host{display:table-row;color:var(--primary-text-color);}
:host(:hover){background-color:var(--hover-background-color);}
.cell{border-top:1px solid var(--border-color);height:2.25rem;vertical-align:middle;padding:0 var(--spacing-m) 0 0;}
.cell.leftPadding{width:var(--spacing-l);padding:0;}
.cell.subject{max-width:30em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;}
a{color:inherit;text-decoration:none;}
.size span{display:inline-block;border-radius:var(--border-radius);font-size:var(--font-size-small);width:20px;height:20px;text-align:center;background:var(--gray-300);color:black;}
`;

/** The main header with Gerrit's top menu (gr-main-header, reduced). */
const APP_CSS = `
html{font-family:var(--font-family);font-size:14px;line-height:var(--line-height-normal);color:var(--primary-text-color);background-color:var(--view-background-color);}
body{margin:0;font-size:var(--font-size-normal);}
gr-main-header{display:flex;align-items:center;gap:var(--spacing-xl);padding:0 var(--spacing-l);height:3rem;background:var(--header-background-color);border-bottom:1px solid var(--border-color);color:var(--header-text-color);}
gr-main-header .title{font-size:1.75rem;font-family:var(--header-font-family);}
gr-main-header a{color:var(--header-text-color);text-decoration:none;}
main{display:block;}
.changeHeader{padding:var(--spacing-m) var(--spacing-l);font-size:var(--font-size-h3);}
`;

/** The in-page part: the plugin API stand-in, the views, the test tools. */
const HOST_SCRIPT = String.raw`
(function () {
  var registrations = [];
  var handlers = {};
  var PLUGIN = 'community-health';
  var plugin = {
    getPluginName: function () { return PLUGIN; },
    registerCustomComponent: function (endpoint, tag, options) {
      registrations.push({endpoint: endpoint, tag: tag, slot: options && options.slot, dynamic: false});
      return {};
    },
    registerDynamicCustomComponent: function (endpoint, tag) {
      registrations.push({endpoint: endpoint, tag: tag, dynamic: true});
      return {};
    },
    screen: function (name, tag) {
      registrations.push({endpoint: PLUGIN + '-screen-' + name, tag: tag, dynamic: false, screen: name});
      return {};
    },
    on: function (event, callback) { (handlers[event] = handlers[event] || []).push(callback); },
    restApi: function () {
      return {fetch: function (method, url, payload, errFn) {
        return window.fetch(url, {method: method, credentials: 'same-origin'}).then(function (res) {
          if (!res.ok && errFn) { errFn(res); return undefined; }
          return res;
        });
      }};
    },
  };
  window.hostRegistrations = registrations;
  window.Gerrit = {install: function (callback) { callback(plugin); }};

  function fire(event, detail) { (handlers[event] || []).forEach(function (h) { h(detail); }); }

  class GrEndpointParam extends HTMLElement {}
  customElements.define('gr-endpoint-param', GrEndpointParam);
  class GrEndpointSlot extends HTMLElement {}
  customElements.define('gr-endpoint-slot', GrEndpointSlot);
  class GrEndpointDecorator extends HTMLElement {
    constructor() { super(); this.attachShadow({mode: 'open'}).appendChild(document.createElement('slot')); }
    connectedCallback() {
      if (this.initialized) return;
      this.initialized = true;
      var self = this;
      var name = this.getAttribute('name');
      registrations.filter(function (r) { return r.endpoint === name; }).forEach(function (r) {
        var el = document.createElement(r.tag);
        el.plugin = plugin;
        Array.prototype.forEach.call(self.querySelectorAll('gr-endpoint-param'), function (p) {
          el[p.getAttribute('name')] = p.value;
        });
        var slot = r.slot ? self.querySelector('gr-endpoint-slot[name="' + r.slot + '"]') : null;
        if (slot) slot.parentNode.insertBefore(el, slot.nextSibling);
        else self.shadowRoot.appendChild(el);
      });
    }
  }
  customElements.define('gr-endpoint-decorator', GrEndpointDecorator);

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') el.textContent = attrs[k];
      else if (k.charAt(0) === '.') el[k.slice(1)] = attrs[k];
      else el.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { el.append(c); });
    return el;
  }
  function decorator(name, params, extra) {
    var d = h('gr-endpoint-decorator', {name: name});
    Object.keys(params).forEach(function (k) { d.appendChild(h('gr-endpoint-param', {name: k, '.value': params[k]})); });
    (extra || []).forEach(function (c) { d.appendChild(c); });
    return d;
  }
  function account(name) { return h('span', {class: 'account', text: name}); }
  function section(cls, title, value) {
    return h('section', {class: cls}, [h('span', {class: 'title'}, [title]), h('span', {class: 'value'}, value)]);
  }

  class GrChangeMetadata extends HTMLElement {
    set change(change) { this._change = change; this.render(); }
    render() {
      var c = this._change;
      var root = this.shadowRoot || this.attachShadow({mode: 'open'});
      var style = h('style', {text: window.hostCss.metadata});
      var owner = (c.owner && c.owner.name) || 'Nico Newcomer';
      var body = h('div', {}, [
        h('div', {class: 'metadata-header'}, [
          h('h3', {class: 'metadata-title', text: 'Change Info'}),
          h('span', {class: 'show-all', text: 'Show all'}),
        ]),
        // Gerrit hides rows such as Submitted until "Show all".
        section('submitted hideDisplay', 'Submitted', ['Nov 22']),
        section('updated', 'Updated', ['Nov 21']),
        section('owner', h('gr-tooltip-content', {title: 'This user created or uploaded the first patchset of this change.', text: 'Owner'}), [account(owner)]),
        section('reviewers', 'Reviewers', [h('gr-reviewer-list', {}, [account('Vera Veteran'), account('Mia Maintainer'), account('Zuul CI'), account('Olga Old-Hand')])]),
        section('repo', 'Repo | Branch', [h('a', {href: '#', text: c.project}), ' | ', h('a', {href: '#', text: 'master'})]),
        section('parent', 'Parent', [h('a', {href: '#', text: '3f3f2f1'})]),
        section('strategy', 'Strategy', ['Merge if Necessary']),
        section('hashtag', 'Hashtags', []),
        decorator('change-metadata-item', {labels: {}, change: c, revision: {}}, [
          h('gr-endpoint-slot', {name: 'above-submit-requirements'}),
          h('div', {class: 'separatedSection'}, [
            h('gr-submit-requirements', {}, [
              h('h3', {class: 'sr-heading', text: 'Submit Requirements'}),
              h('div', {class: 'sr-row'}, [h('span', {text: 'Code-Review'}), h('span', {text: 'Needs +2'})]),
              h('div', {class: 'sr-row'}, [h('span', {text: 'Verified'}), h('span', {text: '+1 Zuul CI'})]),
            ]),
          ]),
        ]),
      ]);
      root.replaceChildren(style, body);
    }
  }
  customElements.define('gr-change-metadata', GrChangeMetadata);

  class GrChangeListItem extends HTMLElement {
    set change(change) { this._change = change; this.render(); }
    render() {
      var c = this._change;
      var root = this.shadowRoot || this.attachShadow({mode: 'open'});
      var cells = [
        h('td', {class: 'cell leftPadding'}),
        h('td', {class: 'cell number'}, [h('a', {href: '#', text: String(c._number)})]),
        h('td', {class: 'cell subject'}, [h('a', {href: '/c/' + c.project + '/+/' + c._number, text: c.subject})]),
        h('td', {class: 'cell status', text: 'Active'}),
        h('td', {class: 'cell owner', text: (c.owner && c.owner.name) || ''}),
        h('td', {class: 'cell reviewers', text: 'Vera, Mia'}),
        h('td', {class: 'cell repo', text: c.project}),
        h('td', {class: 'cell branch', text: 'master'}),
        h('td', {class: 'cell updated', text: 'Nov 21'}),
        h('td', {class: 'cell size'}, [h('span', {text: 'S'})]),
      ];
      registrations.filter(function (r) { return r.dynamic && r.endpoint === 'change-list-item-cell'; }).forEach(function (r) {
        cells.push(h('td', {class: 'cell endpoint'}, [decorator(r.endpoint, {change: c})]));
      });
      root.replaceChildren.apply(root, [h('style', {text: window.hostCss.listItem})].concat(cells));
    }
  }
  customElements.define('gr-change-list-item', GrChangeListItem);

  function changeView(change) {
    var metadata = h('gr-change-metadata', {id: 'metadata', '.change': change});
    fire('showchange', change);
    return h('div', {class: 'changeView'}, [
      h('div', {class: 'changeHeader', text: change._number + ': ' + change.subject}),
      h('div', {class: 'changeInfo'}, [
        h('div', {class: 'changeInfo-column changeMetadata'}, [metadata]),
        h('div', {class: 'changeInfo-column mainChangeInfo'}, [
          h('div', {class: 'commitContainer'}, [h('div', {class: 'commitMessage', text: change.message})]),
        ]),
      ]),
    ]);
  }

  function changeList(changes) {
    var head = h('tr', {class: 'headerRow'}, ['', '#', 'Subject', 'Status', 'Owner', 'Reviewers', 'Repo', 'Branch', 'Updated', 'Size'].map(function (t, i) {
      return h('th', {class: i === 0 ? 'leftPadding' : 'label', text: t});
    }));
    registrations.filter(function (r) { return r.dynamic && r.endpoint === 'change-list-header'; }).forEach(function (r) {
      head.appendChild(h('th', {class: 'endpoint'}, [decorator(r.endpoint, {})]));
    });
    var body = h('tbody', {class: 'groupContent'});
    changes.forEach(function (c) { body.appendChild(h('gr-change-list-item', {'.change': c})); });
    return h('gr-change-list', {}, [h('table', {id: 'changeList'}, [h('thead', {}, [head]), body])]);
  }

  function screen(name, token) {
    return h('gr-plugin-screen', {}, [decorator(PLUGIN + '-screen-' + name, {token: token})]);
  }

  function header() {
    return h('gr-main-header', {}, [
      h('span', {class: 'title', text: 'Gerrit'}),
      h('a', {href: '/q/status:open', text: 'Changes'}),
      h('a', {href: '#', text: 'Documentation'}),
      h('a', {href: '#', text: 'Browse'}),
      h('span', {class: 'menu', text: 'Community health:'}),
      h('a', {id: 'community-health-queue-menu', href: '/x/community-health/queue', text: 'Review queue'}),
      h('a', {id: 'community-health-dashboard-menu', href: '/x/community-health/dashboard', text: 'Dashboard'}),
    ]);
  }

  window.hostRoute = function () {
    var data = window.hostData;
    var params = new URLSearchParams(location.search);
    if (params.get('theme') === 'dark') {
      document.head.appendChild(h('style', {id: 'dark-theme', text: window.hostCss.dark}));
    }
    var path = location.pathname;
    var view;
    if (path.indexOf('/c/') === 0) {
      var number = Number(path.split('/').pop());
      view = changeView(data.changes.filter(function (c) { return c._number === number; })[0]);
    } else if (path.indexOf('/q/') === 0) {
      view = changeList(data.changes.filter(function (c) { return c.listed; }));
    } else {
      var m = /^\/x\/([\w-]+)\/([\w-]+)\/?(.*)$/.exec(path);
      view = screen(m[2], m[3]);
    }
    document.body.replaceChildren(header(), h('main', {}, [view]));
  };

  function rgba(text) {
    var m = /rgba?\(([^)]+)\)/.exec(text || '');
    if (!m) return null;
    var p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  }
  function up(el) { return el.parentElement || (el.getRootNode && el.getRootNode().host) || null; }
  function background(el) {
    for (var e = el; e; e = up(e)) {
      var c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return rgba(getComputedStyle(document.documentElement).backgroundColor) || {r: 255, g: 255, b: 255, a: 1};
  }
  function luminance(c) {
    return [c.r, c.g, c.b].map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }).reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  function ratio(a, b) {
    var x = luminance(a), y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }
  window.hostTools = {
    /** Text colour against the first opaque background behind it. */
    contrast: function (el) {
      var style = getComputedStyle(el);
      var fg = rgba(el instanceof SVGElement ? style.fill : style.color);
      return ratio(fg, background(el));
    },
    /** A colour (e.g. a bar's fill) against what is behind an element. */
    contrastWith: function (colour, el) { return ratio(rgba(colour), background(el)); },
    /** All elements matching selector, through open shadow roots. */
    deepAll: function (selector, root) {
      var out = [];
      (function walk(node) {
        out.push.apply(out, node.querySelectorAll(selector));
        node.querySelectorAll('*').forEach(function (e) { if (e.shadowRoot) walk(e.shadowRoot); });
      })(root || document);
      return out;
    },
  };
})();
`;

export interface HostData {
  /** Changes by number; `listed` ones appear on /q/. */
  changes: unknown[];
}

/** The host page, the same for every route; it draws what the path names. */
export function hostPage(data: HostData): string {
  const css = {
    metadata: METADATA_CSS,
    listItem: LIST_ITEM_CSS,
    dark: DARK_THEME,
  };
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Gerrit Code Review</title>
<style id="light-theme">${LIGHT_THEME}</style>
<style>${APP_CSS}${CHANGE_VIEW_CSS}${CHANGE_LIST_CSS}</style>
<script>window.hostData = ${json(data)}; window.hostCss = ${json(css)};</script>
<script>${HOST_SCRIPT}</script>
<script src="/plugins/community-health/static/community-health.js"></script>
</head><body><script>window.hostRoute();</script></body></html>`;
}
