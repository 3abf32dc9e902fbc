// The one home of each clinical fact (server/src/core/model/facts.ts), read against SPEC 1.2,
// 5.1, 5.3, 5.7 and 5.8. Every rule and view asks these functions, so these tests pin the
// readings once.
import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../server/src/core/config/defaults';
import {
  compareSessions, currentPlanOf, findInstrument, formatNumber, formatRange, goalActiveOn, goalsById, hasPositiveRiskScreen,
  heldReviewSessions, inRange, isFutureDated, isHeld, isHeldReview, isPlanClosed, isPlanOpen, openRisk, rangeText,
  recordedScores, recordsRiskFollowUp, reviewHeldOnOrAfter, reviewState, riskFindings, scoreForGoal, scoreOf, sessionsOfPlan,
} from '../../server/src/core/model/facts';
import { Workspace } from '../../server/src/core/model/workspace';
import { parseDocument } from '../../server/src/core/parse/document';
import type { ParsedDocument, SessionFrontMatter } from '../../server/src/core/types';
import { configFromYaml } from '../helpers/lint';

const TODAY = '2026-11-26';
const config = defaultConfig();

function plan(client: string, fm: string, goals = ''): string {
  return `---\nkind: goal-plan\nclient: ${client}\nclinician: rk\n${fm.trim()}\n---\n# Plan\n${goals}`;
}
function session(client: string, fm: string): string {
  return `---\nkind: session-log\nclient: ${client}\n${fm.trim()}\n---\n## Subjective\nx\n`;
}
function ws(files: Record<string, string>): Workspace {
  const w = new Workspace();
  for (const [p, t] of Object.entries(files)) w.set(parseDocument(p, t));
  return w;
}
function fm(fmText: string): SessionFrontMatter {
  const d = parseDocument('s.md', session('C-1', fmText));
  assert.ok(d.session, 'session parsed');
  return d.session;
}
function doc(w: Workspace, p: string): ParsedDocument {
  const d = w.get(p);
  assert.ok(d, p);
  return d;
}

describe('facts: held sessions (SPEC 5.1)', () => {
  it('a session is held when its type is not no-show/cancelled and its date is on or before today', () => {
    assert.equal(isHeld(fm('date: 2026-11-20'), TODAY), true);
    assert.equal(isHeld(fm('date: 2026-11-26'), TODAY), true, 'today counts');
    assert.equal(isHeld(fm('date: 2026-11-27'), TODAY), false, 'tomorrow is not held yet');
    assert.equal(isHeld(fm('date: 2026-11-20\ntype: no-show'), TODAY), false);
    assert.equal(isHeld(fm('date: 2026-11-20\ntype: cancelled'), TODAY), false);
    assert.equal(isHeld(fm('date: 2026-11-20\ntype: group'), TODAY), true);
    assert.equal(isHeld(fm('date: 2026-02-30'), TODAY), false, 'an impossible date counts as absent');
  });

  it('future-dated sessions are told apart; a no-show review is not a held review', () => {
    assert.equal(isFutureDated(fm('date: 2026-12-03'), TODAY), true);
    assert.equal(isFutureDated(fm('date: 2026-11-26'), TODAY), false);
    assert.equal(isHeldReview(fm('date: 2026-11-20\nreview: true'), TODAY), true);
    assert.equal(isHeldReview(fm('date: 2026-11-20\nreview: true\ntype: no-show'), TODAY), false);
    assert.equal(isHeldReview(fm('date: 2026-12-01\nreview: true'), TODAY), false, 'a review dated after today has not been held');
  });

  it('sessions on one date are ordered by start, then by path (SPEC 5.7)', () => {
    const w = ws({
      'b.md': session('C-1', 'date: 2026-11-20\nstart: "09:00"\nend: "09:50"'),
      'a.md': session('C-1', 'date: 2026-11-20\nstart: "14:00"\nend: "14:50"'),
      'c.md': session('C-1', 'date: 2026-11-19'),
    });
    assert.deepEqual(w.sessionsOf('C-1').map((d) => d.uri), ['c.md', 'b.md', 'a.md']);
    assert.ok(compareSessions(doc(w, 'b.md'), doc(w, 'a.md')) < 0);
  });
});

