/** When the coach offers first-meeting questions: a conversation with someone you barely know yet. */
import type { Stage } from '../coach/stage.js';
import type { InteractionKind } from '../interactions/types.js';

/** Kinds of interaction that are a meeting where questions can be asked. */
export const meetingKinds: ReadonlySet<InteractionKind> = new Set(['meeting', 'coffee', 'call']);

/** Stages at which a meeting is still a first meeting. */
export const firstMeetingStages: ReadonlySet<Stage> = new Set(['none', 'first-contact']);

/** True when a meeting of `kind` with someone at `stage` is a first meeting worth preparing questions for. */
export function isFirstMeeting(kind: InteractionKind, stage: Stage): boolean {
  return meetingKinds.has(kind) && firstMeetingStages.has(stage);
}
