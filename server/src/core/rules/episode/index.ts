// Collaboration and the episode of care (SPEC 5.2, 5.4; issue 13): client words, revisions,
// agreement, signature, strengths.
import type { Rule } from '../types';
import { GP115 } from './GP115-no-client-words';
import { GP117 } from './GP117-revised-no-successor';
import { GP118 } from './GP118-unknown-replaces';
import { GP209 } from './GP209-no-client-agreement';
import { GP210 } from './GP210-unsigned-plan';
import { GP211 } from './GP211-no-strengths';

export const episodeRules: Rule[] = [GP115, GP117, GP118, GP209, GP210, GP211];