describe('facts: closed plans (SPEC 5.1)', () => {
  const p = (text: string) => parseDocument('p.md', plan('C-1', text)).plan;
  it('closed by status, or by a closed date on or before today', () => {
    assert.equal(isPlanClosed(p('created: 2026-01-01\nstatus: closed'), TODAY), true);
    assert.equal(isPlanClosed(p('created: 2026-01-01\nclosed: 2026-11-26'), TODAY), true);
    assert.equal(isPlanClosed(p('created: 2026-01-01\nclosed: 2026-11-27'), TODAY), false, 'closes tomorrow: still open today');
    assert.equal(isPlanOpen(p('created: 2026-01-01'), TODAY), true);
    assert.equal(isPlanOpen(p('created: 2026-01-01\nstatus: closed'), TODAY), false);
  });
});

describe('facts: which plan a dated document belongs to (SPEC 1.2)', () => {
  const files = {
    'old.md': plan('C-1', 'created: 2026-01-05\nclosed: 2026-06-30\nstatus: closed'),
    'new.md': plan('C-1', 'created: 2026-07-15'),
    's-before.md': session('C-1', 'date: 2025-12-20\ntype: intake'),
    's-old.md': session('C-1', 'date: 2026-03-01'),
    's-gap.md': session('C-1', 'date: 2026-07-02'),
    's-new.md': session('C-1', 'date: 2026-08-01'),
  };
  it('the plan with the latest created on or before the date', () => {
    const w = ws(files);
    assert.equal(w.planFor(doc(w, 's-old.md'))?.plan.uri, 'old.md');
    assert.equal(w.planFor(doc(w, 's-new.md'))?.plan.uri, 'new.md');
  });
  it('before every plan: the earliest plan, marked (GP311)', () => {
    const w = ws(files);
    assert.deepEqual({ uri: w.planFor(doc(w, 's-before.md'))?.plan.uri, before: w.planFor(doc(w, 's-before.md'))?.beforeEveryPlan }, { uri: 'old.md', before: true });
  });
  it('(v2) dated after its plan closed: the client\'s next plan, when there is one', () => {
    const w = ws(files);
    assert.equal(w.planFor(doc(w, 's-gap.md'))?.plan.uri, 'new.md');
    const alone = ws({ 'old.md': files['old.md'], 's-gap.md': files['s-gap.md'] });
    assert.equal(alone.planFor(doc(alone, 's-gap.md'))?.plan.uri, 'old.md', 'no next plan: stays with its plan (GP311 tells)');
  });
  it('works from a client and a date alone (any dated client document), and for today', () => {
    const w = ws(files);
    assert.equal(w.planForDate('C-1', '2026-07-01')?.plan.uri, 'new.md');
    assert.equal(w.planForDate('C-1', '2026-06-30')?.plan.uri, 'old.md', 'the closed date itself is still the old plan');
    assert.equal(currentPlanOf(w, 'C-1', TODAY)?.uri, 'new.md');
    assert.equal(w.planForDate('C-9', TODAY), undefined);
  });
  it('sessions of the plan follow the same reading, and change when a plan is added', () => {
    const w = ws(files);
    assert.deepEqual(sessionsOfPlan(w, doc(w, 'new.md')).map((d) => d.uri), ['s-gap.md', 's-new.md']);
    assert.deepEqual(sessionsOfPlan(w, doc(w, 'old.md')).map((d) => d.uri), ['s-before.md', 's-old.md']);
    w.set(parseDocument('newer.md', plan('C-1', 'created: 2026-07-30')));
    assert.deepEqual(sessionsOfPlan(w, doc(w, 'new.md')).map((d) => d.uri), ['s-gap.md'], 'the per-client cache was dropped');
  });
});

