// Accessibility of GoalPlan's webviews in the real editor: axe-core (WCAG 2.2 A and AA rules)
// run inside the webview's own document, and the contrast of every chart line and label computed
// from the colours the theme actually rendered (axe checks text contrast, not SVG strokes).
// The webview's HTML sits two iframes down: iframe.webview.ready > iframe#active-frame.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pickQuickItem, runCommand } from './workbench.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The playwright Frame of the active webview's content document. */
export async function webviewFrame(page) {
  const body = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
  await body.waitFor({ timeout: 60_000 });
  const handle = await body.elementHandle();
  const frame = await handle.ownerFrame();
  if (!frame) throw new Error('webview frame not found');
  return frame;
}

/** Switches the workbench colour theme through the theme picker, as a user would. */
export async function setColorTheme(page, themeLabel) {
  await runCommand(page, 'Preferences: Color Theme');
  await pickQuickItem(page, themeLabel);
  await page.waitForFunction((dark) => {
    const wb = document.querySelector('.monaco-workbench');
    return wb && wb.classList.contains(dark ? 'vs-dark' : 'vs') && !wb.classList.contains(dark ? 'vs' : 'vs-dark');
  }, /dark/i.test(themeLabel), { timeout: 15_000 });
}

/**
 * Runs axe-core inside the webview. Script injection through `evaluate` goes over the DevTools
 * protocol, so the webview's nonce-only CSP stays as strict as in use.
 */
export async function axeViolations(frame) {
  const hasAxe = await frame.evaluate(() => typeof globalThis.axe === 'object');
  if (!hasAxe) await frame.evaluate(AXE_SOURCE);
  const result = await frame.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`),
    }));
  }, WCAG_TAGS);
  return result;
}

/**
 * Contrast of each chart line, mark and label against the webview's background, from the
 * computed stroke/fill colours and opacities (WCAG 1.4.11 non-text contrast: 3:1).
 * Returns the failures (with the ratio) and how many elements were measured.
 */
export async function chartContrast(frame) {
  return frame.evaluate(() => {
    const parse = (c) => {
      const m = /rgba?\(([^)]+)\)/.exec(c ?? '');
      if (!m) return undefined;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const lum = ({ r, g, b }) => {
      const f = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const blend = (fg, alpha, bg) => ({
      r: fg.r * alpha + bg.r * (1 - alpha), g: fg.g * alpha + bg.g * (1 - alpha), b: fg.b * alpha + bg.b * (1 - alpha),
    });
    const ratio = (a, b) => {
      const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const bg = parse(getComputedStyle(document.body).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
    const opacityChain = (el) => {
      let o = 1;
      for (let e = el; e && e !== document.body; e = e.parentElement) o *= Number(getComputedStyle(e).opacity || 1);
      return o;
    };
    const selectors = [
      ['.gp-svg .gp-line path, .gp-svg path.gp-line, .gp-svg .gp-line', 'stroke'],
      ['.gp-svg .gp-point', 'fill'],
      ['.gp-svg .gp-target line, .gp-svg .gp-target', 'stroke'],
      ['.gp-svg .gp-baseline line, .gp-svg .gp-baseline', 'stroke'],
      ['.gp-svg .gp-cutoff line, .gp-svg .gp-cutoff', 'stroke'],
      ['.gp-svg .gp-due line, .gp-svg .gp-due', 'stroke'],
      ['.gp-svg .gp-review line, .gp-svg .gp-review', 'stroke'],
      ['.gp-svg .gp-today line, .gp-svg .gp-today', 'stroke'],
      ['.gp-svg .gp-expected line, .gp-svg .gp-expected', 'stroke'],
      ['.gp-svg .gp-revision path, .gp-svg .gp-revision', 'fill'],
      ['.gp-svg .gp-late path, .gp-svg .gp-late', 'stroke'],
      ['.gp-svg .gp-expected-line path, .gp-svg .gp-expected-line', 'stroke'],
      ['.gp-svg .gp-offtrack path, .gp-svg .gp-offtrack', 'stroke'],
      // SPEC 5.6 timeline marks: risk, events/barriers, goal revisions, SRS below its cutoff.
      ['.gp-svg .gp-risk line, .gp-svg .gp-risk', 'stroke'],
      ['.gp-svg .gp-annotation path, .gp-svg .gp-annotation', 'fill'],
      ['.gp-svg .gp-goal-revision line, .gp-svg .gp-goal-revision', 'stroke'],
      ['.gp-svg .gp-below-cutoff circle, .gp-svg .gp-below-cutoff path, .gp-svg .gp-below-cutoff', 'stroke'],
      ['.gp-svg text', 'fill'],
    ];
    const seen = new Set();
    const failures = [];
    let measured = 0;
    for (const [sel, prop] of selectors) {
      for (const el of document.querySelectorAll(sel)) {
        if (seen.has(el)) continue;
        if (el.tagName.toLowerCase() === 'g' && el.querySelector('line, path, circle, text')) continue; // measure the drawn children
        seen.add(el);
        const cs = getComputedStyle(el);
        const c = parse(cs[prop]);
        if (!c || cs[prop] === 'none' || c.a === 0) continue;
        const alpha = c.a * Number(cs[`${prop}Opacity`] || 1) * opacityChain(el);
        const shown = blend(c, alpha, bg);
        const r = ratio(shown, bg);
        measured += 1;
        if (r < 3) {
          const owner = el.closest('[class*="gp-"]');
          failures.push({ what: `${el.tagName.toLowerCase()}.${(el.getAttribute('class') || owner?.getAttribute('class') || '').replace(/\s+/g, '.')}`, prop, color: cs[prop], ratio: Number(r.toFixed(2)) });
        }
      }
    }
    return { measured, failures: failures.slice(0, 20), failed: failures.length, background: getComputedStyle(document.body).backgroundColor };
  });
}

/** axe + contrast for the webview currently shown; throws with a readable list on any failure. */
export async function checkWebviewAccessibility(page, { label }) {
  const frame = await webviewFrame(page);
  const violations = await axeViolations(frame);
  const contrast = await chartContrast(frame);
  const problems = [];
  for (const v of violations) problems.push(`axe ${v.id} (${v.impact}, ${v.nodes} nodes): ${v.help}\n    ${v.targets.join('\n    ')}`);
  if (contrast.failed > 0) problems.push(`chart contrast below 3:1 on ${contrast.failed} elements (background ${contrast.background}):\n    ${contrast.failures.map((f) => `${f.what} ${f.prop} ${f.color} = ${f.ratio}:1`).join('\n    ')}`);
  if (problems.length) throw new Error(`${label}: ${problems.length} accessibility problem(s)\n  ${problems.join('\n  ')}`);
  return { label, violations: 0, contrastMeasured: contrast.measured };
}
