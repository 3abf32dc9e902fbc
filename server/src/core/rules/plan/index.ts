// Rules that run on plan files, in catalog order (owned by the plan-rules engineer).
import type { Rule } from '../types';
import { GP003 } from './GP003-duplicate-id';
import { GP101 } from './GP101-vague-wording';
import { GP102 } from './GP102-statement-too-short';
import { GP103 } from './GP103-not-measurable';
import { GP104 } from './GP104-out-of-range';
import { GP105 } from './GP105-wrong-direction';
import { GP106 } from './GP106-unrealistic';
import { GP107 } from './GP107-no-problem-link';
import { GP108 } from './GP108-no-due-date';
import { GP109 } from './GP109-horizon-mismatch';
import { GP110 } from './GP110-too-many-goals';
import { GP111 } from './GP111-no-intervention';
import { GP112 } from './GP112-unknown-parent';
import { GP113 } from './GP113-unknown-problem';
import { GP114 } from './GP114-absolute-wording';
import { GP116 } from './GP116-baseline-mismatch';
import { GP201 } from './GP201-review-missing';
import { GP202 } from './GP202-review-overdue';
import { GP203 } from './GP203-review-due-soon';
import { GP204 } from './GP204-review-interval';
import { GP205 } from './GP205-goal-past-due';
import { GP207 } from './GP207-review-dates';
import { GP208 } from './GP208-review-not-recorded';
import { GP212 } from './GP212-closed-plan-open-goals';
import { GP214 } from './GP214-measure-overdue';
import { GP215 } from './GP215-not-on-track';
import { GP216 } from './GP216-missed-sessions';

export const planRules: Rule[] = [
  GP003, GP101, GP102, GP103, GP104, GP105, GP106, GP107, GP108, GP109, GP110, GP111, GP112, GP113, GP114, GP116,
  GP201, GP202, GP203, GP204, GP205, GP207, GP208, GP212, GP214, GP215, GP216,
];