describe('facts: reviews (SPEC 5.1, GP202)', () => {
  const planText = plan('C-1', 'created: 2026-03-01\nreview:\n  every: 90d\n  last: 2026-06-01\n  next: 2026-08-30');
  it('a no-show "review" is not a held review, and the review stays overdue (issue 11)', () => {
    const w = ws({ 'p.md': planText, 'ns.md': session('C-1', 'date: 2026-09-01\ntype: no-show\nreview: true') });
    const p = doc(w, 'p.md');
    assert.deepEqual(heldReviewSessions(w, p, '2027-06-01'), []);
    const st = reviewState(w, p, '2027-06-01', config);
    assert.equal(st.overdue, true);
    assert.equal(st.daysOverdue, 275);
  });
  it('a held review on or after review.next answers it; one before it does not', () => {
    const w = ws({
      'p.md': planText,
      'r1.md': session('C-1', 'date: 2026-08-29\nreview: true'),
      'r2.md': session('C-1', 'date: 2026-09-02\nreview: true'),
    });
    const p = doc(w, 'p.md');
    assert.equal(reviewHeldOnOrAfter(w, p, '2026-08-30', TODAY)?.uri, 'r2.md');
    assert.equal(reviewHeldOnOrAfter(w, p, '2026-08-30', '2026-09-01'), undefined, 'up to today only');
    assert.equal(reviewState(w, p, TODAY, config).overdue, false);
  });
  it('a future-dated review session does not answer a past review.next', () => {
    const w = ws({ 'p.md': planText, 'r.md': session('C-1', 'date: 2026-12-10\nreview: true') });
    assert.equal(reviewState(w, doc(w, 'p.md'), TODAY, config).overdue, true);
  });
  it('a review of another plan of the client does not count', () => {
    const w = ws({
      'p.md': planText,
      'p2.md': plan('C-1', 'created: 2026-10-01\nreview:\n  next: 2027-01-01'),
      'r.md': session('C-1', 'date: 2026-10-05\nreview: true'),
    });
    assert.equal(reviewState(w, doc(w, 'p.md'), TODAY, config).overdue, true);
  });
  it('a closed plan is never overdue or due soon', () => {
    const closed = plan('C-1', 'created: 2026-03-01\nclosed: 2026-10-01\nreview:\n  next: 2026-08-30');
    const w = ws({ 'p.md': closed });
    const st = reviewState(w, doc(w, 'p.md'), TODAY, config);
    assert.deepEqual([st.open, st.overdue, st.dueSoon], [false, false, false]);
    const soon = ws({ 'p.md': plan('C-1', 'created: 2026-03-01\nstatus: closed\nreview:\n  next: 2026-12-01') });
    assert.equal(reviewState(soon, doc(soon, 'p.md'), TODAY, config).dueSoon, false);
  });
  it('due soon within review.dueSoon days (0 <= next - today <= 14)', () => {
    const w = ws({ 'p.md': plan('C-1', 'created: 2026-03-01\nreview:\n  next: 2026-12-10') });
    assert.deepEqual([reviewState(w, doc(w, 'p.md'), TODAY, config).dueSoon, reviewState(w, doc(w, 'p.md'), '2026-11-25', config).dueSoon], [true, false]);
  });
});

describe('facts: goal active on a date (SPEC 1.1)', () => {
  it('start <= D and (active/on-hold, or D <= closed, or D <= due)', () => {
    const p = parseDocument('p.md', plan('C-1', 'created: 2026-01-01')).plan;
    assert.equal(goalActiveOn({ id: 'G1', start: '2026-02-01' }, p, '2026-01-31'), false);
    assert.equal(goalActiveOn({ id: 'G1' }, p, '2026-01-01'), true);
    assert.equal(goalActiveOn({ id: 'G1', status: 'met', closed: '2026-05-01', due: '2026-09-01' }, p, '2026-06-01'), false);
    assert.equal(goalActiveOn({ id: 'G1', status: 'met', due: '2026-09-01' }, p, '2026-06-01'), true);
  });
});

describe('facts: instruments and formatting (SPEC 1.3, 5.3, 5.8)', () => {
  it('names match case-insensitively; unknown names find nothing and are never in range', () => {
    assert.equal(findInstrument('phq-9', config)?.name, 'PHQ-9');
    assert.equal(findInstrument('srs', config)?.name, 'SRS');
    assert.equal(findInstrument('c-ssrs', config)?.name, 'C-SSRS');
    assert.equal(findInstrument('PHQ9', config), undefined, 'PHQ9 is GP006, not PHQ-9');
    assert.equal(inRange(undefined, 3), false, 'an unknown instrument has no range');
    assert.equal(inRange(findInstrument('PHQ-9', config), 27), true);
    assert.equal(inRange(findInstrument('PHQ-9', config), 28), false);
  });
  it('SRS and C-SSRS are built in as SPEC 5.3 lists them', () => {
    const srs = findInstrument('SRS', config)!;
    assert.deepEqual([srs.range, srs.better, srs.items, srs.cutoff?.value, srs.role, srs.rc], [[0, 40], 'higher', { count: 4, min: 0, max: 10 }, 36, 'alliance', undefined]);
    const cssrs = findInstrument('C-SSRS', config)!;
    assert.deepEqual([cssrs.range, cssrs.better, cssrs.items, cssrs.role], [[0, 6], 'lower', { count: 6, min: 0, max: 1 }, 'risk-screen']);
  });
  it('numbers have one decimal and ranges one style', () => {
    assert.deepEqual([24.75, 12, 0.05, -1.25, 9.999999999999996, 1 / 3].map(formatNumber), ['24.8', '12', '0.1', '-1.3', '10', '0.3']);
    // Whole numbers take a shortcut; it must give what the rounding gives, at zero and at its edge.
    const rounded = (n: number) => {
      const r = Math.sign(n) * Math.round(Number((Math.abs(n) * 10).toPrecision(12))) / 10;
      return Object.is(r, -0) ? '0' : String(r);
    };
    for (const n of [0, -0, 1, -1, 27, -27, 1e6, 99_999_999_999, -99_999_999_999, 1e11, 123_456_789_012_345]) assert.equal(formatNumber(n), rounded(n), String(n));
    assert.deepEqual([rangeText(findInstrument('PHQ-9', config)!), rangeText(findInstrument('GAS', config)!), rangeText(findInstrument('count', config)!)], ['0-27', '-2 to 2', '0 or more']);
    assert.equal(formatRange(0, 3), '0-3');
  });
});

