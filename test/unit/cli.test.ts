// The built CLI as users run it: formats, exit codes, config files checked like other files,
// and error output that names files and rules but never note text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyClinic, ensureBuilt, PLAN, runCli, session, tmpWorkspace } from './cli-harness';

const TODAY = ['--today', '2026-11-26'];
const STYLISH_ROW = /^ {2}\d+:\d+ +(error|warning|info) +\S.*? {2}GP\d{3}\/[a-z0-9-]+$/;

interface JsonRow { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; alias: string; message: string }

describe('goalplan CLI', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  describe('dispatcher', () => {
    it('prints help and version with exit 0', () => {
      const help = runCli(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /Usage: goalplan <command>/);
      assert.match(help.stdout, /^ {2}lint +check/m);
      const lintHelp = runCli(['lint', '--help']);
      assert.equal(lintHelp.code, 0);
      assert.match(lintHelp.stdout, /--format NAME/);
      const version = runCli(['--version']);
      assert.equal(version.code, 0);
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
      assert.equal(version.stdout.trim(), pkg.version);
    });

    it('exits 2 on an unknown command or option, with the message on stderr only', () => {
      const cmd = runCli(['frobnicate']);
      assert.equal(cmd.code, 2);
      assert.equal(cmd.stdout, '');
      assert.match(cmd.stderr, /unknown command 'frobnicate'/);
      const opt = runCli(['lint', '--frobnicate']);
      assert.equal(opt.code, 2);
      assert.equal(opt.stdout, '');
      assert.match(opt.stderr, /--frobnicate/);
      for (const bad of [['--format', 'xml'], ['--today', '2026-02-30'], ['--max-warnings', 'many'], ['--workers', '-1']]) {
        const r = runCli(['lint', ...bad]);
        assert.equal(r.code, 2, bad.join(' '));
        assert.equal(r.stdout, '');
      }
    });
  });

  describe('lint', () => {
    it('reports the demo clinic in stylish format, sorted, with exit 1', () => {
      const dir = copyClinic();
      const r = runCli(['lint', 'clinic', ...TODAY], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      const lines = r.stdout.split('\n');
      const headers = lines.filter((l) => l.startsWith('clinic/'));
      assert.ok(headers.length > 5);
      assert.deepEqual(headers, [...headers].sort(), 'files in path order');
      for (const l of lines) if (l.startsWith('  ') && !l.includes('potentially fixable')) assert.match(l, STYLISH_ROW);
      const summary = lines.find((l) => l.startsWith('✖'));
      assert.ok(summary, 'summary line');
      const rows = lines.filter((l) => STYLISH_ROW.test(l));
      const m = /^✖ (\d+) problems \((\d+) errors, (\d+) warnings, (\d+) info\)$/.exec(summary!)!;
      assert.equal(Number(m[1]), rows.length);
      assert.equal(Number(m[2]), rows.filter((l) => / error /.test(l)).length);
    });

    it('emits JSON with 1-based positions that match stylish, sorted by file then position', () => {
      const dir = copyClinic();
      const j = runCli(['lint', 'clinic', '--format', 'json', ...TODAY], { cwd: dir });
      assert.equal(j.code, 1);
      const rows = JSON.parse(j.stdout) as JsonRow[];
      assert.ok(rows.length > 10);
      for (const d of rows) {
        assert.deepEqual(Object.keys(d), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'alias', 'message']);
        assert.ok(d.line >= 1 && d.column >= 1 && d.endLine >= d.line);
        assert.ok(d.endLine > d.line || d.endColumn >= d.column);
        assert.ok(['error', 'warning', 'info'].includes(d.severity));
        assert.match(d.rule, /^GP\d{3}$/);
        // The located text exists in the file: the line is within the file.
        const text = fs.readFileSync(path.join(dir, d.file), 'utf8');
        assert.ok(d.line <= text.split('\n').length);
      }
      const key = (d: JsonRow) => [d.file, String(d.line).padStart(6), String(d.column).padStart(6)].join('\u0000');
      const keys = rows.map(key);
      assert.deepEqual(keys, [...keys].sort());
      const s = runCli(['lint', 'clinic', ...TODAY], { cwd: dir });
      assert.equal(s.stdout.split('\n').filter((l) => STYLISH_ROW.test(l)).length, rows.length);
      // A known finding, at its place: the future session (GP306) sits on the date value.
      const future = rows.find((d) => d.rule === 'GP306')!;
      const line = fs.readFileSync(path.join(dir, future.file), 'utf8').split('\n')[future.line - 1];
      assert.equal(line.slice(future.column - 1, future.endColumn - 1), '2026-12-03');
    });

    it('exits 0 when only warnings and info are found, 1 past --max-warnings, and --quiet shows errors only', () => {
      const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/s1.md': session('2026-10-01').replace(/signed:\n {2}by: AL\n {2}date: 2026-10-01\n/, '') });
      const r = runCli(['lint', '--format', 'json', ...TODAY], { cwd: dir });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      const rows = JSON.parse(r.stdout) as JsonRow[];
      assert.ok(rows.some((d) => d.rule === 'GP312'), 'unsigned note reported');
      assert.ok(rows.every((d) => d.severity !== 'error'));
      const strict = runCli(['lint', '--max-warnings', '0', ...TODAY], { cwd: dir });
      const warnings = rows.filter((d) => d.severity === 'warning').length;
      assert.equal(strict.code, warnings > 0 ? 1 : 0);
      const quiet = runCli(['lint', '--quiet', '--format', 'json', ...TODAY], { cwd: dir });
      assert.deepEqual(JSON.parse(quiet.stdout), []);
    });

    it('prints nothing and exits 0 on a clean workspace', () => {
      const dir = tmpWorkspace({ 'c/plan.md': PLAN, 'c/s1.md': session('2026-10-01'), 'notes/readme.md': '# not a goal file\n' });
      const r = runCli(['lint', ...TODAY], { cwd: dir });
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, '');
      assert.equal(r.code, 0);
    });

    it('exits 2 for a missing path but still reports the others', () => {
      const dir = tmpWorkspace({ 'c/plan.md': PLAN.replace('due: 2027-02-01\n', '') });
      const r = runCli(['lint', 'c', 'no-such-folder', '--format', 'json', ...TODAY], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no such file or folder: no-such-folder/);
      assert.ok((JSON.parse(r.stdout) as JsonRow[]).some((d) => d.rule === 'GP108'));
    });

    it('checks .goalplan.yaml files like any other file (YAML errors, schema errors, unknown rules)', () => {
      const dir = tmpWorkspace({
        '.goalplan.yaml': 'rules:\n  GP999: off\n  vague-wording: loud\nsignatureGraceDays: soon\n',
        'broken/.goalplan.yaml': 'rules: [unclosed\n',
        'c/plan.md': PLAN,
      });
      const r = runCli(['lint', '--format', 'json', ...TODAY], { cwd: dir });
      assert.equal(r.code, 1);
      const rows = JSON.parse(r.stdout) as JsonRow[];
      const cfg = rows.filter((d) => d.file === '.goalplan.yaml');
      assert.deepEqual(cfg.map((d) => [d.rule, d.line]), [['GP002', 2], ['GP002', 3], ['GP002', 4]]);
      assert.match(cfg[0].message, /GP999/);
      assert.deepEqual(rows.filter((d) => d.file === 'broken/.goalplan.yaml').map((d) => d.rule), ['GP001']);
    });

    it('applies the configuration cascade and --config', () => {
      const dir = tmpWorkspace({
        '.goalplan.yaml': 'rules:\n  unsigned-note: error\n',
        'a/plan.md': PLAN,
        'a/s.md': session('2026-10-01').replace(/signed:\n {2}by: AL\n {2}date: 2026-10-01\n/, ''),
        'b/.goalplan.yaml': 'rules:\n  GP312: off\n',
        'b/plan.md': PLAN.replace('C-1', 'C-2'),
        'b/s.md': session('2026-10-01').replace('C-1', 'C-2').replace(/signed:\n {2}by: AL\n {2}date: 2026-10-01\n/, ''),
        'alt.yaml': 'rules:\n  unsigned-note: warning\n',
      });
      const r = runCli(['lint', '--format', 'json', ...TODAY], { cwd: dir });
      const rows = JSON.parse(r.stdout) as JsonRow[];
      assert.deepEqual(rows.filter((d) => d.rule === 'GP312').map((d) => [d.file, d.severity]), [['a/s.md', 'error']]);
      assert.equal(r.code, 1);
      const alt = runCli(['lint', '--config', 'alt.yaml', '--format', 'json', ...TODAY], { cwd: dir });
      assert.equal(alt.code, 0, alt.stderr);
      assert.deepEqual((JSON.parse(alt.stdout) as JsonRow[]).filter((d) => d.rule === 'GP312').map((d) => [d.file, d.severity]), [['a/s.md', 'warning'], ['b/s.md', 'warning']]);
      const missing = runCli(['lint', '--config', 'nope.yaml', ...TODAY], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /configuration file not found: nope\.yaml/);
    });

    it('keeps note text out of error output', () => {
      const marker = 'ZEBRA-PHI-MARKER-7731';
      const dir = tmpWorkspace({
        'c/plan.md': PLAN.replace('Panic attacks at work', marker),
        'c/broken.md': `---\nkind: session-log\nclient: C-1\nnote: [${marker}\n---\n${marker}\n`,
        'c/bin.md': Buffer.from([0xff, 0xfe, 0x00, 0x2d, 0x2d, 0x2d, 0x0a, 0x80, 0x81]),
      });
      fs.chmodSync(path.join(dir, 'c'), 0o755);
      const r = runCli(['lint', ...TODAY, '--max-warnings', 'x'], { cwd: dir });
      assert.equal(r.code, 2);
      const ok = runCli(['lint', ...TODAY], { cwd: dir });
      assert.equal(ok.code, 1);
      assert.ok(!ok.stderr.includes(marker) && !r.stderr.includes(marker));
    });
  });
});
