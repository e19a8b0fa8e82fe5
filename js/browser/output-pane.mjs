// output-pane.mjs — console output into a page element, fast for any amount.
//
// The runtime hands over output after every time slice (5 ms in a page), so
// a chatty program sends hundreds of small chunks a second. Touching the DOM
// (and reading the layout to keep the view scrolled down) for each of them
// costs more than the program; instead the pane collects text and writes it
// once per animation frame. Past `maxDomLines` lines it turns virtual: the
// element keeps a sizer as tall as all the lines and renders only the lines
// in view, so 100,000 lines cost what 100 do. Virtual lines do not wrap
// (the pane scrolls sideways); each line takes the stderr colour when any
// of its text came from stderr.
//
// Browser only.

const DEFAULT_MAX_DOM_LINES = 2000;
const OVERSCAN = 20;   // lines rendered above and below the view

function element(target) {
  if (target === undefined || target === null) return null;
  if (typeof target === 'string') return document.querySelector(target);
  return target;
}

export class OutputPane {
  constructor(target, { maxDomLines = DEFAULT_MAX_DOM_LINES } = {}) {
    this.el = element(target);
    this.maxDomLines = maxDomLines;
    this._lines = [];          // complete lines, without their '\n'
    this._errLines = new Set(); // indexes of lines with stderr text (virtual mode colours them)
    this._partial = '';        // the unfinished last line
    this._partialErr = false;
    this._pending = [];        // [text, isError] not in the DOM yet
    this._scheduled = false;
    this._virtual = null;      // { sizer, view, lineHeight } once virtual
    this._onScroll = () => this._schedule();
  }

  /** Appends text; stderr text (isError) is shown with class "stderr". */
  write(text, isError = false) {
    if (!this.el || text.length === 0) return;
    this._record(text, isError);
    this._pending.push([text, isError]);
    this._schedule();
  }

  _record(text, isError) {
    let start = 0;
    let nl;
    while ((nl = text.indexOf('\n', start)) >= 0) {
      if (isError || this._partialErr) this._errLines.add(this._lines.length);
      this._lines.push(this._partial + text.slice(start, nl));
      this._partial = '';
      this._partialErr = false;
      start = nl + 1;
    }
    if (start < text.length) {
      this._partial += text.slice(start);
      this._partialErr ||= isError;
    }
  }

  _schedule() {
    if (this._scheduled) return;
    this._scheduled = true;
    const run = () => {
      if (!this._scheduled) return;
      this._scheduled = false;
      this._render();
    };
    // requestAnimationFrame does not fire in a background tab: the timeout
    // keeps output flowing there (at a lower rate).
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
    setTimeout(run, 100);
  }

  /** Writes out what is pending now (the pane does it by itself on the next frame). */
  flush() {
    if (!this.el) return;
    this._scheduled = false;
    this._render();
  }

  _render() {
    if (!this._virtual && this.lineCount > this.maxDomLines) this._goVirtual();
    if (this._virtual) {
      this._pending.length = 0;
      this._renderVirtual();
    } else {
      this._renderPlain();
    }
  }

  _renderPlain() {
    if (this._pending.length === 0) return;
    const el = this.el;
    const follow = el.scrollTop + el.clientHeight >= el.scrollHeight - 4;
    let run = '';
    let runErr = false;
    const put = () => {
      if (run.length === 0) return;
      if (runErr) {
        const span = document.createElement('span');
        span.className = 'stderr';
        span.textContent = run;
        el.append(span);
      } else {
        const last = el.lastChild;
        if (last && last.nodeType === Node.TEXT_NODE) last.appendData(run);
        else el.append(document.createTextNode(run));
      }
      run = '';
    };
    for (const [text, isError] of this._pending) {
      if (isError !== runErr) put();
      runErr = isError;
      run += text;
    }
    put();
    this._pending.length = 0;
    if (follow && el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight;
  }

  _goVirtual() {
    const el = this.el;
    el.textContent = '';
    const style = getComputedStyle(el);
    // The element itself scrolls: give it a height if the page did not.
    if (style.maxHeight === 'none' && style.height === 'auto') el.style.maxHeight = '70vh';
    if (style.overflowY === 'visible') el.style.overflow = 'auto';
    const sizer = document.createElement('div');
    sizer.style.position = 'relative';
    const view = document.createElement('div');
    view.style.position = 'absolute';
    view.style.left = '0';
    view.style.top = '0';
    view.style.whiteSpace = 'pre';
    sizer.append(view);
    el.append(sizer);
    // One line's height, measured with the element's font, then fixed so
    // line i is always at i * lineHeight.
    view.textContent = 'X';
    const lineHeight = Math.max(1, view.getBoundingClientRect().height);
    view.style.lineHeight = `${lineHeight}px`;
    view.textContent = '';
    this._virtual = { sizer, view, lineHeight, first: -1, count: -1, total: -1 };
    el.scrollTop = el.scrollHeight;
    el.addEventListener('scroll', this._onScroll, { passive: true });
    el.dataset.virtual = 'true';
  }

  _renderVirtual() {
    const el = this.el;
    const v = this._virtual;
    const total = this.lineCount;
    const before = v.total;
    if (total !== before) {
      const follow = before < 0 || el.scrollTop + el.clientHeight >= el.scrollHeight - v.lineHeight;
      v.sizer.style.height = `${total * v.lineHeight}px`;
      v.total = total;
      if (follow) el.scrollTop = el.scrollHeight;
    }
    const visible = Math.ceil(el.clientHeight / v.lineHeight) + 1;
    const first = Math.max(0, Math.min(Math.floor(el.scrollTop / v.lineHeight) - OVERSCAN, total - visible - OVERSCAN));
    const count = Math.min(total - first, visible + 2 * OVERSCAN);
    // Same lines in view, none of them new: leave the DOM alone.
    if (first === v.first && count === v.count && first + count < before) return;
    v.first = first;
    v.count = count;
    v.view.style.top = `${first * v.lineHeight}px`;
    const frag = document.createDocumentFragment();
    for (let i = first; i < first + count; i++) {
      const line = document.createElement('div');
      // An empty line still needs its height.
      line.textContent = (i < this._lines.length ? this._lines[i] : this._partial) || '\u200b';
      if (this._errLines.has(i) || (i === this._lines.length && this._partialErr)) line.className = 'stderr';
      frag.append(line);
    }
    v.view.replaceChildren(frag);
  }

  /** Removes all output. */
  clear() {
    this._lines = [];
    this._errLines = new Set();
    this._partial = '';
    this._partialErr = false;
    this._pending.length = 0;
    if (!this.el) return;
    if (this._virtual) {
      this.el.removeEventListener('scroll', this._onScroll);
      delete this.el.dataset.virtual;
      this._virtual = null;
    }
    this.el.textContent = '';
  }

  /** Everything written so far. */
  get text() {
    return this._lines.length === 0 ? this._partial : `${this._lines.join('\n')}\n${this._partial}`;
  }

  /** Lines written so far (an unfinished last line counts). */
  get lineCount() {
    return this._lines.length + (this._partial.length > 0 ? 1 : 0);
  }

  get stdout() { return (t) => this.write(t, false); }
  get stderr() { return (t) => this.write(t, true); }
}