describe('facts: the score of an instrument in a session (SPEC 5.7)', () => {
  const planDoc = parseDocument('p.md', plan('C-1', 'created: 2026-01-01', '\n```yaml goal\nid: G1\nstatement: x\nmeasure:\n  instrument: phq-9\n  baseline: 18\n  target: 9\n```\n'));
  const goals = goalsById(planDoc);
  const phq = findInstrument('PHQ-9', config)!;
  it('the measures entry, matched without regard to case', () => {
    const s = fm('date: 2026-11-20\nmeasures:\n  phq-9: 12');
    assert.deepEqual(scoreOf(s, phq, config, goals), { def: phq, score: 12, path: ['measures', 'phq-9'], from: 'measures', inRange: true });
  });
  it('else the value of a goal measured by the instrument', () => {
    const s = fm('date: 2026-11-20\ngoals:\n  G1:\n    value: 11');
    assert.equal(scoreOf(s, phq, config, goals)?.score, 11);
    assert.equal(scoreOf(s, phq, config, goals)?.from, 'goal-value');
    assert.equal(scoreOf(s, phq, config), undefined, 'without the plan nothing names the goal\'s instrument');
  });
  it('measures wins over a goal value; two keys naming one instrument: the first wins', () => {
    const s = fm('date: 2026-11-20\nmeasures:\n  PHQ-9: 14\n  phq-9: 3\ngoals:\n  G1:\n    value: 11');
    assert.equal(scoreOf(s, phq, config, goals)?.score, 14);
    assert.equal(scoreForGoal(s, 'G1', phq, config)?.score, 14);
    assert.deepEqual(recordedScores(s, config).map((r) => r.duplicate), [false, true]);
  });
  it('items: a complete list is summed when no total is given; a list of the wrong length is ignored', () => {
    const s = fm('date: 2026-11-20\nmeasures:\n  PHQ-9:\n    items: [1, 1, 1, 1, 1, 1, 1, 1, 1]');
    assert.deepEqual([scoreOf(s, phq, config)?.score, scoreOf(s, phq, config)?.items?.length], [9, 9]);
    const short = fm('date: 2026-11-20\nmeasures:\n  PHQ-9:\n    items: [1, 1, 1]');
    assert.equal(scoreOf(short, phq, config), undefined);
  });
  it('an out-of-range score is flagged (never charted or used)', () => {
    assert.equal(scoreOf(fm('date: 2026-11-20\nmeasures:\n  PHQ-9: 30'), phq, config)?.inRange, false);
  });
  it('unknown instruments are recorded without a definition', () => {
    const s = fm('date: 2026-11-20\nmeasures:\n  PHQ9: 12');
    assert.deepEqual(recordedScores(s, config).map((r) => [r.key, r.def]), [['PHQ9', undefined]]);
    assert.equal(scoreOf(s, phq, config), undefined);
  });
  it('configured instruments are found by the same reading', () => {
    const c = configFromYaml('instruments:\n  WSAS:\n    range: [0, 40]\n    better: lower\n');
    const s = fm('date: 2026-11-20\nmeasures:\n  wsas: 20');
    assert.equal(scoreOf(s, findInstrument('WSAS', c)!, c)?.score, 20);
  });
});

