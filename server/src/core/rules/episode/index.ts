// Collaboration and the episode of care (SPEC 5.2, 5.4; issue 13): client words, revisions,
// agreement, signature, strengths; the discharge summary (GP213, GP501, GP502).
import type { Rule } from '../types';
import { GP115 } from './GP115-no-client-words';
import { GP117 } from './GP117-revised-no-successor';
import { GP118 } from './GP118-unknown-replaces';
import { GP209 } from './GP209-no-client-agreement';
import { GP210 } from './GP210-unsigned-plan';
import { GP211 } from './GP211-no-strengths';
import { GP213 } from './GP213-no-discharge-summary';
import { GP501 } from './GP501-discharge-goals';
import { GP502 } from './GP502-discharge-measures';

export const episodeRules: Rule[] = [GP115, GP117, GP118, GP209, GP210, GP211, GP213, GP501, GP502];
