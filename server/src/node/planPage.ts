// The CSP source of the printable plan's inline stylesheet: its sha256, so the page allows that
// one stylesheet and nothing else (core/render/planPage.ts stays free of Node modules).
import { createHash } from 'node:crypto';
import { PLAN_CSS } from '../core/render/planPage';

export function planStyleSrc(): string {
  return `'sha256-${createHash('sha256').update(PLAN_CSS, 'utf8').digest('base64')}'`;
}