describe('facts: positive risk screen and open risk (SPEC 5.3, 5.7)', () => {
  const phq = (items: string) => `measures:\n  PHQ-9:\n    score: 10\n    items: [${items}]`;
  it('PHQ-9 item 9 above 0 is positive; 0 is not', () => {
    assert.equal(hasPositiveRiskScreen(fm(`date: 2026-11-20\n${phq('1, 1, 1, 1, 1, 1, 1, 2, 1')}`), config), true);
    assert.equal(hasPositiveRiskScreen(fm(`date: 2026-11-20\n${phq('1, 1, 1, 1, 1, 1, 1, 2, 0')}`), config), false);
    assert.deepEqual(riskFindings(fm(`date: 2026-11-20\n${phq('1, 1, 1, 1, 1, 1, 1, 2, 2')}`), config), [{ instrument: 'PHQ-9', item: 9, value: 2, path: ['measures', 'PHQ-9', 'items', 8] }]);
  });
  it('an out-of-range risk item above 0 still counts (5.8); a list of the wrong length does not', () => {
    assert.equal(hasPositiveRiskScreen(fm(`date: 2026-11-20\n${phq('1, 1, 1, 1, 1, 1, 1, 2, 7')}`), config), true);
    assert.equal(hasPositiveRiskScreen(fm(`date: 2026-11-20\n${phq('1, 1, 1, 1, 1, 1, 1, 2, 0, 3')}`), config), false);
  });
  it('any C-SSRS item answered 1, or a total above 0 without items', () => {
    assert.equal(hasPositiveRiskScreen(fm('date: 2026-11-20\nmeasures:\n  C-SSRS:\n    items: [0, 0, 0, 0, 0, 1]'), config), true);
    assert.equal(hasPositiveRiskScreen(fm('date: 2026-11-20\nmeasures:\n  c-ssrs:\n    items: [0, 0, 0, 0, 0, 0]'), config), false);
    assert.equal(hasPositiveRiskScreen(fm('date: 2026-11-20\nmeasures:\n  C-SSRS: 1'), config), true);
    assert.equal(hasPositiveRiskScreen(fm('date: 2026-11-20\nmeasures:\n  C-SSRS: 0'), config), false);
  });
  it('a follow-up records a risk note, PHQ-9 items or a C-SSRS screen', () => {
    assert.equal(recordsRiskFollowUp(fm('date: 2026-11-20\nrisk: Safety plan reviewed.'), config), true);
    assert.equal(recordsRiskFollowUp(fm('date: 2026-11-20\nrisk: "  "'), config), false);
    assert.equal(recordsRiskFollowUp(fm(`date: 2026-11-20\n${phq('0, 0, 0, 0, 0, 0, 0, 0, 0')}`), config), true);
    assert.equal(recordsRiskFollowUp(fm('date: 2026-11-20\nmeasures:\n  PHQ-9: 4'), config), false, 'a PHQ-9 total alone does not ask item 9');
    assert.equal(recordsRiskFollowUp(fm('date: 2026-11-20\nmeasures:\n  C-SSRS: 0'), config), true);
  });
  it('open risk: the latest positive screen in a held session without a later held follow-up', () => {
    const screen = session('C-1', `date: 2026-11-02\n${phq('1, 1, 1, 1, 1, 1, 1, 2, 1')}`);
    const open = ws({
      's1.md': screen,
      's2.md': session('C-1', 'date: 2026-11-09\ntype: collateral\nrisk: Spoke with parent.'),
      's3.md': session('C-1', 'date: 2026-11-16\ntype: no-show\nrisk: Called, no answer.'),
      's4.md': session('C-1', 'date: 2026-12-01\nrisk: Pre-filled.'),
    });
    assert.deepEqual(openRisk(open, 'C-1', TODAY, config) && { uri: openRisk(open, 'C-1', TODAY, config)!.session.uri, date: openRisk(open, 'C-1', TODAY, config)!.date }, { uri: 's1.md', date: '2026-11-02' });
    open.set(parseDocument('s5.md', session('C-1', 'date: 2026-11-23\nmeasures:\n  C-SSRS:\n    items: [0, 0, 0, 0, 0, 0]')));
    assert.equal(openRisk(open, 'C-1', TODAY, config), undefined, 'followed up on 2026-11-23');
  });
  it('a positive screen in a future-dated or no-show note is not open risk (views read held sessions)', () => {
    const w = ws({ 's.md': session('C-1', `date: 2026-12-02\n${phq('1, 1, 1, 1, 1, 1, 1, 2, 1')}`) });
    assert.equal(openRisk(w, 'C-1', TODAY, config), undefined);
  });
});
